// PDFium (the PDF engine of Chrome) built to WebAssembly by @embedpdf/pdfium: the .wasm ships in the package and
// is read from disk (never fetched), instantiated once per thread and reused for every document. No JavaScript
// in PDFs (the build has no V8/XFA), no fonts loaded for text (the text layer is read from the fonts' ToUnicode
// and encodings, as pdf.js does). About twice as fast as pdf.js per page on the corpus, for the same fields.
// PDFium works synchronously: the deadline and the text size are checked between pages, as for pdf.js.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { InputError } from "../errors.js";
import type { Deadline, Limits } from "../limits.js";
import { gridText, mayHoldGrid } from "../grid-layout.js";
import { CELL_GAP, hasTableHeader, printLines, tableText, type Cell, type PrintLine } from "../table-layout.js";
import { PdfEngineError, type PdfReader } from "./types.js";

/**
 * The exports of the WebAssembly module this reader calls, called directly: the package's cwrap'ed functions go
 * through ccall and an assertion wrapper at every call (about 4 % of a batch worker's time, for the few calls per
 * line a page's layout makes). Numbers in, numbers out; a null pointer for the password.
 */
interface Exports {
  malloc(size: number): number;
  free(ptr: number): void;
  PDFiumExt_Init(): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDF_CloseDocument(doc: number): void;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(text: number): void;
  FPDFText_CountChars(text: number): number;
  FPDFText_GetText(text: number, start: number, count: number, buffer: number): number;
  FPDFText_GetCharIndexFromTextIndex(text: number, textIndex: number): number;
  /** 1 when the box was written, 0 otherwise */
  FPDFText_GetCharBox(text: number, index: number, left: number, right: number, bottom: number, top: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
}

/** The module: its exports and its heap (a view that is replaced when the heap grows: read it afresh). */
interface Pdfium {
  pdfium: { HEAPU8: Uint8Array; wasmExports: Exports };
}

// FPDF_GetLastError
const ERR_FORMAT = 3;
const ERR_PASSWORD = 4;
const ERR_SECURITY = 5;

let instance: Promise<Pdfium> | undefined;

/** The module, started once per thread (about 40 ms: the 4.6 MB .wasm read and compiled). */
function pdfium(): Promise<Pdfium> {
  instance ??= (async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve("@embedpdf/pdfium/pdfium.wasm"));
    const { init } = await import("@embedpdf/pdfium");
    const module = (await init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) })) as unknown as Pdfium;
    module.pdfium.wasmExports.PDFiumExt_Init();
    return module;
  })();
  instance.catch(() => (instance = undefined));
  return instance;
}

/** A character's box in points (y up), or null when PDFium has none (a generated character). */
interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** The text of a page's text layer and the boxes of its characters, read on demand. */
class TextPage {
  private readonly boxes: number;
  private readonly x: Exports;

  constructor(
    private readonly m: Pdfium,
    private readonly handle: number,
  ) {
    this.x = m.pdfium.wasmExports;
    this.boxes = this.x.malloc(4 * 8);
    if (this.boxes === 0) throw new PdfEngineError("other", "out of memory");
  }

  close(): void {
    this.x.free(this.boxes);
  }

  private read: string | undefined;

  /** All the text, UTF-16 code unit i being text index i (read once: a table's page reads it twice). */
  text(): string {
    this.read ??= this.readText();
    return this.read;
  }

  private readText(): string {
    const count = this.x.FPDFText_CountChars(this.handle);
    if (count <= 0) return "";
    const buffer = this.x.malloc((count + 1) * 2);
    if (buffer === 0) throw new PdfEngineError("other", "out of memory");
    try {
      const written = this.x.FPDFText_GetText(this.handle, 0, count, buffer); // the final NUL included
      // the heap may have grown (and moved) during the call: read it afresh
      return Buffer.from(this.m.pdfium.HEAPU8.buffer, buffer, Math.max(0, written - 1) * 2).toString("utf16le");
    } finally {
      this.x.free(buffer);
    }
  }

