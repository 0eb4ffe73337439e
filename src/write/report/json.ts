// { "reports": [Report...] }: every finding keeps its "severity" key (external tools count them).
import type { Report } from "../../schema/report.js";
import { toJson } from "../json.js";

export function formatJson(reports: readonly Report[]): string {
  return toJson({ reports });
}
