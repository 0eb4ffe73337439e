// A relevé laid out as a table in a PDF, read by its columns. A PDF's text layer gives a table row by row of print:
// the first line of every cell on one line, then their second lines (« 2024-204 Décision modificative … Budget Mme
// Sarah KHELIFI 44 9 - - Adoptée à la » / « principal majorité »), so read line by line a title is cut by the next
// column and an outcome by the title's end. Under a header row (« N° | Objet | Rapporteur | Pour | … »), the words are
// put back in their columns by where they stand, and each row — from one item's number to the next — is written as
// one unit (UNIT before it), its columns' text in the header's order, a side column (the rapporteur's, a commission's)
// on a unit of its own after it: « 2024-204 Décision modificative … Budget principal 44 9 - - Adoptée à la majorité » /
// « Rapporteur·e : Mme Sarah KHELIFI ». Pure: words with their boxes in, lines out.
import { foldWords } from "../vocab/fold.js";
import { TABLE_HEADER_NEED_NUMBER, TABLE_HEADER_NEED_TITLE, TABLE_HEADER_WORDS, TABLE_LABEL_START, TABLE_NUMBER_CELL, TABLE_NUMBER_WORD, TABLE_RAPPORTEUR_CELL, TABLE_OTHER_CELL, TABLE_SIDE_CELL, TABLE_TITLE_CELL } from "../vocab/fr.js";

