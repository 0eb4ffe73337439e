import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Report } from "../../src/schema/report.js";
import { ANSI, SEED_PDF, SEED_TXT, ctg, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

let quorum: string;
let warnings: string;
let info: string;
let chat: string;
beforeAll(() => {
  const dir = tempDir();
  const seed = readFileSync(SEED_TXT, "utf8");
  quorum = join(dir, "quorum.txt");
  // 3 present out of 15 in office: the quorum rule's error
  writeFileSync(quorum, seed.replace(/^Présents : 14$/m, "Présents : 3").replace(/^Absents : 1$/m, "Absents : 12"));
  // 13 present + 1 absent for 15 in office, 14 names: two warnings, no error
  warnings = join(dir, "warnings.txt");
  writeFileSync(warnings, seed.replace(/^Présents : 14$/m, "Présents : 13"));
  // no number in office, no proxy count: the quorum cannot be decided (one info)
  info = join(dir, "info.txt");
  writeFileSync(info, seed.replace(/^En exercice : 15\n/m, ""));
  chat = join(dir, "chat.txt");
  writeFileSync(chat, "Le chat est sur le tapis.\n");
});

/** Counts keys named "severity" whose value is "error", at any depth (what the external scorer does). */
function severityErrors(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + severityErrors(v), 0);
  if (value && typeof value === "object") {
    return Object.entries(value).reduce((n, [k, v]) => n + (k === "severity" && v === "error" ? 1 : 0) + severityErrors(v), 0);
  }
  return 0;
}

