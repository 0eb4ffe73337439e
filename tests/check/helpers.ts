// Runs the checker on one act with a fixed "today", so that date rules do not depend on the clock.
import { checkDocument } from "../../src/check/index.js";
import type { Act } from "../../src/schema/record.js";
import type { Finding, Report } from "../../src/schema/report.js";
import { makeDoc } from "./factory.js";

export const TODAY = "2025-12-01";

export function check(act: Act, lang: "fr" | "en" = "fr"): Report {
  return checkDocument(makeDoc(act), { lang, today: TODAY });
}

export function findings(act: Act, rule: string, lang: "fr" | "en" = "fr"): Finding[] {
  return check(act, lang).findings.filter((f) => f.rule === rule);
}

/** "RULE:severity" for every finding, to compare whole reports in one assertion. */
export function summary(act: Act): string[] {
  return check(act).findings.map((f) => `${f.rule}:${f.severity}`);
}
