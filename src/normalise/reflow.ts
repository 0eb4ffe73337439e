// Line breaks of the source are layout, not structure: Word, LibreOffice, scanners, web pages and other tools
// break lines anywhere. The reflow joins a page's lines into one stream of words and cuts it again before each
// cue of src/vocab/layout.ts (a label, a formula, a heading, a sentence end), so the extractors read the same
// units whatever the layout. Each unit keeps the page and line of the source where it starts (evidence).
import type { Line } from "../core/types.js";
import { AGENDA_HEADING, BREAK_CUES, SENTENCE_OPENS, BROKEN_COMPOUND, CAPS_CONTINUATION, LABEL_ALONE, COUNT_LABEL_AT_LINE_END, CUE_NEEDS, FIGURE_ALONE, HEADING_LINE, HEADING_WITHOUT_TITLE, ACT_NUMBER_LINE, linksToNext, NO_LOWER_CASE, FIRST_NAME_AT_LINE_END, SURNAME_AT_LINE_START } from "../vocab/layout.js";
import { FAST_WORD_START, WORD_START } from "../vocab/build.js";
import { OBJET_START } from "../vocab/fr.js";
import { collapseSpaces, nextIndex } from "../core/text.js";
import { pushAll } from "../core/arrays.js";

interface Stream {
  text: string;
  /** start offset in `text` of each source line, in order */
  starts: number[];
  /** offsets where the source's layout itself ends a unit: a line opening with a bullet, a short line's end */
  hints: number[];
  /** offsets of the paragraphs (after a blank line of the source): no cue reads across them */
  breaks: number[];
  lines: Line[];
}

