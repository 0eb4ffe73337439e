// Markup found in text exports: HTML list fragments (<ul><li>), Markdown (headings, emphasis, links, escapes, list
// bullets) and tables (tab-separated rows, Markdown pipes). Lists become "- item" lines; tables are returned as
// structured blocks for the extractors, and a table of counts under their labels also as "Label : value" lines.
import { FOOTNOTE_AFTER_STAR, NUMBER_COLUMN, TITLE_COLUMN } from "../vocab/fr.js";
import { ROW_NUMBER_CELL } from "../vocab/layout.js";

export interface Table {
  page: number;
  line: number;
  header: string[];
  /** cells of each row; a cell holding a list is split into its items */
  rows: string[][][];
}

const TAG = /<\/?[a-z][^>]*>/gi;

export function stripTags(text: string): string {
  return text
    .replace(/<li[^>]*>/gi, "•")
    .replace(TAG, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ ]{2,}/g, " ")
    .trim();
}

/** "• a• b" -> ["a", "b"]; plain text -> [text]. */
export function cellItems(cell: string): string[] {
  const text = stripTags(cell);
  return text
    .split(/\s*•\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function hasMarkup(line: string): boolean {
  return /<\s*(?:ul|ol|li|p|br|table|tr|td|th|div|span)\b/i.test(line);
}

export function splitRow(line: string): string[] | undefined {
  // (a label, its colon, then a tab and its value, as a Word document aligns them: « Secrétaire :\tM. X » is no row)
  if (line.includes("\t") && !/^[^\t]{1,60}: ?\t+[^\t]+$/.test(line)) return line.split("\t").map((c) => c.trim());
  const md = /^\s*\|(.+)\|\s*$/.exec(line);
  if (md) return md[1]!.split("|").map((c) => c.trim());
  return undefined;
}

export function isMarkdownRule(line: string): boolean {
  // (or a grid table's rule, as pandoc writes it: « +------+------+ », « +======+======+ »)
  return /^\s*(?:\|\s*)?:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)*(?:\s*\|)?\s*$/.test(line) || /^\s*\+(?:[-=:]{3,}\+)+\s*$/.test(line);
}

/** a list's bullet at a line's start */
// (not a footnote's star: « * pouvoir à Martine » says whose proxy a starred name gave)
const MD_BULLET = new RegExp(`^\\s*[*+]\\s+(?=\\S)(?!${FOOTNOTE_AFTER_STAR.source})`, "u");
/** a heading's hashes, at a line's start or inside a text collapsed to one line ("… CARREL ### 1. Approbation …") */
const MD_HEADING = /(?:^\s*#{1,6}|(?<=\s)#{2,6})\s+(?=[\p{Lu}\d«"])/gu;
/** bold and italic: the markers hug a word on both sides ("**Présents :**", "*Vote : unanimité*", "__Objet__"); the
 * asterisks of proxies stay ("Odile (Pr**)", "Jean-Pierre*") */
const MD_STRONG = /(?<![\p{L}\d*_\\])(\*\*|__)(?=[\p{L}\d«"(])(.{1,200}?)(?<=[\p{L}\d»".:)!?])\1(?![\p{L}\d*_])/gu;
const MD_EMPHASIS = /(?<![\p{L}\d*_\\])\*(?=[\p{L}«"(])([^*]{1,200}?)(?<=[\p{L}\d»".:)!?])\*(?![\p{L}\d*])/gu;
/** [text](url) -> text; ![alt](url) -> nothing */
const MD_LINK = /(!?)\[([^\][]{0,200})\]\([^()\s]{0,300}\)/g;
/** a character escaped for Markdown: "1\. Approbation", "DEL2024\_031" */
// (any punctuation or symbol a converter escapes: « n\° », « \* », « \' »)
const MD_ESCAPE = /\\([^\p{L}\p{N}\s])/gu;
/** a bold marker left alone at a line's start or end, its pair on the line before or after */
const MD_STRONG_OPEN_ONLY = /^(\s*)(?:\*\*|__)(?=\S)(?!.*(?:\*\*|__))/;
const MD_STRONG_CLOSE_ONLY = /(?<=\S)(?:\*\*|__)(\s*)$/;
/** a heading's closing hashes: "## Titre ##" */
const MD_CLOSING_HASHES = /\s+#{1,6}\s*$/;

