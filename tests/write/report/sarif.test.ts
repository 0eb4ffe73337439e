// The SARIF output checked against the official SARIF 2.1.0 schema (the file @microsoft/jest-sarif ships, a
// draft-04 schema: its `id` becomes `$id` for ajv's draft-07, the only draft-04 keyword it uses), on a real act.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { checkDocument, RULES } from "../../../src/check/index.js";
import { parseText } from "../../../src/parse.js";
import type { Report } from "../../../src/schema/report.js";
import { artifactUri, formatSarif, UNREADABLE_RULE } from "../../../src/write/report/sarif.js";
import { formatReports, reportFormats } from "../../../src/write/report/index.js";
import { SEED_TXT } from "../../batch/helpers.js";

const require = createRequire(import.meta.url);
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);

function sarifValidator() {
  const raw = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")) as Record<string, unknown>;
  const { id, $schema: _draft04, ...rest } = raw;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is no valid unicode regex;
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: id, $schema: "http://json-schema.org/draft-07/schema#" });
}
const validate = sarifValidator();

interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string } }>; ruleConfigurationOverrides?: Array<{ descriptor: { id: string }; configuration: { enabled: boolean; properties: { reason: string } } }> }>;
    results: Array<{ ruleId: string; ruleIndex?: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number } } }>; properties: Record<string, unknown> }>;
  }>;
}

const seed = readFileSync(SEED_TXT, "utf8");
/** the seed act with 3 present of 15: QUORUM (error) on its line 23 */
const quorumText = seed.replace(/^Présents : 14$/m, "Présents : 3").replace(/^Absents : 1$/m, "Absents : 12");
const cwd = resolve("/work/acts");
const report = checkDocument(parseText(quorumText, "/work/acts/2022/quorum 29.txt"), { today: "2026-12-03" });

function sarif(reports: readonly Report[], options: Parameters<typeof formatSarif>[1] = {}): SarifLog {
  const text = formatSarif(reports, { cwd, ...options });
  const log: unknown = JSON.parse(text);
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return log as SarifLog;
}

