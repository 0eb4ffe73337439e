// Minutes whose items carry no number: the agenda ("Ordre du jour") lists the items, and each comes again in the
// body as a heading, sometimes cut short by OCR ("Approbation du procès-verbal du Conseil Mi"). The agenda's
// entries, found again in order, give the items.
import type { Line } from "../core/types.js";
import { AGENDA, AGENDA_ENTRY_ENDS_OPEN, AGENDA_PROSE, HEADING_PREFIX } from "../vocab/fr.js";
import { foldWords } from "../vocab/fold.js";
import { phrase } from "../vocab/build.js";

export interface AgendaHeading {
  index: number;
  title: string;
}


/** The entries of the agenda: the lines after "Ordre du jour", an entry running on while the next starts in lower case. */
export function agendaEntries(lines: Line[]): { entries: string[]; end: number } | null {
  const start = lines.slice(0, 150).findIndex((l) => AGENDA.test(l.text) && l.text.trim().length < 40);
  if (start < 0) return null;
  const entries: string[] = [];
  let i = start + 1;
  for (; i < lines.length && entries.length < 30; i++) {
    const t = lines[i]!.text.replace(/^\s*[-•*]\s*/, "").trim();
    // prose (a sentence of the session) ends the agenda
    if (t.length > 160 || AGENDA_PROSE.test(t)) break;
    const previous = entries[entries.length - 1];
    if (previous !== undefined && (/^\p{Ll}/u.test(t) || AGENDA_ENTRY_ENDS_OPEN.test(previous))) {
      entries[entries.length - 1] = `${previous} ${t}`;
      continue;
    }
    if (t.replace(/[^\p{L}]/gu, "").length < 6) continue; // OCR debris
    entries.push(t);
  }
  return entries.length >= 2 ? { entries, end: i } : null;
}

/** A body line that is the entry's heading: the same words, or the entry's beginning cut short (both folded). */
function isHeadingOf(l: string, e: string): boolean {
  if (l.length < 12) return false;
  if (l === e) return true;
  if (e.startsWith(l) && l.length >= Math.min(25, e.length)) return true;
  return l.startsWith(e) && l.length <= e.length + 20;
}

export function agendaHeadings(lines: Line[]): AgendaHeading[] {
  const agenda = agendaEntries(lines);
  if (!agenda) return [];
  const folded: Array<string | undefined> = [];
  const lineAt = (i: number) => (folded[i] ??= lines[i]!.text.length <= 200 ? foldWords(lines[i]!.text) : "");
  const found: AgendaHeading[] = [];
  let from = agenda.end;
  for (const entry of agenda.entries) {
    const e = foldWords(entry);
    for (let i = from; i < lines.length; i++) {
      if (isHeadingOf(lineAt(i), e)) {
        found.push({ index: i, title: entry });
        from = i + 1;
        break;
      }
    }
  }
  return found.length >= 2 ? found : [];
}

/** An agenda entry without its number: "3. Tarification cimetière" -> "Tarification cimetière". */
export function entryTitle(entry: string): string {
  return entry.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,5})\s*[-/.)°]?\s+/, "").trim();
}

/**
 * Where the body runs an item on after the previous one without a line break ("… fermée pour 10 jours 1 Subventions
 * associatives Rappel …"), the agenda's entries, met again in order, cut the body before them. The cut keeps
 * an item number written before the title.
 */
function keyOf(word: string | undefined): RegExp | undefined {
  return word === undefined ? undefined : new RegExp(phrase(word), "u");
}

export function splitAtAgenda(lines: Line[]): Line[] {
  const agenda = agendaEntries(lines);
  if (!agenda) return lines;
  const patterns = agenda.entries
    .map(entryTitle)
    .filter((t) => t.replace(/[^\p{L}]/gu, "").length >= 6 && t.length <= 120)
    .map((t) => ({
      re: new RegExp(`(?<=\\s|^)(?:\\d{1,2}(?:\\s*[-/.)])?\\s+)?${phrase(t)}(?![\\p{L}])`, "u"),
      // the entry's longest word, any accents and case: a line that does not hold it is not searched (speed: folding
      // every line of the body cost more than the search)
      key: keyOf(foldWords(t).split(" ").filter((w) => /^[a-z]{4,}$/.test(w)).sort((a, b) => b.length - a.length)[0]),
    }));
  const out = lines.slice(0, agenda.end);
  let next = 0;
  for (const l of lines.slice(agenda.end)) {
    let text = l.text;
    for (;;) {
      let cut: { at: number; entry: number } | null = null;
      for (let j = next; j < patterns.length && !cut; j++) {
        const { re, key } = patterns[j]!;
        if (key !== undefined && !key.test(text)) continue;
        const m = re.exec(text);
        // (after a heading's number, the entry is its title: « Délibération n° 2023-042 : Tarifs de la cantine … »)
        const own = m !== null && m.index > 0 && HEADING_PREFIX.test(text.slice(0, m.index));
        if (m && m.index > 0 && !own) cut = { at: m.index, entry: j };
        else if (m) {
          next = j + 1;
          // the entry opens the unit and its text runs on: "Approbation du procès-verbal du 5 février 2024 Le
          // procès-verbal est approuvé." is the heading, then the item's first line
          const rest = text.slice(m.index + m[0].length);
          if (/^\s+\S/.test(rest) && rest.trim().split(/\s+/).length >= 3) cut = { at: m.index + m[0].length, entry: j };
        }
      }
      if (!cut) break;
      out.push({ ...l, text: text.slice(0, cut.at).trimEnd() });
      text = text.slice(cut.at);
      next = cut.entry + 1;
    }
    out.push({ ...l, text });
  }
  return out;
}
