// Test helper: a line of print as a PDF's text layer gives it, each word with its box (points, y up). `cells` places
// the line's pieces: [x, text] pairs, each text's words laid 4.5 points per character, a space between them.
import type { Cell } from "../../src/load/table-layout.js";

export function line(y: number, cells: Array<[number, string]>): Cell[] {
  const words: Cell[] = [];
  for (const [x, text] of cells) {
    let left = x;
    for (const w of text.split(" ")) {
      words.push({ text: w, left, right: left + 4.5 * w.length, bottom: y, top: y + 8 });
      left += 4.5 * w.length + 2.5;
    }
  }
  return words;
}
