// Bytes of one input (file or standard input) to a LoadedSource: page texts plus what the record says of
// the source. Pure apart from the PDF library; reading files happens in src/load/read.ts.
import { createHash } from "node:crypto";
import { decodeText, splitPages } from "./decode.js";
import { InputError } from "./errors.js";
import { DEFAULT_LIMITS, Deadline, type Limits } from "./limits.js";
import { readPdfPages } from "./pdf.js";
import type { Source } from "../schema/record.js";

export interface LoadedSource {
  source: Source;
  /** page -> lines, as read (before normalisation) */
  pages: string[][];
}

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

/**
 * `limits` bound the pages, the text and the inflated size of a PDF; `deadline` the time its reading takes
 * (the caller runs the synchronous rest under the same deadline).
 */
export async function loadBytes(
  bytes: Uint8Array,
  path: string,
  limits: Limits = DEFAULT_LIMITS,
  deadline: Deadline = new Deadline(0, path),
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
    const texts = await readPdfPages(bytes, path, limits, deadline);
    const pages = texts.map((t) => splitPages(t).flat());
    const chars = texts.reduce((n, t) => n + t.replace(/\s+/g, "").length, 0);
    if (chars === 0) throw new InputError("no-text-layer", path);
    return { source: { path, sha256, mediaType: "application/pdf", pages: pages.length }, pages };
  }
  const { text } = decodeText(bytes, path);
  if (text.trim() === "") throw new InputError("empty", path);
  const pages = splitPages(text);
  const mediaType = /\.(md|markdown)$/i.test(path) ? "text/markdown" : "text/plain";
  return { source: { path, sha256, mediaType, pages: pages.length }, pages };
}

/** Text already in memory (library use): no file, no PDF. */
export function loadString(text: string, path = "<text>"): LoadedSource {
  const bytes = Buffer.from(text, "utf8");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const pages = splitPages(text.replace(/^\uFEFF/, ""));
  return { source: { path, sha256, mediaType: "text/plain", pages: pages.length }, pages };
}
