// The order of the findings' severities, in one place (the rules lower a hit's severity by it, the reporters and
// the exit code compare against --fail-on and --min-severity by it). Free of zod, so the CLI may load it at once.
import type { Severity } from "../schema/report.js";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** True when `severity` is `floor` or above (error > warning > info). */
export function atLeast(severity: Severity, floor: Severity): boolean {
  return RANK[severity] >= RANK[floor];
}
