// A table of items laid out in columns of spaces, as `pdftotext -layout` or a converter writes a relevé (« N°   Objet
//   Résultat du vote » / « 20242311   Lycées – Dotations …   Adopté » / «    publics et …   Pour : UDC, RN »). Read line by
// line, a row's cells interleave with the next row's; read here by the columns its header sets, each row becomes a
// heading and its labelled cells (« N° 20242311 – Lycées – Dotations … publics », « Résultat du vote : Adopté Pour : … »),
// as a table of tabs or pipes does (src/normalise/markup.ts). Pure: a page's lines in, the lines that replace the table's out.
import { piecesOf, type Piece } from "../core/columns.js";
import { NUMBER_COLUMN, TITLE_COLUMN } from "../vocab/fr.js";
import { ROW_NUMBER_CELL } from "../vocab/layout.js";


/** a rubric spanning the table, in capitals: « SOLIDARITÉS ET ÉDUCATION » */
const RUBRIC = /^[\p{Lu}\d][\p{Lu}\d'’ ,–-]+$/u;
/** a rule under the header: « ------ », « ====== » */
const RULE = /^[\s=_-]+$/;
/** how far left of its header a cell may start (a header's label centred a little in its column) */
const SLACK = 2;

interface Row {
  at: number;
  cells: string[];
}

/**
 * For each line of a page that a table of items in columns of spaces covers: the lines that stand for it (its row's
 * heading and labelled cells, on the row's first line; a rubric as it is), or null when it is part of a row already
 * given. Undefined when the page has no such table.
 */
export function spacedItemTables(lines: readonly string[]): Map<number, string[] | null> | undefined {
  if (!lines.some((l) => /\S {2,}\S/.test(l) && /objet|intitul|titre|sujet|affaire/i.test(l))) return undefined;
  const out = new Map<number, string[] | null>();
  for (let i = 0; i < lines.length; i++) {
    const header = piecesOf(lines[i]!);
    if (header.length < 3) continue;
    const number = header.findIndex((p) => NUMBER_COLUMN.test(p.text.trim()));
    const title = header.findIndex((p) => TITLE_COLUMN.test(p.text.trim()));
    if (number !== 0 || title < 0) continue;
    const columnOf = (p: Piece) => {
      let c = 0;
      header.forEach((h, k) => {
        if (h.start <= p.start + SLACK) c = k;
      });
      return c;
    };
    const rows: Row[] = [];
    const rubrics = new Map<number, string>();
    let end = i + 1;
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.trim() === "" || RULE.test(line)) {
        end = k + 1;
        continue;
      }
      const pieces = piecesOf(line);
      const first = pieces[0]!;
      const opens = columnOf(first) === number && ROW_NUMBER_CELL.test(first.text);
      if (pieces.length === 1 && columnOf(first) === number && RUBRIC.test(first.text) && !opens) {
        rubrics.set(k, first.text);
        end = k + 1;
        continue;
      }
      // a line that opens neither a row nor goes on in a column other than the number's ends the table (a footer)
      if (!opens && (rows.length === 0 || columnOf(first) === number)) break;
      if (opens) rows.push({ at: k, cells: header.map(() => "") });
      const row = rows[rows.length - 1]!;
      for (const p of pieces) {
        const c = columnOf(p);
        row.cells[c] = row.cells[c] === "" ? p.text : `${row.cells[c]} ${p.text}`;
      }
      end = k + 1;
    }
    if (rows.length < 2) continue;
    for (let k = i; k < end; k++) out.set(k, rubrics.has(k) ? [rubrics.get(k)!] : null);
    for (const row of rows) {
      const n = row.cells[number]!.replace(/^N°\s*/, "");
      const heading = `N° ${n} – ${row.cells[title]}`;
      const others = header.flatMap((h, c) => (c === number || c === title || row.cells[c] === "" ? [] : [`${h.text} : ${row.cells[c]}`]));
      out.set(row.at, [heading, ...others]);
    }
    i = end - 1;
  }
  return out.size > 0 ? out : undefined;
}
