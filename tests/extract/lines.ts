// Test helper: an excerpt of an act -> the Line[] the extractors read, through the real normalisation
// (characters, OCR slips, stamps), as parseText would hand them over.
import type { Line } from "../../src/core/types.js";
import { normalise } from "../../src/normalise/index.js";

export function linesOf(text: string): Line[] {
  return normalise([text.split("\n")]).lines;
}
