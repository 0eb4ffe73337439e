// French dates as written in acts: "14/10/2022", "01.07.2025", "11 octobre 2022", "1er janvier 2022",
// "SEANCE DU 01” JUILLET 2025", "le onze octobre deux mille vingt-deux",
// "L'An Deux-Mil-Vingt-Cing, le Premier du mois de Juillet", "le 23 juin" (year from context).
import { parseNumberWords } from "./numbers.js";

export const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, août: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12, décembre: 12,
};
const MONTH_SOURCE = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre";
// at most seven words: a day or a year in words is never longer, and an unbounded run made a long text quadratic
// (a word cut at its hyphen and re-flowed keeps a space after it: « deux mil vingt- quatre »)
const WORDS = "[A-Za-zÀ-ÿ]+(?:(?:-\\s?|\\s)[A-Za-zÀ-ÿ]+){0,6}?";

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function year2(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

/** A day written "1er", "01”", "premier", "onze", "dix sept". */
function dayNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const digits = /^(\d{1,2})\s*(?:er|ER|”|"|°)?$/.exec(t);
  if (digits) return Number(digits[1]);
  return parseNumberWords(t);
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const NUMERIC = /(?<![\d/.-])(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?(\d{4}|\d{2})(?![\d/])/g;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2}(?:\\s*(?:er|”|"|°))?|premier|${WORDS})\\s+(?:du\\s+mois\\s+d[e'’]\\s*)?(${MONTH_SOURCE})(?:\\s*,)?\\s*(\\d{4}|[A-Za-zÀ-ÿ]+(?:(?:-\\s?|\\s)[A-Za-zÀ-ÿ]+){0,6})?`,
  "giu",
);
const YEAR_WORDS_FIRST = new RegExp(
  `l[’']an\\s+(\\d{4}|${WORDS})(?:\\s*,)?\\s+(?:et\\s+)?le\\s+(\\d{1,2}(?:\\s*er)?|${WORDS})\\s+(?:du\\s+mois\\s+d[e'’]\\s*)?(${MONTH_SOURCE})`,
  "giu",
);

/** All dates found in a line, in order. `defaultYear` completes "le 23 juin". */
export function findDates(text: string, defaultYear?: number): FoundDate[] {
  const out: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  const push = (iso: string | undefined, index: number, length: number) => {
    if (!iso || overlaps(index, index + length)) return;
    taken.push([index, index + length]);
    out.push({ iso, index, length });
  };
  for (const m of text.matchAll(YEAR_WORDS_FIRST)) {
    const year = /^\d{4}$/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!);
    const day = dayNumber(m[2]!);
    const month = monthNumber(m[3]!);
    if (year && day && month) push(isoDate(year, month, day), m.index, m[0].length);
  }
  for (const m of text.matchAll(NUMERIC)) {
    push(isoDate(year2(m[3]!), Number(m[2]), Number(m[1])), m.index, m[0].length);
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const dayText = m[1]!;
    // words before the month may hold more than the day ("le dix sept"): take the longest tail that parses
    const words = dayText.trim().split(/[\s-]+/);
    let day: number | undefined;
    let skipped = 0;
    for (let i = 0; i < words.length && day === undefined; i++) {
      const v = dayNumber(words.slice(i).join(" "));
      if (v !== undefined && v >= 1 && v <= 31) day = v;
      else skipped += words[i]!.length + 1;
    }
    const month = monthNumber(m[2]!);
    let year: number | undefined;
    if (m[3]) year = /^\d{4}$/.test(m[3]) ? Number(m[3]) : longestYear(m[3]);
    year ??= defaultYear;
    if (day && month && year) push(isoDate(year, month, day), m.index + skipped, m[0].length - skipped);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "deux mille vingt-trois à dix-huit heures" -> 2023: the longest leading run of number words. */
function longestYear(text: string): number | undefined {
  const words = text.split(/[\s-]+/);
  for (let n = words.length; n > 0; n--) {
    const v = parseNumberWords(words.slice(0, n).join(" "));
    if (v !== undefined && v >= 1900 && v <= 2100) return v;
  }
  return undefined;
}

export function firstDate(text: string, defaultYear?: number): string | undefined {
  return findDates(text, defaultYear)[0]?.iso;
}

/** "20221011" -> "2022-10-11". */
export function compactDate(yyyymmdd: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