describe("ctg check", () => {
  it("a text with nothing of a deliberation: one line « aucune délibération reconnue », exit 2, the other files still checked", async () => {
    const chat = join(tempDir(), "chat.txt");
    writeFileSync(chat, "Le chat est sur le tapis.\n");
    const run = await ctg(["check", chat, SEED_TXT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ctg: ${chat} : aucune délibération reconnue (ni numéro, ni titre, ni date de séance, ni présences, ni vote, ni décision, ni tampon)\n`);
    expect(run.stdout).toContain("1 acte, aucune remarque");
    const en = await ctg(["check", "--lang", "en", chat]);
    expect(en).toEqual({ code: 2, stdout: expect.any(String), stderr: `ctg: ${chat}: no deliberation recognised (no number, title, session date, attendance, vote, decision or stamp)\n` });
  });

  it("--format junit --fail-on warning: the failures the exit code stands for, and the unreadable file in <error>", async () => {
    const chat = join(tempDir(), "chat.txt");
    writeFileSync(chat, "Le chat est sur le tapis.\n");
    const run = await ctg(["check", "--format", "junit", "--fail-on", "warning", quorum, chat]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/<testsuites name="ctg check" tests="2" failures="1" errors="1">/);
    expect(run.stdout).toContain(`<error type="no-deliberation" message="${chat} : aucune délibération reconnue`);
    const github = await ctg(["check", "--format", "github", quorum, chat]);
    expect(github.stdout.split("\n")[0]).toBe(`::error file=${chat},title=no-deliberation::${chat} : aucune délibération reconnue (ni numéro, ni titre, ni date de séance, ni présences, ni vote, ni décision, ni tampon)`);
    expect(github.stdout).not.toContain("::notice");
  });

  it("exit 0 and a one-line report when nothing is wrong", async () => {
    const run = await ctg(["check", SEED_TXT]);
    expect(run).toEqual({ code: 0, stdout: `${SEED_TXT} : 1 acte, aucune remarque\n`, stderr: "" });
  });

  it("exit 1 when a finding is an error; the report on stdout, plain on a pipe", async () => {
    const run = await ctg(["check", quorum]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`${quorum} : 1 acte ; 1 erreur, 1 avertissement, 0 info`);
    expect(lines[1]).toMatch(/^ {2}erreur {9}QUORUM {2}acte n° 2022-29 : Quorum non atteint : 3 présents pour 15 membres en exercice/);
    expect(lines).toContain("      p. 1, l. 23 : « Présents : 3 »");
    expect(run.stdout).not.toMatch(ANSI);
  });

  it("several files: one summary each and a total; exit 1 if any has an error", async () => {
    const run = await ctg(["check", SEED_TXT, quorum, SEED_PDF]);
    expect(run.code).toBe(1);
    const summaries = run.stdout.split("\n").filter((l) => !l.startsWith(" ") && l !== "");
    expect(summaries).toEqual([
      `${SEED_TXT} : 1 acte, aucune remarque`,
      `${quorum} : 1 acte ; 1 erreur, 1 avertissement, 0 info`,
      `${SEED_PDF} : 1 acte, aucune remarque`,
      "Total : 3 fichiers ; 1 erreur, 1 avertissement, 0 info",
    ]);
  });

  it("--format json: { reports } valid against the Report schema, every finding with its severity", async () => {
    const run = await ctg(["check", "--format", "json", SEED_TXT, quorum]);
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout) as { reports: unknown[] };
    expect(Object.keys(parsed)).toEqual(["reports"]);
    const reports = parsed.reports.map((r) => Report.parse(r));
    expect(reports.map((r) => [r.path, r.acts, r.counts.error])).toEqual([
      [SEED_TXT, 1, 0],
      [quorum, 1, 1],
    ]);
    expect(reports[1]!.findings.find((f) => f.rule === "QUORUM")).toMatchObject({ severity: "error", act: 0, actNumber: "2022-29" });
    expect(severityErrors(parsed)).toBe(1);
  });

  it("--lang en", async () => {
    const run = await ctg(["check", quorum, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe(`${quorum}: 1 act; 1 error, 1 warning, 0 infos`);
    expect(run.stdout).toContain('      p. 1, l. 23: "Présents : 3"');
  });

  it("- reads standard input", async () => {
    const run = await ctg(["check", "-"], { input: readFileSync(quorum) });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe("entrée standard : 1 acte ; 1 erreur, 1 avertissement, 0 info");
  });
});

describe("command line errors", () => {
  it.each([
    [["check"], "ctg: argument manquant : fichiers (voir ctg check --help)"],
    [["parse"], "ctg: argument manquant : fichier (voir ctg parse --help)"],
    [["parse", SEED_TXT, "other.txt"], "ctg: trop d'arguments (voir ctg parse --help)"],
    [["parse", "--frobnicate", SEED_TXT], "ctg: option inconnue : --frobnicate (voir ctg parse --help)"],
    [["parse", SEED_TXT, "--format", "xml"], "ctg: valeur « xml » invalide pour --format (attendu : json, yaml, scdl) (voir ctg parse --help)"],
    [["parse", SEED_TXT, "--out"], "ctg: valeur manquante pour l'option --out (voir ctg parse --help)"],
    [["check", "-", "-"], "ctg: l'entrée standard (-) ne peut être lue qu'une fois (voir ctg check --help)"],
    [["parse", SEED_TXT, "--lang", "de"], "ctg: valeur « de » invalide pour --lang (attendu : fr, en) (voir ctg parse --help)"],
    [["compile", SEED_TXT], "ctg: commande inconnue : compile (voir ctg --help)"],
    [["check", "--lang", "en", "--format", "xml", SEED_TXT], /^ctg: invalid value "xml" for --format \(expected: text, json, .*\) \(see ctg check --help\)$/],
  ] as const)("%j: one line, exit 2", async (args, line) => {
    const run = await ctg(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n");
    expect(lines).toHaveLength(2);
    if (typeof line === "string") expect(lines[0]).toBe(line);
    else expect(lines[0]).toMatch(line);
  });

  it("--help in French by default, in English with --lang en, exit 0 on stdout", async () => {
    const fr = await ctg(["parse", "--help"]);
    expect(fr.code).toBe(0);
    expect(fr.stdout.split("\n")[0]).toBe("Utilisation : ctg parse [options] <fichier>");
    expect(fr.stdout).toContain("--no-report");
    const en = await ctg(["--lang", "en", "--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout.split("\n")[0]).toBe("Usage: ctg [options] [command]");
    expect(en.stdout).toMatch(/^ {2}check \[options\] <files\.\.\.> +checks the consistency/m);
  });

  it("--version prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await ctg(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });
});

const NO_DELIBERATION = "aucune délibération reconnue (ni numéro, ni titre, ni date de séance, ni présences, ni vote, ni décision, ni tampon)";

describe("ctg check: CI reporters", () => {
  it.each([
    ["text", 0, 1],
    ["json", 0, 1],
    ["github", 0, 1],
    ["junit", 0, 1],
    ["sarif", 0, 1],
  ] as const)("--format %s: --fail-on decides the exit code (warnings only: %i by default, %i with --fail-on warning)", async (format, byDefault, onWarning) => {
    expect((await ctg(["check", "--format", format, warnings])).code).toBe(byDefault);
    expect((await ctg(["check", "--format", format, "--fail-on", "warning", warnings])).code).toBe(onWarning);
  });

  it("--format junit --fail-on warning: exit 1 and the warnings written as the act's one failure", async () => {
    const run = await ctg(["check", "--format", "junit", "--fail-on", "warning", warnings]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<testsuites name="ctg check" tests="1" failures="1" errors="0">');
    expect(run.stdout).toContain('<failure type="ATTENDANCE_SUM PRESENT_NAMES_COUNT" message="2 : ATTENDANCE_SUM, PRESENT_NAMES_COUNT">');
    // without the gate at warning, the same findings are no failure
    const lenient = await ctg(["check", "--format", "junit", warnings]);
    expect(lenient.stdout).toContain('tests="1" failures="0" errors="0"');
    expect(lenient.stdout).toContain("<system-out>[warning] ATTENDANCE_SUM");
  });

  it.each([
    ["json", (out: string) => expect((JSON.parse(out) as { unreadable: unknown }).unreadable).toEqual([{ path: chat, code: "no-deliberation", message: `${chat} : ${NO_DELIBERATION}`, severity: "error" }])],
    ["junit", (out: string) => expect(out).toContain(`<error type="no-deliberation" message="${chat} : ${NO_DELIBERATION}"/>`)],
    ["github", (out: string) => expect(out.split("\n")[0]).toBe(`::error file=${chat},title=no-deliberation::${chat} : ${NO_DELIBERATION}`)],
    ["sarif", (out: string) => {
      const run = (JSON.parse(out) as { runs: Array<{ invocations: Array<{ toolExecutionNotifications: unknown[] }>; results: Array<{ ruleId: string; level: string; message: { text: string } }> }> }).runs[0]!;
      expect(run.invocations[0]!.toolExecutionNotifications).toEqual([expect.objectContaining({ level: "error", message: { text: `${chat} : ${NO_DELIBERATION}` } })]);
      expect(run.results.find((r) => r.ruleId === "UNREADABLE")).toMatchObject({ level: "error", message: { text: `${chat} : ${NO_DELIBERATION}` } });
    }],
    ["text", (out: string) => expect(out).toBe(`${SEED_TXT} : 1 acte, aucune remarque\n`)],
  ] as const)("« Le chat est sur le tapis. » beside a good act, --format %s: exit 2, one line on stderr, an error entry", async (format, check) => {
    const run = await ctg(["check", "--format", format, chat, SEED_TXT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ctg: ${chat} : ${NO_DELIBERATION}\n`);
    check(run.stdout);
  });

  it("a missing file is an unreadable entry too (exit 2), and an error elsewhere does not hide it", async () => {
    const missing = join(tempDir(), "absent.pdf");
    const run = await ctg(["check", "--format", "json", missing, quorum]);
    expect(run.code).toBe(2);
    const parsed = JSON.parse(run.stdout) as { reports: unknown[]; unreadable: Array<{ path: string; severity: string }> };
    expect(parsed.unreadable.map((u) => [u.path, u.severity])).toEqual([[missing, "error"]]);
    expect(parsed.reports).toHaveLength(1);
  });

  it("--min-severity: github hides the info findings unless asked, json and sarif show them unless told", async () => {
    expect((await ctg(["check", "--format", "github", info])).stdout).toBe("");
    expect((await ctg(["check", "--format", "github", "--min-severity", "info", info])).stdout).toMatch(/^::notice file=.*info\.txt,line=22,title=QUORUM_UNKNOWN::acte 2022-29 : Quorum non vérifiable/);
    const json = (args: string[]) => ctg(["check", "--format", "json", ...args, info]).then((r) => (JSON.parse(r.stdout) as { reports: Array<{ findings: unknown[] }> }).reports[0]!.findings.length);
    expect(await json([])).toBe(1);
    expect(await json(["--min-severity", "warning"])).toBe(0);
    const sarif = await ctg(["check", "--format", "sarif", "--min-severity", "warning", info, quorum]);
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string }> }> }).runs[0]!.results;
    expect(results.map((r) => r.ruleId)).toEqual(["QUORUM", "PRESENT_NAMES_COUNT"]);
    // text: the lines below the floor left out, the summary line still counts them
    const text = await ctg(["check", "--min-severity", "warning", info, quorum]);
    expect(text.stdout.split("\n").filter((l) => /^ {2}\S/.test(l)).map((l) => l.split(/\s+/)[2])).toEqual(["QUORUM", "PRESENT_NAMES_COUNT"]);
    expect(text.stdout).toContain(`${info} : 1 acte ; 0 erreur, 0 avertissement, 1 info`);
    const bad = await ctg(["check", "--min-severity", "notice", info]);
    expect(bad.code).toBe(2);
  });

  it("--format sarif: the findings of the act located on their line, relative to the working directory", async () => {
    const run = await ctg(["check", "--format", "sarif", quorum], { cwd: dirname(quorum) });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { version: string; runs: Array<{ tool: { driver: { name: string } }; results: Array<{ ruleId: string; level: string; locations: unknown[] }> }> };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.results[0]).toMatchObject({
      ruleId: "QUORUM",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "quorum.txt", uriBaseId: "%SRCROOT%" }, region: { startLine: 23 } } }],
    });
  });
});

describe("ctg check --config: rules switched off or re-graded (regles)", () => {
  let config: string;
  beforeAll(() => {
    config = join(tempDir(), "ctg.config.yaml");
    writeFileSync(config, [
      "regles:",
      '  PRESENT_NAMES_COUNT: { niveau: off, raison: "listes de présence tenues à part" }',
      '  QUORUM: { niveau: warning, raison: "séance sous régime dérogatoire" }',
      "",
    ].join("\n"));
  });

  it("text: no finding of the rule off, the re-graded one with its reason, the rules off said once", async () => {
    const run = await ctg(["check", "--config", config, quorum, quorum]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`${quorum} : 1 acte ; 0 erreur, 1 avertissement, 0 info`);
    expect(lines[1]).toMatch(/^ {2}avertissement {2}QUORUM {2}acte n° 2022-29 : Quorum non atteint/);
    expect(lines[2]).toBe("      niveau changé par la configuration : erreur → avertissement (séance sous régime dérogatoire)");
    expect(run.stdout).not.toContain("PRESENT_NAMES_COUNT  ");
    expect(lines.filter((l) => l.startsWith("Règles désactivées"))).toEqual(["Règles désactivées par la configuration : PRESENT_NAMES_COUNT (listes de présence tenues à part)"]);
    expect((await ctg(["check", "--config", config, "--fail-on", "warning", quorum])).code).toBe(1);
  });

  it("json: regraded on the finding, rulesOff once at the top", async () => {
    const run = await ctg(["check", "--format", "json", "--config", config, quorum, quorum]);
    const parsed = JSON.parse(run.stdout) as { reports: Array<{ findings: Array<{ rule: string; severity: string; regraded?: unknown }> }>; rulesOff: unknown };
    expect(parsed.rulesOff).toEqual([{ rule: "PRESENT_NAMES_COUNT", reason: "listes de présence tenues à part" }]);
    expect(parsed.reports[0]!.findings).toEqual([expect.objectContaining({ rule: "QUORUM", severity: "warning", regraded: { from: "error", reason: "séance sous régime dérogatoire" } })]);
    expect(Object.keys(parsed.reports[0]!)).not.toContain("rulesOff");
  });

  it("the nearest ctg.config.yaml is read without --config; ctg parse applies it to its report on stderr", async () => {
    const dir = dirname(config);
    const run = await ctg(["check", quorum], { cwd: dir });
    expect(run.stdout).toContain("Règles désactivées par la configuration : PRESENT_NAMES_COUNT");
    const parse = await ctg(["parse", quorum, "--lang", "en"], { cwd: dir });
    expect(parse.code).toBe(0);
    expect(parse.stderr).toContain("      level changed by the configuration: error → warning (séance sous régime dérogatoire)");
    expect(parse.stderr).toContain("Rules switched off by the configuration: PRESENT_NAMES_COUNT (listes de présence tenues à part)");
  });

  it("an unknown rule id: one line naming the file, exit 2, nothing checked", async () => {
    const bad = join(tempDir(), "ctg.config.yaml");
    writeFileSync(bad, 'regles:\n  QUORUM_UNKOWN: { niveau: off, raison: "faute de frappe" }\n');
    for (const args of [["check", "--config", bad, quorum], ["parse", "--config", bad, quorum]]) {
      const run = await ctg(args);
      expect(run).toEqual({ code: 2, stdout: "", stderr: `ctg: ${bad} : regles.QUORUM_UNKOWN : aucune règle ne porte cet identifiant (liste des règles : docs/rules.md, ex. QUORUM_UNKNOWN)\n` });
    }
  });
});

const CORPUS = resolve("../shared/corpus");
const corpus = existsSync(CORPUS);
if (!corpus) console.warn(`ctg check corpus tests skipped: ${CORPUS} is absent`);

describe.skipIf(!corpus)("ctg check on the minutes of ../shared/corpus", () => {
  it("Corte, 8 April 2024 (dev-005): 15 acts, no QUORUM_UNKNOWN (20 present + 5 represented + 4 absent decide the quorum)", async () => {
    const run = await ctg(["check", join(CORPUS, "dev-005.txt")]);
    expect(run).toMatchObject({ code: 0, stdout: `${join(CORPUS, "dev-005.txt")} : 15 actes, aucune remarque\n` });
  });

  it("Flaux, 17 November 2023 (dev-014): the stamp's date, one line for acts 1, 4, 5; one annotation", async () => {
    const file = join(CORPUS, "dev-014.txt");
    const text = await ctg(["check", file]);
    expect(text.stdout.split("\n").filter((l) => l.includes("CTES_DATE_SESSION"))).toEqual([
      expect.stringMatching(/^ {2}avertissement {2}CTES_DATE_SESSION {2}actes n° 1, 4, 5 : /),
    ]);
    const github = await ctg(["check", "--format", "github", file]);
    expect(github.stdout.split("\n").filter((l) => l.includes("title=CTES_DATE_SESSION"))).toEqual([expect.stringMatching(/::actes n° 1, 4, 5 : /)]);
  });
});
