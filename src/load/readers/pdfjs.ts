// pdf.js through pdf-parse: eval disabled (CVE-2024-4367), no font faces, no system fonts, no network, its
// "worker" running in this thread. pdfjs-dist's legacy build carries core-js, which on loading replaces a few
// natives of the whole thread that Node already has (Array.prototype.push, JSON.parse,
// Function.prototype.toString): push became 3.3 times slower, for pdf.js and for all of ctg after it. They are
// put back once pdf-parse and pdf.js' worker module are loaded (the page texts stay byte for byte the same: tests/load/engines.test.ts);
// what core-js adds that Node 20 lacks (Promise.withResolvers, Set methods, Uint8Array base64) stays.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { InputError } from "../errors.js";
import type { Deadline, Limits } from "../limits.js";
import { PdfEngineError, type PdfReader } from "./types.js";

type PdfParseModule = typeof import("pdf-parse");

/** What pdf-parse's (typed as private) load() gives: the pdf.js document. */
interface LoadedPdf {
  numPages: number;
}

/** Built-ins whose existing functions core-js may replace. */
const BUILT_INS: readonly object[] = [
  Array,
  Array.prototype,
  JSON,
  Object,
  Function.prototype,
  Promise,
  Promise.prototype,
  String.prototype,
  Number,
  Math,
  Map.prototype,
  Set.prototype,
  RegExp.prototype,
  ArrayBuffer.prototype,
  Uint8Array,
  Uint8Array.prototype,
];

/** A native function put back: where, and what had replaced it (tests/load/engines.test.ts swaps them). */
export interface Restored {
  target: object;
  key: string | symbol;
  native: PropertyDescriptor;
  replacement: PropertyDescriptor;
}

/** Runs `load` and puts back every function of the built-ins above that existed before and was replaced meanwhile. */
export async function keepingNatives<T>(load: () => Promise<T>): Promise<{ value: T; restored: Restored[] }> {
  const before = BUILT_INS.map((target) => new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)!])));
  const value = await load();
  const restored: Restored[] = [];
  BUILT_INS.forEach((target, i) => {
    for (const [key, native] of before[i]!) {
      const replacement = Object.getOwnPropertyDescriptor(target, key);
      if (typeof native.value !== "function" || !replacement || replacement.value === native.value) continue;
      Object.defineProperty(target, key, native);
      restored.push({ target, key, native, replacement });
    }
  });
  return { value, restored };
}

let loading: Promise<{ value: PdfParseModule; restored: Restored[] }> | undefined;

/**
 * pdf-parse, loaded once per thread, the natives core-js replaced put back. pdf.js' "worker" (a bundle of its
 * own, with its own core-js) is loaded at the same time: pdf.js would import it at the first document, and
 * replace the natives again. It is the file pdf.js would import (pdf.worker.mjs beside pdf-parse's pdf.mjs), so
 * that pdf.js finds it in the module cache.
 */
export async function loadPdfParse(): Promise<{ module: PdfParseModule; restored: readonly Restored[] }> {
  loading ??= keepingNatives(async () => {
    const fromPdfParse = createRequire(createRequire(import.meta.url).resolve("pdf-parse"));
    const worker = pathToFileURL(fromPdfParse.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href;
    const [module] = await Promise.all([import("pdf-parse"), import(worker) as Promise<unknown>]);
    return module;
  });
  const { value, restored } = await loading;
  return { module: value, restored };
}

async function readPages(bytes: Uint8Array, file: string, limits: Limits, deadline: Deadline): Promise<string[]> {
  const { PDFParse } = (await loadPdfParse()).module;
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
    throw classify(error);
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

/** A pdf.js error as an engine error: a password, a structure it cannot follow, or something else. */
export function classify(error: unknown): PdfEngineError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (/password/i.test(name) || /password|encrypt/i.test(message)) return new PdfEngineError("password", message);
  // the file has its %%EOF (checked first): what pdf.js cannot follow is a damaged structure (a page tree that
  // loops, a root that is not a dictionary, objects nested past any sense)
  if (
    /invalid pdf|invalidpdf|missing pdf|xref|unexpected end|bad (?:xref|trailer)|startxref|circular reference|invalid root|call stack|recursion/i.test(
      `${name} ${message}`,
    )
  ) {
    return new PdfEngineError("format", message);
  }
  return new PdfEngineError("other", message);
}

export const pdfjsReader: PdfReader = { engine: "pdfjs", readPages };