/** what any of the markup above needs: a hash before a space, an asterisk, two underscores, a link, an escape, a backquote */
const MD_NEED = /#\s|\*|__|\]\(|\\|`/;

/** The text of a line of Markdown without its markup; other lines unchanged (a cheap test first). */
export function stripMarkdown(line: string): string {
  if (!MD_NEED.test(line)) return line;
  let out = line;
  if (out.includes("#")) out = out.replace(MD_CLOSING_HASHES, "").replace(MD_HEADING, "");
  return out
    .replace(MD_BULLET, "- ")
    .replace(MD_LINK, (_m, image: string, text: string) => (image ? "" : text))
    .replace(MD_STRONG, "$2")
    .replace(MD_EMPHASIS, "$1")
    .replace(/`([^`]{1,200})`/g, "$1")
    // (bold over two lines, each with one of its markers: « **6. Port de Porsguen – Tarifs … pour la » / « saison 2025** »)
    .replace(MD_STRONG_OPEN_ONLY, "")
    .replace(MD_STRONG_CLOSE_ONLY, (marker: string, space: string) => (/\*[^*]*\*\*\s*$/.test(out) ? marker : space))
    .replace(MD_ESCAPE, "$1");
}

/** a label cell without the colon it may carry: "Présents :" -> "Présents" */
const label = (cell: string): string => cell.replace(/\s*:\s*$/, "");
/** a cell that is a count: "15", "0", "/" (none), "-" */
const COUNT_CELL = /^(?:\d{1,3}|\/|-|–)$/;
/** a cell that is a label: letters, no figure */
const LABEL_CELL = /^(?=.*\p{L})[^\d|]{1,60}$/u;

/**
 * A table row read as "Label : value" pairs, when it is counts under labels ("| Pour | Contre | Abstention |" over
 * "| 15 | 0 | 2 |") or a label and its count ("| Présents | 15 |"); undefined for any other row.
 */
export function labelledCounts(header: string[] | undefined, cells: string[]): string | undefined {
  // (under a header of two labels, "| Nom | Voix |", a row is no label and its count)
  const pairs = !header || (header.length === 2 && COUNT_CELL.test(header[1]!));
  if (pairs && cells.length === 2 && LABEL_CELL.test(cells[0]!) && COUNT_CELL.test(cells[1]!)) return `${label(cells[0]!)} : ${cells[1]}`;
  if (header && header.length === cells.length && header.every((h) => LABEL_CELL.test(h)) && cells.every((c) => COUNT_CELL.test(c))) {
    return header.map((h, k) => `${label(h)} : ${cells[k]}`).join(" ; ");
  }
  return undefined;
}


/** Whether a table's header is that of a list of items (a number column and a title column). */
export function isItemTable(header: readonly string[]): boolean {
  return header.some((h) => NUMBER_COLUMN.test(h.trim())) && header.some((h) => TITLE_COLUMN.test(h.trim()));
}

/**
 * A row of a table of items as the body reads it: the number and the title as a heading, then each other cell under
 * its column's label ("Rapporteur : Mme HUET", "Vote : 12 pour, 2 contre"); undefined when the row is not one.
 */
export function itemRowLines(header: readonly string[], cells: readonly string[]): string[] | undefined {
  if (!isItemTable(header) || cells.length !== header.length) return undefined;
  const n = header.findIndex((h) => NUMBER_COLUMN.test(h.trim()));
  const t = header.findIndex((h) => TITLE_COLUMN.test(h.trim()));
  const number = cells[n]!.trim();
  const title = stripTags(cells[t]!);
  // (an ordinal, or an act's registry number: « B2021-118 », « 2024-071 », as the rows a line does not hold write it)
  const ordinal = /^\d{1,3}(?:\.\d{1,2})?$/.test(number);
  if ((!ordinal && !ROW_NUMBER_CELL.test(number)) || title === "") return undefined;
  const others = header.flatMap((h, k) => (k === n || k === t || stripTags(cells[k]!) === "" ? [] : [`${label(h)} : ${stripTags(cells[k]!)}`]));
  return [ordinal ? `${number} - ${title}` : `${number.replace(/^N°\s*/, "")} ${title}`, ...others];
}
