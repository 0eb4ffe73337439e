// ctg scdl-check FILE.csv as a user runs it, and ctg parse --format scdl's exit code when an act is left out.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCDL_HEADER } from "../../src/write/scdl.js";
import { SEED_TXT, ctg } from "./run.js";
import { tempDir } from "../batch/helpers.js";

const ROW =
  "Commune de Savas-Mépin,21380476800017,2022-29,2022-10-11,8.2,domaines de compétences par thèmes/aide sociale," +
  "CONVENTION TERRITORIALE GLOBALE (CTG),,,PREF038,2022-10-14,15,14,14,0,0,https://www.example.fr/d/a.txt\r\n";

function file(name: string, content: string | Buffer): string {
  const dir = tempDir("scdl");
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("ctg scdl-check", () => {
  it("exits 0 on a valid file and says so on stderr", async () => {
    const path = file("ok.csv", SCDL_HEADER + ROW);
    const r = await ctg(["scdl-check", path]);
    expect([r.code, r.stdout]).toEqual([0, ""]);
    expect(r.stderr).toBe(`ctg: ${path} : conforme au schéma SCDL Délibérations 2.1.5 et aux contrôles Validata (1 ligne)\n`);
  });

  it("prints one line per problem (row, column, cause) and exits 1", async () => {
    const bad = ROW.replace("2022-29,2022-10-11", ",2022-02-30").replace(",15,14,14,0,0,", ",,14,14,0,0,");
    const path = file("bad.csv", SCDL_HEADER + ROW + bad);
    const r = await ctg(["scdl-check", path]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").filter(Boolean)).toEqual([
      `${path} : ligne 3, DELIB_ID : valeur obligatoire manquante`,
      `${path} : ligne 3, DELIB_DATE : « 2022-02-30 » n'est pas une date AAAA-MM-JJ`,
      `${path} : ligne 3, VOTE_EFFECTIF : VOTE_EFFECTIF et VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION doivent être toutes remplies ou toutes vides`,
    ]);
    expect(r.stderr).toBe(`ctg: ${path} : 3 problème(s) sur 1 des 3 lignes (en-tête compris)\n`);
    const en = await ctg(["scdl-check", path, "--lang", "en"]);
    expect(en.stdout.split("\n")[0]).toBe(`${path}: row 3, DELIB_ID: required value missing`);
  });

  const unreadable: Array<[string, () => string, string]> = [
    ["a missing file", () => "/nonexistent/x.csv", "/nonexistent/x.csv : fichier introuvable"],
    ["a folder", () => tempDir("dir"), "est un dossier, pas un fichier CSV"],
    ["an empty file", () => file("empty.csv", ""), "fichier vide"],
    ["Latin-1 text", () => file("latin1.csv", Buffer.from("COLL_NOM\r\nSavas-M\xe9pin\r\n", "latin1")), "n'est pas encodé en UTF-8"],
    ["binary data", () => file("bin.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])), "données binaires"],
    ["an unterminated quote", () => file("quote.csv", SCDL_HEADER + '"Commune,21380476800017\r\n'), "CSV invalide : un champ entre guillemets ouvert ligne 2 n'est jamais fermé"],
  ];
  it.each(unreadable)("refuses %s in one line, exit 2", async (_name, make, expected) => {
    const r = await ctg(["scdl-check", make()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(expected);
  });
});

describe("ctg parse --format scdl", () => {
  it("exits 1 with the reason when the act's @CTES SIREN is not the configured authority's, 0 when it is", async () => {
    const dir = tempDir("parse-scdl");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "ctg.config.yaml"), 'collectivite:\n  nom: Commune de Savas-Mépin\n  siret: "21380476800017"\n');
    writeFileSync(join(dir, "corte.txt"), readFileSync(SEED_TXT, "utf8").replace(/213804768/g, "212000962"));
    const corte = await ctg(["parse", "corte.txt", "--format", "scdl", "--no-report"], { cwd: dir });
    expect(corte.code).toBe(1);
    expect(corte.stdout).toBe(SCDL_HEADER);
    expect(corte.stderr).toContain("corte.txt : acte 2022-29 : écarté : l'acte désigne");
    expect(corte.stderr).toContain("SIREN 212000962 (tampon @CTES), ctg.config.yaml donne Commune de Savas-Mépin (SIREN 213804768)");
    const savas = await ctg(["parse", SEED_TXT, "--format", "scdl", "--no-report"], { cwd: dir });
    expect(savas.code).toBe(0);
    expect(savas.stdout.split("\r\n")[1]).toMatch(/^Commune de Savas-Mépin,21380476800017,2022-29,2022-10-11,8\.2,/);
  });
});
