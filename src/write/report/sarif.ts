// SARIF 2.1.0 for GitHub code scanning (`ctg check --format sarif > ctg.sarif`, then github/codeql-action/
// upload-sarif): one run, the tool's driver with one reportingDescriptor per rule of the table (what it checks,
// its legal source, its default level), one result per finding (a finding the acts of a session share is one
// result listing the acts), located in the file by its evidence; a file that could not be read is a tool
// execution notification at level error and a result of the pseudo-rule UNREADABLE, so that it shows as an alert
// too. Rules ctg.config.yaml switched off are rule configuration overrides (enabled: false, with the reason).
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { RULES } from "../../check/rules.js";
import { familyOf } from "../../check/rules-doc.js";
import { messages, type Lang } from "../../i18n/index.js";
import type { Finding, Report, Severity } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import { fileLine, type CiReportOptions } from "./github.js";
import { groupFindings, rulesOffOf, type ActRef } from "./group.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** the pseudo-rule of a file that could not be read or holds no deliberation */
export const UNREADABLE_RULE = "UNREADABLE";

type Level = "error" | "warning" | "note";
const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "note" };

export interface SarifOptions extends CiReportOptions {
  /** the folder artifact URIs are relative to (%SRCROOT%); the working directory by default */
  cwd?: string;
}

interface PackageInfo {
  version: string;
  informationUri: string;
}

const PACKAGE_URL = new URL("../../../package.json", import.meta.url);

/** The version of ctg, and where it is documented: the package's homepage, else its README where it is installed. */
function packageInfo(): PackageInfo {
  let pkg: { version?: unknown; homepage?: unknown } = {};
  try {
    pkg = JSON.parse(readFileSync(PACKAGE_URL, "utf8")) as typeof pkg;
  } catch {
    // a bundle without its package.json: the defaults below
  }
  return {
    version: typeof pkg.version === "string" ? pkg.version : "0.0.0",
    informationUri: typeof pkg.homepage === "string" && pkg.homepage !== "" ? pkg.homepage : new URL("README.md", PACKAGE_URL).href,
  };
}

/** A path as a URI reference relative to `cwd`: forward slashes, each segment percent-encoded. */
export function artifactUri(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel.split(sep).map(encodeURIComponent).join("/");
}

/** The first clause of what a rule checks: its short description. */
function firstClause(text: string): string {
  const clause = /^[^:;]*/.exec(text)?.[0]?.trim() ?? text;
  return clause.length > 0 ? clause : text;
}

function ruleDescriptors(lang: Lang) {
  const source = lang === "en" ? "Legal source" : "Source juridique";
  const example = lang === "en" ? "Example" : "Exemple";
  const m = messages(lang).report;
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: firstClause(rule.checks[lang]) },
    fullDescription: { text: rule.checks[lang] },
    help: {
      text: `${source}${m.separator}${rule.legalSource}. ${rule.checks[lang]} ${example}${m.separator}${rule.exampleMessage[lang]}`,
      markdown: `**${source}**${m.separator}${rule.legalSource}\n\n${rule.checks[lang]}\n\n*${example}*${m.separator}${rule.exampleMessage[lang]}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [familyOf(rule)], legalSource: rule.legalSource },
  }));
  const unreadable = lang === "en" ? "A file that could not be read, or in which no deliberation was recognised" : "Fichier illisible, ou dans lequel aucune délibération n'est reconnue";
  rules.push({
    id: UNREADABLE_RULE,
    name: UNREADABLE_RULE,
    shortDescription: { text: unreadable },
    fullDescription: { text: unreadable },
    help: { text: unreadable, markdown: unreadable },
    defaultConfiguration: { level: "error" },
    properties: { tags: ["input"], legalSource: "" },
  });
  return rules;
}

function location(report: Report, finding: Finding | null, cwd: string) {
  if (report.path === "-") return [];
  const line = finding ? fileLine(report, finding) : null;
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: artifactUri(report.path, cwd), uriBaseId: "%SRCROOT%" },
        ...(line !== null ? { region: { startLine: line } } : {}),
      },
    },
  ];
}

export function formatSarif(reports: readonly Report[], options: SarifOptions = {}): string {
  const lang: Lang = options.lang === "en" ? "en" : "fr";
  const m = messages(lang).report;
  const cwd = options.cwd ?? process.cwd();
  const floor = options.minSeverity ?? "info";
  const { version, informationUri } = packageInfo();
  const rules = ruleDescriptors(lang);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const actsText = (acts: readonly ActRef[], total: number) => (acts.length === 1 ? m.act(acts[0]!.index, acts[0]!.number) : m.acts(acts, total));

  const results: object[] = [];
  for (const report of reports) {
    for (const { finding: f, acts } of groupFindings(report.findings)) {
      if (!atLeast(f.severity, floor)) continue;
      const source = f.legalSource ? ` (${f.legalSource})` : "";
      const regraded = f.regraded ? ` [${m.regraded(f.regraded.from, f.severity, f.regraded.reason)}]` : "";
      results.push({
        ruleId: f.rule,
        ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
        level: LEVEL[f.severity],
        message: { text: `${actsText(acts, report.acts)}${m.separator}${f.message}${source}${regraded}` },
        locations: location(report, f, cwd),
        properties: {
          acts,
          legalSource: f.legalSource,
          evidence: f.evidence,
          ...(f.regraded ? { regraded: f.regraded } : {}),
          ...(f.ocr ? { ocr: f.ocr } : {}),
        },
      });
    }
  }
  const unreadable = options.unreadable ?? [];
  const notifications = unreadable.map((u) => ({
    level: "error" as const,
    message: { text: u.message },
    descriptor: { id: u.code },
    locations: location({ path: u.path, acts: 0, findings: [], counts: { error: 0, warning: 0, info: 0 } }, null, cwd),
  }));
  for (const u of unreadable) {
    results.push({
      ruleId: UNREADABLE_RULE,
      ruleIndex: index.get(UNREADABLE_RULE),
      level: "error",
      message: { text: u.message },
      locations: location({ path: u.path, acts: 0, findings: [], counts: { error: 0, warning: 0, info: 0 } }, null, cwd),
      properties: { code: u.code },
    });
  }
  const overrides = rulesOffOf(reports).map((r) => ({
    descriptor: { id: r.rule, ...(index.has(r.rule) ? { index: index.get(r.rule) } : {}) },
    configuration: { enabled: false, properties: { reason: r.reason } },
  }));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "ctg", version, semanticVersion: version, informationUri, language: lang, rules } },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            ...(overrides.length ? { ruleConfigurationOverrides: overrides } : {}),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
