// Stage 2 of the pipeline: page lines as read -> clean body lines, tables, and the prefecture stamp.
import type { Line } from "../core/types.js";
import { normaliseChars } from "./chars.js";
import { cellItems, hasMarkup, isItemTable, isMarkdownRule, itemRowLines, labelledCounts, splitRow, stripMarkdown, stripTags, type Table } from "./markup.js";
import { emptyStamps, stripStamp, type Stamps } from "./stamps.js";
import { fixOcr } from "./ocr.js";
import { reflow } from "./reflow.js";
import { labelVoteColumns } from "./vote-columns.js";
import { attendanceGrids } from "./attendance-grid.js";
import { spacedItemTables } from "./spaced-table.js";
import { labelsThenValues } from "./labels-then-values.js";
import { listColumns } from "./list-columns.js";
import { csvAsTabs } from "./csv.js";
import { unquoted } from "./quoted.js";
import { runningLines } from "./furniture.js";
import { BARE_LABEL_LINE, MEMBER_CELL, MEMBER_ROLE_CELL, NUMBER_CELL, CIVILITY_BETWEEN_SPACES, LABEL_BEFORE_CIVILITY } from "../vocab/layout.js";
import { COUNT_HEADER_CELL, COUNT_LABEL_ROW, FIGURE_ROW, PAGE_FURNITURE, ROW_COUNT_LABEL_EACH, RUNNING_LINE_WITH_PAGE } from "../vocab/fr.js";
import { NUMBER_WORD_LIST, singleCounts } from "../vocab/numbers.js";

export interface Normalised {
  lines: Line[];
  tables: Table[];
  stamps: Stamps;
}

/** number words a hyphen joins, which keep it when cut at a line's end: « deux mil vingt- » + « quatre » */
const NUMBER_WORDS = new Set(NUMBER_WORD_LIST);

/** Joins "dévelop-" + "pement" (a lower-case letter on both sides); keeps "Jean-" + "Pierre", "vingt-" + "quatre". */
function joinHyphenated(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && /\p{Ll}-$/u.test(prev.text) && /^\p{Ll}{2,}/u.test(l.text) && prev.page === l.page) {
      const [word, ...rest] = l.text.split(/(?<=^\S+)\s/);
      const before = /(\p{L}+)-$/u.exec(prev.text)?.[1]?.toLowerCase() ?? "";
      const compound = NUMBER_WORDS.has(before) && NUMBER_WORDS.has(word!.replace(/[^\p{L}]+$/u, "").toLowerCase());
      prev.text = prev.text.slice(0, compound ? undefined : -1) + word + (rest.length ? " " + rest.join(" ") : "");
      continue;
    }
    out.push({ ...l });
  }
  return out;
}

// (or a table's rules of dashes as pandoc draws them, a column's run each: « -------- -------- »)
const RULE_LINE = /^\s*(?:[─━═_=~*·•]\s?){5,}$|^\s*-{3,}(?:\s+-{3,})*\s*$/;

