// Items found by what follows them rather than by a known numbering: lines that open with a number of one kind
// (the act's own, « Délibération n° 3 », « N° 20240602 - … », or an ordinal, « 3 », « 0.2 », « II – ») whose blocks,
// each up to the next line of that kind, hold a vote or a « prend acte ». A relevé laid out as a table (« 0.1 | M. le
// Maire | Désignation … | Adoptée »), minutes numbered in a registry's own way: the numbering may be anything, the
// votes under it say that these are the items.
import type { Line } from "../core/types.js";
import { OBJET_LABEL, CLAUSE_ORDINAL, DATE_LIKE_NUMBER, DECISION_CLAUSE, GROUP_AS_RAPPORTEUR, INFORMATION_ONLY, NOTE_IN_BRACKETS_AT_END, OUTCOME_CELL_AT_START, REGISTRY_NUMBER_IN_ROW, OUTCOME_IN_ROW, RAPPORTEUR_AT_END, RAPPORTEUR_AT_START, RAPPORTEUR_LABEL, SURNAME_CARRIED_ON, TALLY_OR_OUTCOME, VOTED_ITEM_START, VOTE_IN_BLOCK } from "../vocab/fr.js";

export interface VotedHeading {
  index: number;
  number: string;
  /** the title's cell before the number, when the row gives its number in a later column */
  before?: string;
  /** the heading's own text after the number (the title, perhaps the rapporteur and the outcome) */
  rest: string;
}

/** the kind of a number: its shape, digits and capitals folded (« 2024-0141 » and « 2024-0142 » are one kind) */
function kind(act: string | undefined, ordinal: string | undefined, bare: string | undefined): string {
  if (act !== undefined) return "act";
  // (a run of digits of any length: « DEL20240925_9 » and « DEL20240925_10 » are one kind)
  if (bare !== undefined) return `bare ${bare.replace(/\d+/g, "9").replace(/[A-Z]+/g, "A")}`;
  if (/^[IVXL]+$/.test(ordinal!)) return "roman";
  return ordinal!.includes(".") ? "dotted" : "ordinal";
}

/** for each line, how many lines before it hold a vote or what stands for one (« prend acte »), computed once per document */
const voteCounts = new WeakMap<readonly Line[], Int32Array>();
function votesBefore(lines: readonly Line[]): Int32Array {
  let counts = voteCounts.get(lines);
  if (!counts) {
    counts = new Int32Array(lines.length + 1);
    for (let k = 0; k < lines.length; k++) {
      const t = lines[k]!.text;
      counts[k + 1] = counts[k]! + (VOTE_IN_BLOCK.test(t) || INFORMATION_ONLY.test(t) ? 1 : 0);
    }
    voteCounts.set(lines, counts);
  }
  return counts;
}

/** whether a block's lines (and its heading's rest) hold a vote or what stands for one (« prend acte ») */
function holdsVote(rest: string, lines: readonly Line[], from: number, to: number): boolean {
  if (VOTE_IN_BLOCK.test(rest) || INFORMATION_ONLY.test(rest)) return true;
  const counts = votesBefore(lines);
  return counts[Math.min(to, lines.length)]! - counts[Math.min(from, lines.length)]! > 0;
}

/** The number of blocks, between consecutive headings at `indexes`, that hold a vote. */
export function votedBlocks(lines: readonly Line[], indexes: readonly number[], rests: readonly string[] = []): number {
  let n = 0;
  indexes.forEach((at, k) => {
    if (holdsVote(rests[k] ?? lines[at]!.text, lines, at + 1, indexes[k + 1] ?? lines.length)) n++;
  });
  return n;
}

/**
 * The headings of the kind whose blocks most often hold a vote: at least two, and three in five of that kind's
 * lines at least (numbered paragraphs of an exposé hold none). A line of that kind before the first voted block
 * (the session's own number in the header) is no item.
 */
