// Which column of a header a piece of a row stands under, by where both stand on the line (points in a PDF,
// characters in a text laid out with spaces). A header's label may be centred over its column or start at its
// left: a mark (« X ») goes under the label nearest its middle, a text under the label it overlaps most, or the
// nearest one when it overlaps none (a name starting left of its centred label).

export interface Span {
  start: number;
  end: number;
}

/** the index of the column `piece` stands under */
export function columnUnder(columns: readonly Span[], piece: Span, mark: boolean): number {
  const middle = (s: Span) => (s.start + s.end) / 2;
  const distance = (c: Span) => {
    if (mark) return Math.abs(middle(c) - middle(piece));
    const overlap = Math.min(c.end, piece.end) - Math.max(c.start, piece.start);
    return overlap > 0 ? -overlap : Math.max(c.start - piece.end, piece.start - c.end);
  };
  let best = 0;
  columns.forEach((c, i) => {
    if (distance(c) < distance(columns[best]!)) best = i;
  });
  return best;
}

/** a piece of a line laid out with spaces: its text and the characters it spans */
export interface Piece extends Span {
  text: string;
}

/** a line's pieces: runs of words one space apart, two spaces or more between pieces */
export function piecesOf(line: string): Piece[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