const QUOTE_MARKER = /(^|\s)>\s?(?=[\p{L}«"(]|\s*$)/gu;

/** Fewer characters than this outside stamps and page furniture: a page's text is not its content (a scan). */
export const MIN_BODY_CHARS = 20;

/** The characters of normalised lines, spaces left out. */
/** two passes' replacements of a page's lines; the second's only when they cover none of the first's lines */
function merged<T>(a: Map<number, T> | undefined, b: Map<number, T> | undefined): Map<number, T> | undefined {
  if (!a || !b) return a ?? b;
  if ([...b.keys()].some((k) => a.has(k))) return a;
  for (const [k, v] of b) a.set(k, v);
  return a;
}

export function bodyLength(lines: readonly Line[]): number {
  return lines.reduce((n, l) => n + l.text.replace(/\s+/g, "").length, 0);
}

/** Normalised lines before the reflow cuts them into units: the same characters, spaces aside. */
export function normaliseLines(source: string[][]): Normalised & { afterBlank: Set<string>; units: Set<string>; opens: Set<string> } {
  // a spreadsheet's export with semicolons: its rows as a table's of tabs; an e-mail's quotation: its « > » marks gone
  const pages = source.map((p) => csvAsTabs(p) ?? unquoted(p) ?? p);
  const stamps = emptyStamps();
  const tables: Table[] = [];
  const lines: Line[] = [];
  // lines that follow a blank line of the source (a paragraph break, a hint for the reflow)
  const afterBlank = new Set<string>();
  // lines the loader marks as units of their own (the record separator, U+001E, before them): the rows of a table
  // read by its columns (src/load/table-layout.ts), which no cue of the reflow joins to the next
  const units = new Set<string>();
  // lines under a rule drawn with characters (« ──────── »): each opens a unit
  const opens = new Set<string>();
  // running headers and footers: their copies on the next pages are left out, as blank lines
  const running = runningLines(pages);
  pages.forEach((pageLines, p) => {
    let header: { cells: string[]; at: Line } | undefined;
    // a table of items' header stays the header of rows of its width further down the page, other lines between
    // them (a rubric, a tally's lines under a row: « Commission Ressources … », « 42 voix pour »)
    let itemHeader: { cells: string[]; at: Line } | undefined;
    let spacedHeader: string[] | undefined;
    let labelRow: string[] | undefined;
    let blank = false;
    let afterRule = false;
    // an attendance grid (« NOM Prénom | Présent | Absent | Pouvoir à ») stands as the lists it marks, each a unit
    const grid = attendanceGrids(pageLines);
    // … and a table of items in columns of spaces (« N°   Objet   Résultat du vote »), a heading and its cells for each row
    // … and lists side by side in columns of spaces (« PRÉSENTS      EXCUSÉS REPRÉSENTÉS »), the left one then the right one
    const spacedTable = grid ? undefined : spacedItemTables(pageLines) ?? merged(labelsThenValues(pageLines), listColumns(pageLines));
    pageLines.forEach((source, i) => {
      if (running.has(`${p + 1}:${i + 1}`)) {
        blank = true;
        return;
      }
      const gridLines = grid ? grid.get(i) : spacedTable?.get(i);
      if (gridLines !== undefined) {
        if (gridLines === null) return;
        units.add(`${p + 1}:${i + 1}`);
        for (const text of gridLines) lines.push({ page: p + 1, line: i + 1, text });
        return;
      }
      const own = source.charCodeAt(0) === 0x1e;
      const raw = own ? source.slice(1) : source;
      if (own) units.add(`${p + 1}:${i + 1}`);
      // (a rule drawn with characters between two blocks, « ──────── », « ________ », « ======== », is a blank line,
      // and the line under it opens a unit: the heading of the next block, « Délibération n° CS 2024-25 »)
      if (raw.trim() === "" || RULE_LINE.test(raw)) {
        blank = true;
        if (raw.trim() !== "") afterRule = true;
        return;
      }
      const at: Line = { page: p + 1, line: i + 1, text: stripMarkdown(fixOcr(normaliseChars(raw))) };
      // tables: a tab-separated or piped header row followed by rows of the same width
      const cells = splitRow(at.text);
      if (isMarkdownRule(at.text)) return;
      // counts under their labels in columns of spaces, as a PDF's text layer or a Word export lays a side box out
      // (« En exercice    Présents    Votants » / « 33    24    30 »): the body reads them as "Label : value"
      const spaced = cells || !at.text.includes("  ") ? undefined : at.text.trim().split(/\s{2,}/);
      if (spaced && spacedHeader && spaced.length === spacedHeader.length) {
        const counts = labelledCounts(spacedHeader, spaced);
        spacedHeader = undefined;
        if (counts !== undefined) {
          lines.push({ ...at, text: counts });
          return;
        }
      }
      spacedHeader = spaced && spaced.length >= 3 && spaced.filter((c) => COUNT_HEADER_CELL.test(c)).length >= 2 ? spaced : undefined;
      // … or one space apart, as a PDF's text layer gives a small table of the vote (« Votants Exprimés Pour Contre »
      // / « 18 17 17 0 »): the same, when there are as many figures as labels
      if (!cells && !spaced && labelRow && FIGURE_ROW.test(at.text)) {
        const counts = labelledCounts(labelRow, at.text.trim().split(/\s+/));
        labelRow = undefined;
        if (counts !== undefined) {
          lines.push({ ...at, text: counts });
          return;
        }
      }
      labelRow = !cells && COUNT_LABEL_ROW.test(at.text) ? at.text.match(ROW_COUNT_LABEL_EACH)! : undefined;
      // a member and their role in two cells, a line of an attendance list from a word processor (« M. Grégoire
      // VANDEKERCKHOVE\tMaire », « Mme Patricia DECROIX\t\tConseillère municipale déléguée »): one item of a list, no
      // table's row
      // (tabs repeated to align the roles: the empty cells between them are none)
      const filled = cells?.filter((c) => c !== "");
      if (filled?.length === 2 && MEMBER_CELL.test(filled[0]!) && MEMBER_ROLE_CELL.test(filled[1]!)) {
        header = undefined;
        lines.push({ ...at, text: `- ${filled[0]}, ${filled[1]}` });
        return;
      }
      // a row of two cells, an item's number and its title, as a word processor's table exports them: one heading, no
      // table's header (« 1.\tFINANCES », « N° 2024-071\tDécision modificative … »)
      if (cells?.length === 2 && NUMBER_CELL.test(cells[0]!) && /\p{L}/u.test(cells[1]!) && !(header && header.cells.length === 2 && !NUMBER_CELL.test(header.cells[0]!))) {
        header = undefined;
        lines.push({ ...at, text: `${cells[0]} ${cells[1]}` });
        return;
      }
      if (cells && cells.length >= 2) {
        if ((!header || header.cells.length !== cells.length) && itemHeader && itemHeader.cells.length === cells.length) header = itemHeader;
        // counts under their labels, or a label and its count: the body reads them as "Label : value"
        const counts = labelledCounts(header?.cells, cells);
        if (header && cells.length === header.cells.length) {
          const table = tables.find((t) => t.page === header!.at.page && t.line === header!.at.line);
          const row = cells.map(cellItems);
          if (table) table.rows.push(row);
          else tables.push({ page: header.at.page, line: header.at.line, header: header.cells.map(stripTags), rows: [row] });
          // a table of items (« N° | Objet | Rapporteur | Vote »): each row, a heading and its labelled cells
          const item = isItemTable(header.cells) ? itemRowLines(header.cells.map(stripTags), cells) : undefined;
          if (counts !== undefined) lines.push({ ...at, text: counts });
          // (a row of items is a unit of its own: the rubric above it is no part of its heading)
          else if (item) {
            units.add(`${p + 1}:${i + 1}`);
            for (const text of item) lines.push({ ...at, text });
          }
          // the row's items also stay in the body as list lines, so text search still sees them
          else for (const items of row) for (const item of items) lines.push({ ...at, text: `- ${item}` });
          return;
        }
        if (!cells.some(hasMarkup)) header = { cells, at };
        // the header of a table of items is in `tables`, not in the body
        if (isItemTable(cells)) {
          itemHeader = { cells, at };
          return;
        }
        if (counts !== undefined) {
          lines.push({ ...at, text: counts });
          return;
        }
        // a Markdown header row: its cells, without the pipes
        if (/^\s*\|/.test(at.text)) at.text = cells.join("  ");
      } else if (at.text.trim() !== "") {
        header = undefined;
      }
      let text = stripStamp(at, stamps);
      if (hasMarkup(text)) {
        for (const item of cellItems(text)) lines.push({ ...at, text: `- ${item}` });
        return;
      }
      // a running line that ends with its page's number is furniture whole, even when it names the act (« Délibération
      // n° 2024-076 – Conseil municipal du 24 juin 2024 – Page 1/2 », one per extract of a file)
      if (text.includes("Page") && RUNNING_LINE_WITH_PAGE.test(text)) {
        blank = true;
        return;
      }
      text = text.replace(PAGE_FURNITURE, " ");
      // a quotation marker of a text export ("> Le Conseil …") opens a line, or stands inside a collapsed text
      // before a word; "> 50 %" is a comparison and stays
      text = text.replace(/\t+/g, "  ").replace(QUOTE_MARKER, "$1").trimEnd();
      if (text.trim() === "") return;
      // a label alone on its line, without its colon: « Présents » / « M. Paul ROCCA, Mme Lise HUET »
      if (text.length <= 40 && BARE_LABEL_LINE.test(text)) text = `${text.trimEnd()} :`;
      // … or right before a civility: « Présents Mme Hélène BLANC, … Excusés M. Henri REY »
      else if (CIVILITY_BETWEEN_SPACES.test(text)) text = text.replace(LABEL_BEFORE_CIVILITY, "$1 :");
      const line = { ...at, text };
      if (blank) afterBlank.add(`${line.page}:${line.line}`);
      if (afterRule) opens.add(`${line.page}:${line.line}`);
      blank = false;
      afterRule = false;
      lines.push(line);
    });
  });
  return { lines: joinHyphenated(lines), tables, stamps, afterBlank, units, opens };
}

export function normalise(pages: string[][]): Normalised {
  const { lines, tables, stamps, afterBlank, units, opens } = normaliseLines(pages);
  // a count in words and in figures given once, in figures (« Quarante et une (41) voix pour »), on the units: a line's
  // break may stand between the two
  const reflowed = reflow(lines, afterBlank, units, opens).map((l) => {
    const text = singleCounts(l.text);
    return text === l.text ? l : { ...l, text };
  });
  return { lines: labelVoteColumns(reflowed), tables, stamps };
}
