// Running headers and footers: a line printed at the top or the foot of several pages (« Communauté de communes du
// Bocage Bourbonnais – Conseil communautaire du 26 juin 2025 – Compte rendu », « CR du conseil du 26/06/2025 – 2/4 »)
// is the page's, not the text's; read again on every page, it runs into the unit of the act that goes on across the
// page, or glues itself to the next act's heading. Its first print stays (a header often names the authority); its
// copies on the next pages are left out. Pure: the pages' lines in, the « page:line » keys of the copies out.
import { TALLY_OR_OUTCOME } from "../vocab/fr.js";

/** how many lines of a page's top and foot may hold its running header or footer */
const EDGE = 2;
/** shorter lines (a page number alone, « Le Maire, ») are never taken for a running header */
const MIN_LENGTH = 12;

/** a page's number in a line: « page 2/3 », « 2 / 4 », « 3 sur 5 », « p. 2 » */
const PAGE_NUMBER = /(?:page|p\.)\s*\d+|\d+\s*(?:\/|sur)\s*\d+/i;

/**
 * A line as its copies on other pages print it: spaces collapsed; its figures alike when it gives the page's number
 * (« CR du 26/06/2025 – page 2/3 »), as they are otherwise (« Délibération n° 12 » heading each page is no header)
 */
const key = (line: string): string => {
  const flat = line.replace(/\s+/g, " ").trim().toLowerCase();
  return PAGE_NUMBER.test(flat) ? flat.replace(/\d+/g, "#") : flat;
};

export function runningLines(pages: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  if (pages.length < 2) return out;
  // each key's places at a page's edge, page by page
  const places = new Map<string, Array<{ p: number; i: number }>>();
  pages.forEach((lines, p) => {
    const filled = lines.map((l, i) => ({ l: l.charCodeAt(0) === 0x1e ? l.slice(1) : l, i })).filter(({ l }) => l.trim().length >= MIN_LENGTH);
    const edges = [...filled.slice(0, EDGE), ...filled.slice(Math.max(EDGE, filled.length - EDGE))];
    for (const { l, i } of edges) {
      // (an outcome or a tally ending many pages is the text's: « Adopté à l'unanimité »)
      if (TALLY_OR_OUTCOME.test(l)) continue;
      const k = key(l);
      const at = places.get(k) ?? [];
      if (!at.some((x) => x.p === p)) at.push({ p, i });
      places.set(k, at);
    }
  });
  // printed on most pages: a running header or footer; its copies after the first go
  const most = Math.max(2, Math.ceil(pages.length * 0.6));
  for (const at of places.values()) {
    if (at.length < most) continue;
    for (const { p, i } of at.slice(1)) out.add(`${p + 1}:${i + 1}`);
  }
  return out;
}
