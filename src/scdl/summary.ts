// The `scdl` part of a batch summary (summary.json and the printed lines): rows written, the matière ctg chose,
// every act left out with its reason, every column left empty on purpose. Computed from the manifest entries
// and the assembled CSV, so that `ctg merge` says the same over joined shards.
import type { ManifestEntry } from "../batch/manifest.js";
import { messages, type Lang } from "../batch/messages.js";
import { NOT_DELIBERATION, describeActLine, type ClearedNote, type LeftOut, type LeftOutReason, type MatiereNote } from "../write/scdl.js";
import { assembleScdl, type Assembled } from "./assemble.js";
import { nothingPublished } from "./messages.js";

export interface ScdlSummary {
  file: string | null;
  rows: number;
  matiere: { inferred: number; default: number; missing: number };
  /** every matière ctg chose, for the clerk to check */
  notes: Array<MatiereNote & { path: string }>;
  /** every act not in the CSV, with its one-line reason (in the run's language) */
  leftOut: Array<LeftOut & { path: string }>;
  /** acts not in the CSV, by reason */
  reasons: Partial<Record<LeftOutReason, number>>;
  /** deliberations that could not be published (every reason but information and election): exit code 1 */
  failed: number;
  /** columns of published rows left empty on purpose (VOTE_* incomplete or contradictory, PREF_DATE) */
  cleared: Array<ClearedNote & { path: string }>;
}

export function scdlSummary(
  entries: ReadonlyArray<readonly [string, ManifestEntry]>,
  file: string | null,
  assembled?: Pick<Assembled, "rows" | "duplicates">,
): ScdlSummary {
  const whole = assembled ?? assembleScdl(entries.map(([rel, e]) => [rel, e.scdl] as const));
  const notes: ScdlSummary["notes"] = [];
  const leftOut: ScdlSummary["leftOut"] = [];
  const cleared: ScdlSummary["cleared"] = [];
  for (const [rel, e] of entries) {
    if (!e.scdl) continue;
    for (const n of e.scdl.notes ?? []) notes.push({ path: rel, ...n });
    for (const l of e.scdl.left ?? []) leftOut.push({ path: rel, ...l });
    for (const c of e.scdl.cleared ?? []) cleared.push({ path: rel, ...c });
  }
  for (const d of whole.duplicates) leftOut.push({ path: d.path, ...d.left });
  leftOut.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.act - b.act));
  const reasons: ScdlSummary["reasons"] = {};
  for (const l of leftOut) reasons[l.reason] = (reasons[l.reason] ?? 0) + 1;
  return {
    file,
    rows: whole.rows,
    matiere: {
      inferred: notes.filter((n) => n.basis === "inferred").length,
      default: notes.filter((n) => n.basis === "default").length,
      missing: notes.filter((n) => n.basis === "missing").length,
    },
    notes,
    leftOut,
    reasons,
    failed: leftOut.filter((l) => !NOT_DELIBERATION.includes(l.reason)).length,
    cleared,
  };
}

/** At most this many acts left out are named in the printed summary; summary.json lists them all. */
export const PRINTED_LEFT_OUT = 10;

/** The printed lines of the SCDL part, indented as the rest of the summary. */
export function scdlSummaryLines(s: ScdlSummary, lang: Lang): string[] {
  const m = messages(lang);
  const en = lang === "en";
  const lines: string[] = [];
  if (s.file) lines.push(m.scdl(s.rows, s.file));
  if (s.file && s.rows === 0) lines.push(nothingPublished(s.file, en));
  if (s.matiere.inferred) lines.push(m.inferred(s.matiere.inferred));
  if (s.matiere.default) lines.push(m.defaulted(s.matiere.default));
  const kinds = (s.reasons.information ?? 0) + (s.reasons.election ?? 0);
  if (kinds) {
    lines.push(
      en
        ? `not published: ${s.reasons.information ?? 0} information item(s), ${s.reasons.election ?? 0} election(s) (not deliberations)`
        : `non publiés : ${s.reasons.information ?? 0} point(s) d'information, ${s.reasons.election ?? 0} élection(s) (pas des délibérations)`,
    );
  }
  if (s.failed) {
    const failed = s.leftOut.filter((l) => !NOT_DELIBERATION.includes(l.reason));
    lines.push(en ? `left out of the CSV: ${s.failed} deliberation(s):` : `écartées du CSV : ${s.failed} délibération(s) :`);
    for (const l of failed.slice(0, PRINTED_LEFT_OUT)) lines.push(`  ${describeActLine(l.path, l, lang)}`);
    if (failed.length > PRINTED_LEFT_OUT) {
      const more = failed.length - PRINTED_LEFT_OUT;
      lines.push(en ? `  … and ${more} more (summary.json, scdl.leftOut)` : `  … et ${more} autre(s) (summary.json, scdl.leftOut)`);
    }
  }
  const votes = s.cleared.filter((c) => c.columns === "VOTE").length;
  if (votes) {
    lines.push(
      en
        ? `VOTE_* columns left empty for ${votes} row(s): a figure not read or contradictory (summary.json, scdl.cleared)`
        : `colonnes VOTE_* vides pour ${votes} ligne(s) : un chiffre non lu ou contradictoire (summary.json, scdl.cleared)`,
    );
  }
  const pref = s.cleared.length - votes;
  if (pref) lines.push(en ? `PREF_DATE left empty for ${pref} row(s): before DELIB_DATE` : `PREF_DATE vide pour ${pref} ligne(s) : antérieure à DELIB_DATE`);
  return lines;
}
