// JUnit XML for CI dashboards: a <testsuite> per file, a <testcase> per act with one <failure> listing its findings
// at or above the gate (errors by default, warnings too with --fail-on warning); lower findings go to <system-out>;
// a file that could not be read is a test case in <error>.
// A finding the acts of a session share stays in each act's test case (a CI dashboard counts acts, and the gate
// fails each act it concerns), and says which other acts have it: « commun aux actes n° 1, 2, 5 ». The rules
// ctg.config.yaml switched off are the properties of each file's suite; a re-graded finding says why.
import type { Finding, Report } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import { messages } from "../../i18n/index.js";
import type { CiReportOptions } from "./github.js";
import { groupFindings, sameFindingKey, type ActRef } from "./group.js";

/** Text and attribute escaping; characters XML 1.0 forbids are dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function findingText(f: Finding, lang: "fr" | "en", shared: readonly ActRef[] | undefined, total: number): string {
  const m = messages(lang).report;
  const where = f.evidence.map((e) => `p. ${e.page}, l. ${e.line} : ${e.text}`);
  const regraded = f.regraded ? m.regraded(f.regraded.from, f.severity, f.regraded.reason) : "";
  const common = shared && shared.length > 1 ? (lang === "en" ? `shared by ${m.acts(shared, total)}` : `commun aux ${m.acts(shared, total).replace(/^les /, "")}`) : "";
  return [`[${f.severity}] ${f.rule} : ${f.message}`, f.legalSource, common, regraded, ...where].filter(Boolean).join("\n");
}

export function formatJunit(reports: readonly Report[], options: CiReportOptions = {}): string {
  const failOn = options.failOn ?? "error";
  const floor = options.minSeverity ?? "info";
  const lang = options.lang ?? "fr";
  const actWord = lang === "en" ? "act" : "acte";
  let totalTests = 0;
  let totalFailures = 0;
  const suites: string[] = [];
  for (const report of reports) {
    const sharedBy = new Map<string, ActRef[]>(groupFindings(report.findings).map((g) => [sameFindingKey(g.finding), g.acts]));
    const text = (f: Finding): string => findingText(f, lang, sharedBy.get(sameFindingKey(f)), report.acts);
    const byAct = new Map<number, Finding[]>();
    for (const f of report.findings) byAct.set(f.act, [...(byAct.get(f.act) ?? []), f]);
    const indexes = new Set<number>(Array.from({ length: report.acts }, (_, i) => i));
    for (const i of byAct.keys()) indexes.add(i);
    const cases: string[] = [];
    let failures = 0;
    for (const i of [...indexes].sort((a, b) => a - b)) {
      const findings = byAct.get(i) ?? [];
      const number = findings.find((f) => f.actNumber)?.actNumber ?? null;
      const name = number ? `${actWord} ${number}` : `${actWord} #${i + 1}`;
      // one <failure> per act, listing every finding at or above the gate; the others in <system-out>
      const failing = findings.filter((f) => atLeast(f.severity, failOn));
      const other = findings.filter((f) => !atLeast(f.severity, failOn) && atLeast(f.severity, floor));
      const body: string[] = [];
      if (failing.length) {
        failures++;
        const message = failing.length === 1 ? failing[0]!.message : `${failing.length} : ${failing.map((f) => f.rule).join(", ")}`;
        body.push(`      <failure type="${xmlEscape(failing.map((f) => f.rule).join(" "))}" message="${xmlEscape(message)}">${xmlEscape(failing.map(text).join("\n\n"))}</failure>`);
      }
      if (other.length) body.push(`      <system-out>${xmlEscape(other.map(text).join("\n\n"))}</system-out>`);
      const open = `    <testcase classname="${xmlEscape(report.path)}" name="${xmlEscape(name)}"`;
      cases.push(body.length ? `${open}>\n${body.join("\n")}\n    </testcase>` : `${open}/>`);
    }
    totalTests += cases.length;
    totalFailures += failures;
    const off = report.rulesOff ?? [];
    const properties = off.length
      ? [`    <properties>\n${off.map((r) => `      <property name="${xmlEscape(`ctg.rule-off.${r.rule}`)}" value="${xmlEscape(r.reason)}"/>`).join("\n")}\n    </properties>`]
      : [];
    const children = [...properties, ...cases];
    suites.push(
      `  <testsuite name="${xmlEscape(report.path)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">` +
        (children.length ? `\n${children.join("\n")}\n  </testsuite>` : `</testsuite>`),
    );
  }
  // a file that could not be read: a suite of one test case in error
  const unreadable = options.unreadable ?? [];
  for (const u of unreadable) {
    suites.push(
      `  <testsuite name="${xmlEscape(u.path)}" tests="1" failures="0" errors="1" skipped="0">\n` +
        `    <testcase classname="${xmlEscape(u.path)}" name="${xmlEscape(u.path)}">\n` +
        `      <error type="${xmlEscape(u.code)}" message="${xmlEscape(u.message)}"/>\n    </testcase>\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="ctg check" tests="${totalTests + unreadable.length}" failures="${totalFailures}" errors="${unreadable.length}">\n` +
    (suites.length ? suites.join("\n") + "\n" : "") +
    `</testsuites>\n`
  );
}
