// What the rest of ctg needs from an OCR engine: an image in, lines with their confidence out. The engine
// itself (tesseract.js, src/ocr/tesseract.ts) is loaded only when a page has to be read.

/** One line as the engine read it; confidence is the mean of its words', 0-100. */
export interface OcrLine {
  text: string;
  confidence: number;
}

export interface OcrResult {
  lines: OcrLine[];
  /** the page's mean word confidence, 0-100 */
  confidence: number;
}

export interface OcrEngine {
  /** the engine and its model, as the record names them (e.g. "tesseract.js 7.0.0 fra 4.0.0_best_int") */
  readonly name: string;
  /** an encoded image (PNG, JPEG) to lines, top to bottom, column by column */
  recognise(image: Uint8Array): Promise<OcrResult>;
  terminate(): Promise<void>;
}

/** auto: pages without a text layer (or with only the stamp) are read by OCR; always: every page; never: none. */
/** Time allowed per page read by OCR, on top of the input's own time limit (--timeout). */
export const OCR_MS_PER_PAGE = 30_000;

export type OcrMode = "auto" | "always" | "never";
export const OCR_MODES: readonly OcrMode[] = ["auto", "always", "never"];

export function isOcrMode(value: string): value is OcrMode {
  return (OCR_MODES as readonly string[]).includes(value);
}
