// Bytes of a text file to a string: UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.
import { InputError } from "./errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    utf8.decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** Share of control bytes (other than tab, line breaks, form feed) in the first 8 KiB: text files have none. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.02;
}

export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    return { text: new TextDecoder(encoding).decode(bytes.subarray(2)), encoding };
  }
  if (looksBinary(bytes)) throw new InputError("binary", file);
  const text = encoding === "utf-8" ? utf8.decode(bytes).replace(/^\uFEFF/, "") : cp1252.decode(bytes);
  return { text, encoding };
}

/** Split into pages (form feed) and lines, whatever the line endings: LF, CRLF, CR, NEL, LS, PS. */
export function splitPages(text: string): string[][] {
  return text.split("\f").map((page) => page.split(/\r\n|[\n\r\u0085\u2028\u2029]/));
}
