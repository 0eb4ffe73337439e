import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Report } from "../../src/schema/report.js";
import { ANSI, SEED_PDF, SEED_TXT, ctg, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

let quorum: string;
beforeAll(() => {
  const dir = tempDir();
  quorum = join(dir, "quorum.txt");
  // 3 present out of 15 in office: the quorum rule's error
  writeFileSync(quorum, readFileSync(SEED_TXT, "utf8").replace(/^Présents : 14$/m, "Présents : 3").replace(/^Absents : 1$/m, "Absents : 12"));
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
