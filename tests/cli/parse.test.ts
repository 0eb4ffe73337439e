import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CtgDocument } from "../../src/schema/record.js";
import { ANSI, SEED_PDF, SEED_TXT, ctg, listDir, removeTempDirs, tempDir, type Run } from "./run.js";

afterAll(removeTempDirs);

/** The seed with counts that break the quorum: the report has an error, parse must still exit 0. */
function quorumBroken(): string {
  return readFileSync(SEED_TXT, "utf8").replace(/^Présents : 14$/m, "Présents : 3").replace(/^Absents : 1$/m, "Absents : 12");
}

describe("ctg parse FILE", () => {
  let json: Run;
  beforeAll(async () => {
    json = await ctg(["parse", SEED_TXT]);
  });

  it("prints the record as 2-space JSON on stdout, valid against the zod schema, and exits 0", () => {
    expect(json.code).toBe(0);
    expect(json.stdout.startsWith('{\n  "schemaVersion": "1.0.0",\n')).toBe(true);
    const doc = CtgDocument.parse(JSON.parse(json.stdout));
    expect(doc.source).toMatchObject({ path: SEED_TXT, mediaType: "text/plain", pages: 1 });
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("prints the report, and only the report, on stderr, plain on a pipe", () => {
    expect(json.stderr).toBe(`${SEED_TXT} : 1 acte, aucune remarque\n`);
    expect(json.stderr).not.toMatch(ANSI);
  });

  it("--format yaml parses back to the same object as the JSON", async () => {
    const yaml = await ctg(["parse", SEED_TXT, "--format", "yaml"]);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).not.toContain("{\n");
    expect(parseYaml(yaml.stdout)).toEqual(JSON.parse(json.stdout));
    // YAML 1.1 readers would take 2022-10-11 for a date: strings that look like dates are quoted
    expect(yaml.stdout).toContain('department: "38"');
  });

  it("reads the PDF fixture to the same acts as the text it was made from", async () => {
    const pdf = await ctg(["parse", SEED_PDF, "--no-report"]);
    expect(pdf.code).toBe(0);
    expect(pdf.stderr).toBe("");
    const doc = CtgDocument.parse(JSON.parse(pdf.stdout));
    expect(doc.source).toMatchObject({ mediaType: "application/pdf", pages: 4 });
    const fromText = CtgDocument.parse(JSON.parse(json.stdout));
    expect(doc.acts.map((a) => [a.number, a.sessionDate, a.attendance.inOffice])).toEqual(
      fromText.acts.map((a) => [a.number, a.sessionDate, a.attendance.inOffice]),
    );
  });

  it("- reads standard input", async () => {
    const stdin = await ctg(["parse", "-"], { input: readFileSync(SEED_TXT) });
    expect(stdin.code).toBe(0);
    const doc = CtgDocument.parse(JSON.parse(stdin.stdout));
    expect(doc.source.path).toBe("-");
    expect(doc.source.sha256).toBe(JSON.parse(json.stdout).source.sha256);
    expect(stdin.stderr).toBe("entrée standard : 1 acte, aucune remarque\n");
  });

  it("- reads a PDF from standard input", async () => {
    const stdin = await ctg(["parse", "-", "--no-report"], { input: readFileSync(SEED_PDF) });
    expect(stdin.code).toBe(0);
    expect(JSON.parse(stdin.stdout).source).toMatchObject({ path: "-", mediaType: "application/pdf", pages: 4 });
  });

  it("exits 0 even when the report has an error (parse is not a gate)", async () => {
    const dir = tempDir();
    const file = join(dir, "quorum.txt");
    writeFileSync(file, quorumBroken());
    const run = await ctg(["parse", file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).acts[0].attendance.present).toBe(3);
    expect(run.stderr.split("\n")[0]).toBe(`${file} : 1 acte ; 1 erreur, 1 avertissement, 0 info`);
    expect(run.stderr).toMatch(/^ {2}erreur +QUORUM {2}acte n° 2022-29 : Quorum non atteint/m);
  });

  it("--lang en puts the report in English", async () => {
    const dir = tempDir();
    const file = join(dir, "quorum.txt");
    writeFileSync(file, quorumBroken());
    const run = await ctg(["parse", file, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n")[0]).toBe(`${file}: 1 act; 1 error, 1 warning, 0 infos`);
    expect(run.stderr).toMatch(/^ {2}error +QUORUM {2}act 2022-29: Quorum not reached/m);
  });

  it("--no-report leaves stderr empty", async () => {
    const run = await ctg(["parse", SEED_TXT, "--no-report"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(json.stdout);
  });
});

describe("ctg parse --out", () => {
  it("writes the file, nothing on stdout, no temporary file left", async () => {
    const dir = tempDir();
    const out = join(dir, "record.json");
    const run = await ctg(["parse", SEED_TXT, "--out", out, "--no-report"]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(listDir(dir)).toEqual(["record.json"]);
    const direct = await ctg(["parse", SEED_TXT, "--no-report"]);
    expect(readFileSync(out, "utf8")).toBe(direct.stdout);
  });

  it("replaces an existing file whole", async () => {
    const dir = tempDir();
    const out = join(dir, "record.yaml");
    writeFileSync(out, "old content that is longer than nothing\n".repeat(2000));
    const run = await ctg(["parse", SEED_TXT, "-o", out, "-f", "yaml", "--no-report"]);
    expect(run.code).toBe(0);
    expect(parseYaml(readFileSync(out, "utf8")).schemaVersion).toBe("1.0.0");
    expect(listDir(dir)).toEqual(["record.yaml"]);
  });

  it("an unwritable target: one line, exit 2, nothing left behind", async () => {
    const dir = tempDir();
    const missing = join(dir, "no-such-folder", "record.json");
    const run = await ctg(["parse", SEED_TXT, "--out", missing]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: `ctg: impossible d'écrire ${missing} : dossier introuvable\n` });
    expect(listDir(dir)).toEqual([]);
  });

  it("a directory as target: exit 2, the temporary file removed", async () => {
    const dir = tempDir();
    const run = await ctg(["parse", SEED_TXT, "--out", dir, "--lang", "en"]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: `ctg: cannot write ${dir}: is a directory\n` });
    expect(listDir(dir)).toEqual([]);
  });

  it("bad input leaves an existing target untouched", async () => {
    const dir = tempDir();
    const out = join(dir, "record.json");
    writeFileSync(out, "previous\n");
    const run = await ctg(["parse", join(dir, "missing.pdf"), "--out", out]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("previous\n");
    expect(listDir(dir)).toEqual(["record.json"]);
  });
});
