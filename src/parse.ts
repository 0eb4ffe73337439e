// The pure core: loaded pages -> validated record. load -> normalise -> segment -> extract -> infer -> validate.
import { CtgDocument, SCHEMA_VERSION, type Act, type Source } from "./schema/record.js";
import { bodyLength, MIN_BODY_CHARS, normalise, type Normalised } from "./normalise/index.js";
import { loadBytes, loadString, type LoadedSource, type OcrOptions } from "./load/source.js";
import { extractActs } from "./extract/acts.js";
import { InputError } from "./load/errors.js";
import type { Limits } from "./load/limits.js";
import type { PdfEngine } from "./load/readers/index.js";

/**
 * The pipeline, stage by stage; each stage's entry point is named after it:
 *   1. load       src/load/source.ts (files: src/load/read.ts)   loadBytes / loadString: bytes or text -> pages
 *   2. normalise  src/normalise/index.ts                         normalise: pages -> clean lines, tables, stamps
 *   3. segment    src/segment/items.ts                           segment: lines -> session header + items
 *   4. extract    src/extract/acts.ts                            extractActs: header + items -> acts (stated values)
 *   5. infer      src/infer/index.ts                             infer*: values derived from stated ones ("inferred")
 *   6. validate   src/schema/record.ts                           validate: the record parsed by its zod schema
 * Stages 3 and 5 run inside extractActs: segment first, then each extractor calls its infer* function once the
 * stated values that rule needs are read (the order of the rules decides the output, so it stays there).
 */
export function parseLoaded(loaded: LoadedSource): CtgDocument {
  // 1. load: done by the caller (parseText, parseBytes, readInput)
  // 2. normalise
  const normalised = normalise(loaded.pages);
  rejectStampOnly(loaded, normalised);
  // 3. segment, 4. extract, 5. infer
  const acts: Act[] = extractActs(normalised);
  if (loaded.ocr) markOcrEvidence(acts, loaded);
  // 6. validate
  return validate(loaded.source, acts);
}

/**
 * A scanned act whose only text is the prefecture stamp added on each page is a scan, not an empty act; under
 * --ocr never the record keeps what the stamp gives (the @CTES identifier, the dates of transmission).
 */
function rejectStampOnly(loaded: LoadedSource, normalised: Normalised): void {
  if (loaded.ocrMode === "never") return;
  if (loaded.source.mediaType !== "application/pdf" || !normalised.stamps.seen) return;
  if (bodyLength(normalised.lines) < MIN_BODY_CHARS * Math.max(1, loaded.source.pages)) {
    throw new InputError("stamp-only", loaded.source.path);
  }
}

/** Evidence read on a line OCR gave says so, with the line's confidence. */
function markOcrEvidence(acts: Act[], loaded: LoadedSource): void {
  const byPage = new Map(loaded.ocr!.pages.map((p) => [p.page, p.lines]));
  for (const act of acts) {
    for (const item of Object.values(act.evidence)) {
      const confidence = byPage.get(item.page)?.[item.line - 1];
      if (confidence === undefined || confidence === null) continue;
      item.source = "ocr";
      item.confidence = confidence;
    }
  }
}

/** The record checked against the zod schema (src/schema/record.ts); throws on a value the schema refuses. */
function validate(source: Source, acts: Act[]): CtgDocument {
  return CtgDocument.parse({ schemaVersion: SCHEMA_VERSION, source, acts });
}

/** Text in memory to a record (no file system). */
export function parseText(text: string, path = "<text>"): CtgDocument {
  return parseLoaded(loadString(text, path));
}

/**
 * Bytes of a PDF or text file to a record; `path` names the source in the record and in errors. `limits` bound
 * the pages, the text and the inflated size (src/load/limits.ts; defaults when absent); `pdfEngine` reads a PDF's
 * text layer (pdfium by default, or pdfjs: src/load/readers/).
 */
export async function parseBytes(bytes: Uint8Array, path: string, limits?: Limits, ocr?: OcrOptions, pdfEngine?: PdfEngine): Promise<CtgDocument> {
  return parseLoaded(await loadBytes(bytes, path, limits, undefined, ocr, pdfEngine));
}
