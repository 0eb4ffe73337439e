// A relevé whose votes stand in columns under their header (« N° | Rapporteur | Objet | Pour | Contre | Abst. | NPPV |
// Décision »): once the text layer is read, each row's figures are a run of numbers and dashes (« 46 - 10 - Adopté »,
// perhaps cut over two lines, « 43 10 » / « 3 - Adopté », or at the end of the title's line). Only under such a header,
// and only when a row gives as many figures as there are columns, they are written with their labels (« Pour : 46 –
// Contre : / – Abstentions : 10 ») and the decision on a unit of its own: the vote extractor then reads them as it
// reads any tally. A dash or a slash is none.
import type { Line } from "../core/types.js";
import { NPPV_COLUMN, VOTE_COLUMNS_HEADER, VOTE_COLUMN_LABELS, VOTE_DECISION, VOTE_ROW, VOTE_ROW_TAIL } from "../vocab/fr.js";

type Column = keyof typeof VOTE_COLUMN_LABELS;

function labelled(columns: readonly Column[], figures: readonly string[]): string {
  return columns
    .map((c, k) => `${VOTE_COLUMN_LABELS[c]} : ${/^\d/.test(figures[k]!) ? figures[k] : "/"}`)
    .join(" – ");
}

/** one cell of a table split into list lines: a dash and one token, or an amount in thousands (« - 750 000 ») */
const LIST_CELL = /^\s*-\s+(?:\S+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?)\s*$/;

const figuresOf = (run: string) => run.trim().split(/[ \t]+/);

export function labelVoteColumns(lines: Line[]): Line[] {
  let columns: Column[] | null = null;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const header = VOTE_COLUMNS_HEADER.exec(l.text);
    if (header) {
      columns = ["for", "against", "abstentions"];
      if (header[1] !== undefined || NPPV_COLUMN.test(lines[i + 1]?.text ?? "")) columns.push("nppv");
      out.push(l);
      continue;
    }
    // (a table's cell written as a list's item, « - 011 » under « Chapitre | Libellé | … | Pour | Contre », is no row)
    if (!columns || LIST_CELL.test(l.text)) {
      out.push(l);
      continue;
    }
    const row = VOTE_ROW.exec(l.text);
    if (row) {
      let figures = figuresOf(row[1]!);
      let decision = row[2];
      let used = 0;
      // a row cut over two lines: « 43 10 » / « 3 - Adopté »
      const next = figures.length < columns.length && decision === undefined ? VOTE_ROW.exec(lines[i + 1]?.text ?? "") : null;
      if (next && figures.length + figuresOf(next[1]!).length === columns.length) {
        figures = [...figures, ...figuresOf(next[1]!)];
        decision = next[2];
        used = 1;
      }
      if (figures.length === columns.length) {
        out.push({ ...l, text: labelled(columns, figures) });
        if (decision) out.push({ ...l, text: decision });
        i += used;
        continue;
      }
    }
    // (figures at a line's end without their decision count only when the decision opens the next unit)
    // (the last column's dash may have gone with the decision: « … 21 6 2 » / « - Adopté »)
    const tail = VOTE_ROW_TAIL.exec(l.text);
    const decisionNext = tail && tail[2] === undefined ? VOTE_DECISION.exec(lines[i + 1]?.text ?? "") : null;
    const tailFigures = tail ? [...figuresOf(tail[1]!), ...(decisionNext?.[1] && figuresOf(tail[1]!).length === columns.length - 1 ? ["-"] : [])] : [];
    if (tail && tailFigures.length === columns.length && (tail[2] !== undefined || decisionNext)) {
      out.push({ ...l, text: l.text.slice(0, tail.index).trimEnd() });
      out.push({ ...l, text: labelled(columns, tailFigures) });
      if (tail[2] !== undefined) out.push({ ...l, text: tail[2] });
      continue;
    }
    out.push(l);
  }
  return out;
}
