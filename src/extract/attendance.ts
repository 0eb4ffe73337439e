// Attendance of a session: counts (stated, or inferred from other counts in src/infer/attendance.ts) and the
// lists of names, proxies in their many shapes. Reads the session header lines; the act-level adjustments
// (arrivals, departures, members not voting) are made in src/extract/events.ts.
import type { Attendance, Person, Proxy } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { ALL_MEMBERS_EXCEPT, COUNT, COUNT_LABELS, DATE_AMONG_NAMES, LABEL_AMONG_NAMES, ROLE_HEADING_BEFORE_NAMES, EXCEPTION_PROXY_END, EXCEPTION_STATUS, EXCEPTION_TAIL, LIST_BULLET, LIST_LABELS, LIST_PREAMBLE, MEMBERS_AS_A_BODY, NAME_ANNOTATION, PROXY_COUNT_BEFORE_LIST, PROXY_SENTENCE, PROXY_SEPARATORS } from "../vocab/fr.js";
import { parseCount } from "../vocab/numbers.js";
import { parsePeople, parsePerson, personKey, roleOnly, samePerson, splitNames, splitRunTogether } from "./people.js";
import { inferAttendanceCounts } from "../infer/attendance.js";
import { nextIndex } from "../core/text.js";
import { COUNT_LABEL_NEXT, COUNT_ZERO, PRESENT_OR_BEFORE, PRESENT_OR_REPRESENTED_BEFORE, PRESENT_OR_REPRESENTED_LABELLED, ANY_COUNT_WORD } from "../vocab/fr.js";
import {
  ABSENTS_LABEL, BEFORE_CIVILITY, CHAIR_OR_COUNCIL_SUBJECT, COUNT_NOUN_BEFORE_LABEL, EMPTY_PROXY_LABEL, INLINE_ABSENTS, INLINE_PROXIES,
  LIST_ENDS_OPEN, LIST_SUBLABEL, MOVEMENT_ARRIVAL, MOVEMENT_NOTE, NAME_LIST_SEPARATOR_SCAN, NAME_PARTICLE, NAME_WITH_STATUS,
  NOT_A_NAME_LIST_START, NOT_FOLLOWED_BY_OU, PRESENT_OR_LABEL, PROXY_AFTER_NAME, PROXY_IN_PARENTHESES, PROXY_LINE_CUE, PROXY_MARK, NAME_BEFORE_MARK_CHAR,
  COLON_WITHOUT_NAME, COMMUNE_AMONG_NAMES, COUNTS_IN_SENTENCE, PROXY_HELD_IN_PARENTHESES, PROXY_MARKS, PROXY_WORD, FOOTNOTE_PROXY, STARRED_NAME, ITEM_VOTERS, STATUS_ABSENT,
} from "../vocab/fr.js";
import { pushAll } from "../core/arrays.js";
import { COUNT_LABEL_GLOSS, EXCUSED_WORD } from "../vocab/fr.js";
import { COUNT_AMONG_NAMES } from "../vocab/layout.js";

type CountField = "inOffice" | "present" | "absent" | "represented" | "voters" | "excused";

export function emptyAttendance(): Attendance {
  return {
    inOffice: null, present: null, absent: null, represented: null, voters: null,
    presentMembers: [], excusedMembers: [], absentMembers: [], proxies: [], notVoting: [], events: [], basis: {},
  };
}

const VALUE = `(${COUNT}|${COUNT_ZERO})`;

