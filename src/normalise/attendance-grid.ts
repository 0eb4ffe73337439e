// Attendance grids: the members in a table, a mark in the column of their status (« NOM Prénom | Présent | Absent |
// Pouvoir à », « Commune | Délégué | Présent | Excusé | Absent | Pouvoir donné à »), as small communes and
// intercommunalities print their « feuille de présence ». Read line by line, the marks lose the column that gives
// them their meaning; read here by their columns, the grid becomes the labelled lists every other act writes
// (« Présents : A, B », « Excusés : C », « Absents : D », « Pouvoirs : C à B »), which the attendance extractor reads.
// A row is read by its cells when it has the header's (tabs, pipes), else by where its pieces stand under the
// header's labels (a layout of spaces, a frame OCR broke: « I » or « ! » for a pipe, a pipe lost).
// Pure: a page's lines in, the lines that replace the grid's out.
import { GRID_BORDER, GRID_LIST_LABELS, GRID_MARK, GRID_NAME_QUALITY, GRID_NEED_PRESENT, GRID_RULE, GRID_RULE_RUN, gridColumnKind, isGridHeader } from "../vocab/fr.js";
import { foldWords } from "../vocab/fold.js";
import { columnUnder, piecesOf, type Piece, type Span } from "../core/columns.js";

type Column = NonNullable<ReturnType<typeof gridColumnKind>>;
type Status = "present" | "excused" | "absent";

interface Header {
  kinds: Array<Column | undefined>;
  /** where each label stands on its line (no tab in it: a tab's width is unknown) */
  spans: Span[] | undefined;
  /** the header's cells split by tabs or pipes: a row with as many is read cell by cell */
  cells: boolean;
}

interface Member {
  name: string;
  status: Status | undefined;
  holder: string | undefined;
  /** the index of the row's line in the page */
  at: number;
}

/** the line's cells split by tabs or by a frame of pipes; undefined when it has neither */
function cellsOf(line: string): string[] | undefined {
  const piped = /^\s*\|(.*)\|\s*$/.exec(line);
  if (piped) return piped[1]!.split("|").map((c) => c.trim());
  return line.includes("\t") ? line.split("\t").map((c) => c.trim()) : undefined;
}

/** the line's pieces where they stand: runs of words one space apart, a frame's borders taken for spaces */
function framedPiecesOf(line: string): Piece[] {
  const clean = line.replace(GRID_BORDER, (m) => " ".repeat(m.length));
  return piecesOf(clean);
}

/** a header of a grid: a members' column, a present's, and one more status's or a proxy's */
function readHeader(line: string): Header | undefined {
  const cells = cellsOf(line);
  const pieces = line.includes("\t") ? undefined : framedPiecesOf(line);
  const labels = cells ?? pieces?.map((p) => p.text) ?? [];
  if (labels.length < 3) return undefined;
  const kinds = labels.map((c) => gridColumnKind(foldWords(c)));
  if (!isGridHeader(kinds)) return undefined;
  // (a label's place: the pieces of a header without tabs, one for each cell)
  const spans = pieces && pieces.length === labels.length ? pieces : undefined;
  return { kinds, spans, cells: cells !== undefined };
}

function isRule(line: string): boolean {
  return GRID_RULE.test(line) && GRID_RULE_RUN.test(line);
}

/** a row's texts by the kind of their column; undefined when the row cannot be put under the header */
function rowTexts(header: Header, line: string): Map<Column, string[]> | undefined {
  const texts = new Map<Column, string[]>();
  const add = (kind: Column | undefined, text: string) => {
    if (kind && text !== "") texts.set(kind, [...(texts.get(kind) ?? []), text]);
  };
  const cells = header.cells ? cellsOf(line) : undefined;
  // (a row of tabs may leave its last empty cells out)
  if (cells && (cells.length === header.kinds.length || (line.includes("\t") && cells.length < header.kinds.length))) cells.forEach((c, i) => add(header.kinds[i], c));
  else if (header.spans && !line.includes("\t")) for (const p of framedPiecesOf(line)) add(header.kinds[columnUnder(header.spans, p, GRID_MARK.test(p.text))], p.text);
  else return undefined;
  return texts;
}

/** a row of the grid: the member's name, the status marked, the proxy's holder; undefined for a line that is no row */
function readRow(header: Header, line: string, at: number): Member | "skip" | undefined {
  if (isRule(line)) return "skip";
  const texts = rowTexts(header, line);
  if (!texts) return undefined;
  const name = texts.get("name")?.join(" ").replace(GRID_NAME_QUALITY, "").trim();
  const marked = (kind: Status) => texts.get(kind)?.some((t) => GRID_MARK.test(t)) ?? false;
  const holder = texts.get("proxy")?.join(" ").trim() || undefined;
  const status = (["present", "excused", "absent"] as const).find(marked);
  // (a line with no mark and no holder ends the grid: the text under it; a commune's name alone heads its members)
  if (!status && !holder) return name ? undefined : "skip";
  if (!name) return "skip";
  return { name, status, holder, at };
}

/**
 * The grids of a page: the index of each line they cover -> the lines that stand for it (the labelled lists, at the
 * first row of each) or null (a line of the grid, left out). Undefined when the page has no grid.
 */
export function attendanceGrids(lines: readonly string[]): Map<number, string[] | null> | undefined {
  let out: Map<number, string[] | null> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (a header names a present's column: cheap to look for before splitting cells)
    if (!GRID_NEED_PRESENT.test(line)) continue;
    const header = readHeader(line);
    if (!header) continue;
    const members: Member[] = [];
    // (the grid's frame above its header goes with it)
    const covered: number[] = i > 0 && isRule(lines[i - 1]!) ? [i - 1, i] : [i];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = readRow(header, lines[j]!, j);
      if (row === undefined) break;
      covered.push(j);
      if (row !== "skip") members.push(row);
    }
    if (members.length === 0) continue;
    out ??= new Map();
    for (const k of covered) out.set(k, null);
    for (const [kind, label] of Object.entries(GRID_LIST_LABELS) as Array<[Status | "proxy", string]>) {
      const listed = kind === "proxy" ? members.filter((m) => m.holder) : members.filter((m) => m.status === kind);
      if (listed.length === 0) continue;
      const values = listed.map((m) => (kind === "proxy" ? `${m.name} à ${m.holder}` : m.name));
      const first = listed[0]!.at;
      out.set(first, [...(out.get(first) ?? []), `${label} : ${values.join(", ")}`]);
    }
    i = j - 1;
  }
  return out;
}
