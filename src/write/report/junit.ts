// JUnit XML for CI dashboards: a <testsuite> per file, a <testcase> per act, a <failure> per finding at or above
// the gate (errors by default, warnings too with --fail-on warning); lower findings go to <system-out>.
import type { Finding, Report } from "../../schema/report.js";
import type { CiReportOptions } from "./github.js";

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

function fails(f: Finding, failOn: "error" | "warning"): boolean {
  return f.severity === "error" || (failOn === "warning" && f.severity === "warning");
}

function findingText(f: Finding): string {
  const where = f.evidence.map((e) => `p. ${e.page}, l. ${e.line} : ${e.text}`);
  return [f.message, f.legalSource, ...where].filter(Boolean).join("\n");
}

export function formatJunit(reports: readonly Report[], options: CiReportOptions = {}): string {
  const failOn = options.failOn ?? "error";
  const actWord = options.lang === "en" ? "act" : "acte";
  let totalTests = 0;
  let totalFailures = 0;
  const suites: string[] = [];
  for (const report of reports) {
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
      const body: string[] = [];
      const out: string[] = [];
      for (const f of findings) {
        if (fails(f, failOn)) {
          failures++;
          body.push(`      <failure type="${xmlEscape(f.rule)}" message="${xmlEscape(f.message)}">${xmlEscape(findingText(f))}</failure>`);
        } else {
          out.push(`[${f.severity}] ${f.rule}: ${findingText(f)}`);
        }
      }
      if (out.length) body.push(`      <system-out>${xmlEscape(out.join("\n"))}</system-out>`);
      const open = `    <testcase classname="${xmlEscape(report.path)}" name="${xmlEscape(name)}"`;
      cases.push(body.length ? `${open}>\n${body.join("\n")}\n    </testcase>` : `${open}/>`);
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${xmlEscape(report.path)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">` +
        (cases.length ? `\n${cases.join("\n")}\n  </testsuite>` : `</testsuite>`),
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="ctg check" tests="${totalTests}" failures="${totalFailures}" errors="0">\n` +
    (suites.length ? suites.join("\n") + "\n" : "") +
    `</testsuites>\n`
  );
}