const LABEL_PATTERNS = COUNT_LABELS.map(([label, field]) => ({
  field,
  // (« Étaient présents (50) : Mme … »: the count in brackets before the label's colon)
  after: new RegExp(`(?:^|[\\s(,;:.-])${label.source}\\s*(?:${COUNT_LABEL_GLOSS}\\s*)?(?:(?:[:=]\\s*|\\s)${VALUE}(?=$|[\\s).,;/-])|\\(\\s*(\\d{1,3})\\s*\\)\\s*:)`, "i"),
  // a figure before the label counts for every field but the members in office ("15 en exercice" is not read); the
  // label of those opens with optional words and white space, which the \s+ before it would share (super-linear)
  before: field === "inOffice" ? null : new RegExp(`(?:^|[\\s(])(\\d{1,3})\\s+${COUNT_NOUN_BEFORE_LABEL}${label.source}${NOT_FOLLOWED_BY_OU}`, "i"),
}));

/** Counts written "Label : 15", "Label 15", "15 Label", on their own line or several on one line. */
function readCounts(line: Line, found: Partial<Record<CountField, { value: number; at: Line }>>): void {
  const text = line.text;
  if (!ANY_COUNT_WORD.test(text)) return;
  // "25 Conseillers étaient Présents ou Représentés (07 Procurations ...) et 04 Absents"
  const both = PRESENT_OR_REPRESENTED_BEFORE.exec(text);
  if (both && !found.voters) found.voters = { value: Number(both[1]), at: line };
  const labelled = PRESENT_OR_REPRESENTED_LABELLED.exec(text);
  if (labelled && !found.voters) found.voters = { value: Number(labelled[1]), at: line };
  for (const { field, after, before } of LABEL_PATTERNS) {
    if (found[field]) continue;
    const a = after.exec(text);
    if (a) {
      // the value right after the label; "Présents : Jean-Pierre" is a list, not a count
      const v = parseCount(a[1] ?? a[2]!);
      const anotherLabel = COUNT_LABEL_NEXT.test(text.slice(a.index + a[0].length));
      const partOfVoters = field === "represented" && PRESENT_OR_BEFORE.test(text.slice(0, a.index + 1));
      if (v !== undefined && !PRESENT_OR_LABEL.test(a[0]) && !anotherLabel && !partOfVoters) {
        found[field] = { value: v, at: line };
        continue;
      }
    }
    const b = before?.exec(text);
    if (b && field !== "inOffice") found[field] = { value: Number(b[1]), at: line };
  }
  for (const [re, field] of COUNTS_IN_SENTENCE) {
    const m = found[field] ? null : re.exec(text);
    if (m) found[field] = { value: Number(m[1]), at: line };
  }
}

interface ListBlock {
  kind: "present" | "excused" | "absent" | "represented" | "absentExcused";
  text: string;
  at: Line;
  count?: number;
  /** a proxies' list whose label says their givers are excused */
  excusedGivers?: boolean;
}

function labelOf(text: string): { kind: ListBlock["kind"]; rest: string; excused: boolean } | undefined {
  const t = text.replace(/^\s*[+•*-]\s*/, "");
  for (const [re, kind] of LIST_LABELS) {
    const m = re.exec(t);
    // (a proxies' label may say their givers are excused: « Absents excusés ayant donné procuration : »)
    if (m) return { kind, rest: t.slice(m[0].length).trim(), excused: kind === "represented" && EXCUSED_WORD.test(m[0]) };
  }
  return undefined;
}

/**
 * The exceptions to "all the members": "Mme Lise REY, excusée, qui a donné pouvoir à M. Paul VIAL, et de M. Marc
 * ROUX, absent." -> an excused member who gave a proxy, an absent one. One person per civility; a part that ends
 * with "pouvoir à" names the holder in the next.
 */
