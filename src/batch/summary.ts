// The end-of-batch summary (printed, and summary.json in --out), computed from manifest entries so that
// `ctg merge` computes the same thing over joined shards.
import type { ManifestEntry } from "./manifest.js";
import type { FileStatus } from "./protocol.js";
import type { Severity } from "../schema/report.js";
import type { MatiereNote } from "../write/scdl.js";
import { duration, messages, num, type Lang } from "./messages.js";

export interface BatchSummary {
  tool: "ctg";
  version: string;
  shard: string | null;
  startedAt: string | null;
  finishedAt: string;
  durationMs: number | null;
  documents: number;
  converted: number;
  skipped: number;
  filesPerSecond: number | null;
  pages: number;
  acts: number;
  status: Record<FileStatus, number>;
  findings: Record<Severity, number>;
  topRules: Array<{ rule: string; severity: Severity; count: number }>;
  failures: Array<{ path: string; status: FileStatus; code: string; message: string }>;
  scdl: {
    file: string | null;
    rows: number;
    matiere: { inferred: number; default: number; missing: number };
    /** every matière ctg chose or could not find, for the clerk to check */
    notes: Array<MatiereNote & { path: string }>;
  } | null;
}

export interface SummaryRun {
  version: string;
  shard: string | null;
  startedAt?: string;
  durationMs?: number;
  converted: number;
  skipped: number;
  scdlFile?: string | null;
}

export function summarize(entries: ReadonlyArray<readonly [string, ManifestEntry]>, run: SummaryRun): BatchSummary {
  const status: Record<FileStatus, number> = { ok: 0, warnings: 0, errors: 0, unreadable: 0, failed: 0 };
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const rules = new Map<string, { rule: string; severity: Severity; count: number }>();
  const failures: BatchSummary["failures"] = [];
  let pages = 0;
  let acts = 0;
  let scdlRows = 0;
  let withScdl = false;
  const notes: Array<MatiereNote & { path: string }> = [];
  for (const [rel, e] of entries) {
    status[e.status]++;
    pages += e.pages;
    acts += e.acts;
    findings.error += e.counts.error;
    findings.warning += e.counts.warning;
    findings.info += e.counts.info;
    for (const f of e.findings) {
      const key = `${f.rule}\u0000${f.severity}`;
      const r = rules.get(key) ?? { rule: f.rule, severity: f.severity, count: 0 };
      r.count++;
      rules.set(key, r);
    }
    if ((e.status === "unreadable" || e.status === "failed") && e.error) {
      failures.push({ path: rel, status: e.status, code: e.error.code, message: e.error.message });
    }
    if (e.scdl) {
      withScdl = true;
      scdlRows += e.scdl.lines.length;
      for (const n of e.scdl.notes) notes.push({ path: rel, ...n });
    }
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const topRules = [...rules.values()]
    .sort((a, b) => b.count - a.count || rank[a.severity] - rank[b.severity] || a.rule.localeCompare(b.rule))
    .slice(0, 10);
  const durationMs = run.durationMs ?? null;
  return {
    tool: "ctg",
    version: run.version,
    shard: run.shard,
    startedAt: run.startedAt ?? null,
    finishedAt: new Date().toISOString(),
    durationMs,
    documents: entries.length,
    converted: run.converted,
    skipped: run.skipped,
    filesPerSecond: durationMs && durationMs > 0 ? Math.round((run.converted / (durationMs / 1000)) * 100) / 100 : null,
    pages,
    acts,
    status,
    findings,
    topRules,
    failures,
    scdl:
      withScdl || run.scdlFile
        ? {
            file: run.scdlFile ?? null,
            rows: scdlRows,
            matiere: {
              inferred: notes.filter((n) => n.basis === "inferred").length,
              default: notes.filter((n) => n.basis === "default").length,
              missing: notes.filter((n) => n.basis === "missing").length,
            },
            notes,
          }
        : null,
  };
}

/** The summary as a few lines for stderr. */
export function formatSummary(s: BatchSummary, lang: Lang, summaryPath: string | null): string {
  const m = messages(lang);
  const sep = lang === "en" ? ": " : " : ";
  const lines: string[] = [];
  const time = s.durationMs !== null ? duration(s.durationMs, lang) : "–";
  const rate = s.filesPerSecond !== null ? num(s.filesPerSecond, lang, s.filesPerSecond > 0 && s.filesPerSecond < 0.1 ? 2 : 1) : "–";
  lines.push(`ctg: ${m.done(s.documents, s.converted, s.skipped, time, rate)}`);
  lines.push(`  ${m.statusLine(s.status.ok, s.status.warnings, s.status.errors, s.status.unreadable, s.status.failed)}`);
  if (s.topRules.length) {
    const top = s.topRules.slice(0, 5);
    // a rule that fires at two severities (an error, or a warning when its figures are uncertain) says which
    const twice = (rule: string) => top.filter((r) => r.rule === rule).length > 1;
    lines.push(`  ${m.topRules}${sep}${top.map((r) => `${r.rule} (${r.count}${twice(r.rule) ? `, ${m.severityName[r.severity]}` : ""})`).join(", ")}`);
  }
  if (s.scdl) {
    if (s.scdl.file) lines.push(`  ${m.scdl(s.scdl.rows, s.scdl.file)}`);
    if (s.scdl.matiere.inferred) lines.push(`  ${m.inferred(s.scdl.matiere.inferred)}`);
    if (s.scdl.matiere.default) lines.push(`  ${m.defaulted(s.scdl.matiere.default)}`);
    if (s.scdl.matiere.missing) lines.push(`  ${m.missing(s.scdl.matiere.missing)}`);
  }
  if (summaryPath) lines.push(`  ${m.summaryAt(summaryPath)}`);
  return lines.join("\n") + "\n";
}
