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
