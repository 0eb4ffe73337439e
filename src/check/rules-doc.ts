// docs/rules.md, rendered from the rules table: for each rule its id, severity, legal source, what it checks and
// its messages rendered on its example parameters by its own message functions. scripts/write-rules-doc.mjs
// writes it; tests/check/rules-doc.test.ts fails when the committed file differs from what this renders now.
import { RULES, type TableRule } from "./rules.js";
import * as attendance from "./rules/attendance.js";
import * as quorum from "./rules/quorum.js";
import * as votes from "./rules/votes.js";
import * as unanimity from "./rules/unanimity.js";
import * as proxies from "./rules/proxies.js";
import * as session from "./rules/session.js";
import * as ctes from "./rules/ctes.js";
import * as dates from "./rules/dates.js";
import * as elections from "./rules/elections.js";

/** A rule's family is the module of src/check/rules/ that defines it. */
const FAMILIES: ReadonlyArray<{ name: string; module: object }> = [
  { name: "attendance", module: attendance },
  { name: "quorum", module: quorum },
  { name: "votes", module: votes },
  { name: "unanimity", module: unanimity },
  { name: "proxies", module: proxies },
  { name: "session", module: session },
  { name: "@CTES, SIREN", module: ctes },
  { name: "dates", module: dates },
  { name: "elections", module: elections },
];

export function familyOf(rule: TableRule): string {
  const family = FAMILIES.find((f) => Object.values(f.module).includes(rule));
  if (family === undefined) throw new Error(`rule ${rule.id} is defined in no module of src/check/rules/ known to rules-doc.ts`);
  return family.name;
}

/** Text safe inside a Markdown table cell: one line, pipes and backslashes escaped, no HTML. */
function cell(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;");
}

/** A cell in italics: the emphasis characters inside it escaped so that they cannot close it early. */
function italic(text: string): string {
  return `*${cell(text).replace(/[*_]/g, "\\$&")}*`;
}

function row(rule: TableRule): string {
  const example = `${cell(rule.exampleMessage.fr)}<br>${italic(rule.exampleMessage.en)}`;
  return `| ${cell(familyOf(rule))} | \`${rule.id}\` | ${rule.severity} | ${cell(rule.legalSource)} | ${cell(rule.checks.en)} | ${example} |`;
}

/** The whole of docs/rules.md, ending with a newline. */
export function renderRulesDoc(): string {
  const lines = [
    "# Consistency rules",
    "",
    "<!-- Generated from src/check/rules.ts by `npm run rules-doc` (after `npx tsc -p .`): do not edit by hand. -->",
    "",
    `The consistency report runs these ${RULES.length} rules on every act. Each reads one act and reports what it finds`,
    "with the evidence of the values it used. A rule fires only on what the act states: a value that is not stated",
    "is never taken for zero, and a rule that lacks the values it needs says nothing.",
    "",
    "- **severity** is the rule's own; a finding may lower it. A contradiction between stated values is an error; when",
    "  one of the values is inferred (not read as such in the act) the finding is a warning at most. The column",
    "  \"what it checks\" says when a rule lowers its severity.",
    "- **legal source** is the one the finding cites, unless a more precise one applies (the COVID-19 law in force on",
    "  the session date, for instance).",
    "- **example message**: messages are in French by default and in English with `--lang en`. Both are shown,",
    "  the English one in italics, as the rule's own message functions render them on example values.",
    "",
    "| family | id | severity | legal source | what it checks | example message |",
    "|---|---|---|---|---|---|",
    ...RULES.map(row),
    "",
  ];
  return lines.join("\n");
}
