import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/index.js";
import { parseText } from "../../src/parse.js";
import type { Finding, Report } from "../../src/schema/report.js";
import { formatGithub } from "../../src/write/report/github.js";
import { formatJunit } from "../../src/write/report/junit.js";
import { formatReports, reportFormats } from "../../src/write/report/index.js";
import { SEED_TXT } from "../batch/helpers.js";

function finding(o: Partial<Finding> & Pick<Finding, "rule" | "severity" | "act">): Finding {
  return { actNumber: null, message: "m", legalSource: "", evidence: [], ...o };
}

const reports: Report[] = [
  {
    path: "actes/2022-29.txt",
    acts: 2,
    findings: [
      finding({
        rule: "QUORUM",
        severity: "error",
        act: 0,
        actNumber: "2022-29",
        message: "Quorum non atteint : 7 présents, 8 requis (50 %, 15 en exercice)",
        legalSource: "CGCT L2121-17",
        evidence: [{ page: 1, line: 21, text: "Présents : 7" }],
      }),
      finding({ rule: "VOTE_SUM", severity: "warning", act: 1, message: "Pour + contre ≠ votants\nà vérifier", evidence: [{ page: 2, line: 4, text: "x" }] }),
    ],
    counts: { error: 1, warning: 1, info: 0 },
  },
  {
    path: "scans/séance, 12 mai.pdf",
    acts: 1,
    findings: [finding({ rule: "DATE_<ORDER>", severity: "info", act: 0, message: 'Dates « & » "x"', evidence: [{ page: 3, line: 9, text: "le 12 mai" }] })],
    counts: { error: 0, warning: 0, info: 1 },
  },
  { path: "vide.txt", acts: 0, findings: [], counts: { error: 0, warning: 0, info: 0 } },
];

describe("github reporter", () => {
  it("writes one workflow command per finding, escaped, with the line only where it points into the file", () => {
    const notice = "::notice file=scans/séance%2C 12 mai.pdf,title=DATE_<ORDER>::acte #1 : Dates « & » \"x\"";
    expect(formatGithub(reports, { minSeverity: "info" }).split("\n")).toEqual([
      "::error file=actes/2022-29.txt,line=21,title=QUORUM::acte 2022-29 : Quorum non atteint : 7 présents, 8 requis (50 %25, 15 en exercice) (CGCT L2121-17)",
      "::warning file=actes/2022-29.txt,title=VOTE_SUM::acte #2 : Pour + contre ≠ votants%0Aà vérifier",
      notice,
      "",
    ]);
    // info findings are no pull-request annotations unless asked for
    expect(formatGithub(reports)).not.toContain(notice);
    expect(formatGithub(reports, { minSeverity: "error" }).split("\n").filter(Boolean)).toHaveLength(1);
    expect(formatGithub(reports, { lang: "en" })).toContain("::error file=actes/2022-29.txt,line=21,title=QUORUM::act 2022-29 : ");
    expect(formatGithub([reports[2]!])).toBe("");
  });

  it("is registered for ctg check --format, one line per finding of a real act", () => {
    expect(reportFormats()).toEqual(expect.arrayContaining(["github", "junit"]));
    const report = checkDocument(parseText(readFileSync(SEED_TXT, "utf8"), "seed.txt"));
    const text = formatReports([report], "github", { lang: "fr", color: 0 });
    const lines = text.split("\n").filter(Boolean);
    expect(lines).toHaveLength(report.findings.length);
    for (const [i, line] of lines.entries()) {
      expect(line).toMatch(new RegExp(`^::(error|warning|notice) file=seed\\.txt(,line=\\d+)?,title=${report.findings[i]!.rule}::`));
    }
  });
});

/** A small XML well-formedness check: balanced tags, quoted attributes, only the five predefined entities. */
function assertWellFormed(xml: string): { tags: string[] } {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf("?>") + 2);
  const stack: string[] = [];
  const tags: string[] = [];
  const token = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(body))) {
    consumed = token.lastIndex;
    if (m[5] !== undefined) {
      expect(m[5].replace(/&(amp|lt|gt|quot|apos);/g, "")).not.toMatch(/[&<]/);
      if (stack.length === 0) expect(m[5].trim()).toBe("");
      continue;
    }
    for (const attr of m[3]!.matchAll(/"([^"]*)"/g)) expect(attr[1]!.replace(/&(amp|lt|gt|quot|apos);/g, "")).not.toMatch(/[&<>]/);
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else {
      tags.push(m[2]!);
      if (!m[4]) stack.push(m[2]!);
    }
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
  return { tags };
}

