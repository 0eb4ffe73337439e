// The file system edge of loading: a path (or "-" for standard input) to bytes, then to a LoadedSource.
// Only regular files are read: the file is opened without blocking and checked on its descriptor (a FIFO or
// /dev/zero named x.pdf would otherwise hang or fill the memory), and never more than the limit is read.
import { constants, type Stats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { InputError } from "./errors.js";
import { Deadline, withDefaults, type Limits } from "./limits.js";
import { isPdf, loadBytes, type LoadedSource, type OcrOptions } from "./source.js";
import type { PdfEngine } from "./readers/index.js";

export interface ReadOptions {
  limits?: Partial<Limits>;
  /** how the file is named in errors and in the record (default: the path) */
  name?: string;
  /** shared with the caller, who runs the rest of the pipeline under it (default: from limits.timeoutMs) */
  deadline?: Deadline;
  /** pages without text read by OCR (default auto) */
  ocr?: OcrOptions;
  /** the engine that reads a PDF's text layer (default: src/load/readers/index.ts) */
  pdfEngine?: PdfEngine;
}

const HEAD = 1024;

/** The byte cap of an input, from its first bytes: PDFs may be large, text files only as large as their text. */
function capFor(head: Uint8Array, name: string, limits: Limits): { cap: number; code: "file-too-large" | "text-too-large" } {
  return isPdf(head) || /\.pdf$/i.test(name)
    ? { cap: limits.maxPdfBytes, code: "file-too-large" }
    : { cap: limits.maxTextBytes, code: "text-too-large" };
}

async function readStdin(limits: Limits): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  let limit: ReturnType<typeof capFor> | null = null;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (!limit && length >= HEAD) limit = capFor(Buffer.concat(chunks).subarray(0, HEAD), "-", limits);
    if (limit && length > limit.cap) {
      process.stdin.destroy();
      throw new InputError(limit.code, "-", undefined, { limit: limit.cap });
    }
  }
  return Buffer.concat(chunks);
}

/** Why a path cannot be opened, as an input error. */
function openError(error: unknown, name: string): InputError {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError("not-found", name);
  if (code === "ELOOP") return new InputError("link-loop", name);
  if (code === "EISDIR") return new InputError("not-a-file", name);
  return new InputError("unreadable", name, error instanceof Error ? error.message : String(error));
}

/** The bytes of a regular file, at most the limit for its kind. */
export async function readFileBytes(path: string, name: string, limits: Limits): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO nobody writes to returns at once (and the check below refuses it)
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openError(error, name);
  }
  try {
    let info: Stats;
    try {
      info = await handle.stat();
    } catch (error) {
      throw openError(error, name);
    }
    if (info.isDirectory()) throw new InputError("not-a-file", name);
    if (!info.isFile()) throw new InputError("special-file", name);
    const head = Buffer.alloc(Math.min(HEAD, Math.max(1, info.size)));
    const { bytesRead: headRead } = await handle.read(head, 0, head.length, 0);
    const { cap, code } = capFor(head.subarray(0, headRead), name, limits);
    if (info.size > cap) throw new InputError(code, name, undefined, { count: info.size, limit: cap });
    // the size may change under us: read until the end, never past the cap
    const bytes = Buffer.alloc(Math.min(info.size, cap) + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) break;
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > cap) throw new InputError(code, name, undefined, { limit: cap });
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw openError(error, name);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Reads and loads one input under its limits, and gives back the deadline it was read under: the caller runs
 * the rest of the pipeline (parse, check) within the same time (`deadline.run`).
 */
export async function readInputWithin(path: string, options: ReadOptions = {}): Promise<{ loaded: LoadedSource; deadline: Deadline }> {
  const limits = withDefaults(options.limits);
  const name = options.name ?? path;
  if (path === "-") {
    // the time goes from the end of the input on: a slow producer upstream is not this input's fault
    const bytes = await readStdin(limits);
    const deadline = options.deadline ?? new Deadline(limits.timeoutMs, name);
    return { loaded: await loadBytes(bytes, name, limits, deadline, options.ocr, options.pdfEngine), deadline };
  }
  const deadline = options.deadline ?? new Deadline(limits.timeoutMs, name);
  const bytes = await deadline.race(readFileBytes(path, name, limits));
  return { loaded: await loadBytes(bytes, name, limits, deadline, options.ocr, options.pdfEngine), deadline };
}

export async function readInput(path: string, options: ReadOptions = {}): Promise<LoadedSource> {
  return (await readInputWithin(path, options)).loaded;
}
