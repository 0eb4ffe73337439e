// A box of counts or dates read column after column, as a text layer gives a table of labels over values: its labels
// one a line, then its values one a line in the same order (« Nombre de membres en exercice » / « Nombre de membres
// présents » / « Nombre de pouvoirs » / « Nombre de votants » / « 56 » / « 40 » / « 5 » / « 45 »). Each label is
// given its value on one line (« Nombre de membres en exercice : 56 »), which the extractors read as any labelled
// count. Pure: a page's lines in, the lines that replace the box's out.
import { BOX_LABEL, BOX_VALUE } from "../vocab/layout.js";

/**
 * For each line of a page that such a box covers: the labelled lines (on the first label's line), or null for the
 * box's other lines. Undefined when the page has none. Two labels at least, as many values as labels.
 */
export function labelsThenValues(lines: readonly string[]): Map<number, string[] | null> | undefined {
  let out: Map<number, string[] | null> | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!BOX_LABEL.test(lines[i]!)) continue;
    // (blank lines between them, as a text layer spaces a table's cells)
    const labels: number[] = [];
    let k = i;
    for (; k < lines.length && (BOX_LABEL.test(lines[k]!) || lines[k]!.trim() === ""); k++) if (lines[k]!.trim() !== "") labels.push(k);
    const values: number[] = [];
    for (; k < lines.length && values.length < labels.length && (BOX_VALUE.test(lines[k]!) || lines[k]!.trim() === ""); k++) if (lines[k]!.trim() !== "") values.push(k);
    // (as many values as labels, no more: a value more says the labels were not all read)
    let after = k;
    while (after < lines.length && lines[after]!.trim() === "") after++;
    if (labels.length < 2 || values.length !== labels.length || BOX_VALUE.test(lines[after] ?? "")) {
      i = Math.max(i, labels[labels.length - 1] ?? i);
      continue;
    }
    out ??= new Map();
    const pairs = labels.map((at, n) => `${lines[at]!.trim().replace(/\s*:$/, "")} : ${lines[values[n]!]!.trim()}`);
    for (let x = labels[0]!; x < k; x++) out.set(x, null);
    out.set(labels[0]!, pairs);
    i = k - 1;
  }
  return out;
}
