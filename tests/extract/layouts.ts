// Test helper: the same excerpt in the layouts acts reach ctg in. Extraction must not depend on where lines
// break, so each extractor's table runs on the excerpt as written, collapsed to one line (a web page, a RAG
// pipeline) and re-flowed at 40 columns (narrow columns, side boxes), as ../shared/eval/variants.mjs does
// for whole documents.
import { describe } from "vitest";

export type Shape = (text: string) => string;

/** paragraphs (separated by blank lines) re-cut at `width` columns */
export function wrap(text: string, width: number): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((para) => {
      const lines: string[] = [];
      let line = "";
      for (const w of para.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + w.length > width) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      if (line) lines.push(line);
      return lines.join("\n");
    })
    .join("\n\n");
}

export const LAYOUTS: Array<[string, Shape]> = [
  ["as written", (t) => t],
  ["collapsed", (t) => t.replace(/\s+/g, " ").trim()],
  ["wrapped at 40", (t) => wrap(t, 40)],
];

/** `describe` once per layout; the block shapes its excerpts with the function it is given */
export function inEveryLayout(title: string, block: (shape: Shape) => void): void {
  describe.each(LAYOUTS)(`${title} (%s)`, (_name, shape) => block(shape));
}