function join(lines: Line[], afterBlank: ReadonlySet<string>, units: ReadonlySet<string>, opens: ReadonlySet<string>): Stream {
  let text = "";
  const starts: number[] = [];
  const hints: number[] = [];
  const breaks: number[] = [];
  // a short line followed by one that opens with a capital ends a unit (a heading, an agenda entry, a name list)
  // in any layout that has line breaks at all: a hint kept from the source, never needed by a collapsed text
  const widths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const wide = widths[Math.floor(widths.length * 0.9)] ?? 0;
  let previous = "";
  // the lines after an agenda's heading ("Ordre du jour") are its entries, one per line, until a sentence
  let agenda = 0;
  // blank lines that separate paragraphs, not lines (double-spaced OCR exports put one after every line)
  const blanks = lines.filter((l) => afterBlank.has(`${l.page}:${l.line}`)).length;
  const paragraphs = blanks > 0 && blanks <= Math.max(1, lines.length * 0.5);
  // the line after a heading that gives no title is the title, a unit of its own: « RAPPORT 1 » / « Approbation du … »
  let titleNext = 0;
  let previousOwn = false;
  let objetLines = 0;
  for (const l of lines) {
    const flat = collapseSpaces(l.text);
    const t = flat.includes("- ") ? flat.replace(BROKEN_COMPOUND, "$1-$2") : flat;
    if (t === "") continue;
    // a blank line of the source after a line that does not call for more (a label's colon, a comma, « M. »)
    // ends a unit: a hint kept from the source, never needed by a collapsed text
    // (nor a name cut between its first name and its surname: « … présidence de M. Gérard » / « BOUVERET, Président. »)
    const nameCut = FIRST_NAME_AT_LINE_END.test(previous.slice(-40)) && SURNAME_AT_LINE_START.test(t);
    if (paragraphs && previous && afterBlank.has(`${l.page}:${l.line}`) && !/[:;]$/.test(previous) && !linksToNext(previous) && !nameCut) {
      hints.push(text.length + 1);
      breaks.push(text.length + 1);
    }
    // a line under a rule drawn with characters opens a unit, whatever the layout (« ──────── » / « Délibération n° … »)
    if (previous && opens.has(`${l.page}:${l.line}`)) {
      hints.push(text.length + 1);
      breaks.push(text.length + 1);
    }
    // a unit of its own (a table's row read by its columns), and the line after it: a paragraph either side
    const own = units.has(`${l.page}:${l.line}`);
    if (previous && (own || previousOwn)) {
      hints.push(text.length + 1);
      breaks.push(text.length + 1);
    }
    previousOwn = own;
    if (titleNext === 1 && previous) hints.push(text.length + 1);
    // the object's title ends with a line that stops short of the margin (the next line's first word would have held
    // on it) when the next line is a sentence of the exposé, full width or closed by a full stop (« Objet : … – Avenant
    // n° 2 à la convention » / « L'avenant porte la capacité … »): a hint kept from the source (a title's next line
    // follows a full one, or a word that links it)
    if (objetLines > 0 && wide >= 30 && previous.length + 1 + t.indexOf(" ") < wide && SENTENCE_OPENS.test(t) && !linksToNext(previous) && (/[.!?]$/.test(t) || t.length >= wide * 0.8)) {
      hints.push(text.length + 1);
      objetLines = 0;
    }
    objetLines = OBJET_START.test(t) ? 3 : Math.max(0, objetLines - 1);
    titleNext = HEADING_WITHOUT_TITLE.test(t) || (titleNext === 2 && ACT_NUMBER_LINE.test(t)) ? 2 : Math.max(0, titleNext - 1);
    if (titleNext === 2 && previous) hints.push(text.length + 1);
    if (agenda > 0 && previous && /^[\p{Lu}\d]/u.test(t) && !linksToNext(previous)) hints.push(text.length + 1);
    agenda = AGENDA_HEADING.test(t) ? 30 : /[.!?]$/.test(t) || (wide >= 30 && t.length > wide) ? 0 : Math.max(0, agenda - 1);
    // (not a figure under its count's label, "Présents" / "19", nor a title in capitals going on, "… EFFECTIFS" / "DU PERSONNEL")
    const figureOfLabel = (FIGURE_ALONE.test(t) && COUNT_LABEL_AT_LINE_END.test(previous)) || (CAPS_CONTINUATION.test(t) && NO_LOWER_CASE.test(previous));
    // (nor a label's value under it: « Secrétaire de séance : » / « Mme Lise HUET »)
    if (previous && wide >= 30 && previous.length <= wide * 0.6 && /^[\p{Lu}\d«"]/u.test(t) && !linksToNext(previous) && !figureOfLabel && !LABEL_ALONE.test(previous) && !nameCut) hints.push(text.length + 1);
    // a short line of its own that opens with an item number is a heading: "1 Subventions associatives"
    else if (previous && wide >= 30 && t.length <= wide * 0.6 && HEADING_LINE.test(t)) hints.push(text.length + 1);
    // a word cut at its hyphen at the end of a line goes on without a space: "BONIFACE-" + "PASCAL", "2011-" + "2014"
    // (tested on the line appended last: slicing the growing stream would flatten it at every line)
    if (text !== "" && !/[\p{L}\d]-$/u.test(previous.slice(-3))) text += " ";
    starts.push(text.length);
    // a line that opens with a bullet is a list item, whatever the layout (a hint kept from the source)
    if (/^[-•▪●■◦]\s/.test(t)) hints.push(text.length);
    text += t;
    previous = t;
  }
  return { text, starts, hints, breaks, lines: lines.filter((l) => l.text.trim() !== "") };
}

/** the source line holding offset `at` of the stream */
function sourceAt(s: Stream, at: number): Line {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return s.lines[lo]!;
}

/** The length of the zero-width assertions that open a pattern's source: "(?=[PC])(?<![\p{L}])" in "(?=[PC])(?<![\p{L}])Pour". */
export function leadingAssertions(source: string): number {
  let i = 0;
  while (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) i = groupEnd(source, i);
  return i;
}

/** The index after the group, class or character that opens `source` at `i`. */
function groupEnd(source: string, i: number): number {
  if (source[i] === "\\") return i + 2;
  if (source[i] !== "(" && source[i] !== "[") return i + 1;
  let depth = 0;
  let inClass = false;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === "\\") j++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return j + 1;
    if (depth === 0 && !inClass) return j + 1;
  }
  return source.length;
}

/**
 * What a cue consumes first, without the assertions before it, as a pattern of its own: the regex engine finds
 * "Pour" or "DÉCIDE" in a page many times faster than the same words behind a lookbehind, which it must try at
 * every position. Not for a cue that opens with white space, an optional atom or any letter (those are everywhere).
 */
