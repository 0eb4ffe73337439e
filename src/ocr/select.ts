// Which pages of a PDF OCR reads (pure): under "auto", a page with no text, or whose only text is the
// prefecture stamp added on a scan, once the stamp lines are taken out; every page under "always".
import { bodyLength, MIN_BODY_CHARS, normaliseLines } from "../normalise/index.js";
import type { OcrMode } from "./engine.js";

/**
 * The characters of a page outside stamps and page furniture, spaces aside: the reflow into units, which moves
 * only spaces, is not needed to count them (it is most of normalise's time).
 */
export function bodyChars(lines: readonly string[]): number {
  return bodyLength(normaliseLines([[...lines]]).lines);
}

/** 1-based numbers of the pages to read by OCR. */
export function pagesToRead(pages: readonly (readonly string[])[], mode: OcrMode): number[] {
  if (mode === "never") return [];
  const out: number[] = [];
  pages.forEach((lines, i) => {
    if (mode === "always" || bodyChars(lines) < MIN_BODY_CHARS) out.push(i + 1);
  });
  return out;
}