function exceptionBlocks(text: string, at: Line): ListBlock[] {
  const parts = text.replace(/[.;]\s*$/, "").split(BEFORE_CIVILITY).map((p) => p.replace(EXCEPTION_TAIL, "").trim()).filter(Boolean);
  const out: ListBlock[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const name = part.split(/[,(]/)[0]!.trim();
    const status = EXCEPTION_STATUS.exec(part.slice(name.length))?.[1];
    if (EXCEPTION_PROXY_END.test(part) && parts[k + 1]) {
      const holder = parts[k + 1]!.split(/[,()]/)[0]!.trim();
      out.push({ kind: "represented", text: `${name} à ${holder}`, at });
      // the holder's part may say nothing else of them; it is not an exception of its own then
      if (!EXCEPTION_STATUS.test(parts[k + 1]!.slice(holder.length))) k++;
      continue;
    }
    if (!status) continue;
    out.push({ kind: STATUS_ABSENT.test(status) ? "absent" : "excused", text: name, at });
  }
  return out;
}

/** A line that continues a list of names (not a label, not a sentence). */
function looksLikeNames(text: string): boolean {
  const bare = text.trim().replace(LIST_BULLET, "");
  if (!bare || labelOf(bare)) return false;
  // a side box's count on the left of the names is no part of them
  // (a label's colon or none: the patterns below need one)
  const colon = bare.includes(":");
  const counted = colon && bare.search(COUNT_AMONG_NAMES) >= 0 ? bare.replace(COUNT_AMONG_NAMES, " ").trim() : bare;
  // (delegates listed by commune: « METZ : M. François ZELLER »; a speaker's turn is no list: « LE PRÉSIDENT : Merci. »)
  // (nor a role heading inside the list: « Les Conseillers municipaux : M. Olivier VATINEL, … »)
  const t = colon ? counted.replace(COMMUNE_AMONG_NAMES, "").replace(ROLE_HEADING_BEFORE_NAMES, "") : counted;
  if (!t || (colon && COLON_WITHOUT_NAME.test(t))) return false;
  if (NOT_A_NAME_LIST_START.test(t)) return false;
  // (a role after a name is no name of its own: « Mme Marie-Josée PAYET, 1re adjointe »)
  const parts = splitNames(t.replace(/\(\s*\d+\s*\)\s*$/, "")).filter((p, k) => k === 0 || !roleOnly(p));
  if (parts.length === 0) return false;
  const ok = parts.filter((p) => {
    const person = parsePerson(p);
    if (!person) return false;
    const words = person.name.split(" ");
    const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w));
    return lower.length === 0 && words.length <= 5;
  });
  return ok.length >= Math.max(1, Math.ceil(parts.length * 0.6));
}

