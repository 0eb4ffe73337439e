// The report for a person: one summary line per file, then one line per finding, with where it was read.
import { Chalk, type ChalkInstance } from "chalk";
import { messages } from "../../i18n/index.js";
import type { Finding, Report, Severity } from "../../schema/report.js";
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
    const findings = [...report.findings].sort(
      (a: Finding, b: Finding) => a.act - b.act || ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity),
    );
    for (const f of findings) {
      const label = paint(style, f.severity)(m.severity[f.severity].padEnd(width));
      const source = f.legalSource ? style.dim(` [${oneLine(f.legalSource)}]`) : "";
      out.push(`  ${label}  ${style.bold(f.rule)}  ${m.act(f.act, f.actNumber)}${m.separator}${oneLine(f.message)}${source}`);
      for (const e of f.evidence.slice(0, MAX_EVIDENCE)) {
        out.push(style.dim(`      ${m.page(e.page, e.line)}${m.separator}${m.quote(oneLine(e.text))}`));
      }
    }
  }
  if (reports.length > 1) out.push(style.bold(m.total(reports.length, total)));
  return out.length ? `${out.join("\n")}\n` : "";
}
