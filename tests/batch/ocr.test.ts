// ctg batch over a folder holding a scan: OCR runs in the worker pool, its pages are counted in the progress,
// the record says which pages were read by OCR, and --ocr never leaves the scan unread with the way to read it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ctg } from "../cli/run.js";
import { ROOT, SEED_PDF, corpus, tempDir } from "./helpers.js";
import { defaultOcrJobs, OCR_MB_PER_READER } from "../../src/batch/run.js";

const SCAN = join(ROOT, "fixtures", "scan", "savas-mepin-2022-29.scan.pdf");
const MB = 1024 * 1024;

describe("ctg batch with scans", () => {
  it("reads the scan by OCR in a worker, counts its pages in the progress, and converts the text PDF beside it", async () => {
    const input = corpus({ "scan.pdf": { copy: SCAN }, "texte.pdf": { copy: SEED_PDF } });
    const out = tempDir("out");
    const run = await ctg(["batch", input, "-o", out, "-j", "2", "--ocr-jobs", "1"]);
    expect(run.code).toBe(0);
    const scan = JSON.parse(readFileSync(join(out, "scan.pdf.json"), "utf8"));
    const text = JSON.parse(readFileSync(join(out, "texte.pdf.json"), "utf8"));
    expect(scan.source.pages).toBe(4);
    expect(run.stderr).toMatch(/· 4 pages lues par OCR\n/);
    expect(scan.source.ocr.pages.map((p: { page: number }) => p.page)).toEqual([1, 2, 3, 4]);
    expect(text.source.ocr).toBeUndefined();
    expect(scan.acts[0].number).toBe(text.acts[0].number);
    expect(scan.acts[0].vote.for).toBe(text.acts[0].vote.for);
  }, 180_000);

  it("--ocr never: the scan is unreadable, with the way to read it; the text PDF is converted", async () => {
    const input = corpus({ "scan.pdf": { copy: SCAN }, "texte.pdf": { copy: SEED_PDF } });
    const out = tempDir("out");
    const run = await ctg(["batch", input, "-o", out, "--ocr", "never"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ctg: scan.pdf : aucune couche texte, probablement un document numérisé : relancer avec --ocr auto pour le lire par OCR\n");
    expect(run.stderr).not.toContain("OCR\n·");
  }, 60_000);

  it.each([["0"], ["1.5"], ["deux"]])("--ocr-jobs %s is a usage error", async (value) => {
    const run = await ctg(["batch", SEED_PDF, "-o", tempDir("out"), "--ocr-jobs", value]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(`ctg: valeur « ${value} » invalide pour --ocr-jobs (attendu : ≥ 1) (voir ctg batch --help)\n`);
  });

  it.each([
    ["8 workers, 16 GB free: one reader each", 8, 16 * 1024 * MB, 8],
    ["8 workers, 1 GB free: as many readers as 400 MB fit", 8, 1024 * MB, Math.floor(1024 / OCR_MB_PER_READER)],
    ["2 workers, 100 MB free: one reader still", 2, 100 * MB, 1],
  ])("default OCR readers: %s", (_name, jobs, free, expected) => {
    expect(defaultOcrJobs(jobs, free)).toBe(expected);
  });
});
