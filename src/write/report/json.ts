// { "reports": [Report...], "rulesOff": [...], "unreadable": [...] }: every finding keeps its "severity" key
// (external tools count them) and its act; a finding the acts of a session share is also one entry of its
// report's "shared" (rule, severity, message, the acts); the rules ctg.config.yaml switched off are said once at
// the top, not per file; a file that could not be read is an entry of "unreadable" with severity "error".
import type { Report } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import { toJson } from "../json.js";
import type { CiReportOptions } from "./github.js";
import { groupFindings, rulesOffOf } from "./group.js";

export function formatJson(reports: readonly Report[], options: CiReportOptions = {}): string {
  const floor = options.minSeverity ?? "info";
  const shown = reports.map(({ rulesOff: _off, ...r }) => {
    const findings = floor === "info" ? r.findings : r.findings.filter((f) => atLeast(f.severity, floor));
    const shared = groupFindings(findings)
      .filter((g) => g.acts.length > 1)
      .map((g) => ({ rule: g.finding.rule, severity: g.finding.severity, message: g.finding.message, acts: g.acts }));
    return { ...r, findings, ...(shared.length ? { shared } : {}) };
  });
  const rulesOff = rulesOffOf(reports);
  const unreadable = (options.unreadable ?? []).map((u) => ({ ...u, severity: "error" as const }));
  return toJson({ reports: shown, ...(rulesOff.length ? { rulesOff } : {}), ...(unreadable.length ? { unreadable } : {}) });
}
