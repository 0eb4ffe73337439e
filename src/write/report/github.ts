// GitHub Actions workflow commands: one `::error file=...,line=...,title=RULE::message` line per finding, so a
// `ctg check` step annotates the pull request; a file that could not be read is an `::error file=…` of its own.
// Info findings are left out unless --min-severity info asks for them (a notice per act is noise on a pull
// request). https://docs.github.com/actions/reference/workflow-commands
import type { Finding, Report, Severity } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import type { Unreadable } from "./types.js";

export interface CiReportOptions {
  lang?: "fr" | "en";
  /** lowest severity that fails the gate; JUnit turns those findings into <failure> */
  failOn?: Severity;
  /** lowest severity shown */
  minSeverity?: Severity;
  /** files that could not be read: error entries */
  unreadable?: readonly Unreadable[];
}

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Data part of a workflow command: %, CR and LF escaped. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property value of a workflow command: also `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** A line number in the file itself: only text sources, and only on their first page (no form feed before). */
function fileLine(report: Report, finding: Finding): number | null {
  if (/\.pdf$/i.test(report.path)) return null;
  const at = finding.evidence[0];
  return at && at.page === 1 ? at.line : null;
}

export function githubLine(report: Report, finding: Finding, lang: "fr" | "en" = "fr"): string {
  const props = [`file=${escapeProperty(report.path)}`];
  const line = fileLine(report, finding);
  if (line !== null) props.push(`line=${line}`);
  props.push(`title=${escapeProperty(finding.rule)}`);
  const act = finding.actNumber ?? `#${finding.act + 1}`;
  const actWord = lang === "en" ? "act" : "acte";
  const source = finding.legalSource ? ` (${finding.legalSource})` : "";
  return `::${COMMAND[finding.severity]} ${props.join(",")}::${escapeData(`${actWord} ${act} : ${finding.message}${source}`)}`;
}

export function formatGithub(reports: readonly Report[], options: CiReportOptions = {}): string {
  const floor = options.minSeverity ?? "warning";
  const lines: string[] = [];
  for (const u of options.unreadable ?? []) lines.push(`::error file=${escapeProperty(u.path)},title=${escapeProperty(u.code)}::${escapeData(u.message)}`);
  for (const report of reports) for (const f of report.findings) if (atLeast(f.severity, floor)) lines.push(githubLine(report, f, options.lang));
  return lines.length ? lines.join("\n") + "\n" : "";
}
