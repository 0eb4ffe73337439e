// Report formats by name. `ctg check --format NAME` accepts every name registered here, so a new format
// (github annotations, JUnit XML, ...) is one file plus one registerReportFormat() line below.
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";
import type { FormatOptions, ReportFormatter } from "./types.js";
import type { Report } from "../../schema/report.js";

export type { ColorLevel, FormatOptions, ReportFormatter, Unreadable } from "./types.js";

const formatters = new Map<string, ReportFormatter>();

export function registerReportFormat(name: string, formatter: ReportFormatter): void {
  formatters.set(name, formatter);
}

/** Names of the registered formats, in registration order ("text" first). */
export function reportFormats(): string[] {
  return [...formatters.keys()];
}

export function formatReports(reports: readonly Report[], format: string, options: FormatOptions): string {
  const formatter = formatters.get(format);
  if (!formatter) throw new Error(`unknown report format: ${format}`);
  return formatter(reports, options);
}

registerReportFormat("text", formatText);
// every CI format gets the whole of the options: the gate (--fail-on), the floor (--min-severity), the unreadable
registerReportFormat("json", (reports, options) => formatJson(reports, options));
registerReportFormat("github", (reports, options) => formatGithub(reports, options));
registerReportFormat("junit", (reports, options) => formatJunit(reports, options));
registerReportFormat("sarif", (reports, options) => formatSarif(reports, options));