function collectLists(lines: Line[]): ListBlock[] {
  const blocks: ListBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = labelOf(line.text);
    if (!label) {
      // "Maryline : absente non excusée", "Mathieu : excusé"
      const m = NAME_WITH_STATUS.exec(line.text);
      if (m) blocks.push({ kind: STATUS_ABSENT.test(m[2]!) ? "absent" : "excused", text: m[1]!, at: line });
      continue;
    }
    // a count only ("PRÉSENTS : 21", "Présents : douze", "Pouvoirs : /") is read by readCounts
    if (/^\s*\d{1,3}\s*[/-]/.test(label.rest) || (label.rest.trim() !== "" && parseCount(label.rest) !== undefined)) continue;
    // a count, then the words of the next column, no names: "Présents : 22 ordinaire, à la Mairie, sous la présidence …"
    const afterCount = /^\s*\d{1,3}\s+(?![(\d])(\S.*)$/.exec(label.rest);
    if (afterCount && !looksLikeNames(afterCount[1]!)) continue;
    let text = label.rest;
    let j = i + 1;
    const sublabel = (t: string) => LIST_SUBLABEL.test(t);
    // (one name a line: a large council lists some seventy members)
    while (j < lines.length && j <= i + 80) {
      const next = lines[j]!.text;
      if (sublabel(next)) { j++; continue; }
      const endsOpen = LIST_ENDS_OPEN.test(text) || /^\s*[/&]/.test(next);
      if (text === "" || endsOpen || (label.kind === "represented" ? PROXY_LINE_CUE.test(next) || looksLikeNames(next) : looksLikeNames(next))) {
        if (labelOf(next)) break;
        if (!endsOpen && text !== "" && !looksLikeNames(next) && label.kind !== "represented") break;
        // a proxy list ends where the act's own words start (« Après en avoir délibéré, … à l'unanimité … »), though
        // their « à » looks like a proxy's
        // (also the first line under an empty label: « Procurations » / « Ordre du jour » names no one)
        if (!endsOpen && NOT_A_NAME_LIST_START.test(next.trim()) && !looksLikeNames(next)) break;
        // one name per bulleted line: "- Mme Anne DURAND" / "- M. Jean DUPONT"
        const bullet = LIST_BULLET.test(next);
        const item = next.trim().replace(LIST_BULLET, "");
        text = text ? `${text}${bullet && !endsOpen ? "," : ""} ${item}` : item;
        j++;
        continue;
      }
      break;
    }
    text = text.replace(LIST_PREAMBLE, "");
    let count: number | undefined;
    // the count, then the names in brackets: "Absents : 2 (Mme Lise REY, M. Paul VIAL)"
    const counted = label.kind !== "represented" ? PROXY_COUNT_BEFORE_LIST.exec(text) : null;
    if (counted) {
      count = Number(/^\d{1,3}/.exec(text)![0]);
      text = counted[1]!;
    }
    const tail = /\(\s*(\d{1,3})\s*\)\s*(?:\.\s*)?$/.exec(text);
    if (tail && count === undefined) {
      count = Number(tail[1]);
      text = text.slice(0, tail.index).trim();
    }
    // a two-column header flattened into one line puts another label's value among the names
    // ("Date de convocation : Présents : A, B, 23/11/2023 C, D"): a date is no name, it belongs to its own label
    text = text.replace(DATE_AMONG_NAMES, " ").replace(LABEL_AMONG_NAMES, ", ").replace(COUNT_AMONG_NAMES, " ").replace(COMMUNE_AMONG_NAMES, ", ").replace(/[.,;]?\s*,(?:\s*,)*/g, ",").replace(/^[\s,]+/, "").replace(/,(?=\S)/g, ", ").replace(/\s{2,}/g, " ").trim();
    // "tous les membres en exercice à l'exception de …": no one named present, the exceptions are the others
    const all = label.kind === "present" ? ALL_MEMBERS_EXCEPT.exec(text) : null;
    if (all) {
      if (all[1]) pushAll(blocks, exceptionBlocks(all[1], line));
      continue;
    }
    blocks.push({ kind: label.kind, text, at: line, count, ...(label.excused ? { excusedGivers: true } : {}) });
    i = j - 1;
  }
  return blocks;
}

/** what ends a proxy's holder before the next giver: a semicolon, a dash between spaces */
const HOLDER_END = /\s*(?:;|\s[–—-]\s)\s*/;

