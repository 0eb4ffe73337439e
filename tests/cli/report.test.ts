// ctg report and ctg batch --report html, run as a user would (node bin/ctg.js).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ctg, FIXTURES, listDir, removeTempDirs, SEED_PDF, SEED_TXT, tempDir } from "./run.js";
import { hostileSeed, textOf } from "../write/html/documents.js";

afterAll(removeTempDirs);

describe("ctg report", () => {
  it("writes the page to --out, atomically, and nothing on stdout", async () => {
    const dir = tempDir();
    const out = join(dir, "rapport.html");
    const run = await ctg(["report", SEED_TXT, "--out", out]);
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(textOf(html)).toContain("Acte n° 2022-29 aucune remarque CONVENTION TERRITORIALE GLOBALE (CTG)");
    expect(listDir(dir)).toEqual(["rapport.html"]);
  });

  it("writes the page on stdout without --out, in English with --lang en", async () => {
    const run = await ctg(["report", SEED_PDF, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(textOf(run.stdout)).toContain("Act no. 2022-29 no finding CONVENTION TERRITORIALE GLOBALE (CTG)");
    expect(textOf(run.stdout)).toContain("1 act · 4 pages");
  });

  it("names an unreadable file in one line and in the page, reports the others, exit 2", async () => {
    const dir = tempDir();
    const out = join(dir, "rapport.html");
    const missing = join(dir, "absent.pdf");
    const run = await ctg(["report", missing, SEED_TXT, join(FIXTURES, "bad", "encrypted.pdf"), "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([`ctg: ${missing} : fichier introuvable`, expect.stringMatching(/^ctg: .*encrypted\.pdf : PDF chiffré/)]);
    const text = textOf(readFileSync(out, "utf8"));
    expect(text).toContain(`Fichiers illisibles Ces fichiers n'ont pas pu être lus ; ils ne figurent pas dans le rapport. ${missing} : fichier introuvable`);
    expect(text).toContain("3 fichiers · 1 acte");
  });

  it("refuses an --out that is one of the inputs, and leaves it untouched", async () => {
    const dir = tempDir();
    const input = join(dir, "acte.txt");
    writeFileSync(input, hostileSeed());
    const run = await ctg(["report", input, "--out", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ctg: .*acte\.txt.*\n$/);
    expect(readFileSync(input, "utf8")).toBe(hostileSeed());
  });

  it("applies the rules ctg.config.yaml switches off or re-grades, and says so in the page", async () => {
    const dir = tempDir();
    const input = join(dir, "acte.txt");
    writeFileSync(input, hostileSeed());
    writeFileSync(
      join(dir, "ctg.config.yaml"),
      'regles:\n  PRESENT_NAMES_COUNT: { niveau: off, raison: "listes tenues à part" }\n  PRESENT_EXCEEDS_IN_OFFICE: { niveau: warning, raison: "effectif en cours de révision" }\n',
    );
    const run = await ctg(["report", "acte.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    const text = textOf(run.stdout);
    expect(text).toContain("Avertissements (1) Plus de présents que de membres en exercice : 16 présents pour 15 membres en exercice.");
    expect(text).toContain("niveau changé par la configuration : erreur → avertissement (effectif en cours de révision)");
    expect(text).toContain("Règles désactivées par la configuration : PRESENT_NAMES_COUNT (listes tenues à part)");
    expect(text).not.toContain("La liste des présents compte");
  });

  it("says in one line that the page cannot be written (a folder that does not exist), exit 2", async () => {
    const run = await ctg(["report", SEED_TXT, "--out", "/nonexistent-ctg-dir/rapport.html"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ctg: impossible d'écrire \/nonexistent-ctg-dir\/rapport\.html : [^\n]+\n$/);
    expect(run.stdout).toBe("");
  });
});

describe("ctg batch --report html", () => {
  it("writes OUT/rapport.html from the records it wrote: a summary of the folder, then a section per act", async () => {
    const input = tempDir();
    const out = join(tempDir(), "sortie");
    writeFileSync(join(input, "seed.txt"), readFileSync(SEED_TXT));
    writeFileSync(join(input, "hostile.txt"), hostileSeed());
    writeFileSync(join(input, "vide.txt"), "bonjour\n");
    const run = await ctg(["batch", input, "--out", out, "--report", "html", "--jobs", "1"]);
    expect(run.code).toBe(2); // vide.txt holds no deliberation
    expect(run.stderr).toContain(`rapport HTML : ${join(out, "rapport.html")}`);
    const html = readFileSync(join(out, "rapport.html"), "utf8");
    expect(html).toContain('<a href="#d1">hostile.txt</a><br><span class="ref"><a href="#d1-a1">2022-29</a></span></td><td class="n">1</td><td class="n">1</td><td class="n">1</td><td class="n">0</td>');
    expect(html).toContain('<a href="#d2">seed.txt</a><br><span class="ref"><a href="#d2-a1">2022-29</a></span></td><td class="n">1</td><td class="n">0</td><td class="n">0</td><td class="n">0</td>');
    // the act with findings is open, the clean one folded
    expect(html).toContain('<details class="act" id="d1-a1" open>');
    expect(html).toContain('<details class="act" id="d2-a1"><summary>');
    expect(html).toContain("<blockquote>Présents : <mark>16</mark></blockquote>");
    expect(textOf(html)).toContain("vide.txt : aucune délibération reconnue");

    // a second run converts nothing and builds the page again from the records in --out (edited here)
    const record = join(out, "seed.txt.json");
    writeFileSync(record, readFileSync(record, "utf8").replace('"title": "CONVENTION TERRITORIALE GLOBALE (CTG)"', '"title": "TITRE LU DANS LA SORTIE"'));
    const again = await ctg(["batch", input, "--out", out, "--report", "html", "--jobs", "1"]);
    expect(again.stderr).toContain("(0 convertis, 3 inchangés)");
    expect(textOf(readFileSync(join(out, "rapport.html"), "utf8"))).toContain("Acte n° 2022-29 aucune remarque TITRE LU DANS LA SORTIE");
  });

  it("refuses a report it cannot make, before converting anything", async () => {
    const out = join(tempDir(), "sortie");
    const bad = await ctg(["batch", SEED_TXT, "--out", out, "--report", "pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split("\n")[0]).toMatch(/^ctg: .*« pdf ».*--report/);
    const ndjson = await ctg(["batch", SEED_TXT, "--out", out, "--format", "ndjson", "--report", "html"]);
    expect(ndjson.code).toBe(2);
    expect(ndjson.stderr).toMatch(/^ctg: --report html lit les enregistrements écrits dans --out : impossible avec --format ndjson/);
    expect(existsSync(out)).toBe(false);
  });
});
