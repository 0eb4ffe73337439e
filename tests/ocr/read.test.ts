// OCR lines merged with the text layer, with an engine that reads what the test says (the images are the scan
// fixture's): the stamp's text lines first and exact, OCR's garbled copy of the stamp left out, confidences kept.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readByOcr } from "../../src/ocr/read.js";
import type { OcrEngine, OcrResult } from "../../src/ocr/engine.js";
import { Deadline } from "../../src/load/limits.js";

const SCAN = new Uint8Array(readFileSync(new URL("../../fixtures/scan/savas-mepin-2022-29.scan.pdf", import.meta.url)));
const STAMP = ["Envoyé en préfecture le 12/10/2022", "Reçu en préfecture le 12/10/2022", "ID : 038-213804768-20221011-2022_29-DE"];

function engine(result: OcrResult): OcrEngine & { seen: number } {
  const fake = {
    name: "fake 1.0",
    seen: 0,
    recognise: async () => {
      fake.seen++;
      return result;
    },
    terminate: async () => undefined,
  };
  return fake;
}

const READ: OcrResult = {
  confidence: 88,
  lines: [
    { text: "ID : 088-213804768-20221011-2022 29-DE", confidence: 61 },
    { text: "DELIBERATION DU CONSEIL MUNICIPAL 038-213804768-20221011-2022_29-DE", confidence: 70 },
    { text: "Séance du 11 octobre 2022", confidence: 93 },
    { text: "Envoyé en préfecture le 12/10/2022", confidence: 90 },
  ],
};

describe("readByOcr", () => {
  it("a stamp-only page: the stamp's text lines, then OCR's lines without its copies of the stamp", async () => {
    const fake = engine(READ);
    const { pages, ocr } = await readByOcr(SCAN, [STAMP, ["other page"]], [1], fake, new Deadline(0, "scan.pdf"));
    expect(fake.seen).toBe(1);
    expect(pages[0]).toEqual([...STAMP, "", "Séance du 11 octobre 2022"]);
    expect(pages[1]).toEqual(["other page"]);
    expect(ocr).toEqual({ engine: "fake 1.0", pages: [{ page: 1, method: "image", confidence: 88, lines: [null, null, null, null, 93] }] });
  });

  it("a page with no text, or --ocr always: OCR's lines as read, with their confidences", async () => {
    const { pages, ocr } = await readByOcr(SCAN, [[], []], [2], engine(READ), new Deadline(0, "scan.pdf"), false);
    expect(pages[1]).toEqual(READ.lines.map((l) => l.text));
    expect(ocr.pages[0]!.lines).toEqual([61, 70, 93, 90]);
  });
});
