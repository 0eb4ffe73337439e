// Lists of members in two columns of spaces, as `pdftotext -layout`, an RTF or a Word export lays out a block of
// attendance (« PRÉSENTS                 EXCUSÉS REPRÉSENTÉS » / « M. Christophe DUFAU, Maire    Mme Hélène LABORDE,
// pouvoir à » / « Mme Martine LARRIEU        Mme Martine LARRIEU » / … / «                     ABSENT » / «   M. Cédric
// LAGOUEYTE »). Read line by line, each line holds a member of each list; read here by its columns, the block becomes
// the left column's lines, then the right column's, each list under its own label, as any act writes them. Pure: a
// page's lines in, the lines that replace the block's out.
import { piecesOf, type Piece } from "../core/columns.js";
import { LIST_COLUMN_LABEL, LIST_COLUMN_MEMBER, LIST_COLUMN_OPEN_END } from "../vocab/layout.js";


/** how far left of its label a right column's piece may start */
const SLACK = 2;

/** a label as the attendance extractor reads it, its colon added */
const labelled = (text: string) => (LIST_COLUMN_LABEL.test(text) && !text.endsWith(":") ? `${text.replace(/\s*:$/, "")} :` : text);

/**
 * A column's lines as its lists, one a line: « PRÉSENTS : M. A, Maire, Mme B », « EXCUSÉS REPRÉSENTÉS : Mme C,
 * pouvoir à Mme D, … ». A member's line that ends open (« Mme C, pouvoir à ») goes on on the next one.
 */
function asLists(column: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of column) {
    const last = out.length - 1;
    if (text.endsWith(":") || last < 0) out.push(text);
    else out[last] += out[last]!.endsWith(":") || LIST_COLUMN_OPEN_END.test(out[last]!) ? ` ${text}` : `, ${text}`;
  }
  return out;
}

/**
 * For each line of a page that a block of two lists side by side covers: the lines that stand for it (on the header's
 * line), or null for the block's other lines. Undefined when the page has none. The header holds two lists' labels
 * and nothing else; the block runs while every piece of a line stands wholly left or right of the second label, and
 * a line with no right piece is a member or a label.
 */
export function listColumns(lines: readonly string[]): Map<number, string[] | null> | undefined {
  if (!lines.some((l) => / {3}/.test(l) && /pr[ée]sent|excus|absent|pouvoir|procuration|repr[ée]sent/i.test(l))) return undefined;
  let out: Map<number, string[] | null> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const header = piecesOf(lines[i]!);
    if (header.length !== 2 || header[1]!.start - header[0]!.end < 3) continue;
    if (!header.every((p) => LIST_COLUMN_LABEL.test(p.text))) continue;
    const boundary = header[1]!.start - SLACK;
    const left: string[] = [labelled(header[0]!.text)];
    const right: string[] = [labelled(header[1]!.text)];
    let end = i + 1;
    let blanks = 0;
    for (let k = i + 1; k < lines.length; k++) {
      const pieces = piecesOf(lines[k]!);
      if (pieces.length === 0) {
        if (++blanks > 1) break;
        continue;
      }
      if (pieces.some((p) => p.start < boundary && p.end > boundary)) break;
      const l = pieces.filter((p) => p.end <= boundary);
      const r = pieces.filter((p) => p.start >= boundary);
      if (r.length === 0 && !l.every((p) => LIST_COLUMN_MEMBER.test(p.text) || LIST_COLUMN_LABEL.test(p.text))) break;
      for (const p of l) left.push(labelled(p.text));
      for (const p of r) right.push(labelled(p.text));
      blanks = 0;
      end = k + 1;
    }
    // (one member a list at least beside its label)
    if (left.length < 2 || right.length < 2) continue;
    out ??= new Map();
    for (let k = i; k < end; k++) out.set(k, null);
    out.set(i, [...asLists(left), ...asLists(right)]);
    i = end - 1;
  }
  return out;
}
