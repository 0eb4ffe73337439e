// { "reports": [Report...], "unreadable": [...] }: every finding keeps its "severity" key (external tools count
// them); a file that could not be read is an entry of "unreadable" with severity "error".
import type { Report } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import { toJson } from "../json.js";
import type { CiReportOptions } from "./github.js";

export function formatJson(reports: readonly Report[], options: CiReportOptions = {}): string {
  const floor = options.minSeverity ?? "info";
  const shown = reports.map((r) => (floor === "info" ? r : { ...r, findings: r.findings.filter((f) => atLeast(f.severity, floor)) }));
  const unreadable = (options.unreadable ?? []).map((u) => ({ ...u, severity: "error" as const }));
  return toJson(unreadable.length ? { reports: shown, unreadable } : { reports: shown });
}
