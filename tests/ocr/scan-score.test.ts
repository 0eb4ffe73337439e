// OCR against a known truth: the smallest PDF of ../shared/corpus (dev-011.pdf, 2 pages) and an image-only copy of
// it (scripts/make-scan.mjs) are scored by ../shared/eval/score.mjs, each in its own temp folder beside its truth
// NAME.json; the scan must stay within 5 points of the text layer (the target). The scan's record lists every
// page as read by OCR from its one image, and its evidence says which values were read on OCR lines, with their
// confidence. Read in place, never copied into the repository; skipped when ../shared is absent.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript script without type declarations
import { makeScan } from "../../scripts/make-scan.mjs";
import { ROOT, ctg, removeTempDirs, tempDir } from "../cli/run.js";

const shared = fileURLToPath(new URL("../../../shared/", import.meta.url));
const corpus = join(shared, "corpus");
const scoreScript = join(shared, "eval", "score.mjs");
const present = existsSync(corpus) && existsSync(scoreScript);
if (!present) console.warn(`[tests/ocr/scan-score] ${shared} is absent: the OCR score test on the corpus is skipped`);

const TIMEOUT = 180_000;
const run = promisify(execFile);

async function pageCount(bytes: Uint8Array): Promise<number> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
  try {
    return (await parser.getInfo()).total;
  } finally {
    await parser.destroy();
  }
}

/** dev-011 when it is there and small, else the first corpus PDF (by name) of 3 pages or fewer that has a truth. */
async function smallestPdf(): Promise<{ name: string; bytes: Buffer; pages: number }> {
  const names = readdirSync(corpus)
    .filter((f) => f.endsWith(".pdf") && existsSync(join(corpus, f.replace(/\.pdf$/, ".json"))))
    .map((f) => f.replace(/\.pdf$/, ""))
    .sort((a, b) => Number(b === "dev-011") - Number(a === "dev-011") || a.localeCompare(b));
  for (const name of names) {
    const bytes = readFileSync(join(corpus, `${name}.pdf`));
    const pages = await pageCount(bytes);
    if (pages <= 3) return { name, bytes, pages };
  }
  throw new Error(`no PDF of 3 pages or fewer with its truth in ${corpus}`);
}

/** score.mjs on `dir` (run from the repository, as its header says): the "overall field accuracy" in percent. */
async function overallAccuracy(dir: string): Promise<{ accuracy: number; out: string }> {
  const { stdout } = await run(process.execPath, [scoreScript, dir, "--verbose"], { cwd: ROOT, maxBuffer: 64 << 20, timeout: TIMEOUT });
  const match = /overall field accuracy (\d+(?:\.\d+)?)% over (\d+) checked fields/.exec(stdout);
  if (!match) throw new Error(`score.mjs printed no overall accuracy:\n${stdout}`);
  return { accuracy: Number(match[1]), out: stdout };
}

interface OcrRecord {
  source: { pages: number; ocr?: { engine: string; pages: Array<{ page: number; method: string; confidence: number }> } };
  acts: Array<{ evidence: Record<string, { page: number; line: number; text: string; source?: string; confidence?: number }> }>;
}

describe.skipIf(!present)("OCR of a scanned corpus PDF against its truth (../shared/corpus)", () => {
  let name = "";
  let pages = 0;
  let textDir = "";
  let scanDir = "";

  beforeAll(async () => {
    const small = await smallestPdf();
    ({ name, pages } = small);
    const truth = join(corpus, `${name}.json`);
    textDir = tempDir("ctg-ocr-text-");
    symlinkSync(join(corpus, `${name}.pdf`), join(textDir, `${name}.pdf`));
    symlinkSync(truth, join(textDir, `${name}.json`));
    scanDir = tempDir("ctg-ocr-scan-");
    writeFileSync(join(scanDir, `${name}.pdf`), await makeScan(small.bytes));
    symlinkSync(truth, join(scanDir, `${name}.json`));
  }, TIMEOUT);

  afterAll(() => removeTempDirs());

  it(
    "score.mjs: the scan read by OCR is within 5 points of the text layer",
    async () => {
      const text = await overallAccuracy(textDir);
      const scan = await overallAccuracy(scanDir);
      console.info(`[tests/ocr/scan-score] ${name} (${pages} pages): text layer ${text.accuracy}%, scan ${scan.accuracy}%`);
      expect(text.accuracy, text.out).toBeGreaterThan(0);
      expect(scan.accuracy, scan.out).toBeGreaterThan(0);
      expect(scan.accuracy, `${name}: scan ${scan.accuracy}% vs text layer ${text.accuracy}%\n${scan.out}`).toBeGreaterThanOrEqual(text.accuracy - 5);
    },
    TIMEOUT,
  );

  it(
    "ctg parse of the scan: every page read by OCR from its one image, evidence marked ocr with a confidence",
    async () => {
      const result = await ctg(["parse", join(scanDir, `${name}.pdf`), "--no-report"]);
      expect(result.code, result.stderr).toBe(0);
      const record = JSON.parse(result.stdout) as OcrRecord;
      expect(record.source.pages).toBe(pages);
      const read = record.source.ocr?.pages ?? [];
      expect(read.map((p) => p.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      for (const page of read) expect(page.method, `page ${page.page}`).toBe("image");
      const evidence = record.acts.flatMap((act) => Object.values(act.evidence));
      const ocr = evidence.filter((item) => item.source === "ocr");
      expect(ocr.length, JSON.stringify(evidence.slice(0, 5))).toBeGreaterThan(0);
      for (const item of ocr) {
        expect(typeof item.confidence, JSON.stringify(item)).toBe("number");
        expect(Number.isFinite(item.confidence)).toBe(true);
      }
    },
    TIMEOUT,
  );
});
