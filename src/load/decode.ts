// Bytes of a text file to a string: UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.
import { InputError } from "./errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });
// Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1: bytes 0x80-0x9F (€ ’ œ • … « curly quotes »)
// come out as C1 control characters. Decode through latin1 and map that range by hand (WHATWG table).
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

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

/**
 * Binary data: control bytes (other than tab, line breaks, form feed; NUL included) make more than 2 % of the
 * first 8 KiB. Text files have none; random bytes have about 12 %, UTF-16 without its BOM about 50 %.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
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
  // a text with a few NUL bytes in it: damaged or badly exported; reading around them would guess
  if (bytes.indexOf(0) !== -1) throw new InputError("nul-bytes", file);
  const text = encoding === "utf-8" ? utf8.decode(bytes).replace(/^\uFEFF/, "") : decodeWindows1252(bytes);
  return { text, encoding };
}

/** Split into pages (form feed) and lines, whatever the line endings: LF, CRLF, CR, NEL, LS, PS. */
export function splitPages(text: string): string[][] {
  return text.split("\f").map((page) => page.split(/\r\n|[\n\r\u0085\u2028\u2029]/));
}
