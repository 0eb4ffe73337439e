// Bytes of one input (file or standard input) to a LoadedSource: page texts plus what the record says of
// the source. Pure apart from the PDF library; reading files happens in src/load/read.ts.
import { createHash } from "node:crypto";
import { decodeText, splitPages } from "./decode.js";
import { InputError } from "./errors.js";
import { DEFAULT_LIMITS, Deadline, type Limits } from "./limits.js";
import { ocrPdfError, readPdfPages } from "./pdf.js";
import type { PdfEngine } from "./readers/index.js";
import type { Source } from "../schema/record.js";
import type { OcrEngine, OcrMode } from "../ocr/engine.js";
import type { OcrOutcome } from "../ocr/read.js";

export interface LoadedSource {
  source: Source;
  /** page -> lines, as read (before normalisation) */
  pages: string[][];
  /** the pages read by OCR, with each line's confidence (absent when none was) */
  ocr?: OcrOutcome;
  /** how OCR was asked for: under "never" a stamp-only scan keeps its stamp (parse.ts) */
  ocrMode?: OcrMode;
}

export interface OcrOptions {
  /** default "auto" */
  mode?: OcrMode;
  /** an engine to use; when absent one is started for this input and stopped after */
  engine?: OcrEngine;
  /** waits for leave to run OCR on `pages` pages (batch: the coordinator caps the documents read by OCR at once) */
  gate?: (pages: number) => Promise<() => void>;
  /** after each page read by OCR (batch: the progress counts them) */
  onPage?: () => void;
}

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

/**
 * `limits` bound the pages, the text and the inflated size of a PDF; `deadline` the time its reading takes
 * (the caller runs the synchronous rest under the same deadline). `engine` reads a PDF's text layer (default:
 * src/load/readers/index.ts).
 */
export async function loadBytes(
  bytes: Uint8Array,
  path: string,
  limits: Limits = DEFAULT_LIMITS,
  deadline: Deadline = new Deadline(0, path),
  ocr: OcrOptions = {},
  engine?: PdfEngine,
): Promise<LoadedSource> {
  if (bytes.length === 0) throw new InputError("empty", path);
  const pdf = isPdf(bytes) || /\.pdf$/i.test(path);
  if (pdf && bytes.length > limits.maxPdfBytes) {
    throw new InputError("file-too-large", path, undefined, { count: bytes.length, limit: limits.maxPdfBytes });
  }
  if (!pdf && bytes.length > limits.maxTextBytes) {
    throw new InputError("text-too-large", path, undefined, { count: bytes.length, limit: limits.maxTextBytes });
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (pdf) {
    const texts = await readPdfPages(bytes, path, limits, deadline, engine);
    const layer = texts.map((t) => splitPages(t).flat());
    const mode = ocr.mode ?? "auto";
    const source: Source = { path, sha256, mediaType: "application/pdf", pages: layer.length };
    const { pages, outcome } = await withOcr(bytes, layer, mode, ocr, deadline).catch(async (error: unknown) => {
      throw (await ocrPdfError(error, path)) ?? error;
    });
    const chars = pages.reduce((n, p) => n + p.reduce((m, l) => m + l.replace(/\s+/g, "").length, 0), 0);
    if (chars === 0) throw new InputError(outcome ? "ocr-empty" : "no-text-layer", path);
    if (!outcome) return { source, pages, ocrMode: mode };
    source.ocr = { engine: outcome.engine, pages: outcome.pages.map(({ page, method, confidence }) => ({ page, method, confidence })) };
    return { source, pages, ocr: outcome, ocrMode: mode };
  }
  const { text } = decodeText(bytes, path);
  if (text.trim() === "") throw new InputError("empty", path);
  const pages = splitPages(text);
  const mediaType = /\.(md|markdown)$/i.test(path) ? "text/markdown" : "text/plain";
  return { source: { path, sha256, mediaType, pages: pages.length }, pages };
}

/** The text layer, with the pages `mode` asks for read by OCR (the engine is loaded only then). */
async function withOcr(
  bytes: Uint8Array,
  layer: string[][],
  mode: OcrMode,
  options: OcrOptions,
  deadline: Deadline,
): Promise<{ pages: string[][]; outcome?: OcrOutcome }> {
  const { pagesToRead } = await import("../ocr/select.js");
  const toRead = pagesToRead(layer, mode);
  if (toRead.length === 0) return { pages: layer };
  const { readByOcr } = await import("../ocr/read.js");
  const release = options.gate ? await options.gate(toRead.length) : () => undefined;
  let engine: OcrEngine | undefined = options.engine;
  try {
    engine ??= await deadline.race((await import("../ocr/tesseract.js")).createTesseractEngine());
    const { pages, ocr } = await readByOcr(bytes, layer, toRead, engine, deadline, mode !== "always", options.onPage);
    return { pages, outcome: ocr };
  } finally {
    if (engine && !options.engine) await engine.terminate().catch(() => undefined);
    release();
  }
}

/** Text already in memory (library use): no file, no PDF. */
export function loadString(text: string, path = "<text>"): LoadedSource {
  const bytes = Buffer.from(text, "utf8");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const pages = splitPages(text.replace(/^\uFEFF/, ""));
  return { source: { path, sha256, mediaType: "text/plain", pages: pages.length }, pages };
}
