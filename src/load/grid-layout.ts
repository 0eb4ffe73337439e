// An attendance grid in a PDF (« Commune | Nom – Prénom | Présent | Excusé | Absent | Pouvoir à », an X in one
// column), written with its empty cells. The text layer gives a row as its words only (« GASNIER Sandrine X OUADAH
// Karim »): which column the X stands in, and whether « OUADAH Karim » is a proxy's holder or the next member, is lost.
// Under a grid's header, each line of print is written as the header's cells, a tab between two, its words put in
// the column they stand under (src/core/columns.ts), so
// that the normaliser reads the grid by its columns (src/normalise/attendance-grid.ts). Pure: words with their boxes
// and the page's text in, the page's text out.
import { foldWords } from "../vocab/fold.js";
import { GRID_MARK, GRID_NEED_OTHER, GRID_NEED_PRESENT, gridColumnKind, isGridHeader } from "../vocab/fr.js";
import { cellsOf, type Cell, type PrintLine } from "./table-layout.js";
import { columnUnder } from "../core/columns.js";

/** Whether a page's text may hold a grid's header: what makes reading its words' boxes worth it. */
export function mayHoldGrid(text: string): boolean {
  return GRID_NEED_PRESENT.test(text) && GRID_NEED_OTHER.test(text);
}

/** a grid's header: a members' column, a present's and one more status's or a proxy's */
function headerCells(line: PrintLine): Cell[] | undefined {
  const cells = cellsOf(line);
  if (cells.length < 3) return undefined;
  const kinds = cells.map((c) => gridColumnKind(foldWords(c.text)));
  // (every cell a column's label: a line of print holds other words too)
  return !kinds.includes(undefined) && isGridHeader(kinds) ? cells : undefined;
}

/** the header's column a piece of a row stands in */
function columnOf(header: readonly Cell[], piece: Cell): number {
  const span = (c: Cell) => ({ start: c.left, end: c.right });
  return columnUnder(header.map(span), span(piece), GRID_MARK.test(piece.text));
}

/** a row's cells by the header's columns; undefined for a line that is no row (text across the page, a footer) */
function rowCells(header: readonly Cell[], line: PrintLine): string[] | undefined {
  const out = header.map(() => "");
  let marked = false;
  for (const piece of cellsOf(line)) {
    const at = columnOf(header, piece);
    out[at] = out[at] ? `${out[at]} ${piece.text}` : piece.text;
    if (gridColumnKind(foldWords(header[at]!.text)) !== "name" && piece.text !== "") marked = true;
  }
  // (a member's row holds a name and something in another column; a commune's name alone heads its members)
  return marked || out.every((c, i) => c === "" || gridColumnKind(foldWords(header[i]!.text)) !== "name") ? out : undefined;
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

/**
 * The page's text with its grids' lines written cell by cell (« ALENÇON⇥LEMARCHAND Hervé⇥X⇥⇥⇥ »); the text as it is
 * when it has no grid, or when its lines do not follow the lines of print (another reading order).
 */
export function gridText(text: string, lines: readonly PrintLine[]): string {
  const out = text.split("\n");
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const header = headerCells(lines[i]!);
    if (!header) continue;
    const at = out.findIndex((l, k) => k >= from && collapse(l) === collapse(lines[i]!.map((w) => w.text).join(" ")));
    if (at < 0) continue;
    out[at] = header.map((h) => h.text).join("\t");
    let k = at + 1;
    let j = i + 1;
    for (; j < lines.length && k < out.length; j++, k++) {
      const cells = rowCells(header, lines[j]!);
      if (!cells || collapse(out[k]!) !== collapse(lines[j]!.map((w) => w.text).join(" "))) break;
      out[k] = cells.join("\t");
    }
    from = k;
    i = j - 1;
  }
  return out.join("\n");
}
