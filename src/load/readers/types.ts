// The one interface every PDF text engine implements (src/load/readers/): bytes already checked by
// src/load/pdf.ts (header, %%EOF, compression bombs) to one string per page, lines separated by "\n" (a "\r\n"
// is fine: src/load/decode.ts splits on any line ending). An engine counts the pages before reading any, checks
// the deadline and the text size between pages, and throws either an InputError or its own error, which
// src/load/pdf.ts classifies (encrypted, damaged, unreadable).
import type { Deadline, Limits } from "../limits.js";

/** pdfium: PDFium built to WebAssembly (@embedpdf/pdfium); pdfjs: pdf.js through pdf-parse. */
export type PdfEngine = "pdfium" | "pdfjs";
export const PDF_ENGINES: readonly PdfEngine[] = ["pdfium", "pdfjs"];

export function isPdfEngine(value: string): value is PdfEngine {
  return (PDF_ENGINES as readonly string[]).includes(value);
}

export interface PdfReader {
  readonly engine: PdfEngine;
  /** the text of every page, in order */
  readPages(bytes: Uint8Array, file: string, limits: Limits, deadline: Deadline): Promise<string[]>;
}

/** An engine's own error once classified: a wrong password, or a structure it could not follow. */
export class PdfEngineError extends Error {
  constructor(
    readonly kind: "password" | "format" | "other",
    message: string,
  ) {
    super(message);
    this.name = "PdfEngineError";
  }
}