function splitAtSecondPerson(chunk: string): [string, string] {
  // "Paula RINIERI Monsieur Frédéric DEMUYNCK": the holder of one proxy, then the giver of the next
  const cuts = [...chunk.matchAll(BEFORE_CIVILITY)].map((m) => m.index!);
  // « … à Jordi PUJOL-SALA ; Sandrine MARTY à … »: a semicolon ends the holder, as a dash between spaces does
  // (« Georges RIBES à Jean-Marc ROIG – Anne-Marie COSTA à Françoise CASES »)
  const semicolon = chunk.search(HOLDER_END);
  if (semicolon > 0) return [chunk.slice(0, semicolon), chunk.slice(semicolon).replace(HOLDER_END, "")];
  const comma = chunk.lastIndexOf(",");
  if (cuts.length > 0) {
    const cut = cuts[cuts.length - 1]!;
    return [chunk.slice(0, cut), chunk.slice(cut + 1)];
  }
  if (comma > 0) return [chunk.slice(0, comma), chunk.slice(comma + 1)];
  // two names without civility, one per line once joined: « RIVIÈRE Delphine LE GALL Antoine », « Paul DURAND Lise REY »
  const two = /^(\p{Lu}{2}[\p{Lu}'’-]*(?: \p{Lu}{2}[\p{Lu}'’-]*)* \p{Lu}\p{Ll}[\p{L}'’-]*) (\p{Lu}{2}\S* .*)$/u.exec(chunk.trim().replace(/\s+/g, " ")) ?? /^(\p{Lu}\p{Ll}[\p{L}'’-]* \p{Lu}{2}[\p{Lu}'’-]*) (\p{Lu}\p{Ll}\S* \p{Lu}{2}.*)$/u.exec(chunk.trim().replace(/\s+/g, " "));
  if (two) return [two[1]!, two[2]!];
  return [chunk, ""];
}

/** "A à B, C donne procuration à D", "A 4 B C à D" (run on), "A, B, C" (givers only). */
export function parseProxies(text: string): Proxy[] {
  // the count before the list, the list in brackets: "2 (Mme X à M. Y ; M. Z à Mme W)"
  const flat = text.replace(/\s+/g, " ").trim();
  // a member's commune or role in brackets goes: "Mme Claire ARNAUD (Voiron) à M. Bruno CATTIN"
  const t = (PROXY_COUNT_BEFORE_LIST.exec(flat)?.[1] ?? flat).replace(NAME_ANNOTATION, "");
  const sep = new RegExp(PROXY_SEPARATORS.source, `${PROXY_SEPARATORS.flags}g`);
  const pieces = t.split(sep).map((s) => s.trim());
  if (pieces.length < 2) {
    return parsePeople(t).map((from) => ({ from, to: null }));
  }
  const out: Proxy[] = [];
  let giver = pieces[0]!;
  for (let k = 1; k < pieces.length; k++) {
    const isLast = k === pieces.length - 1;
    const [holderText, nextGiver] = isLast ? [pieces[k]!, ""] : splitAtSecondPerson(pieces[k]!);
    const givers = parsePeople(giver);
    const from = givers.pop();
    for (const g of givers) out.push({ from: g, to: null });
    // (a note in brackets after the holder goes: « Mme Aurélie LELEU (jusqu'à son arrivée) »)
    const to = parsePerson(holderText.trimEnd().replace(/\s?\([^()]*\)?$/, "").replace(/[),.]+\s*$/, "").split(/\s*[,;]\s*/)[0] ?? "");
    if (from) out.push({ from, to });
    giver = nextGiver;
  }
  return out;
}

/** "David (pouvoir donné à Jean-Pierre) / Marielle (pouvoir donné à Agnès)" and "Adeline (procuration à Mario)". */
type AttendanceEvent = Attendance["events"][number];

/** A list of names cut at its separators, the comma and « et » ones outside brackets only; linear in its length */
function splitNameList(text: string): string[] {
  // closing[i]: the first bracket at or after i closes one, so a separator there stands inside "( … )"
  const closing = new Array<boolean>(text.length + 1).fill(false);
  for (let i = text.length - 1, state = false; i >= 0; i--) {
    if (text[i] === "(") state = false;
    else if (text[i] === ")") state = true;
    closing[i] = state;
  }
  const out: string[] = [];
  let from = 0;
  const re = NAME_LIST_SEPARATOR_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m.groups?.["outside"] !== undefined && closing[end]) {
      re.lastIndex = nextIndex(text, m.index);
      continue;
    }
    out.push(text.slice(from, m.index));
    from = end;
  }
  out.push(text.slice(from));
  return out;
}

