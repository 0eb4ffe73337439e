// Rules switched off or re-graded by ctg.config.yaml (regles), given to the checker as data.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules.js";
import { regrade, unknownRules, type RuleOverrides } from "../../src/check/overrides.js";
import { ConfigError, loadConfig } from "../../src/config/index.js";
import { ruleOverrides } from "../../src/config/regles.js";
import { Report } from "../../src/schema/report.js";
import { checkDocument } from "../../src/check/index.js";
import { consistentAct, makeDoc } from "./factory.js";
import { check, TODAY } from "./helpers.js";

/** 7 present of 15 (QUORUM, error) with twelve names listed as present (PRESENT_NAMES_COUNT, warning) */
const act = consistentAct({ attendance: { present: 7, absent: 6, voters: 9 } });
const run = (rules: RuleOverrides) => checkDocument(makeDoc(act), { today: TODAY, rules });
const ids = (r: Report) => r.findings.map((f) => `${f.rule}:${f.severity}`);

describe("checkDocument with overrides", () => {
  const plain = check(act);
  it("the act without overrides: QUORUM error, PRESENT_NAMES_COUNT warning", () => {
    expect(ids(plain)).toEqual(expect.arrayContaining(["QUORUM:error", "PRESENT_NAMES_COUNT:warning"]));
    expect(plain.rulesOff).toBeUndefined();
  });

  it.each([
    ["off: no finding, the rule and reason listed once", { QUORUM: { level: "off", reason: "séance sous régime dérogatoire" } }, "QUORUM", null],
    ["error lowered to a warning", { QUORUM: { level: "warning", reason: "à revoir" } }, "QUORUM", "warning"],
    ["warning raised to an error", { PRESENT_NAMES_COUNT: { level: "error", reason: "listes nominatives exigées" } }, "PRESENT_NAMES_COUNT", "error"],
    ["warning to info", { PRESENT_NAMES_COUNT: { level: "info", reason: "listes partielles" } }, "PRESENT_NAMES_COUNT", "info"],
  ] as const)("%s", (_, rules, rule, severity) => {
    const report = Report.parse(run(rules));
    const found = report.findings.filter((f) => f.rule === rule);
    const original = plain.findings.find((f) => f.rule === rule)!;
    const reason = (rules as RuleOverrides)[rule]!.reason;
    if (severity === null) {
      expect(found).toEqual([]);
      expect(report.rulesOff).toEqual([{ rule, reason }]);
    } else {
      expect(found).toEqual([{ ...original, severity, regraded: { from: original.severity, reason } }]);
      expect(report.counts[severity]).toBe(plain.counts[severity] + 1);
    }
    // the other findings untouched
    expect(report.findings.filter((f) => f.rule !== rule)).toEqual(plain.findings.filter((f) => f.rule !== rule));
  });

  it("the same level leaves no trace", () => {
    const f = plain.findings.find((x) => x.rule === "QUORUM")!;
    expect(regrade(f, { QUORUM: { level: "error", reason: "déjà" } })).toBe(f);
  });

  it("unknownRules names the ids of no rule", () => {
    expect(unknownRules({ QUORUM: { level: "off", reason: "r" }, QUORUM_UNKOWN: { level: "off", reason: "r" } }, RULES.map((r) => r.id))).toEqual(["QUORUM_UNKOWN"]);
  });
});

const dir = mkdtempSync(join(tmpdir(), "ctg-regles-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = (yaml: string) => {
  const path = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, yaml);
  return { path, loaded: loadConfig(path) };
};
const known = RULES.map((r) => r.id);

describe("ruleOverrides (ctg.config.yaml regles)", () => {
  it("niveau and raison to level and reason", () => {
    const { loaded } = config('regles:\n  QUORUM_UNKNOWN: { niveau: off, raison: "quorum suivi hors ctg" }\n  CTES_DATE_SESSION:\n    niveau: info\n    raison: date de transmission\n');
    expect(ruleOverrides(loaded, known)).toEqual({
      QUORUM_UNKNOWN: { level: "off", reason: "quorum suivi hors ctg" },
      CTES_DATE_SESSION: { level: "info", reason: "date de transmission" },
    });
  });

  it("no file, no regles: none", () => {
    expect(ruleOverrides({ path: null, config: {} }, known)).toEqual({});
  });

  it.each([
    ["fr", (p: string) => `${p} : regles.QUORUM_UNKOWN : aucune règle ne porte cet identifiant (liste des règles : docs/rules.md, ex. QUORUM_UNKNOWN)`],
    ["en", (p: string) => `${p}: regles.QUORUM_UNKOWN: no rule has this id (the rules are listed in docs/rules.md, e.g. QUORUM_UNKNOWN)`],
  ] as const)("an unknown rule id: one line naming the file (%s)", (lang, line) => {
    const { path, loaded } = config('regles:\n  QUORUM_UNKOWN: { niveau: off, raison: "faute de frappe" }\n');
    expect(() => ruleOverrides(loaded, known, lang)).toThrow(new ConfigError(line(path)));
  });

  it("a reason is required (the schema of the file)", () => {
    expect(() => config("regles:\n  QUORUM: { niveau: off }\n")).toThrow(ConfigError);
  });
});