export function votedHeadings(lines: readonly Line[]): VotedHeading[] {
  const kinds = new Map<string, VotedHeading[]>();
  lines.forEach((l, index) => {
    if (index === 0 || isDecisionClause(lines, index)) return;
    const m = VOTED_ITEM_START.exec(l.text);
    if (!m) {
      // the number in a later column: the title's cell, the number, the rapporteur's (« … Approbation C2024_0231 M. LEMAÎTRE … »)
      const inner = REGISTRY_NUMBER_IN_ROW.exec(l.text);
      const before = inner ? l.text.slice(0, inner.index).trim() : "";
      if (!inner || !/\p{Ll}/u.test(before)) return;
      const k = `inner ${inner[1]!.replace(/\d/g, "9").replace(/[A-Z]/g, "A")}`;
      if (!kinds.has(k)) kinds.set(k, []);
      kinds.get(k)!.push({ index, number: inner[1]!, rest: l.text.slice(inner.index + inner[0].length).trim(), before });
      return;
    }
    const rest = l.text.slice(m[0].length).trim();
    // an ordinal opens a title (« 3 M. Bruno », « 0.2 Approbation … »), not a count or a tally (« 43 10 », « 3 - Adopté »)
    if (m[2] !== undefined && (!/^[\p{Lu}«"]/u.test(rest) || TALLY_OR_OUTCOME.test(rest))) return;
    // (a date is no registry's number)
    if (m[3] !== undefined && DATE_LIKE_NUMBER.test(m[3])) return;
    const k = kind(m[1], m[2], m[3]);
    if (!kinds.has(k)) kinds.set(k, []);
    kinds.get(k)!.push({ index, number: (m[1] ?? m[2] ?? m[3]!).replace(/\s+/g, " "), rest });
  });
  let best: VotedHeading[] = [];
  let bestVoted = 1;
  for (const headings of kinds.values()) {
    const voted = headings.map((h, k) => holdsVote(h.rest, lines, h.index + 1, headings[k + 1]?.index ?? lines.length));
    const count = voted.filter(Boolean).length;
    if (count <= bestVoted || count * 5 < headings.length * 3) continue;
    best = headings.slice(voted.indexOf(true));
    bestVoted = count;
  }
  return best;
}

/**
 * A clause of the decision under its ordinal, which no item's heading is: « 1° LUI DONNE ACTE de la présentation … », « 2° »
 * / « CONSTATE, pour la comptabilité principale, … »
 */
export function isDecisionClause(lines: readonly Line[], index: number): boolean {
  const clause = CLAUSE_ORDINAL.exec(lines[index]!.text);
  if (!clause) return false;
  const own = clause[1] ?? "";
  return DECISION_CLAUSE.test(own.length < 8 ? `${own} ${lines[index + 1]?.text ?? ""}` : own);
}

/**
 * A row's title and what follows it on the row (its outcome, its tally): the row's own text once the rapporteur
 * before the title and the outcome after it are taken out, or, when the row gives no title (« 1.1 M. Marc-André » /
 * « ROSSI » / « Décision modificative … »), the first line under it that is no name carried on, no rapporteur's label
 * and no tally, with the lines in lower case that carry it on.
 */
export function rowTitle(lines: readonly Line[], index: number, rest: string): { title: string; after: string } {
  const own = titleOf(rest);
  if (own.title.length >= 4 && (own.title.includes(" ") || /\p{Ll}/u.test(own.title))) return own;
  let k = index + 1;
  // (a rapporteur's label and name, the title glued after them once the lines are joined: « Rapporteur : M. Bruno GIRAUD Indemnités … »)
  const unlabelled = (at: number) => lines[at]!.text.trim().replace(RAPPORTEUR_LABEL, "").replace(RAPPORTEUR_AT_START, "");
  while (k < lines.length && k <= index + 3 && (SURNAME_CARRIED_ON.test(lines[k]!.text.trim()) || (RAPPORTEUR_LABEL.test(lines[k]!.text) && unlabelled(k) === ""))) k++;
  // (the object's label under a rubric of one word: « DEL-2024-129 FINANCES » / « Objet : Décision modificative … »)
  const first = k < lines.length ? unlabelled(k).replace(OBJET_LABEL, "") : "";
  if (first === "" || TALLY_OR_OUTCOME.test(first) || !/^[\p{Lu}«"\d]/u.test(first) || VOTED_ITEM_START.test(first)) return own;
  let title = titleOf(first).title;
  for (k++; k < lines.length && /^\s*\p{Ll}/u.test(lines[k]!.text) && !TALLY_OR_OUTCOME.test(lines[k]!.text) && title.length < 240; k++) title += ` ${titleOf(lines[k]!.text.trim()).title}`;
  return { title, after: own.after };
}

/**
 * A row whose title's cell wraps while the next columns do not: the title's next words come after the decision, on the
 * row (« … C2024_0234 M. DELACOUR Adoptée annexes ») or on the next line (« Adoptée à l'unanimité logements rue
 * Saint-Julien à Rouen (NPPV : …) »), in small letters.
 */
function titleCarriedOn(lines: readonly Line[], index: number, rest: string): string {
  const after = (text: string) => text.replace(RAPPORTEUR_AT_START, "").replace(OUTCOME_CELL_AT_START, "").replace(NOTE_IN_BRACKETS_AT_END, "").trim();
  const own = OUTCOME_CELL_AT_START.test(rest.replace(RAPPORTEUR_AT_START, "")) ? after(rest) : "";
  if (/^\p{Ll}/u.test(own)) return ` ${own}`;
  const next = lines[index + 1]?.text ?? "";
  const carried = OUTCOME_CELL_AT_START.test(next) ? after(next) : "";
  return /^\p{Ll}/u.test(carried) ? ` ${carried}` : "";
}

/** A voted heading's title and what follows it on its row: the cell before a number in a later column, else the row's own. */
export function votedTitle(lines: readonly Line[], h: VotedHeading): { title: string; after: string } {
  return h.before ? { title: h.before + titleCarriedOn(lines, h.index, h.rest), after: h.rest } : rowTitle(lines, h.index, h.rest);
}

function titleOf(text: string): { title: string; after: string } {
  let t = GROUP_AS_RAPPORTEUR.test(text.trim()) ? "" : text.replace(RAPPORTEUR_AT_START, "");
  let after = "";
  const outcome = OUTCOME_IN_ROW.exec(t);
  if (outcome) {
    after = t.slice(outcome.index).trim();
    t = t.slice(0, outcome.index);
  }
  return { title: t.replace(RAPPORTEUR_AT_END, "").trim(), after };
}
