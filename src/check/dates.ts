// Calendar helpers on ISO dates (AAAA-MM-JJ), computed in UTC so that no time zone shifts a day.

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** True for an existing calendar date in AAAA-MM-JJ form ("2023-02-30" is false). */
export function isValidIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(utc(iso));
  return d.toISOString().slice(0, 10) === iso;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** `iso` moved by whole calendar years (29 February becomes 28 February or 1 March as Date does). */
export function addYears(iso: string, years: number): string {
  const d = new Date(utc(iso));
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** Today's date in UTC as AAAA-MM-JJ. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "2022-10-11" -> "11/10/2022" (French), unchanged in English. */
export function formatDate(iso: string, lang: "fr" | "en"): string {
  return lang === "fr" ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}
