// GitHub Actions workflow commands: one `::error file=...,line=...,title=RULE::message` line per finding, so a
// `ctg check` step annotates the pull request; a file that could not be read is an `::error file=…` of its own.
// Info findings are left out unless --min-severity info asks for them (a notice per act is noise on a pull
// request). https://docs.github.com/actions/reference/workflow-commands
import type { Finding, Report, Severity } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import { messages } from "../../i18n/index.js";
import { groupFindings, rulesOffOf, type ActRef } from "./group.js";
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
export function fileLine(report: Report, finding: Finding): number | null {
  if (/\.pdf$/i.test(report.path)) return null;
  const at = finding.evidence[0];
  return at && at.page === 1 ? at.line : null;
}

/** "acte 2022-29", "acte #2"; several acts (one finding shared by the acts of a session) as the text report says them. */
function actsLabel(acts: readonly ActRef[], lang: "fr" | "en", total: number): string {
  if (acts.length > 1) return messages(lang).report.acts(acts, total);
  return `${lang === "en" ? "act" : "acte"} ${acts[0]!.number ?? `#${acts[0]!.index + 1}`}`;
}

export function githubLine(report: Report, finding: Finding, lang: "fr" | "en" = "fr", acts?: readonly ActRef[]): string {
  const props = [`file=${escapeProperty(report.path)}`];
  const line = fileLine(report, finding);
  if (line !== null) props.push(`line=${line}`);
  props.push(`title=${escapeProperty(finding.rule)}`);
  const where = actsLabel(acts ?? [{ index: finding.act, number: finding.actNumber }], lang, report.acts);
  const source = finding.legalSource ? ` (${finding.legalSource})` : "";
  const regraded = finding.regraded ? ` [${messages(lang).report.regraded(finding.regraded.from, finding.severity, finding.regraded.reason)}]` : "";
  return `::${COMMAND[finding.severity]} ${props.join(",")}::${escapeData(`${where} : ${finding.message}${source}${regraded}`)}`;
}

export function formatGithub(reports: readonly Report[], options: CiReportOptions = {}): string {
  const floor = options.minSeverity ?? "warning";
  const lang = options.lang ?? "fr";
  const lines: string[] = [];
  for (const u of options.unreadable ?? []) lines.push(`::error file=${escapeProperty(u.path)},title=${escapeProperty(u.code)}::${escapeData(u.message)}`);
  for (const report of reports) {
    // one annotation for a finding the acts of a session share
    for (const group of groupFindings(report.findings)) {
      if (atLeast(group.finding.severity, floor)) lines.push(githubLine(report, group.finding, lang, group.acts));
    }
  }
  // the rules the configuration switched off: said once, whatever the floor (no finding can show it)
  const off = rulesOffOf(reports);
  if (off.length) lines.push(`::notice title=ctg::${escapeData(messages(lang).report.rulesOff(off))}`);
  return lines.length ? lines.join("\n") + "\n" : "";
}
