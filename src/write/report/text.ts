// The report for a person: one summary line per file, then one line per finding, with where it was read. A
// finding repeated on several acts (a session-level fact copied onto each act of the minutes) is one entry that
// lists its acts; a finding whose level ctg.config.yaml changed says so and why; the rules switched off are one
// line at the end. --min-severity leaves out the lines below it (the summary line still counts them).
import { Chalk, type ChalkInstance } from "chalk";
import { messages } from "../../i18n/index.js";
import type { Report, Severity } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import { groupFindings, rulesOffOf, type FindingGroup } from "./group.js";
import type { FormatOptions } from "./types.js";

const ORDER: Severity[] = ["error", "warning", "info"];
/** evidence lines shown under a finding */
const MAX_EVIDENCE = 3;

function paint(style: ChalkInstance, severity: Severity): ChalkInstance {
  if (severity === "error") return style.red.bold;
  if (severity === "warning") return style.yellow;
  return style.cyan;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function formatText(reports: readonly Report[], options: FormatOptions): string {
  const all = messages(options.lang);
  const m = all.report;
  const style = new Chalk({ level: options.color });
  const width = Math.max(...ORDER.map((s) => m.severity[s].length));
  const out: string[] = [];
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    for (const s of ORDER) total[s] += report.counts[s];
    const path = report.path === "-" ? all.stdin : report.path;
    out.push(style.bold(m.summary(path, report.acts, report.counts)));
    // by first act, then errors before warnings before information (stable: table order otherwise)
    // --min-severity hides the lines below it; the summary line still counts them
    const shown = options.minSeverity ? report.findings.filter((f) => atLeast(f.severity, options.minSeverity!)) : report.findings;
    const groups = groupFindings(shown).sort(
      (a: FindingGroup, b: FindingGroup) => a.acts[0]!.index - b.acts[0]!.index || ORDER.indexOf(a.finding.severity) - ORDER.indexOf(b.finding.severity),
    );
    for (const { finding: f, acts } of groups) {
      const label = paint(style, f.severity)(m.severity[f.severity].padEnd(width));
      const source = f.legalSource ? style.dim(` [${oneLine(f.legalSource)}]`) : "";
      const where = acts.length === 1 ? m.act(acts[0]!.index, acts[0]!.number) : m.acts(acts, report.acts);
      out.push(`  ${label}  ${style.bold(f.rule)}  ${where}${m.separator}${oneLine(f.message)}${source}`);
      if (f.regraded) out.push(style.dim(`      ${m.regraded(f.regraded.from, f.severity, oneLine(f.regraded.reason))}`));
      for (const e of f.evidence.slice(0, MAX_EVIDENCE)) {
        out.push(style.dim(`      ${m.page(e.page, e.line)}${m.separator}${m.quote(oneLine(e.text))}`));
      }
    }
  }
  if (reports.length > 1) out.push(style.bold(m.total(reports.length, total)));
  const off = rulesOffOf(reports);
  if (off.length) out.push(m.rulesOff(off.map((r) => ({ rule: r.rule, reason: oneLine(r.reason) }))));
  return out.length ? `${out.join("\n")}\n` : "";
}
