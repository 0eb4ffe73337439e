// The end-of-batch summary (printed, and summary.json in --out), computed from manifest entries so that
// `ctg merge` computes the same thing over joined shards.
import type { ManifestEntry } from "./manifest.js";
import type { FileStatus } from "./protocol.js";
import type { Severity } from "../schema/report.js";
import type { Assembled } from "../scdl/assemble.js";
import { scdlSummary, scdlSummaryLines, type ScdlSummary } from "../scdl/summary.js";
import { duration, messages, num, type Lang } from "./messages.js";
import { failureLine } from "./progress.js";

/** A rule and the acts it was raised on (act number as written, else « #position »). */
export interface RuleActs {
  rule: string;
  acts: string[];
}

/** What one file gave: its status, and its errors and warnings by rule with the acts concerned. */
export interface FileSummary {
  path: string;
  status: FileStatus;
  pages: number;
  acts: number;
  errors: RuleActs[];
  warnings: RuleActs[];
  /** unreadable or failed: the input error code and the one line said on stderr */
  failure: { code: string; message: string } | null;
}

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
  /** unreadable or failed files, each with the same translated line as the progress log */
  failures: Array<{ path: string; status: FileStatus; code: string; message: string }>;
  /** every file, in path order, with its errors and warnings by rule and act */
  files: FileSummary[];
  /** rules switched off in ctg.config.yaml (regles), with the reason given */
  rulesOff: Array<{ rule: string; reason: string }>;
  /** rows written, matière chosen, acts left out with their reason, columns left empty (src/scdl/summary.ts) */
  scdl: ScdlSummary | null;
}

export interface SummaryRun {
  version: string;
  shard: string | null;
  startedAt?: string;
  durationMs?: number;
  converted: number;
  skipped: number;
  scdlFile?: string | null;
  /** the CSV as assembled (rows, duplicates left out); computed from the entries when absent */
  scdlAssembled?: Pick<Assembled, "rows" | "duplicates">;
  /** language of the failure lines (default fr) */
  lang?: Lang;
  /** rules switched off for the run (regles of ctg.config.yaml) */
  rulesOff?: ReadonlyArray<{ rule: string; reason: string }>;
}

function byRule(findings: ManifestEntry["findings"], severity: Severity): RuleActs[] {
  const rules = new Map<string, string[]>();
  for (const f of findings) {
    if (f.severity !== severity) continue;
    const act = f.actNumber ?? `#${f.act + 1}`;
    const acts = rules.get(f.rule) ?? [];
    if (!acts.includes(act)) acts.push(act);
    rules.set(f.rule, acts);
  }
  return [...rules].map(([rule, acts]) => ({ rule, acts }));
}

export function summarize(entries: ReadonlyArray<readonly [string, ManifestEntry]>, run: SummaryRun): BatchSummary {
  const status: Record<FileStatus, number> = { ok: 0, warnings: 0, errors: 0, unreadable: 0, failed: 0 };
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const rules = new Map<string, { rule: string; severity: Severity; count: number }>();
  const failures: BatchSummary["failures"] = [];
  const files: FileSummary[] = [];
  const lang = run.lang ?? "fr";
  let pages = 0;
  let acts = 0;
  let withScdl = false;
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
    let failure: FileSummary["failure"] = null;
    if ((e.status === "unreadable" || e.status === "failed") && e.error) {
      failure = { code: e.error.code, message: failureLine(rel, e, lang) };
      failures.push({ path: rel, status: e.status, ...failure });
    }
    files.push({
      path: rel,
      status: e.status,
      pages: e.pages,
      acts: e.acts,
      errors: byRule(e.findings, "error"),
      warnings: byRule(e.findings, "warning"),
      failure,
    });
    if (e.scdl) withScdl = true;
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
    rulesOff: [...(run.rulesOff ?? [])],
    files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    scdl: withScdl || run.scdlFile ? scdlSummary(entries, run.scdlFile ?? null, run.scdlAssembled) : null,
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
  if (s.scdl) for (const line of scdlSummaryLines(s.scdl, lang)) lines.push(`  ${line}`);
  if (summaryPath) lines.push(`  ${m.summaryAt(summaryPath)}`);
  return lines.join("\n") + "\n";
}
