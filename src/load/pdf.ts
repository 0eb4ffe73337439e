// PDF to page texts: the checks every engine shares (a PDF header, a final %%EOF, no compression bomb), then
// the engine (src/load/readers/: PDFium by default, pdf.js through pdf-parse on demand), guarded by the limits
// (pages, text, inflated size, time) so that a hostile PDF fails alone with a clear cause.
import { constants as zlibConstants, inflateSync } from "node:zlib";
import { InputError } from "./errors.js";
import { DEFAULT_LIMITS, Deadline, type Limits } from "./limits.js";
import { PdfEngineError, pdfReader, type PdfEngine } from "./readers/index.js";

export async function readPdfPages(
  bytes: Uint8Array,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
  deadline: Deadline = new Deadline(0, file),
  engine?: PdfEngine,
): Promise<string[]> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!data.subarray(0, 1024).toString("latin1").includes("%PDF-")) throw new InputError("not-pdf", file);
  // every complete PDF ends its (last) revision with %%EOF; an engine would read what it can of a cut file
  if (data.lastIndexOf("%%EOF", undefined, "latin1") === -1) throw new InputError("truncated-pdf", file);
  checkInflation(data, file, limits);
  deadline.check();
  const reader = await pdfReader(engine);
  try {
    return await reader.readPages(bytes, file, limits, deadline);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw classifyPdfError(error, file);
  }
}

/**
 * An error of pdf.js while it draws the pages OCR reads (src/ocr/images.ts), once the text engine has read the
 * file: a structure pdf.js cannot follow (PDFium read past it: a page tree that loops elsewhere, arrays nested
 * 100,000 deep in the catalog) is a damaged PDF, as when pdf.js reads the text; anything else is not classified.
 */
export async function ocrPdfError(error: unknown, file: string): Promise<InputError | null> {
  if (error instanceof InputError) return null;
  const engineError = (await import("./readers/pdfjs.js")).classify(error);
  return engineError.kind === "other" ? null : classifyPdfError(engineError, file);
}

function classifyPdfError(error: unknown, file: string): InputError {
  if (error instanceof PdfEngineError) {
    if (error.kind === "password") return new InputError("encrypted-pdf", file);
    // the file has its %%EOF (checked first): what the engine cannot follow is a damaged structure (a page
    // tree that loops, a root that is not a dictionary, objects nested past any sense)
    if (error.kind === "format") return new InputError("damaged-pdf", file, error.message);
    return new InputError("unreadable", file, error.message);
  }
  return new InputError("unreadable", file, error instanceof Error ? error.message : String(error));
}

// ---- compression bombs -------------------------------------------------------------------------------------

const STREAM = Buffer.from("stream", "latin1");
const ENDSTREAM = Buffer.from("endstream", "latin1");
/** How far before a `stream` keyword its dictionary is looked for. */
const DICT_WINDOW = 4096;

/** At most this many bytes out of one byte of a single layer of Flate (deflate's longest match, 258 bytes, in under 2 bits). */
const MAX_FLATE_RATIO = 1032;

interface FlateStream {
  start: number;
  stop: number;
  layers: number;
}

/** The Flate streams an engine could decode while reading text: not images, which text extraction never decodes. */
function flateStreams(data: Buffer): FlateStream[] {
  const out: FlateStream[] = [];
  let at = 0;
  while ((at = data.indexOf(STREAM, at)) !== -1) {
    const keywordEnd = at + STREAM.length;
    const isEnd = at >= 3 && data[at - 3] === 0x65 && data[at - 2] === 0x6e && data[at - 1] === 0x64; // "end"
    let start = keywordEnd;
    if (data[start] === 0x0d) start++;
    if (data[start] === 0x0a) start++;
    if (isEnd || start === keywordEnd) {
      at = keywordEnd;
      continue;
    }
    const before = data.toString("latin1", Math.max(0, at - DICT_WINDOW), at);
    const objectStart = before.lastIndexOf("obj");
    const dict = objectStart === -1 ? before : before.slice(objectStart);
    const end = data.indexOf(ENDSTREAM, start);
    const stop = end === -1 ? data.length : end;
    const layers = dict.match(/\/FlateDecode\b/g)?.length ?? 0;
    if (layers > 0 && !/\/Subtype\s*\/Image\b/.test(dict)) out.push({ start, stop, layers });
    at = stop;
  }
  return out;
}

/**
 * Inflates every Flate stream an engine could decode while reading text (content streams, forms, fonts, object
 * streams) with a cap on the output, before the engine sees the file: pdf.js and PDFium inflate a stream whole, in
 * memory, in one go, so that a 2 MB stream inflating to 2 GB would take minutes and gigabytes. When even the most
 * each stream could inflate to (one layer: MAX_FLATE_RATIO times its size) stays within the caps, as for most
 * PDFs under a few hundred kilobytes, nothing is inflated here: the engine does it once. Encrypted streams do not
 * inflate and are left to the time limit.
 */
export function checkInflation(data: Buffer, file: string, limits: Limits): void {
  const streams = flateStreams(data);
  let most = 0;
  for (const s of streams) {
    const bound = s.layers === 1 ? (s.stop - s.start) * MAX_FLATE_RATIO : Infinity;
    if (bound > limits.maxInflatedStream) most = Infinity;
    most += bound;
  }
  if (most <= limits.maxInflatedTotal) return;
  let total = 0;
  for (const { start, stop, layers } of streams) {
    let chunk: Buffer = data.subarray(start, stop);
    for (let i = 0; i < layers; i++) {
      const cap = Math.min(limits.maxInflatedStream, limits.maxInflatedTotal - total);
      if (cap <= 0) throw new InputError("pdf-bomb", file, undefined, { limit: limits.maxInflatedTotal });
      try {
        chunk = inflateSync(chunk, { maxOutputLength: cap, finishFlush: zlibConstants.Z_SYNC_FLUSH });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
          throw new InputError("pdf-bomb", file, undefined, { limit: cap });
        }
        break; // not Flate data after all (encrypted, damaged): the engine decides
      }
      total += chunk.length;
    }
  }
}