/** A piece of text on one line of print, with its box in points (y up, as PDF). */
export interface Cell {
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** A line of print: its pieces, left to right. */
export type PrintLine = Cell[];

/** Points between two pieces on one line of print beyond which they are two cells (pdf-parse's cellThreshold). */
export const CELL_GAP = 7;

/**
 * Words grouped into lines of print (their heights overlapping by half the smaller one with the line's first word),
 * top to bottom, each line's words left to right — whatever order the PDF wrote them in (a row at a time, or a cell
 * at a time).
 */
export function printLines(words: readonly Cell[]): PrintLine[] {
  const middle = (c: Cell): number => (c.bottom + c.top) / 2;
  const sorted = [...words].sort((a, b) => middle(b) - middle(a) || a.left - b.left);
  const lines: Cell[][] = [];
  for (const word of sorted) {
    const line = lines.find((l) => overlaps(l[0]!, word));
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((l) => l.sort((a, b) => a.left - b.left));
}

function overlaps(a: { bottom: number; top: number }, b: { bottom: number; top: number }): boolean {
  const overlap = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
  const smaller = Math.min(a.top - a.bottom, b.top - b.bottom);
  return smaller > 0 && overlap >= smaller / 2;
}

/** A line's text as the rest of ctg reads it: its words joined by a space. */
const lineText = (line: readonly Cell[]): string => line.map((c) => c.text).join(" ");

/** A line out of the table's rows as the page reader writes it: a tab between two cells (« M. X⇥M. Y »), a space between words. */
function printedText(line: readonly Cell[]): string {
  let out = "";
  line.forEach((w, k) => (out += k === 0 ? w.text : `${w.left - line[k - 1]!.right > CELL_GAP ? "\t" : " "}${w.text}`));
  return out;
}

/** A line's cells: its runs of words no farther apart than a cell's gap. */
export function cellsOf(line: PrintLine): Cell[] {
  const cells: Cell[] = [];
  for (const w of line) {
    const last = cells[cells.length - 1];
    if (last && w.left - last.right <= CELL_GAP) {
      last.text += ` ${w.text}`;
      last.right = Math.max(last.right, w.right);
    } else cells.push({ ...w });
  }
  return cells;
}

/** Whether a text, folded, holds a header's words only. */
const onlyHeaderWords = (folded: string): boolean => folded.split(" ").every((w) => TABLE_HEADER_WORDS.has(w));

/** A header row: three cells or more, only a header's words, a number's column, a title's and another. */
function isHeader(line: PrintLine): boolean {
  const cells = cellsOf(line);
  if (cells.length < 3) return false;
  if (!onlyHeaderWords(foldWords(lineText(line)))) return false;
  const folded = cells.map((c) => foldWords(c.text));
  return folded.some((f) => TABLE_NUMBER_CELL.test(f)) && folded.some((f) => TABLE_TITLE_CELL.test(f)) && folded.some((f) => TABLE_OTHER_CELL.test(f));
}

/** Whether a page's text, as read line by line, has a header row: what makes reading its words' boxes worth it. */
export function hasTableHeader(text: string): boolean {
  // (a cheap look first: every page is asked, few have a number's and a title's label)
  if (!TABLE_HEADER_NEED_NUMBER.test(text) || !TABLE_HEADER_NEED_TITLE.test(text)) return false;
  for (const line of text.split("\n")) {
    if (line.length > 160) continue;
    const folded = foldWords(line);
    if (folded.split(" ").length < 3 || !onlyHeaderWords(folded)) continue;
    if (TABLE_NUMBER_WORD.test(folded) && TABLE_TITLE_CELL.test(folded) && TABLE_OTHER_CELL.test(folded)) return true;
  }
  return false;
}

/** The next line carries on the header (« NPPV Décision » under « … Pour Contre Abst. »): a header's words only. */
function carriesHeader(line: PrintLine): boolean {
  return onlyHeaderWords(foldWords(lineText(line)));
}

/**
 * Where one column ends and the next starts: between two of the header's words, the stretch that the fewest words
 * under it cross, its middle. A header's label may stand anywhere over its column (left, centred): the words of the
 * rows say where the column is. Two words of the header closer than a cell's gap (« Pour Contre Abst. » over narrow
 * columns, « N° de délibération » over one) are two columns only when no word under them crosses the gap.
 */
function boundariesOf(header: readonly PrintLine[], body: readonly PrintLine[]): number[] {
  const labels: Cell[] = [];
  for (const word of header.flat().sort((a, b) => a.left - b.left)) {
    const last = labels[labels.length - 1];
    if (last && word.left <= last.right) last.right = Math.max(last.right, word.right);
    else labels.push({ ...word });
  }
  const words = body.flat();
  const boundaries: number[] = [];
  for (let i = 1; i < labels.length; i++) {
    const from = Math.floor(labels[i - 1]!.right);
    const to = Math.ceil(labels[i]!.left);
    if (to - from < 2) {
      if (to - from > 0 && labels[i]!.left - labels[i - 1]!.right > CELL_GAP) boundaries.push((from + to) / 2);
      continue;
    }
    let best = Infinity;
    let run = { start: from, length: 0 };
    let current = { start: from, length: 0 };
    for (let x = from; x <= to; x++) {
      const crossing = words.reduce((n, w) => n + (w.left < x && w.right > x ? 1 : 0), 0);
      if (crossing < best) {
        best = crossing;
        current = { start: x, length: 1 };
        run = { ...current };
      } else if (crossing === best) {
        current = current.start + current.length === x ? { start: current.start, length: current.length + 1 } : { start: x, length: 1 };
        if (current.length > run.length) run = { ...current };
      }
    }
    // (close words are two columns when the second opens a label of its own, « Pour » after « Rapporteur », and almost
    // no word under them crosses the gap — a name run long may: « N° de délibération », « OBJET DE LA … » stay one)
    if (labels[i]!.left - labels[i - 1]!.right > CELL_GAP || (best <= Math.min(2, Math.floor(body.length / 10)) && TABLE_LABEL_START.test(foldWords(labels[i]!.text)))) boundaries.push(run.start + (run.length - 1) / 2);
  }
  return boundaries;
}

/** The column of the header's cell that a test picks (« N° », « Objet »), or -1 when the header has none. */
function headerColumn(header: readonly PrintLine[], test: RegExp, boundaries: readonly number[]): number {
  const cell = cellsOf(header[0]!).find((c) => test.test(foldWords(c.text)));
  return cell ? columnOf(cell, boundaries) : -1;
}

/** The column a word stands in: the boundaries left of its middle. */
function columnOf(word: Cell, boundaries: readonly number[]): number {
  const middle = (word.left + word.right) / 2;
  let column = 0;
  while (column < boundaries.length && boundaries[column]! < middle) column++;
  return column;
}

/** A row's column: its lines' words; a word cut at a line's end by a hyphen is joined again (« Saint-» « Crépin »). */
function joinColumn(lines: readonly string[]): string {
  let out = "";
  for (const line of lines) out += out === "" ? line : /\p{L}-$/u.test(out) ? line : ` ${line}`;
  return out;
}

const HAS_LOWER = /\p{Ll}/u;
/** a word in capitals, as a rubric has */
const CAPITALS = /\p{Lu}{2}/u;
/** what marks a line as a unit of its own for the normaliser: the record separator (U+001E) before it */
export const UNIT = "\u001E";
/** what an item's number has: a figure, or is: a roman numeral */
const ITEM_NUMBER = /\d|^[IVXLC]+\.?$/;

/**
 * A page's lines of print, read as text: lines above the first header as they stand; under a header, each row (from
 * a line with a number in the numbers' column to the next) as one line of its columns' text. A line with a cell
 * across three columns or more, a line in capitals under a row in lower case (a rubric, even across the number's column), or a line far below the
 * last (a footer) closes the row and stands as it is. Null when the page has no such header: it is read as it is.
 */
export function tableText(lines: readonly PrintLine[], carried: readonly PrintLine[] | null = null): { text: string[]; header: PrintLine[] | null } | null {
  const first = lines.findIndex(isHeader);
  if (first < 0) return carried ? carriedTable(lines, carried) : null;
  // (a table the page before left open goes on above this page's header)
  const above = carried ? carriedTable(lines.slice(0, first), carried) : null;
  const out: string[] = above ? above.text : lines.slice(0, first).map(printedText);
  let at = first;
  let header: PrintLine[] = [];
  while (at < lines.length) {
    header = [lines[at]!];
    at++;
    while (at < lines.length && header.length < 3 && carriesHeader(lines[at]!)) header.push(lines[at++]!);
    let end = at;
    while (end < lines.length && !isHeader(lines[end]!)) end++;
    out.push(...readRows(header, lines.slice(at, end), true));
    at = end;
  }
  return { text: out, header };
}

/**
 * A page with no header of its own, after a page whose table ran to its foot: the table goes on under the last
 * header's columns, from the first line whose number stands in that header's numbers' column (the lines above it, a
 * running title, stand as they are). Null when no such line is found: the page is no table's.
 */
function carriedTable(lines: readonly PrintLine[], header: readonly PrintLine[]): { text: string[]; header: PrintLine[] } | null {
  const boundaries = boundariesOf(header, lines);
  const numberColumn = headerColumn(header, TABLE_NUMBER_CELL, boundaries);
  const start = lines.findIndex((l) => l.some((w) => columnOf(w, boundaries) === numberColumn && ITEM_NUMBER.test(w.text) && w.left < (boundaries[numberColumn] ?? Infinity)));
  if (start < 0) return null;
  return { text: [...lines.slice(0, start).map(printedText), ...readRows(header, lines.slice(start), false)], header: [...header] };
}

/**
 * The band of each line: a line less than 2.2 times the words' height (their glyphs' boxes, some 0.7 of the font's size) below the one above goes on its band
 * (a cell's lines, a line centred between two), a wider gap opens the next (the space between two rows of a table).
 */
function bandsOf(lines: readonly PrintLine[], height: number): number[] {
  const middle = (l: PrintLine): number => (l[0]!.bottom + l[0]!.top) / 2;
  let band = 0;
  return lines.map((l, i) => (i > 0 && middle(lines[i - 1]!) - middle(l) > height * 2.2 ? ++band : band));
}

function readRows(header: readonly PrintLine[], body: readonly PrintLine[], withHeader: boolean): string[] {
  const boundaries = boundariesOf(header, body);
  const columns = boundaries.length + 1;
  const numberColumn = headerColumn(header, TABLE_NUMBER_CELL, boundaries);
  // the columns as a row is written out: the header's order, but a rapporteur's column before the number and the
  // title goes after the title (« Mme Agnès CAZALS | 2021/12/342 | Budget Primitif … » is written « 2021/12/342 Budget
  // Primitif … Mme Agnès CAZALS »: a row opens with its number or its title, as the segmenter reads rows)
  const titleColumn = headerColumn(header, TABLE_TITLE_CELL, boundaries);
  const rapporteurColumn = headerColumn(header, TABLE_RAPPORTEUR_CELL, boundaries);
  const order = Array.from({ length: columns }, (_, c) => c);
  if (rapporteurColumn >= 0 && titleColumn > rapporteurColumn && numberColumn > rapporteurColumn) {
    order.splice(order.indexOf(rapporteurColumn), 1);
    order.splice(order.indexOf(titleColumn) + 1, 0, rapporteurColumn);
  }
  const add = (target: string[][], line: PrintLine): void => {
    const parts: Cell[][] = Array.from({ length: columns }, () => []);
    for (const word of line) parts[columnOf(word, boundaries)]!.push(word);
    parts.forEach((words, column) => words.length > 0 && target[column]!.push(lineText(words)));
  };
  // the header itself, one line of its columns' labels
  const labels: string[][] = Array.from({ length: columns }, () => []);
  for (const line of header) add(labels, line);
  const out: string[] = withHeader ? [`${UNIT}${labels.map(joinColumn).filter((t) => t !== "").join(" ")}`] : [];
  // each row a unit of its own (src/normalise/index.ts); the cells of its side columns — a rapporteur's, a commission's,
  // a service's — each on a unit of its own after it, under its header's label (« Rapporteur·e : Mme Sarah KHELIFI »,
  // « Commission saisie : Finances »): in the row, a name between the title and the figures ran on as the title's end
  // (only where a row opens with its number: a row that opens with its title and gives its number in a later column,
  // « … Compte-rendu C2024_0239 Mme FLAMAND Adoptée », is read with the rapporteur after the number)
  const opensWithNumber = order.indexOf(numberColumn) < order.indexOf(titleColumn);
  const sides = opensWithNumber
    ? labels.flatMap((cell, column) => {
        const label = joinColumn(cell).replace(/\s*[:–-]\s*$/, "");
        return column !== numberColumn && column !== titleColumn && TABLE_SIDE_CELL.test(foldWords(label)) ? [{ column, label }] : [];
      })
    : [];
  const side = new Set(sides.map((x) => x.column));
  let row: string[][] | null = null;
  const flush = (): void => {
    if (!row) return;
    const cells = row;
    row = null;
    out.push(`${UNIT}${order.filter((c) => !side.has(c)).map((c) => joinColumn(cells[c]!)).filter((t) => t !== "").join(" ")}`);
    for (const { column, label } of sides) {
      const value = joinColumn(cells[column]!);
      if (value !== "") out.push(`${UNIT}${label} : ${value}`);
    }
  };
  // a line far below the last, to tell a footer from a row's next line
  // (the words' usual height, times three and a half: a row's lines and rows are closer, a footer is not)
  const heights = body.flat().map((w) => w.top - w.bottom).sort((a, b) => a - b);
  const height = heights[Math.floor(heights.length / 2)] ?? 0;
  let previous: PrintLine | undefined = header[header.length - 1];
  const isNumberLine = (line: PrintLine, across: boolean): boolean =>
    !across && line.some((w) => columnOf(w, boundaries) === numberColumn && ITEM_NUMBER.test(w.text));
  const acrossOf = (line: PrintLine): boolean =>
    cellsOf(line).some((c) => columnOf({ ...c, right: c.left }, boundaries) + 2 <= columnOf({ ...c, left: c.right }, boundaries));
  // rows whose cells are centred in their height: the number on the row's middle line, its title's first lines above
  // it; such a row is a band of lines closer to each other than to the next row's, and its lines above the number
  // go with it, not with the row before
  const band = bandsOf(body, height);
  const numbers = new Map<number, number[]>();
  body.forEach((line, i) => {
    if (isNumberLine(line, acrossOf(line))) numbers.set(band[i]!, [...(numbers.get(band[i]!) ?? []), i]);
  });
  const opensBelow = (i: number): boolean => {
    const at = numbers.get(band[i]!);
    return at !== undefined && at.length === 1 && at[0]! > i;
  };
  let pending: PrintLine[] = [];
  for (const [i, line] of body.entries()) {
    const far = previous !== undefined && height > 0 && previous[0]!.bottom - line[0]!.bottom > 3.5 * height;
    previous = line;
    const cells = cellsOf(line);
    const across = acrossOf(line);
    if (isNumberLine(line, across)) {
      flush();
      row = Array.from({ length: columns }, () => []);
      for (const above of pending) add(row, above);
      pending = [];
      add(row, line);
      continue;
    }
    const capitals = cells.length === 1 && CAPITALS.test(lineText(line)) && !HAS_LOWER.test(lineText(line));
    if (!across && !capitals && opensBelow(i)) {
      pending.push(line);
      continue;
    }
    const current = row as string[][] | null;
    const rubric = current !== null && capitals && current.some((column) => HAS_LOWER.test(column.join(" ")));
    if (current === null || across || far || rubric) {
      flush();
      out.push(`${UNIT}${printedText(line)}`);
      continue;
    }
    add(current, line);
  }
  flush();
  return out;
}