  /** The box of the character at text index `at`, null for a character PDFium made up (a space, a line end). */
  box(at: number): Box | null {
    const index = this.x.FPDFText_GetCharIndexFromTextIndex(this.handle, at);
    if (index < 0 || this.x.FPDFText_IsGenerated(this.handle, index) === 1) return null;
    const b = this.boxes;
    if (this.x.FPDFText_GetCharBox(this.handle, index, b, b + 8, b + 16, b + 24) === 0) return null;
    const [left, right, bottom, top] = new Float64Array(this.m.pdfium.HEAPU8.buffer, b, 4);
    return { left: left!, right: right!, bottom: bottom!, top: top! };
  }
}


/**
 * PDFium's lines, made to read as pdf.js' (through pdf-parse) do, which the rest of ctg was written against:
 * - a line break PDFium puts between two pieces of one visual line (an exponent, as in « 1er »; the cells of a
 *   table row whose baselines differ by a point) is taken out: the next piece starts to the right of the last
 *   character and their heights overlap by half the smaller one; it becomes a tab across a wide gap (a cell),
 *   a space across a narrow one, nothing when they touch (after an exponent, the line it was raised from is
 *   what the next piece is compared with: « 1er octobre »);
 * - a word PDFium joined across a line-end hyphen (U+FFFE where the hyphen was) is cut again: « Saint- » then
 *   « Crépin »;
 * - lines of blanks only (text objects of one space) are dropped and leading blanks trimmed: pdf.js has none.
 */
export function layoutPage(page: { text(): string; box(at: number): Box | null }): string {
  const text = page.text();
  let out = "";
  let last = 0;
  const breaks = /\r\n/g;
  let match: RegExpExecArray | null;
  // the first character of the current line: what a piece after an exponent is compared with
  let lineStart: Box | null | undefined;
  let lineStartAt = 0;
  while ((match = breaks.exec(text)) !== null) {
    const at = match.index;
    // the characters either side, past the spaces PDFium may add at a line's end or start
    let b = at - 1;
    while (b > last && text[b] === " ") b--;
    let a = at + 2;
    while (a < text.length - 1 && text[a] === " ") a++;
    const before = b >= 0 && text[b] !== "\n" ? page.box(b) : null;
    const after = a < text.length && text[a] !== "\r" ? page.box(a) : null;
    lineStart ??= page.box(lineStartAt);
    if (before && after && (sameLine(before, after) || (lineStart && sameLine({ ...lineStart, right: before.right }, after)))) {
      const gap = after.left - before.right;
      out += text.slice(last, b + 1) + (gap > CELL_GAP ? "\t" : gap > 1 || b < at - 1 || a > at + 2 ? " " : "");
      last = a;
    } else {
      out += text.slice(last, at) + "\n";
      last = at + 2;
      lineStartAt = last;
      lineStart = undefined;
    }
  }
  out += text.slice(last);
  return out
    .replace(/\uFFFE/g, "-\n")
    .replace(/\u00A0/g, " ")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.trimStart())
    .join("\n");
}

function sameLine(before: Box, after: Box): boolean {
  if (after.left < before.right - 1) return false;
  const overlap = Math.min(before.top, after.top) - Math.max(before.bottom, after.bottom);
  const smaller = Math.min(before.top - before.bottom, after.top - after.bottom);
  return smaller > 0 && overlap >= smaller / 2;
}

/**
 * The page's words with their boxes: a word ends at a space, at a line break, where the next character stands lower
 * or higher (another line of print) or to its left, and at a hyphen PDFium joined a word across (U+FFFE).
 */
export function pageWords(page: { text(): string; box(at: number): Box | null }): Cell[] {
  const text = page.text();
  const words: Cell[] = [];
  let word: Cell | null = null;
  const end = (): void => {
    if (word && word.text !== "") words.push(word);
    word = null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\r" || ch === "\n" || ch === " " || ch === "\u00A0" || ch === "\t") {
      end();
      continue;
    }
    if (ch === "\uFFFE") {
      if (word) (word as Cell).text += "-";
      end();
      continue;
    }
    const b = page.box(i);
    const w = word as Cell | null;
    if (b === null) {
      if (w) w.text += ch;
      continue;
    }
    if (w && (b.left - w.right > CELL_GAP || b.left < w.right - 1 || !withinLine(w, b))) end();
    if (word === null) word = { text: ch, left: b.left, right: b.right, bottom: b.bottom, top: b.top };
    else {
      const open = word as Cell;
      open.text += ch;
      open.right = Math.max(open.right, b.right);
      open.bottom = Math.min(open.bottom, b.bottom);
      open.top = Math.max(open.top, b.top);
    }
  }
  end();
  return words;
}

