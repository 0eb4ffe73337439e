import { describe, expect, it } from "vitest";
import { formatReports, registerReportFormat, reportFormats } from "../../src/write/report/index.js";
import { Report, type Report as ReportType } from "../../src/schema/report.js";

const report: ReportType = Report.parse({
  path: "actes/2022-29.pdf",
  acts: 2,
  findings: [
    {
      rule: "VOTE_SUM",
      severity: "warning",
      act: 1,
      actNumber: null,
      message: "Les voix ne font pas\nle nombre de votants.",
      legalSource: "CGCT L2121-20",
      evidence: [],
    },
    {
      rule: "QUORUM",
      severity: "error",
      act: 0,
      actNumber: "2022-29",
      message: "Quorum non atteint.",
      legalSource: "CGCT L2121-17",
      evidence: [{ page: 1, line: 23, text: "Présents : 3" }],
    },
  ],
  counts: { error: 1, warning: 1, info: 0 },
});
const clean: ReportType = { path: "-", acts: 1, findings: [], counts: { error: 0, warning: 0, info: 0 } };

describe("text reports", () => {
  it("French: summary, findings by act then severity, evidence, one line each", () => {
    expect(formatReports([report], "text", { lang: "fr", color: 0 })).toBe(
      [
        "actes/2022-29.pdf : 2 actes ; 1 erreur, 1 avertissement, 0 info",
        "  erreur         QUORUM  acte n° 2022-29 : Quorum non atteint. [CGCT L2121-17]",
        "      p. 1, l. 23 : « Présents : 3 »",
        "  avertissement  VOTE_SUM  acte 2 : Les voix ne font pas le nombre de votants. [CGCT L2121-20]",
        "",
      ].join("\n"),
    );
  });

  it("English, several files with a total, standard input named", () => {
    expect(formatReports([report, clean], "text", { lang: "en", color: 0 })).toBe(
      [
        "actes/2022-29.pdf: 2 acts; 1 error, 1 warning, 0 infos",
        "  error    QUORUM  act 2022-29: Quorum non atteint. [CGCT L2121-17]",
        '      p. 1, l. 23: "Présents : 3"',
        "  warning  VOTE_SUM  act #2: Les voix ne font pas le nombre de votants. [CGCT L2121-20]",
        "standard input: 1 act, no findings",
        "Total: 2 files; 1 error, 1 warning, 0 infos",
        "",
      ].join("\n"),
    );
  });

  it("colour only when asked: red bold errors, the same text once stripped", () => {
    const coloured = formatReports([report], "text", { lang: "fr", color: 1 });
    expect(coloured).toContain("\u001b[31m\u001b[1merreur");
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(formatReports([report], "text", { lang: "fr", color: 0 }));
  });
});

describe("json reports", () => {
  it("{ reports } with the findings as they are", () => {
    const parsed = JSON.parse(formatReports([report, clean], "json", { lang: "fr", color: 1 })) as { reports: unknown[] };
    expect(parsed).toEqual({ reports: [report, clean] });
  });
});

describe("registry", () => {
  it("text and json first; a registered format is usable by name", () => {
    expect(reportFormats().slice(0, 2)).toEqual(["text", "json"]);
    registerReportFormat("count-test", (reports) => `${reports.length}\n`);
    expect(reportFormats()).toContain("count-test");
    expect(formatReports([report, clean], "count-test", { lang: "fr", color: 0 })).toBe("2\n");
  });

  it("an unknown format throws", () => {
    expect(() => formatReports([report], "xml", { lang: "fr", color: 0 })).toThrow(/unknown report format: xml/);
  });
});