describe("sarif reporter", () => {
  it("the schema check can fail: a driver without a name, a level SARIF does not know", () => {
    const log = JSON.parse(formatSarif([report], { cwd })) as SarifLog;
    expect(validate(log)).toBe(true);
    expect(validate({ ...log, runs: [{ ...log.runs[0], tool: { driver: { version: "1" } } }] })).toBe(false);
    const badLevel = { ...log.runs[0]!, results: [{ ...log.runs[0]!.results[0]!, level: "info" }] };
    expect(validate({ ...log, runs: [badLevel] })).toBe(false);
  });

  it("is valid SARIF 2.1.0: the driver with one rule per table rule, a result per finding located by its evidence", () => {
    const log = sarif([report]);
    const run = log.runs[0]!;
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(run.tool.driver).toMatchObject({ name: "ctg", version: pkg.version });
    expect(run.tool.driver.informationUri).toMatch(/^(https?|file):\/\//);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), UNREADABLE_RULE]);
    const quorum = run.tool.driver.rules.find((r) => r.id === "QUORUM")!;
    expect(quorum.defaultConfiguration.level).toBe("error");
    expect(quorum.help.text).toContain("CGCT L2121-17");
    expect(quorum.shortDescription.text).toBe("Pour un acte soumis au vote, signale moins de présents que le quorum n'en exige");
    expect(run.tool.driver.rules.find((r) => r.id === "QUORUM_UNKNOWN")!.defaultConfiguration.level).toBe("note");
    const result = run.results.find((r) => r.ruleId === "QUORUM")!;
    expect(result).toMatchObject({
      level: "error",
      ruleIndex: run.tool.driver.rules.indexOf(quorum),
      locations: [{ physicalLocation: { artifactLocation: { uri: "2022/quorum%2029.txt", uriBaseId: "%SRCROOT%" }, region: { startLine: 23 } } }],
    });
    expect(result.message.text).toMatch(/^acte n° 2022-29 : Quorum non atteint : 3 présents pour 15 membres en exercice.* \(CGCT L2121-17\)$/);
    expect(run.results.map((r) => `${r.ruleId}:${r.level}`)).toEqual(report.findings.map((f) => `${f.rule}:${f.severity === "info" ? "note" : f.severity}`));
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("an unreadable file: a tool execution notification and a result at level error", () => {
    const unreadable = [{ path: "/work/acts/chat.txt", code: "no-deliberation", message: "/work/acts/chat.txt : aucune délibération reconnue" }];
    const run = sarif([report], { unreadable }).runs[0]!;
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: "error", message: { text: unreadable[0]!.message } }] });
    expect(run.results.at(-1)).toMatchObject({ ruleId: UNREADABLE_RULE, level: "error", locations: [{ physicalLocation: { artifactLocation: { uri: "chat.txt" } } }] });
  });

  it("rules switched off are configuration overrides with their reason; a re-graded result says why", () => {
    const rules = { QUORUM: { level: "warning", reason: "séance de crise" }, PRESENT_NAMES_COUNT: { level: "off", reason: "listes incomplètes" } } as const;
    const configured = checkDocument(parseText(quorumText, "/work/acts/q.txt"), { today: "2026-12-03", rules });
    const run = sarif([configured], { lang: "en" }).runs[0]!;
    expect(run.invocations[0]!.ruleConfigurationOverrides).toEqual([
      { descriptor: { id: "PRESENT_NAMES_COUNT", index: RULES.findIndex((r) => r.id === "PRESENT_NAMES_COUNT") }, configuration: { enabled: false, properties: { reason: "listes incomplètes" } } },
    ]);
    const quorum = run.results.find((r) => r.ruleId === "QUORUM")!;
    expect(quorum.level).toBe("warning");
    expect(quorum.message.text).toContain("[level changed by the configuration: error → warning (séance de crise)]");
    expect(quorum.properties["regraded"]).toEqual({ from: "error", reason: "séance de crise" });
    expect(run.results.some((r) => r.ruleId === "PRESENT_NAMES_COUNT")).toBe(false);
  });

  it("a finding shared by the acts of a session is one result listing them", () => {
    const shared = (act: number) => ({ rule: "QUORUM_UNKNOWN", severity: "info" as const, act, actNumber: `24-04/0${43 + act}`, message: "Quorum non vérifiable", legalSource: "CGCT L2121-17", evidence: [{ page: 1, line: 5, text: "25 Conseillers" }] });
    const grouped: Report = { path: "/work/acts/pv.txt", acts: 3, findings: [0, 1, 2].map(shared), counts: { error: 0, warning: 0, info: 3 } };
    const run = sarif([grouped]).runs[0]!;
    expect(run.results).toHaveLength(1);
    expect(run.results[0]!.message.text).toBe("actes n° 24-04/043, 24-04/044, 24-04/045 : Quorum non vérifiable (CGCT L2121-17)");
    expect(run.results[0]!.properties["acts"]).toEqual([0, 1, 2].map((i) => ({ index: i, number: `24-04/0${43 + i}` })));
    // --min-severity warning leaves notes out
    expect(sarif([grouped], { minSeverity: "warning" }).runs[0]!.results).toEqual([]);
  });

  it("artifact URIs: relative to the working directory, forward slashes, segments percent-encoded", () => {
    expect(artifactUri("/work/acts/2022/séance #3.pdf", cwd)).toBe("2022/s%C3%A9ance%20%233.pdf");
    expect(artifactUri("/work/other/a.txt", cwd)).toBe("../other/a.txt");
    expect(artifactUri("b.txt", cwd)).toBe("b.txt");
  });

  it("is registered: ctg check --format sarif", () => {
    expect(reportFormats()).toContain("sarif");
    const log = JSON.parse(formatReports([report], "sarif", { lang: "fr", color: 0 })) as SarifLog;
    expect(log.runs[0]!.results.length).toBe(report.findings.length);
  });
});
