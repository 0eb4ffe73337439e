// Rules switched off or re-graded by the clerk (ctg.config.yaml, `regles`), given to the checker as data: the
// checker reads no file. An off rule is not run; a re-graded finding takes the configured severity and keeps
// where it came from and why (`regraded`), so that no report hides that a rule was changed.
import type { Finding, RuleOff, Severity } from "../schema/report.js";

export type RuleLevel = Severity | "off";

export interface RuleOverride {
  level: RuleLevel;
  /** why, in the clerk's words; shown with every finding it changes and with the list of rules off */
  reason: string;
}

/** rule id -> override */
export type RuleOverrides = Readonly<Record<string, RuleOverride>>;

/** The ids of `overrides` that name no rule of `known`, in the order written. */
export function unknownRules(overrides: RuleOverrides, known: readonly string[]): string[] {
  const ids = new Set(known);
  return Object.keys(overrides).filter((id) => !ids.has(id));
}

/** True when the configuration switches the rule off. */
export function isOff(overrides: RuleOverrides | undefined, rule: string): boolean {
  return overrides?.[rule]?.level === "off";
}

/** The rules switched off, with their reasons, in table order (`known`). */
export function rulesOff(overrides: RuleOverrides | undefined, known: readonly string[]): RuleOff[] {
  if (!overrides) return [];
  return known.filter((id) => isOff(overrides, id)).map((id) => ({ rule: id, reason: overrides[id]!.reason }));
}

/** The finding at the configured level, with a trace of the rule's own; unchanged when the level is the same. */
export function regrade(finding: Finding, overrides: RuleOverrides | undefined): Finding {
  const override = overrides?.[finding.rule];
  if (!override || override.level === "off" || override.level === finding.severity) return finding;
  return { ...finding, severity: override.level, regraded: { from: finding.severity, reason: override.reason } };
}
