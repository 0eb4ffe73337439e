// scripts/make-scan.mjs: a PDF with a text layer becomes an image-only PDF with the same pages (count and size),
// one image per page and no text; the hand-written file has a correct xref table (pdf.js would silently repair a
// wrong one, so the offsets are checked here byte by byte).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript script without type declarations
import { makeScan } from "../../scripts/make-scan.mjs";

const corpusDir = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const hasCorpus = existsSync(corpusDir);
const fixturePdf = readFileSync(new URL("../../fixtures/savas-mepin-2022-29.pdf", import.meta.url));

const open = (bytes: Uint8Array) => new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });

async function pageSizes(bytes: Uint8Array): Promise<Array<{ width: number; height: number }>> {
  const parser = open(bytes);
  try {
    return (await parser.getInfo({ parsePageInfo: true })).pages.map(({ width, height }) => ({ width, height }));
  } finally {
    await parser.destroy();
  }
}

/** The first corpus PDF (by name) that has 3 pages or fewer. */
async function smallCorpusPdf(): Promise<{ name: string; bytes: Buffer }> {
  for (const name of readdirSync(corpusDir).filter((f) => f.endsWith(".pdf")).sort()) {
    const bytes = readFileSync(corpusDir + name);
    if ((await pageSizes(bytes)).length <= 3) return { name, bytes };
  }
  throw new Error(`no PDF of 3 pages or fewer in ${corpusDir}`);
}

describe("makeScan", () => {
  it.skipIf(!hasCorpus)(
    `a real text PDF of ../shared/corpus becomes pages of one image each, no text, same sizes${hasCorpus ? "" : " (skipped: ../shared/corpus is absent)"}`,
    async () => {
      const { name, bytes } = await smallCorpusPdf();
      const scan: Buffer = await makeScan(bytes);
      const before = await pageSizes(bytes);
      const after = await pageSizes(scan);
      expect(after.length, name).toBe(before.length);
      after.forEach((size, i) => {
        expect(Math.abs(size.width - before[i].width), `${name} page ${i + 1} width`).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - before[i].height), `${name} page ${i + 1} height`).toBeLessThanOrEqual(1);
      });

      const parser = open(scan);
      try {
        const text = await parser.getText();
        expect(text.pages).toHaveLength(before.length);
        for (const page of text.pages) expect(page.text.trim(), `${name} page ${page.num}`).toBe("");
        const images = await parser.getImage({ imageBuffer: false, imageDataUrl: false });
        expect(images.pages).toHaveLength(before.length);
        for (const page of images.pages) expect(page.images, `${name} page ${page.pageNumber}`).toHaveLength(1);
      } finally {
        await parser.destroy();
      }
      // the original had a text layer: the test would prove nothing otherwise
      const original = open(bytes);
      try {
        expect((await original.getText()).pages.some((page) => page.text.trim() !== "")).toBe(true);
      } finally {
        await original.destroy();
      }
    },
  );

  it("writes a PDF 1.4 whose xref offsets, /Size and startxref are exact (committed fixture, 36 dpi)", async () => {
    const scan: Buffer = await makeScan(fixturePdf, { dpi: 36 });
    const text = scan.toString("latin1");
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text.endsWith("%%EOF\n")).toBe(true);
    expect(text).not.toMatch(/\/Font\b/);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 5)).toBe("xref\n");
    const [, count] = /^xref\n0 (\d+)\n/.exec(text.slice(startxref)) ?? [];
    expect(text).toContain(`/Size ${count} /Root 1 0 R`);
    const entries = text.slice(startxref).split("\n").slice(2, 2 + Number(count));
    expect(entries[0]).toBe("0000000000 65535 f ");
    entries.slice(1).forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + 12)).toMatch(new RegExp(`^${i + 1} 0 obj\\n`));
    });
    expect(await pageSizes(scan)).toEqual(await pageSizes(fixturePdf));
  });
});
