// A finding resting on lines read by OCR says so; on a line read with low confidence an error is a warning.
import { describe, expect, it } from "vitest";
import { checkDocument, LOW_OCR_CONFIDENCE } from "../../src/check/index.js";
import type { EvidenceItem } from "../../src/schema/record.js";
import { makeAct, makeDoc } from "./factory.js";

/** 14 + 2 + 1 votes for 15 voters, every figure stated: VOTE_SUM_EXCEEDS_VOTERS, an error on a text layer. */
function excess(read: Partial<EvidenceItem>) {
  const line = (n: number, text: string): EvidenceItem => ({ page: 1, line: n, text, ...read });
  return makeAct({
    attendance: { voters: 15 },
    vote: { kind: "show-of-hands", for: 14, against: 2, abstentions: 1, outcome: "adopted" },
    evidence: { "/vote/for": line(20, "Pour : 14"), "/vote/against": line(21, "Contre : 2"), "/attendance/voters": line(8, "Votants : 15") },
  });
}

const find = (read: Partial<EvidenceItem>, lang: "fr" | "en" = "fr") =>
  checkDocument(makeDoc(excess(read)), { lang, today: "2026-12-03" }).findings.find((f) => f.rule === "VOTE_SUM_EXCEEDS_VOTERS")!;

describe("findings on OCR text", () => {
  it.each([
    ["the text layer", {}, "error", undefined, ""],
    ["OCR read with confidence 93", { source: "ocr", confidence: 93 }, "error", 93, " (lu par OCR, confiance 93 %)"],
    [`OCR read below ${LOW_OCR_CONFIDENCE}`, { source: "ocr", confidence: 61 }, "warning", 61, " (lu par OCR, confiance 61 % : à vérifier sur le document)"],
  ] as const)("%s", (_name, read, severity, confidence, note) => {
    const finding = find(read);
    expect(finding.severity).toBe(severity);
    expect(finding.ocr?.confidence).toBe(confidence);
    expect(finding.message).toBe(`Plus de voix que de votants : 14 pour, 2 contre, 1 abstention (17 voix) pour 15 votants.${note}`);
  });

  it("in English", () => {
    expect(find({ source: "ocr", confidence: 61 }, "en").message).toMatch(/ \(read by OCR, confidence 61%: check against the document\)$/);
  });
});
