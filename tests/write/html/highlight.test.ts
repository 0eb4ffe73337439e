import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse.js";
import { checkDocument } from "../../../src/check/index.js";
import { findValue, highlightLine } from "../../../src/write/html/highlight.js";
import { dateNeedles, fieldNeedles, findingNeedles, valueAt } from "../../../src/write/html/values.js";
import { hostileSeed, SEED } from "./documents.js";

describe("findValue: the value's first occurrence in its line", () => {
  it("finds a count as a whole number, not inside a longer one", () => {
    expect(findValue("Présents : 14", "14")).toEqual([11, 13]);
    expect(findValue("L'an 2014, 14 présents", "14")).toEqual([11, 13]);
    expect(findValue("L'an 2014", "14")).toBeNull();
    const ctes = "Identifiant : 038-213804768-20221011-2022_29-DE";
    expect(findValue(ctes, "DE")).toEqual([ctes.length - 2, ctes.length]);
  });
  it("is blind to accents and case, and gives the line's own indices", () => {
    const line = "Fait à SAVAS-MEPIN, le 11 octobre";
    const span = findValue(line, "Savas-Mépin")!;
    expect(line.slice(...span)).toBe("SAVAS-MEPIN");
    const accented = "Fait à Savas-Mépin";
    expect(accented.slice(...findValue(accented, "SAVAS-MEPIN")!)).toBe("Savas-Mépin");
  });
  it("finds an ISO date as the act writes it", () => {
    const needles = dateNeedles("2022-10-11");
    expect(needles).toContain("11/10/2022");
    expect(needles).toContain("11 octobre 2022");
    expect(needles).toContain("20221011");
    expect(highlightLine("Séance du 11 Octobre 2022 à 20h", needles)).toBe("Séance du <mark>11 Octobre 2022</mark> à 20h");
    expect(highlightLine("ID : 038-213804768-20221011-2022_29-DE", needles)).toBe("ID : 038-213804768-<mark>20221011</mark>-2022_29-DE");
    expect(dateNeedles("2022-01-01")).toContain("1er janvier 2022");
  });
});

describe("highlightLine", () => {
  it("escapes the line and marks only the first occurrence", () => {
    expect(highlightLine(`<b>"16"</b> & 16`, ["16"])).toBe("&lt;b&gt;&quot;<mark>16</mark>&quot;&lt;/b&gt; &amp; 16");
  });
  it("shows the line without a mark when the value is not in it", () => {
    expect(highlightLine("Le Conseil, à l'unanimité des présents", ["14"])).toBe("Le Conseil, à l&#39;unanimité des présents");
  });
});

describe("values of the seed act", () => {
  const act = parseText(SEED, "seed.txt").acts[0]!;
  it("resolves the evidence's pointers to the record's values", () => {
    expect(valueAt(act, "/attendance/present")).toBe(14);
    expect(valueAt(act, "/prefecture/siren")).toBe("213804768");
    expect(valueAt(act, "/decisions/0/verb")).toBe(act.decisions[0]!.verb);
    expect(valueAt(act, "/nothing/here")).toBeUndefined();
  });
  it("marks each field's value in the line it was read from", () => {
    const mark = (pointer: string) => highlightLine(act.evidence[pointer]!.text, fieldNeedles(act, pointer));
    expect(mark("/attendance/present")).toBe("Présents : <mark>14</mark>");
    expect(mark("/attendance/inOffice")).toBe("En exercice : <mark>15</mark>");
    expect(mark("/sessionDate")).toBe("ID : 038-213804768-<mark>20221011</mark>-2022_29-DE");
    expect(mark("/prefecture/sentDate")).toBe("Envoyé en préfecture le <mark>14/10/2022</mark>");
    expect(mark("/authority/name")).toBe("Fait à <mark>Savas-Mépin</mark>");
    expect(mark("/secretary")).toBe("A été nommé(e) comme secrétaire de séance : M. <mark>THIVOLET Daniel</mark>");
    expect(mark("/vote/unanimous")).toBe("Le Conseil Municipal , à l&#39;<mark>unanimité</mark> des présents");
  });
});

describe("findingNeedles: a finding's lines with the value it speaks of", () => {
  it("marks the counts PRESENT_EXCEEDS_IN_OFFICE quotes", () => {
    const doc = parseText(hostileSeed(), "hostile.txt");
    const report = checkDocument(doc, { today: "2026-12-03" });
    const finding = report.findings.find((f) => f.rule === "PRESENT_EXCEEDS_IN_OFFICE")!;
    expect(finding.evidence.map((item) => highlightLine(item.text, findingNeedles(doc.acts[0], finding, item)))).toEqual([
      "Présents : <mark>16</mark>",
      "En exercice : <mark>15</mark>",
    ]);
  });
  it("on the @CTES line, marks the value the message quotes rather than the whole identifier", () => {
    const act = parseText(SEED, "seed.txt").acts[0]!;
    const item = act.evidence["/prefecture/siren"]!;
    const finding = { rule: "SIREN_CHECKSUM", severity: "error" as const, act: 0, actNumber: "2022-29", message: "SIREN 213804768 invalide", legalSource: "INSEE", evidence: [item] };
    expect(highlightLine(item.text, findingNeedles(act, finding, item))).toBe("ID : 038-<mark>213804768</mark>-20221011-2022_29-DE");
    const other = { ...finding, message: "Identifiant @CTES mal formé" };
    expect(highlightLine(item.text, findingNeedles(act, other, item))).toBe("ID : <mark>038-213804768-20221011-2022_29-DE</mark>");
  });
});