/**
 * A character on the line of a piece: its middle within the piece's height and a third of it either side (a comma
 * below the line, an exponent above it, not the next line's first character).
 */
function withinLine(piece: Box, b: Box): boolean {
  const middle = (b.bottom + b.top) / 2;
  const third = (piece.top - piece.bottom) / 3;
  return middle >= piece.bottom - third && middle <= piece.top + third;
}

/** One page's text, laid out as above; a page with a table of items under a header, read by its columns. */
function pageText(m: Pdfium, doc: number, index: number, table: { header: PrintLine[] | null }): string {
  const x = m.pdfium.wasmExports;
  const page = x.FPDF_LoadPage(doc, index);
  // a page PDFium cannot load (a page tree that loops) fails the document, as pdf.js does
  if (page === 0) throw new PdfEngineError("format", `page ${index + 1} cannot be loaded`);
  const handle = x.FPDFText_LoadPage(page);
  if (handle === 0) {
    x.FPDF_ClosePage(page);
    return "";
  }
  const text = new TextPage(m, handle);
  try {
    // an attendance grid's rows, written cell by cell (src/load/grid-layout.ts)
    const asLaid = layoutPage(text);
    const laid = mayHoldGrid(asLaid) ? gridText(asLaid, printLines(pageWords(text))) : asLaid;
    if (!hasTableHeader(laid) && !table.header) return laid;
    const read = tableText(printLines(pageWords(text)), table.header);
    table.header = read?.header ?? null;
    return read?.text.join("\n") ?? laid;
  } finally {
    text.close();
    x.FPDFText_ClosePage(handle);
    x.FPDF_ClosePage(page);
  }
}

async function readPages(bytes: Uint8Array, file: string, limits: Limits, deadline: Deadline): Promise<string[]> {
  const m = await deadline.race(pdfium());
  const x = m.pdfium.wasmExports;
  // PDFium reads the document from its own heap, where it must stay until the document is closed
  const data = x.malloc(Math.max(1, bytes.length));
  if (data === 0) throw new PdfEngineError("other", "out of memory");
  let doc = 0;
  let dead = false;
  try {
    m.pdfium.HEAPU8.set(bytes, data);
    doc = x.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (doc === 0) {
      const code = x.FPDF_GetLastError();
      if (code === ERR_PASSWORD || code === ERR_SECURITY) throw new PdfEngineError("password", `PDFium error ${code}`);
      throw new PdfEngineError(code === ERR_FORMAT ? "format" : "other", `PDFium error ${code}`);
    }
    const pages = x.FPDF_GetPageCount(doc);
    if (pages > limits.maxPages) throw new InputError("too-many-pages", file, undefined, { count: pages, limit: limits.maxPages });
    const texts: string[] = [];
    let chars = 0;
    // the header of the table a page ran to its foot with: the next page's rows go on under it
    const table: { header: PrintLine[] | null } = { header: null };
    for (let index = 0; index < pages; index++) {
      const text = pageText(m, doc, index, table);
      texts.push(text);
      chars += text.length;
      if (chars > limits.maxTextBytes) throw new InputError("text-too-large", file, undefined, { limit: limits.maxTextBytes });
      // every 8 pages, let timers run (a batch's progress, the time-out of a race elsewhere)
      if (index % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
      deadline.check();
    }
    return texts;
  } catch (error) {
    // an abort inside the WebAssembly (out of memory, a failed assertion) leaves the module unusable: the next
    // document starts a fresh one
    if (error instanceof Error && error.name === "RuntimeError") {
      dead = true;
      instance = undefined;
      throw new PdfEngineError("other", error.message);
    }
    throw error;
  } finally {
    if (!dead) {
      if (doc !== 0) x.FPDF_CloseDocument(doc);
      x.free(data);
    }
  }
}

export const pdfiumReader: PdfReader = { engine: "pdfium", readPages };