function namesWithProxies(text: string): { people: Person[]; proxies: Proxy[]; moved: Person[]; events: AttendanceEvent[] } {
  const people: Person[] = [];
  const proxies: Proxy[] = [];
  const moved: Person[] = [];
  const events: AttendanceEvent[] = [];
  const parts = splitNameList(text).filter(Boolean).flatMap(splitRunTogether);
  for (const part of parts) {
    // "…, PETIT, conseillers municipaux.": the members as a body, no one
    if (MEMBERS_AS_A_BODY.test(part)) continue;
    // "ROCCA Paul, Maire, HUET Lise, Adjointe": a role of its own is the previous member's
    const role = roleOnly(part);
    const previous = people[people.length - 1];
    if (role && previous) {
      previous.role ??= role;
      continue;
    }
    // « Mme Marie ZEHAF (pouvoir de Mme Sonia CHAIGNEAU) »: she holds the proxy of the member in brackets
    const held = PROXY_HELD_IN_PARENTHESES.exec(part);
    if (held) {
      const holder = parsePerson(part.slice(0, held.index));
      const giver = parsePerson(held[1]!);
      if (holder && giver) {
        proxies.push({ from: giver, to: holder });
        people.push(holder);
        continue;
      }
    }
    const after = PROXY_IN_PARENTHESES.test(part) ? null : PROXY_AFTER_NAME.exec(part);
    const inner = PROXY_IN_PARENTHESES.exec(part) ?? after;
    const person = parsePerson((after ? part.slice(0, after.index) : part).replace(/\(.*$/, ""));
    if (!person) continue;
    // "M. Paul ROCCA (Maire)": a role in brackets
    const bracketRole = /\(([^()]*)\)/.exec(part)?.[1];
    if (bracketRole && !person.role && roleOnly(bracketRole)) person.role = roleOnly(bracketRole);
    if (inner) {
      const to = parsePerson(inner[1]!);
      proxies.push({ from: person, to });
      moved.push(person);
    }
    // "(départ à 19h59)", "(arrivée au point 4)": notes glued to a name are attendance events
    const note = MOVEMENT_NOTE.exec(part);
    if (note) events.push({ kind: MOVEMENT_ARRIVAL.test(note[2]!) ? "arrival" : "departure", person, note: note[1]!.trim() });
    people.push(person);
  }
  return { people, proxies, moved, events };
}

/** Asterisk markers: "Jean-Pierre (Pr*)" present holds the proxy of "David (Pr*)" absent. */
function asteriskProxies(present: string, absent: string): Proxy[] {
  // each mark, then the name before it: the run of name characters back to the previous mark, from its first
  // letter (found backwards from the mark, so that a long list without marks costs one pass)
  const marks = (text: string) => {
    const map = new Map<number, Person>();
    let previousEnd = 0;
    for (const m of text.matchAll(PROXY_MARK)) {
      let start = m.index!;
      while (start > previousEnd && NAME_BEFORE_MARK_CHAR.test(text[start - 1]!)) start--;
      while (start < m.index! && !/\p{L}/u.test(text[start]!)) start++;
      previousEnd = m.index! + m[0].length;
      if (start === m.index!) continue;
      const p = parsePerson(text.slice(start, m.index!).replace(/^[\s,]+/, ""));
      if (p) map.set(m[1]!.length, p);
    }
    return map;
  };
  const holders = marks(present);
  const givers = marks(absent);
  const out: Proxy[] = [];
  for (const [n, from] of [...givers].sort((a, b) => a[0] - b[0])) out.push({ from, to: holders.get(n) ?? null });
  return out;
}

/** Proxies given by starred names, their holders named in footnotes: « Excusés : Patrick *, Éliane ** » / « * pouvoir à Martine ». */
function footnoteProxies(lines: readonly Line[], givers: string): { proxies: Proxy[]; at: Line | undefined } {
  const holders = new Map<number, Person>();
  let at: Line | undefined;
  for (const l of lines) {
    if (!l.text.includes("*")) continue;
    for (const m of l.text.matchAll(FOOTNOTE_PROXY)) {
      const holder = parsePerson(m[2]!);
      if (holder && !holders.has(m[1]!.length)) {
        holders.set(m[1]!.length, holder);
        at ??= l;
      }
    }
  }
  if (holders.size === 0) return { proxies: [], at };
  const proxies: Proxy[] = [];
  for (const m of givers.replace(FOOTNOTE_PROXY, " ").matchAll(STARRED_NAME)) {
    const from = parsePerson(m[1]!);
    const to = holders.get(m[2]!.length);
    if (from && to && !proxies.some((p) => samePerson(p.from, from))) proxies.push({ from, to });
  }
  return { proxies, at };
}

const stripMarks = (s: string) => s.replace(PROXY_MARKS, "");

/** An act's own count of voters, stated in its text (« Votants : 8 - Pour : 8 »): it holds for that act. */
export function statedVoters(lines: readonly Line[]): { value: number; at: Line } | null {
  for (const l of lines) {
    const m = ITEM_VOTERS.exec(l.text);
    if (m) return { value: Number(m[1]), at: l };
  }
  return null;
}

export function extractAttendance(lines: Line[], ev: Evidence): Attendance {
  const a = emptyAttendance();
  const counts: Partial<Record<CountField, { value: number; at: Line }>> = {};
  lines.forEach((line, i) => {
    readCounts(line, counts);
    // a label split over two lines ("qui ont pris part à la" / "délibération : 10"), or its value on the next
    // line ("Nombre de membres en exercice :" / "29 du résultat ...")
    const prev = lines[i - 1];
    if (prev && /^\s*\p{Ll}/u.test(line.text)) readCounts({ ...line, text: `${prev.text} ${line.text}` }, counts);
    const next = lines[i + 1];
    if (next && /:\s*$/.test(line.text) && /^\s*\d{1,3}\b/.test(next.text)) readCounts({ ...line, text: `${line.text} ${next.text}` }, counts);
  });
  const blocks = collectLists(lines);
  // proxies stated in sentences of their own, outside any list
  const listed = new Set(blocks.map((b) => b.at));
  for (const l of lines) {
    if (listed.has(l)) continue;
    for (const re of PROXY_SENTENCE) {
      const m = re.exec(l.text);
      const from = m ? parsePerson(m[1]!) : null;
      const to = m ? parsePerson(m[2]!) : null;
      if (from && to && from.lastName && to.lastName) {
        a.proxies.push({ from, to });
        ev.add("/attendance/proxies", l);
        break;
      }
    }
  }
  const presentText = blocks.filter((b) => b.kind === "present").map((b) => b.text).join(", ");
  const absentText = blocks.filter((b) => b.kind !== "present").map((b) => b.text).join(", ");
  const starred = asteriskProxies(presentText, absentText);
  // starred names and footnotes saying to whom each gave its proxy (« Patrick * » … « * pouvoir à Martine »)
  const footnotes = footnoteProxies(lines, absentText);
  // the givers of proxies under a label that says they are excused, and where that label stands
  const excusedGivers: { people: Person[]; at?: Line } = { people: [] };
  for (const b of blocks) {
    // (with footnotes, the lists lose them and their names' stars)
    const text = footnotes.proxies.length ? stripMarks(b.text).replace(FOOTNOTE_PROXY, " ").replace(STARRED_NAME, "$1") : stripMarks(b.text);
    if (b.kind === "represented") {
      const proxies = parseProxies(text);
      pushAll(a.proxies, proxies);
      if (proxies.length) ev.add("/attendance/proxies", b.at);
      if (b.excusedGivers && proxies.length) {
        pushAll(excusedGivers.people, proxies.map((p) => p.from));
        excusedGivers.at ??= b.at;
      }
      if (b.count !== undefined && !counts.represented) counts.represented = { value: b.count, at: b.at };
      continue;
    }
    const { people, proxies, moved, events } = namesWithProxies(text);
    pushAll(a.proxies, proxies);
    pushAll(a.events, events);
    if (events.length) ev.add("/attendance/events", b.at);
    if (b.kind === "present") {
      // a name in the present list carrying "(procuration à X)" is absent and represented
      pushAll(a.presentMembers, people.filter((p) => !moved.includes(p)));
      if (people.length) ev.add("/attendance/presentMembers", b.at);
      if (b.count !== undefined && !counts.present) counts.present = { value: b.count, at: b.at };
    } else if (b.kind === "excused") {
      pushAll(a.excusedMembers, people);
      if (people.length) ev.add("/attendance/excusedMembers", b.at);
    } else {
      pushAll(a.absentMembers, people);
      if (people.length) ev.add("/attendance/absentMembers", b.at);
      if (b.count !== undefined && !counts.absent) counts.absent = { value: b.count, at: b.at };
    }
  }
  // the givers of proxies whose label says they are excused (« Absents excusés ayant donné pouvoir : X à Y ») are the
  // excused members, when the act names no excused member of its own otherwise
  if (a.excusedMembers.length === 0 && !blocks.some((b) => b.kind === "excused" || b.kind === "absentExcused") && excusedGivers.people.length) {
    pushAll(a.excusedMembers, excusedGivers.people);
    ev.add("/attendance/excusedMembers", excusedGivers.at);
  }
  // one sentence: "25 Conseillers étaient Présents ou Représentés (07 Procurations : A, B) et 04 Absents : C, D."
  const joined = lines.slice(0, 40).map((l) => l.text).join(" ").split(CHAIR_OR_COUNCIL_SUBJECT)[0]!;
  const inlineProxies = INLINE_PROXIES.exec(joined);
  if (inlineProxies && a.proxies.length === 0) {
    pushAll(a.proxies, parseProxies(inlineProxies[1]!));
    ev.add("/attendance/proxies", lines.find((l) => PROXY_WORD.test(l.text)));
  }
  const inlineAbsents = INLINE_ABSENTS.exec(joined);
  if (inlineAbsents && a.absentMembers.length === 0) {
    pushAll(a.absentMembers, parsePeople(inlineAbsents[1]!));
    ev.add("/attendance/absentMembers", lines.find((l) => ABSENTS_LABEL.test(l.text)));
  }
  for (const p of starred) if (!a.proxies.some((q) => samePerson(q.from, p.from))) a.proxies.push(p);
  if (footnotes.proxies.length) {
    for (const p of footnotes.proxies) if (!a.proxies.some((q) => samePerson(q.from, p.from))) a.proxies.push(p);
    ev.add("/attendance/proxies", footnotes.at);
  }
  // the same giver read twice (two wordings of one list) counts once; "JF Orsatelli" and "J. Orsatelli" are two
  // members, so the comparison is on the name's letters, not the lenient match
  a.proxies = a.proxies.filter((p, i) => a.proxies.findIndex((q) => personKey(q.from) === personKey(p.from)) === i);

  // stated counts; a count read twice keeps its first value
  const set = (field: "inOffice" | "present" | "absent" | "represented" | "voters", value: number, at: Line) => {
    if (a[field] !== null) return;
    a[field] = value;
    a.basis[field] = "stated";
    ev.add(`/attendance/${field}`, at);
  };
  for (const field of ["inOffice", "present", "absent", "represented", "voters"] as const) {
    const c = counts[field];
    if (c) set(field, c.value, c.at);
  }
  if (counts.excused && a.absent === null && !counts.absent) {
    // "Excusés : 2" with no absents count: the excused are the absent members
    set("absent", counts.excused.value, counts.excused.at);
  }
  // inferred counts, each from stated ones only: src/infer/attendance.ts
  inferAttendanceCounts(a, { presentList: blocks.some((b) => b.kind === "present"), emptyProxyLabel: hasEmptyProxyLabel(lines), absentList: blocks.some((b) => b.kind === "absent") });
  return a;
}

/** "Procuration(s) :" printed with nothing after it: the act says there was no proxy. */
function hasEmptyProxyLabel(lines: Line[]): boolean {
  return lines.some((l) => EMPTY_PROXY_LABEL.test(l.text));
}
