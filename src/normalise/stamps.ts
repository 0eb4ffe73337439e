// The prefecture stamp (@CTES acknowledgement) is printed on every page and often glued into body lines
// by OCR. Read it once for the record, remove it from the body.
import type { Line } from "../core/types.js";
import { CTES_ID, STAMP_BARE_PART, STAMP_CUE, STAMP_DATE_AT_START, STAMP_LEFTOVER, STAMP_PARTS, PUBLICATION_WITH_DATE } from "../vocab/fr.js";
import { firstDate } from "../vocab/dates.js";

export interface StampValue<T> {
  value: T;
  at: Line;
}

export type StampKey = "sent" | "received" | "published";

/** records a dated part: the first of each kind is the document's, every one is kept for the extracts of a file */
function note(stamps: Stamps, key: StampKey, value: string, at: Line): void {
  if (!stamps[key]) stamps[key] = { value, at };
  (stamps.dated ??= []).push({ key, value, at });
}

export interface Stamps {
  /** every @CTES identifier read, with how often it appeared */
  ids: Array<{ id: string; count: number; at: Line }>;
  sent: StampValue<string> | null;
  received: StampValue<string> | null;
  published: StampValue<string> | null;
  /** every dated part read, in reading order: a file of several extracts stamps each (src/segment/documents.ts) */
  dated?: Array<{ key: StampKey; value: string; at: Line }>;
  /** a stamp was seen at all (even without dates) */
  seen: boolean;
  /** a label that ended the last line without its date ("Reçu en préfecture le"): the next line may open with it */
  pending?: "sent" | "received" | "published" | null;
  /** lines still to come after a stamp's line where a bare « Reçu le : » is the stamp's own (the box goes on) */
  within?: number;
}

function canonicalId(m: RegExpMatchArray): string {
  const dept = m[1]!.length === 2 ? `0${m[1]}` : m[1]!;
  return `${dept}-${m[2]}-${m[3]}-${m[4]!.trim()}-${m[5]}`;
}

/** Removes stamp pieces from one line; returns what is left and records what was read into `stamps`. */
export function stripStamp(line: Line, stamps: Stamps): string {
  // a narrow stamp box puts the date under its label: "Reçu en préfecture le" / "15/05/2024"
  const pending = stamps.pending;
  stamps.pending = null;
  const within = stamps.within ?? 0;
  stamps.within = Math.max(0, within - 1);
  // in the stamp's box, its parts without « préfecture »: « ID : 014-…-DE » / « Reçu le : 25/06/2024 »
  const bare = within > 0 ? STAMP_BARE_PART.exec(line.text) : null;
  const bareIso = bare ? firstDate(bare[2]!) : undefined;
  if (bare && bareIso) {
    const key = /^R/i.test(bare[1]!) ? "received" : /^E/i.test(bare[1]!) ? "sent" : "published";
    note(stamps, key, bareIso, line);
    stamps.within = 2;
    return "";
  }
  if (pending) {
    const d = STAMP_DATE_AT_START.exec(line.text);
    const iso = d ? firstDate(d[1]!) : undefined;
    if (d && iso) {
      note(stamps, pending, iso, line);
      const rest = line.text.slice(d[0].length);
      return rest.trim() === "" ? "" : stripStamp({ ...line, text: rest }, stamps);
    }
  }
  if (!STAMP_CUE.test(line.text)) return line.text;
  let text = line.text;
  const before = text;
  for (const m of text.matchAll(CTES_ID)) {
    const id = canonicalId(m);
    const known = stamps.ids.find((x) => x.id === id);
    if (known) known.count++;
    else stamps.ids.push({ id, count: 1, at: line });
  }
  text = text.replace(CTES_ID, " ");
  const takeDate = (key: "sent" | "received" | "published", re: RegExp) => {
    text = text.replace(re, (all: string, date: string | undefined, offset: number, whole: string) => {
      // « la publication éventuelle au BODACC »: « publication » in small letters, without a date, inside a sentence
      if (key === "published" && !date && all.startsWith("publication") && offset > 0 && whole.slice(offset + all.length).trim() !== "") return all;
      stamps.seen = true;
      const iso = date ? firstDate(date) : undefined;
      if (iso) note(stamps, key, iso, line);
      // the label ends the line without its date: the date may open the next line
      if (!date && whole.slice(offset + all.length).trim() === "") stamps.pending = key;
      return " ";
    });
  };
  takeDate("sent", STAMP_PARTS.sent);
  takeDate("received", STAMP_PARTS.received);
  // "Publié le" / "Publication :" only counts as a stamp part when the line holds other stamp pieces or is short
  // (or the label, its colon and its date beside a letterhead's column: « Arrondissement de      Publication : 01/07/2024 »)
  if (text !== before || /^\s*(?:Publi|Affich|\[?Publication)/i.test(text) || text.length < 40 || PUBLICATION_WITH_DATE.test(text)) {
    takeDate("published", STAMP_PARTS.published);
  }
  if (text !== before) {
    text = text.replace(STAMP_PARTS.id, " ").replace(STAMP_PARTS.noise, " ");
  } else {
    text = text.replace(STAMP_PARTS.noise, () => {
      stamps.seen = true;
      return " ";
    });
  }
  if (text !== before) {
    stamps.seen = true;
    stamps.within = 3;
    text = text.replace(/\s{2,}/g, " ").trim();
    if (STAMP_LEFTOVER.test(text)) return "";
  }
  return text;
}

export function emptyStamps(): Stamps {
  return { ids: [], sent: null, received: null, published: null, seen: false, pending: null };
}

/** The identifier to keep: the one read most often (OCR garbles some copies), first seen on ties. */
export function bestId(stamps: Stamps): { id: string; at: Line } | null {
  if (stamps.ids.length === 0) return null;
  const best = [...stamps.ids].sort((a, b) => b.count - a.count)[0]!;
  return { id: best.id, at: best.at };
}
