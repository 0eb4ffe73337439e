// Pages of a PDF read by OCR, merged with its text layer: the edge between the PDF, the engine and the pages
// the pipeline reads. What OCR gives goes through the same pipeline as any text (stamps, hyphenation, slips).
import type { Deadline } from "../load/limits.js";
import type { OcrEngine } from "./engine.js";
import { pageImages } from "./images.js";
import { bodyChars } from "./select.js";
import { CTES_ID } from "../vocab/fr.js";

/** An @CTES identifier anywhere in a line (CTES_ID without its global flag, so that test() keeps no state). */
const HOLDS_CTES_ID = new RegExp(CTES_ID.source);

import { OCR_MS_PER_PAGE } from "./engine.js";
export { OCR_MS_PER_PAGE };

export interface OcrPage {
  page: number;
  method: "image" | "render";
  /** the page's mean word confidence, 0-100 */
  confidence: number;
  /** confidence of each line of the page as the pipeline reads it (null: a line of the text layer) */
  lines: Array<number | null>;
}

export interface OcrOutcome {
  engine: string;
  pages: OcrPage[];
}

/**
 * Reads `toRead` (1-based) by OCR and puts its lines in place of the page's text; a page whose text layer
 * holds only the stamp keeps those lines before the OCR's (the stamp's text is exact, OCR's reading of it is not).
 * `keepTextLayer` is false under --ocr always: the page is what OCR reads.
 */
export async function readByOcr(
  bytes: Uint8Array,
  pages: string[][],
  toRead: readonly number[],
  engine: OcrEngine,
  deadline: Deadline,
  keepTextLayer = true,
  onPage?: () => void,
): Promise<{ pages: string[][]; ocr: OcrOutcome }> {
  deadline.extend(OCR_MS_PER_PAGE * toRead.length);
  const out = pages.map((p) => [...p]);
  const read: OcrPage[] = [];
  for await (const image of pageImages(bytes, toRead, deadline)) {
    const result = await deadline.race(engine.recognise(image.image));
    const layer = keepTextLayer ? (pages[image.page - 1] ?? []).filter((l) => l.trim() !== "") : [];
    // the text layer's lines first: a value both hold (the @CTES identifier) is read where it is exact
    const lines = layer.length > 0 ? [...layer, ""] : [];
    const confidence: Array<number | null> = lines.map(() => null);
    for (const line of result.lines) {
      // the text layer's stamp is exact: OCR's reading of the same stamp (its lines, or an identifier in another
      // line) would only add a garbled copy ("080-213001100-…" for "030-213001100-…")
      if (layer.length > 0 && line.text.trim() !== "" && (bodyChars([line.text]) === 0 || HOLDS_CTES_ID.test(line.text))) continue;
      lines.push(line.text);
      confidence.push(line.confidence);
    }
    out[image.page - 1] = lines;
    read.push({ page: image.page, method: image.method, confidence: result.confidence, lines: confidence });
    onPage?.();
  }
  return { pages: out, ocr: { engine: engine.name, pages: read } };
}