function prefilter(cue: RegExp): RegExp | null {
  const lead = cue.source.slice(leadingAssertions(cue.source));
  const first = lead.slice(0, groupEnd(lead, 0));
  if (lead === "" || lead.startsWith("\\s")) return null;
  // an optional first atom, or an alternative that opens with any capital or letter (\p{Lu}): found everywhere
  if (/^[?*{]/.test(lead.slice(first.length)) || /(?:^|\||\(\?:)\\p\{/.test(first)) return null;
  return new RegExp(lead, cue.flags);
}

/**
 * The cues, ready to scan. A cue with a prefilter runs only where its prefilter matches, anchored there (sticky).
 * Otherwise its leading word boundary (a lookbehind) keeps the regex engine from skipping ahead to the cue's first
 * letters, so it is taken off and checked on each match instead (the same matches, twice as fast).
 */
const SCANS = BREAK_CUES.map((cue) => {
  const need = CUE_NEEDS.get(cue);
  const pre = prefilter(cue);
  if (pre) return { cue: new RegExp(cue.source, cue.flags.replace("g", "") + "y"), pre, bounded: false, need };
  // a cue may open with FAST_WORD_START, a cheap superset of the boundary that goes before it
  const lead = cue.source.startsWith(FAST_WORD_START + WORD_START) ? FAST_WORD_START : cue.source.startsWith(WORD_START) ? "" : null;
  const bounded = lead !== null;
  const source = bounded ? lead + cue.source.slice(lead.length + WORD_START.length) : cue.source;
  return { cue: bounded ? new RegExp(source, cue.flags) : cue, pre: null, bounded, need };
});
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Offsets of the stream where a new unit starts. */
export function breakPoints(text: string): number[] {
  const points = new Set<number>();
  for (const { cue, pre, bounded, need } of SCANS) {
    if (need?.test(text) === false) continue;
    if (pre) {
      // the cue tried at each place its prefilter matches, left to right, as a global scan would: after a match,
      // from its end on
      let from = 0;
      pre.lastIndex = 0;
      for (let c = pre.exec(text); c; c = pre.exec(text)) {
        const at = c.index;
        pre.lastIndex = nextIndex(text, at);
        if (at < from) continue;
        cue.lastIndex = at;
        const m = cue.exec(text);
        if (!m) continue;
        if (at > 0) points.add(at);
        from = m[0] === "" ? nextIndex(text, at) : at + m[0].length;
      }
      continue;
    }
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      if (m[0] === "") cue.lastIndex = nextIndex(text, cue.lastIndex);
      if (bounded && m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) {
        // inside a word: look again from the next character
        cue.lastIndex = nextIndex(text, m.index);
        continue;
      }
      if (m.index > 0) points.add(m.index);
    }
  }
  // a bullet before the cue belongs to the unit the cue opens: "… financement - AUTORISE le Maire"
  return [...points].map((p) => p - (/[-–•▪]\s*$/.exec(text.slice(Math.max(0, p - 3), p))?.[0].length ?? 0)).sort((a, b) => a - b);
}

/** One page's lines -> units cut at the cues, each with the page and line where it starts. */
function reflowPage(lines: Line[], afterBlank: ReadonlySet<string>, units: ReadonlySet<string>, opens: ReadonlySet<string>): Line[] {
  const s = join(lines, afterBlank, units, opens);
  if (s.text === "") return [];
  const out: Line[] = [];
  let from = 0;
  const cut = (to: number) => {
    const raw = s.text.slice(from, to);
    const piece = raw.trim();
    if (piece !== "") {
      const at = sourceAt(s, from + raw.length - raw.trimStart().length);
      out.push({ page: at.page, line: at.line, text: piece });
    }
    from = to;
  };
  // each paragraph is scanned on its own: a cue never spans a blank line ("Mme Fabienne MOUGIN" + blank line +
  // "DÉLIBÉRATION N° …" is no heading in capitals)
  const points: number[] = [];
  const edges = [0, ...s.breaks, s.text.length];
  for (let k = 0; k + 1 < edges.length; k++) {
    const start = edges[k]!;
    for (const p of breakPoints(s.text.slice(start, edges[k + 1]!))) points.push(start + p);
  }
  for (const p of [...new Set([...points, ...s.hints])].sort((a, b) => a - b)) cut(p);
  cut(s.text.length);
  return out;
}

/**
 * Lines -> units; `afterBlank` holds « page:line » of the lines that follow a blank line of the source, `units` those
 * that are units of their own, `opens` those that open a unit (under a rule drawn with characters).
 */
export function reflow(lines: Line[], afterBlank: ReadonlySet<string> = new Set(), units: ReadonlySet<string> = new Set(), opens: ReadonlySet<string> = new Set()): Line[] {
  const out: Line[] = [];
  let page: Line[] = [];
  for (const l of lines) {
    if (page.length && l.page !== page[0]!.page) {
      pushAll(out, reflowPage(page, afterBlank, units, opens));
      page = [];
    }
    page.push(l);
  }
  pushAll(out, reflowPage(page, afterBlank, units, opens));
  return out;
}
