// Every kind of bad input: one line on stderr naming the file and the cause (French by default), exit 2,
// nothing on stdout, no stack trace, nothing written with --out. The bad PDFs are made here, in a temporary
// folder, from the good fixture and the fixture script's PDF writer.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript script without type declarations
import { badPdfs } from "../../scripts/make-pdf-fixture.mjs";
import { SEED_PDF, ctg, listDir, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

/** Deterministic pseudo-random bytes (xorshift), with NUL bytes as any binary file has. */
function noise(length: number, seed = 0x2022_0029): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  bytes[7] = 0;
  return bytes;
}

interface Case {
  name: string;
  file: string;
  fr: string;
  en: string;
}

let dir: string;
const cases: Case[] = [];

beforeAll(() => {
  dir = tempDir("ctg-bad-");
  const good = readFileSync(SEED_PDF);
  const made = badPdfs() as Record<string, Uint8Array>;
  const files: Record<string, Uint8Array | string> = {
    "vide.txt": "",
    "vide.pdf": "",
    "blancs.txt": "  \n\t\n   \r\n",
    "texte.pdf": "Délibération n° 2024-001 du conseil municipal\nCeci est du texte, pas un PDF.\n",
    "bruit.pdf": noise(4096),
    "tronque.pdf": good.subarray(0, Math.floor(good.length / 2)),
    "entete-seul.pdf": "%PDF-1.7\n",
    "chiffre.pdf": made["encrypted.pdf"]!,
    "scan.pdf": made["no-text-layer.pdf"]!,
    "donnees.bin": noise(4096, 7),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, "dossier.pdf"));
  const f = (name: string) => join(dir, name);
  cases.push(
    { name: "empty text file", file: f("vide.txt"), fr: "fichier vide", en: "empty file" },
    { name: "empty .pdf", file: f("vide.pdf"), fr: "fichier vide", en: "empty file" },
    { name: "text file of blanks", file: f("blancs.txt"), fr: "fichier vide", en: "empty file" },
    { name: "text in a .pdf", file: f("texte.pdf"), fr: "n'est pas un PDF (en-tête %PDF- absent)", en: "not a PDF (no %PDF- header)" },
    { name: "random bytes in a .pdf", file: f("bruit.pdf"), fr: "n'est pas un PDF (en-tête %PDF- absent)", en: "not a PDF (no %PDF- header)" },
    { name: "truncated PDF", file: f("tronque.pdf"), fr: "PDF tronqué ou endommagé", en: "truncated or damaged PDF" },
    { name: "PDF header only", file: f("entete-seul.pdf"), fr: "PDF tronqué ou endommagé", en: "truncated or damaged PDF" },
    { name: "encrypted PDF", file: f("chiffre.pdf"), fr: "PDF chiffré (protégé par un mot de passe)", en: "encrypted PDF (password protected)" },
    {
      name: "PDF without text layer",
      file: f("scan.pdf"),
      fr: "aucune couche texte, et l'OCR n'y a lu aucun texte (page blanche, dessin ou image illisible)",
      en: "no text layer, and OCR read no text in it (blank page, drawing or unreadable image)",
    },
    { name: "binary data", file: f("donnees.bin"), fr: "données binaires : ni un PDF ni un texte", en: "binary data: neither a PDF nor text" },
    { name: "missing file", file: f("absent.pdf"), fr: "fichier introuvable", en: "file not found" },
    { name: "a directory", file: f("dossier.pdf"), fr: "n'est pas un fichier (c'est un dossier ?)", en: "not a file (a directory?)" },
  );
});

describe("ctg parse on bad input", () => {
  it("has every case ready", () => {
    expect(cases).toHaveLength(12);
  });

  it.each([
    "empty text file", "empty .pdf", "text file of blanks", "text in a .pdf", "random bytes in a .pdf", "truncated PDF",
    "PDF header only", "encrypted PDF", "PDF without text layer", "binary data", "missing file", "a directory",
  ])("%s: one French line, exit 2, nothing on stdout, nothing written with --out", async (name) => {
    const c = cases.find((x) => x.name === name)!;
    const outDir = tempDir("ctg-out-");
    const out = join(outDir, "record.json");
    const run = await ctg(["parse", c.file, "--out", out]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: `ctg: ${c.file} : ${c.fr}\n` });
    expect(listDir(outDir)).toEqual([]);
  });

  it.each(["empty text file", "truncated PDF", "encrypted PDF", "PDF without text layer", "binary data", "missing file", "a directory"])(
    "%s: in English with --lang en",
    async (name) => {
      const c = cases.find((x) => x.name === name)!;
      const run = await ctg(["parse", "--lang", "en", c.file]);
      expect(run).toEqual({ code: 2, stdout: "", stderr: `ctg: ${c.file}: ${c.en}\n` });
    },
  );

  it("PDF without text layer under --ocr never: the line says how to read it", async () => {
    const c = cases.find((x) => x.name === "PDF without text layer")!;
    expect(await ctg(["parse", "--ocr", "never", c.file])).toEqual({
      code: 2,
      stdout: "",
      stderr: `ctg: ${c.file} : aucune couche texte, probablement un document numérisé : relancer avec --ocr auto pour le lire par OCR\n`,
    });
    expect((await ctg(["parse", "--ocr=never", "--lang", "en", c.file])).stderr).toBe(
      `ctg: ${c.file}: no text layer, probably a scan: run again with --ocr auto to read it by OCR\n`,
    );
  });

  it("an --ocr mode ctg does not know is a usage error", async () => {
    expect(await ctg(["parse", "--ocr", "parfois", SEED_PDF])).toEqual({
      code: 2,
      stdout: "",
      stderr: "ctg: valeur « parfois » invalide pour --ocr (attendu : auto, always, never) (voir ctg parse --help)\n",
    });
  });

  it("empty standard input is named as such", async () => {
    const run = await ctg(["parse", "-"], { input: "" });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "ctg: entrée standard : fichier vide\n" });
  });

  it("an encrypted PDF on standard input", async () => {
    const run = await ctg(["parse", "-", "--lang=en"], { input: readFileSync(join(dir, "chiffre.pdf")) });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "ctg: standard input: encrypted PDF (password protected)\n" });
  });
});

describe("ctg check on bad input", () => {
  it("reports each bad file in one line, still checks the good ones, exit 2", async () => {
    const files = ["tronque.pdf", "chiffre.pdf", "scan.pdf", "absent.pdf"].map((n) => join(dir, n));
    const run = await ctg(["check", files[0]!, SEED_PDF, ...files.slice(1)]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      `ctg: ${files[0]} : PDF tronqué ou endommagé`,
      `ctg: ${files[1]} : PDF chiffré (protégé par un mot de passe)`,
      `ctg: ${files[2]} : aucune couche texte, et l'OCR n'y a lu aucun texte (page blanche, dessin ou image illisible)`,
      `ctg: ${files[3]} : fichier introuvable`,
      "",
    ]);
    expect(run.stdout).toBe(`${SEED_PDF} : 1 acte, aucune remarque\n`);
  });

  it("json output holds the readable files' reports only", async () => {
    const run = await ctg(["check", "--format", "json", join(dir, "vide.txt"), SEED_PDF]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ctg: ${join(dir, "vide.txt")} : fichier vide\n`);
    const parsed = JSON.parse(run.stdout) as { reports: Array<{ path: string }> };
    expect(parsed.reports.map((r) => r.path)).toEqual([SEED_PDF]);
  });
});
