// Lenient matching of member names as councils write them: "M. DURANTON Bertrand", "Bertrand Duranton",
// "DURANTON B.", "Mme Marie-Luce CASTELLI" / "M.L. CASTELLI", accents or capitals dropped by OCR or typing.
// Two names match when they share a surname-like word and their other words agree (same word, or one is the
// initials of the other); a lone word on one side ("Mario", "COROUGE") matches any name holding it.
import type { Person } from "../schema/record.js";
import { stripAccents } from "../vocab/fold.js";

const CIVILITY = new Set(["m", "mr", "mme", "mlle", "mm", "mmes", "monsieur", "madame", "mademoiselle", "dr", "docteur", "me", "maitre"]);
const PARTICLES = new Set(["de", "du", "des", "la", "le", "d", "l", "van", "von", "da", "di", "del", "et"]);
const ROLE = new Set([
  "maire", "adjoint", "adjointe", "president", "presidente", "vice", "conseiller", "conseillere", "municipal",
  "municipale", "delegue", "deleguee", "suppleant", "suppleante", "titulaire", "secretaire", "er", "eme", "au",
]);

interface Word {
  /** the word without hyphens or dots: "jeanpierre" */
  full: string;
  /** initials of its hyphen parts: "jp" for "Jean-Pierre", "ml" for "M.L." */
  initials: string;
}

function fold(s: string): string {
  return stripAccents(s).toLowerCase();
}

const cache = new Map<string, Word[]>();

/** The words of a name with civility, role words and punctuation removed (memoised: rules compare the same
 * few dozen names many times per act). */
export function nameWords(raw: string): Word[] {
  const hit = cache.get(raw);
  if (hit) return hit;
  if (cache.size > 5000) cache.clear();
  const words = computeWords(raw);
  cache.set(raw, words);
  return words;
}

function computeWords(raw: string): Word[] {
  const words: Word[] = [];
  // "Jean- Jacques" (a line break inside a compound first name) is "Jean-Jacques"
  const cleaned = fold(raw).replace(/\([^)]*\)/g, " ").replace(/[^a-z.\- ']/g, " ").replace(/-\s+/g, "-");
  for (const token of cleaned.split(/[\s']+/)) {
    // "M.L." and "J.-P." are initials; "Jean-Pierre" is one first name
    const parts = token.split(/[-.]+/).filter((p) => p.length > 0);
    if (parts.length === 0) continue;
    const full = parts.join("");
    // a civility opens a name ("M. DURANTON"); a trailing "M" is an initial ("SIMEONI M")
    if (parts.length === 1 && words.length === 0 && CIVILITY.has(full)) continue;
    if (parts.length === 1 && ROLE.has(full)) continue;
    if (/^\d/.test(full)) continue;
    words.push({ full, initials: parts.map((p) => p[0]).join("") });
  }
  return words;
}

function personText(p: Person | string): string {
  if (typeof p === "string") return p;
  if (p.name.trim().length > 0) return p.name;
  return [p.firstName, p.lastName].filter((x): x is string => x !== null).join(" ");
}

/** True when the name has at least one word that can identify a member (not only "le Maire"). */
export function hasIdentifyingWord(p: Person | string): boolean {
  return nameWords(personText(p)).some((w) => w.full.length >= 2 && !PARTICLES.has(w.full));
}

function compatible(a: Word, b: Word): boolean {
  if (a.full === b.full) return true;
  // an initial or a pair of initials against a first name: "m" ~ "marie", "ml" ~ "marieluce" (M.L.)
  if (a.full.length <= 2 && (b.initials === a.full || b.full.startsWith(a.full))) return true;
  if (b.full.length <= 2 && (a.initials === b.full || a.full.startsWith(b.full))) return true;
  return false;
}

/** Lenient equality of two member names (see the file comment). */
export function sameMember(x: Person | string, y: Person | string): boolean {
  const a = nameWords(personText(x));
  const b = nameWords(personText(y));
  if (a.length === 0 || b.length === 0) return false;
  for (const anchor of a) {
    if (anchor.full.length < 3 || PARTICLES.has(anchor.full)) continue;
    const j = b.findIndex((w) => w.full === anchor.full);
    if (j < 0) continue;
    const restA = a.filter((w) => w !== anchor && !PARTICLES.has(w.full));
    const restB = b.filter((_, k) => k !== j && !PARTICLES.has(b[k]?.full ?? ""));
    const [short, long] = restA.length <= restB.length ? [restA, restB] : [restB, restA];
    if (short.every((w) => long.some((v) => compatible(w, v)))) return true;
    // "Jean Jacques" against "Jean-Jacques"
    if (short.length > 0 && short.map((w) => w.full).join("") === long.map((w) => w.full).join("")) return true;
  }
  return false;
}

/** True when `p` matches one of `list`. */
export function amongMembers(p: Person | string, list: readonly Person[]): boolean {
  return list.some((q) => sameMember(p, q));
}

/** A strict key for counting: the folded words in order-independent form ("bertrand duranton"). */
export function strictKey(p: Person | string): string {
  return nameWords(personText(p))
    .map((w) => w.full)
    .filter((w) => !PARTICLES.has(w))
    .sort()
    .join(" ");
}

/**
 * A cautious count of distinct members in `list`: names sharing any word of three letters or more are counted
 * once, so namesakes or members sharing a first name merge: spelling variants ("M.L. CASTELLI" / "Marie-Luce
 * CASTELLI") do not inflate the count; only a misspelt surname can.
 */
export function cautiousDistinctCount(list: readonly Person[]): number {
  const groups: Array<Set<string>> = [];
  for (const p of list) {
    const words = nameWords(personText(p)).map((w) => w.full).filter((w) => w.length >= 3 && !PARTICLES.has(w));
    if (words.length === 0) continue;
    const hits = groups.filter((g) => words.some((w) => g.has(w)));
    const merged = new Set<string>(words);
    for (const g of hits) for (const w of g) merged.add(w);
    for (const g of hits) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.length;
}
