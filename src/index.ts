// Library entry point: `import { parseDeliberation } from "ctg"`.
import { readInput } from "./load/read.js";
import { parseLoaded } from "./parse.js";
import type { CtgDocument } from "./schema/record.js";
import type { OcrOptions } from "./load/source.js";

export { parseText, parseBytes, parseLoaded } from "./parse.js";
export { checkDocument } from "./check/index.js";
export { InputError } from "./load/errors.js";
export * from "./schema/record.js";
export * from "./schema/report.js";
export type { OcrOptions } from "./load/source.js";
export type { OcrEngine, OcrMode } from "./ocr/engine.js";

/**
 * Reads a PDF or text file (or "-" for standard input) and returns the same document as `ctg parse`; scanned
 * pages are read by OCR unless `ocr.mode` is "never".
 */
export async function parseDeliberation(path: string, ocr?: OcrOptions): Promise<CtgDocument> {
  return parseLoaded(await readInput(path, ocr ? { ocr } : {}));
}
