// A finding the acts of a session share (same rule, severity, message, source, evidence) is one entry listing the
// acts in the text, GitHub and SARIF reports; JUnit keeps one test case per act and names the acts that share it.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/index.js";
import { parseText } from "../../../src/parse.js";
import type { Finding, Report } from "../../../src/schema/report.js";
import { formatGithub } from "../../../src/write/report/github.js";
import { groupFindings } from "../../../src/write/report/group.js";
import { formatJson } from "../../../src/write/report/json.js";
import { formatJunit } from "../../../src/write/report/junit.js";
import { formatText } from "../../../src/write/report/text.js";
import { messages } from "../../../src/i18n/index.js";

const evidence = [{ page: 1, line: 5, text: "Séance du 8 avril 2024" }];
function finding(act: number, o: Partial<Finding> = {}): Finding {
  return { rule: "CTES_DATE_SESSION", severity: "warning", act, actNumber: String(act + 1), message: "Date @CTES ≠ séance.", legalSource: "@CTES", evidence, ...o };
}

describe("groupFindings", () => {
  it.each([
    ["the same on three acts: one group", [finding(0), finding(1), finding(4)], [[0, 1, 4]]],
    ["another message: two groups", [finding(0), finding(1, { message: "autre" })], [[0], [1]]],
    ["other evidence: two groups", [finding(0), finding(1, { evidence: [{ page: 1, line: 6, text: "x" }] })], [[0], [1]]],
    ["another severity: two groups", [finding(0), finding(1, { severity: "info" })], [[0], [1]]],
    ["twice on one act: the act once", [finding(2), finding(2)], [[2]]],
    ["order of first act, acts sorted", [finding(3), finding(0, { rule: "X" }), finding(1)], [[1, 3], [0]]],
  ] as const)("%s", (_, findings, acts) => {
    expect(groupFindings(findings).map((g) => g.acts.map((a) => a.index))).toEqual(acts);
  });
});

const report: Report = { path: "pv.txt", acts: 5, findings: [finding(0), finding(1), finding(4), finding(2, { rule: "QUORUM", severity: "error", message: "Quorum non atteint." })], counts: { error: 1, warning: 3, info: 0 } };

describe("the acts of a group, in words", () => {
  const acts = (n: number, numbered = true) => Array.from({ length: n }, (_, i) => ({ index: i, number: numbered ? `24-04/0${43 + i}` : null }));
  it.each([
    ["fr", acts(3), 15, "actes n° 24-04/043, 24-04/044, 24-04/045"],
    ["en", acts(3), 15, "acts 24-04/043, 24-04/044, 24-04/045"],
    ["fr", acts(3, false), 3, "actes 1, 2, 3"],
    ["en", acts(3, false), 3, "acts #1, #2, #3"],
    ["fr", [{ index: 0, number: null }, { index: 1, number: "1" }], 2, "actes 1, n° 1"],
    ["fr", acts(15), 15, "les 15 actes"],
    ["en", acts(15), 15, "all 15 acts"],
    ["fr", acts(12), 40, "actes n° 24-04/043, 24-04/044, 24-04/045, 24-04/046, 24-04/047, 24-04/048, 24-04/049, 24-04/050… (12 actes)"],
  ] as const)("%s %j of %i", (lang, list, total, words) => {
    expect(messages(lang).report.acts(list, total)).toBe(words);
  });
});

describe("grouped in every report", () => {
  it("text: « actes n° 1, 2, 5 », once", () => {
    const lines = formatText([report], { lang: "fr", color: 0 }).split("\n");
    expect(lines.filter((l) => l.includes("CTES_DATE_SESSION"))).toEqual(["  avertissement  CTES_DATE_SESSION  actes n° 1, 2, 5 : Date @CTES ≠ séance. [@CTES]"]);
    expect(formatText([report], { lang: "en", color: 0 })).toContain("  warning  CTES_DATE_SESSION  acts 1, 2, 5: Date @CTES ≠ séance. [@CTES]");
  });

  it("github: one annotation for the three acts", () => {
    expect(formatGithub([report]).split("\n").filter(Boolean)).toEqual([
      "::warning file=pv.txt,line=5,title=CTES_DATE_SESSION::actes n° 1, 2, 5 : Date @CTES ≠ séance. (@CTES)",
      "::error file=pv.txt,line=5,title=QUORUM::acte 3 : Quorum non atteint. (@CTES)",
    ]);
  });

  it("junit: a test case per act; each failing act names the acts sharing its finding", () => {
    const xml = formatJunit([report], { failOn: "warning" });
    expect(xml).toContain('<testsuite name="pv.txt" tests="5" failures="4" errors="0" skipped="0">');
    expect(xml.match(/commun aux actes n° 1, 2, 5/g)).toHaveLength(3);
    expect(formatJunit([report], { failOn: "warning", lang: "en" })).toContain("shared by acts 1, 2, 5");
  });

  it("json: the findings per act, and the shared ones listed", () => {
    const json = JSON.parse(formatJson([report])) as { reports: Array<Report & { shared?: unknown }> };
    expect(json.reports[0]!.findings).toHaveLength(4);
    expect(json.reports[0]!.shared).toEqual([{ rule: "CTES_DATE_SESSION", severity: "warning", message: "Date @CTES ≠ séance.", acts: [0, 1, 4].map((i) => ({ index: i, number: String(i + 1) })) }]);
  });
});

const FLAUX = resolve("../shared/corpus/dev-014.txt");
const present = existsSync(FLAUX);
if (!present) console.warn(`grouping corpus test skipped: ${FLAUX} is absent`);

describe.skipIf(!present)("the minutes of Flaux, 17 November 2023 (../shared/corpus/dev-014.txt)", () => {
  it("the @CTES stamp dated 15/12/2023 on each of 3 acts: 6 findings, 3 entries", () => {
    const r = checkDocument(parseText(readFileSync(FLAUX, "utf8"), "dev-014.txt"), { today: "2026-12-03" });
    const ctes = r.findings.filter((f) => f.rule.startsWith("CTES_DATE_SESSION") || f.rule === "CTES_NUMBER_MISMATCH");
    expect(ctes.map((f) => f.actNumber)).toEqual(["1", "1", "4", "4", "5", "5"]);
    const text = formatText([r], { lang: "fr", color: 0 });
    expect(text).toMatch(/^ {2}avertissement {2}CTES_DATE_SESSION {2}actes n° 1, 4, 5 : La date de décision de l'identifiant @CTES \(15\/12\/2023\) n'est pas celle de la séance \(17\/11\/2023\)/m);
    // the internal number is compared with each act's own number: three different messages
    expect(text.match(/CTES_NUMBER_MISMATCH {2}acte n° /g)).toHaveLength(3);
  });
});
