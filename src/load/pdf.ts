// PDF to page texts through pdf-parse (pdf.js): eval disabled, no network, no worker fetch; guarded by limits
// (pages, text, inflated size, time) so that a hostile PDF fails alone with a clear cause.
import { constants as zlibConstants, inflateSync } from "node:zlib";
import { InputError } from "./errors.js";
import { DEFAULT_LIMITS, Deadline, type Limits } from "./limits.js";

/** What pdf-parse's (typed as private) load() gives: the pdf.js document. */
interface LoadedPdf {
  numPages: number;
}

export async function readPdfPages(
  bytes: Uint8Array,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
  deadline: Deadline = new Deadline(0, file),
): Promise<string[]> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!data.subarray(0, 1024).toString("latin1").includes("%PDF-")) throw new InputError("not-pdf", file);
  // every complete PDF ends its (last) revision with %%EOF; pdf.js would read what it can of a cut file
  if (data.lastIndexOf("%%EOF", undefined, "latin1") === -1) throw new InputError("truncated-pdf", file);
  checkInflation(data, file, limits);
  deadline.check();
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    // CVE-2024-4367: never compile font outlines (or anything else) to JavaScript
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const stop = () => parser.destroy();
  try {
    const doc = await deadline.race(loadDocument(parser), stop);
    // pages are counted before any is read: 5,000 empty pages take pdf.js longer than the limit allows
    if (doc.numPages > limits.maxPages) throw new InputError("too-many-pages", file, undefined, { count: doc.numPages, limit: limits.maxPages });
    // page by page: pdf.js (its worker runs in this thread) chains promises without ever letting a timer run,
    // so the deadline is checked between pages, and the text size as it grows
    const texts: string[] = [];
    let chars = 0;
    for (let page = 1; page <= doc.numPages; page++) {
      const result = await deadline.race(parser.getText({ first: page, last: page, pageJoiner: "" }), stop);
      for (const p of result.pages) {
        texts.push(p.text);
        chars += p.text.length;
      }
      if (chars > limits.maxTextBytes) throw new InputError("text-too-large", file, undefined, { limit: limits.maxTextBytes });
      await new Promise((resolve) => setImmediate(resolve));
      deadline.check();
    }
    return texts;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw classifyPdfError(error, file);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function loadDocument(parser: object): Promise<LoadedPdf> {
  const load = (parser as { load?: () => Promise<LoadedPdf> }).load;
  if (typeof load === "function") return load.call(parser);
  // another pdf-parse: getInfo() loads the document too and gives the page count
  const info = await (parser as { getInfo(): Promise<{ total: number }> }).getInfo();
  return { numPages: info.total };
}

function classifyPdfError(error: unknown, file: string): InputError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (/password/i.test(name) || /password|encrypt/i.test(message)) return new InputError("encrypted-pdf", file);
  // the file has its %%EOF (checked first): what pdf.js cannot follow is a damaged structure (a page tree that
  // loops, a root that is not a dictionary, objects nested past any sense)
  if (
    /invalid pdf|invalidpdf|missing pdf|xref|unexpected end|bad (?:xref|trailer)|startxref|circular reference|invalid root|call stack|recursion/i.test(
      `${name} ${message}`,
    )
  ) {
    return new InputError("damaged-pdf", file, message);
  }
  return new InputError("unreadable", file, message);
}

// ---- compression bombs -------------------------------------------------------------------------------------

const STREAM = Buffer.from("stream", "latin1");
const ENDSTREAM = Buffer.from("endstream", "latin1");
/** How far before a `stream` keyword its dictionary is looked for. */
const DICT_WINDOW = 4096;

/**
 * Inflates every Flate stream pdf.js could decode while reading text (content streams, forms, fonts, object
 * streams: not images, which text extraction never decodes) with a cap on the output, before pdf.js sees the
 * file: pdf.js inflates a stream whole, in memory, in one go, so that a 2 MB stream inflating to 2 GB would
 * take minutes and gigabytes. Encrypted streams do not inflate and are left to the time limit.
 */
export function checkInflation(data: Buffer, file: string, limits: Limits): void {
  let total = 0;
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
    if (layers > 0 && !/\/Subtype\s*\/Image\b/.test(dict)) {
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
          break; // not Flate data after all (encrypted, damaged): pdf.js decides
        }
        total += chunk.length;
      }
    }
    at = stop;
  }
}
