// Several acts in one file: a set of extracts put together (a PDF of the session's extracts, a text export of a
// register), each under its own form heading (« EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS … »), with its own session
// header, attendance, number and object. Each part is then read as a document of its own; minutes, whose items
// share one header, are not split here (src/segment/items.ts cuts them).
import type { Line } from "../core/types.js";
import type { StampKey, Stamps } from "../normalise/stamps.js";
import { foldActNumber } from "../vocab/fold.js";
import { ACT_NUMBER_LABEL, AUTHORITY_HEADING_AT_END, CTES_ID_STRICT, FORM_HEADING_IN_UNIT, FORM_HEADING_LINE, FORM_HEADINGS, OBJET, OBJET_START, SESSION_DATE_LABELS } from "../vocab/fr.js";

/** how far above a form heading the authority's heading lines may stand ("COMMUNE DE X" / "EXTRAIT …") */
const HEADING_ABOVE = 3;
/** how far below a form heading its session label must stand for the part to have a header of its own */
const HEADER_DEPTH = 15;

/** The act's number as its label gives it in the part's first lines ("Délibération n° 2024-021"), or null. */
export function partNumber(part: Line[]): string | null {
  for (const l of part.slice(0, 40)) {
    const n = ACT_NUMBER_LABEL.exec(l.text);
    if (n) return n[1]!.replace(/\s+/g, "");
  }
  return null;
}

/** What tells one act from another: its number or its object, as written in its first lines. */
function identity(part: Line[]): string | null {
  const number = partNumber(part);
  if (number !== null) return `n:${number}`;
  for (const l of part.slice(0, 40)) {
    const o = OBJET_START.test(l.text) ? OBJET.exec(l.text) : null;
    if (o && o[1]!.trim() !== "") return `o:${o[1]!.trim().toLowerCase()}`;
  }
  return null;
}

/**
 * The file's lines cut into acts when it holds several form headings, each followed by a session header of its
 * own and each act with a number or an object different from the act before; otherwise the lines as one part. A
 * heading repeated on every page of one act (same number, same object, or none) does not cut it.
 */
export function splitDocuments(input: Line[]): Line[][] {
  if (!input.some((l) => FORM_HEADING_LINE.test(l.text))) return [input];
  // a collapsed text glues the previous act's signature to the next heading: "Yannig ROBIN COMMUNE DE X EXTRAIT
  // DU REGISTRE …" is cut where the authority's heading (or the form's) starts
  // (or the authority's heading ends the unit before the form's: "… Yannig ROBIN COMMUNE DE X" / "EXTRAIT …")
  const lines = input.flatMap((l, i) => {
    const m = FORM_HEADING_IN_UNIT.exec(l.text) ?? (FORM_HEADING_LINE.test(input[i + 1]?.text ?? "") ? AUTHORITY_HEADING_AT_END.exec(l.text) : null);
    const at = m ? m.index + m[0].length - m[1]!.length : 0;
    return at > 0 ? [{ ...l, text: l.text.slice(0, at).trimEnd() }, { ...l, text: l.text.slice(at) }] : [l];
  });
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (FORM_HEADING_LINE.test(l.text) && (starts.length === 0 || i - starts[starts.length - 1]! > HEADING_ABOVE)) starts.push(i);
  });
  if (starts.length < 2) return [lines];
  // the authority's heading lines just above a form heading open the act with it
  const begins = starts.map((s, k) => {
    const floor = k === 0 ? 0 : starts[k - 1]! + 1;
    let b = s;
    while (b - 1 >= floor && s - (b - 1) <= HEADING_ABOVE && FORM_HEADINGS.test(lines[b - 1]!.text.trim())) b--;
    return b;
  });
  begins[0] = 0;
  const parts: Line[][] = [];
  let previous: string | null = null;
  begins.forEach((b, k) => {
    const part = lines.slice(b, begins[k + 1] ?? lines.length);
    const id = identity(part);
    const ownHeader = part.slice(0, HEADER_DEPTH).some((l) => SESSION_DATE_LABELS.test(l.text));
    if (parts.length > 0 && (id === null || id === previous || !ownHeader)) parts[parts.length - 1]!.push(...part);
    else parts.push(part);
    if (id !== null) previous = id;
  });
  return parts.length >= 2 ? parts : [input];
}

const position = (l: { page: number; line: number }) => l.page * 1e6 + l.line;
/** how far a stamp's dated parts stand from its identifier, in source lines */
const STAMP_BOX_LINES = 6;

/** Whether the parts start on source lines of their own (a text collapsed to one line gives them all the same). */
export function partsByPosition(parts: Line[][]): boolean {
  return new Set(parts.map((p) => position(p[0]!))).size === parts.length;
}

/** The tables of one part, by where they stand (`from`, `to` as for stampsWithin); none when positions tell nothing. */
export function tablesWithin<T extends { page: number; line: number }>(tables: T[], from: Line | null, to: Line | null, byPosition: boolean): T[] {
  return byPosition ? tables.filter((t) => (from === null || position(t) >= position(from)) && (to === null || position(t) < position(to))) : [];
}

/**
 * The stamps of one part: an extract carries its own @CTES identifier and dates. An identifier whose act number
 * is the part's (`number`) is the part's; otherwise a stamp goes with the part whose source lines hold it (`from`
 * its first line, `to` the next part's first line; stamps before the first part go with it). Where the parts'
 * source lines cannot be told apart (a text collapsed to one line: `byPosition` false) only the number decides,
 * and the dates stay with no part.
 */
export function stampsWithin(stamps: Stamps, from: Line | null, to: Line | null, number: string | null, byPosition: boolean): Stamps {
  const inside = (at: Line) => byPosition && (from === null || position(at) >= position(from)) && (to === null || position(at) < position(to));
  const keep = <T extends { at: Line }>(v: T | null) => (v !== null && inside(v.at) ? v : null);
  const own = number === null || foldActNumber(number) === ""
    ? []
    : stamps.ids.filter((x) => foldActNumber(CTES_ID_STRICT.exec(x.id)?.[4] ?? "").endsWith(foldActNumber(number)));
  const ids = own.length > 0 ? own : stamps.ids.filter((x) => inside(x.at));
  // each extract its own stamp's dates: those of the box that holds its own identifier (a stamp may stand above the
  // extract's heading, in the part before by position), else the first of each kind within it
  const anchor = own.length > 0 ? position(own[0]!.at) : null;
  const nearOwn = (key: StampKey) => {
    if (anchor === null || !byPosition) return null;
    const near = (stamps.dated ?? []).filter((d) => d.key === key && d.at.page === own[0]!.at.page && Math.abs(position(d.at) - anchor) <= STAMP_BOX_LINES);
    return near.sort((a, b) => Math.abs(position(a.at) - anchor) - Math.abs(position(b.at) - anchor))[0] ?? null;
  };
  const firstWithin = (key: StampKey) => nearOwn(key) ?? keep(stamps[key]) ?? (stamps.dated ?? []).find((d) => d.key === key && inside(d.at)) ?? null;
  const sent = firstWithin("sent");
  const received = firstWithin("received");
  const published = firstWithin("published");
  return { ids, sent, received, published, seen: ids.length > 0 || sent !== null || received !== null || published !== null };
}
