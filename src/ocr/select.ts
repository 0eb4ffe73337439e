// Which pages of a PDF OCR reads (pure): under "auto", a page with no text, or whose only text is the
// prefecture stamp added on a scan, once the stamp lines are taken out; every page under "always".
import { bodyLength, MIN_BODY_CHARS, normalise } from "../normalise/index.js";
import type { OcrMode } from "./engine.js";

/** The characters of a page outside stamps and page furniture. */
export function bodyChars(lines: readonly string[]): number {
  return bodyLength(normalise([[...lines]]).lines);
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