describe("junit reporter", () => {
  it("is checked by a well-formedness test that does catch broken XML", () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    expect(() => assertWellFormed(`${head}<a><b></a>`)).toThrow();
    expect(() => assertWellFormed(`${head}<a>x & y</a>`)).toThrow();
    expect(() => assertWellFormed(`${head}<a t="1"><b/></a>\n`)).not.toThrow();
  });

  it("writes well-formed JUnit XML: a testsuite per file, a testcase per act, failures for errors", () => {
    const xml = formatJunit(reports);
    const { tags } = assertWellFormed(xml);
    expect(tags.filter((t) => t === "testsuite")).toHaveLength(3);
    expect(tags.filter((t) => t === "testcase")).toHaveLength(3); // 2 + 1 + 0 acts
    expect(tags.filter((t) => t === "failure")).toHaveLength(1);
    expect(xml).toContain('<testsuites name="ctg check" tests="3" failures="1" errors="0">');
    expect(xml).toContain('<testsuite name="actes/2022-29.txt" tests="2" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testcase classname="actes/2022-29.txt" name="acte 2022-29">');
    expect(xml).toContain('<failure type="QUORUM" message="Quorum non atteint : 7 présents, 8 requis (50 %, 15 en exercice)">');
    expect(xml).toContain('<testsuite name="vide.txt" tests="0" failures="0" errors="0" skipped="0"></testsuite>');
    expect(xml).toContain("[info] DATE_&lt;ORDER&gt; : Dates « &amp; » &quot;x&quot;");
    // --fail-on warning turns warnings into failures too
    expect(formatJunit(reports, { failOn: "warning" })).toContain('<testsuites name="ctg check" tests="3" failures="2" errors="0">');
  });

  it("reports a real act through the registry", () => {
    const report = checkDocument(parseText(readFileSync(SEED_TXT, "utf8"), "seed.txt"));
    const xml = formatReports([report], "junit", { lang: "fr", color: 0 });
    const { tags } = assertWellFormed(xml);
    expect(tags.filter((t) => t === "testcase")).toHaveLength(Math.max(report.acts, new Set(report.findings.map((f) => f.act)).size));
    expect(tags.filter((t) => t === "failure")).toHaveLength(new Set(report.findings.filter((f) => f.severity === "error").map((f) => f.act)).size);
  });

  it("one <failure> per act listing all its findings at the gate, --fail-on through the registry", () => {
    const xml = formatReports(reports, "junit", { lang: "fr", color: 0, failOn: "warning" });
    assertWellFormed(xml);
    expect(xml).toContain('<testsuites name="ctg check" tests="3" failures="2" errors="0">');
    const twoFindings = [{ ...reports[0]!, findings: [reports[0]!.findings[0]!, { ...reports[0]!.findings[0]!, rule: "ATTENDANCE_SUM", severity: "warning" as const }] }];
    const one = formatJunit(twoFindings, { failOn: "warning" });
    expect(one.match(/<failure /g)).toHaveLength(1);
    expect(one).toContain('<failure type="QUORUM ATTENDANCE_SUM" message="2 : QUORUM, ATTENDANCE_SUM">');
  });

  it("a file that could not be read is a test case in <error>, counted in errors", () => {
    const unreadable = [{ path: "chiffre.pdf", code: "encrypted-pdf", message: "chiffre.pdf : PDF chiffré (protégé par un mot de passe)" }];
    const xml = formatJunit(reports, { unreadable });
    assertWellFormed(xml);
    expect(xml).toContain('<testsuites name="ctg check" tests="4" failures="1" errors="1">');
    expect(xml).toContain('<error type="encrypted-pdf" message="chiffre.pdf : PDF chiffré (protégé par un mot de passe)"/>');
    expect(formatGithub([], { unreadable })).toBe("::error file=chiffre.pdf,title=encrypted-pdf::chiffre.pdf : PDF chiffré (protégé par un mot de passe)\n");
    expect(JSON.parse(formatReports([], "json", { lang: "fr", color: 0, unreadable })).unreadable).toEqual([{ ...unreadable[0], severity: "error" }]);
  });
});
