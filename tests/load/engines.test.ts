// The PDF engines behind src/load/readers/: PDFium (default) and pdf.js give the same lines for the fixture,
// the same input errors for bad PDFs, and records of the corpus PDFs that differ at most in evidence line
// numbers; pdf.js' loader puts back the natives core-js replaces, without changing a character of the text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript script without type declarations
import { badPdfs, buildPdf, pdfString } from "../../scripts/make-pdf-fixture.mjs";
import { readPdfPages } from "../../src/load/pdf.js";
import { DEFAULT_PDF_ENGINE, defaultPdfEngine, isPdfEngine, PDF_ENGINES, type PdfEngine } from "../../src/load/readers/index.js";
import { loadPdfParse } from "../../src/load/readers/pdfjs.js";
import { loadBytes } from "../../src/load/source.js";
import { parseBytes } from "../../src/parse.js";

const seedPdf = readFileSync(new URL("../../fixtures/savas-mepin-2022-29.pdf", import.meta.url));
const CORPUS = resolve("../shared/corpus");
const PDFS = resolve("../shared/pdfs");
const shared = existsSync(CORPUS) && existsSync(PDFS);
if (!shared) console.warn(`PDF engine tests on the shared corpus skipped: ${CORPUS} or ${PDFS} is absent`);
const corpusPdfs = shared ? readdirSync(CORPUS).filter((f) => f.endsWith(".pdf")).sort() : [];

const lines = (pages: string[]) => pages.map((p) => p.split(/\r\n|\n/));

describe("engine selection", () => {
  const saved = process.env.CTG_PDF_ENGINE;
  afterEach(() => {
    if (saved === undefined) delete process.env.CTG_PDF_ENGINE;
    else process.env.CTG_PDF_ENGINE = saved;
  });

  it("pdfium by default; CTG_PDF_ENGINE names another, an unknown name is ignored", () => {
    expect(DEFAULT_PDF_ENGINE).toBe("pdfium");
    expect(PDF_ENGINES).toEqual(["pdfium", "pdfjs"]);
    delete process.env.CTG_PDF_ENGINE;
    expect(defaultPdfEngine()).toBe("pdfium");
    process.env.CTG_PDF_ENGINE = "pdfjs";
    expect(defaultPdfEngine()).toBe("pdfjs");
    process.env.CTG_PDF_ENGINE = "poppler";
    expect(defaultPdfEngine()).toBe("pdfium");
  });

  it.each([["pdfium", true], ["pdfjs", true], ["pdf.js", false], ["PDFIUM", false], ["", false]] as const)("isPdfEngine(%j) is %s", (value, expected) => {
    expect(isPdfEngine(value)).toBe(expected);
  });
});

describe.each(PDF_ENGINES.map((e) => [e]))("%s", (engine: PdfEngine) => {
  const made = badPdfs() as Record<string, Buffer>;
  const line = (text: string) => `BT /F1 12 Tf 1 0 0 1 72 760 Tm ${pdfString(text)} Tj ET`;

  it("reads the fixture's 4 pages with its lines", async () => {
    const pages = lines(await readPdfPages(seedPdf, "seed.pdf", undefined, undefined, engine));
    expect(pages).toHaveLength(4);
    expect(pages[0]!.slice(0, 3)).toEqual(["DELIBERATION DU CONSEIL MUNICIPAL", "2022-29", "BD"]);
    expect(pages[0]).toContain("ID : 038-213804768-20221011-2022_29-DE");
    expect(pages[3]).toContain("Le Conseil Municipal , à l'unanimité des présents");
  });

  it.each([
    ["truncated to half", () => seedPdf.subarray(0, seedPdf.length >> 1), "truncated-pdf"],
    ["header only", () => Buffer.from("%PDF-1.4\n"), "truncated-pdf"],
    ["encrypted", () => made["encrypted.pdf"]!, "encrypted-pdf"],
    ["no text layer, OCR off", () => made["no-text-layer.pdf"]!, "no-text-layer"],
    ["text named .pdf", () => Buffer.from("Bonjour\n"), "not-pdf"],
  ] as const)("%s: %s", async (_name, make, code) => {
    await expect(loadBytes(make(), "x.pdf", undefined, undefined, { mode: "never" }, engine)).rejects.toMatchObject({ name: "InputError", code, file: "x.pdf" });
  });

  it("a structure it cannot follow is a damaged PDF (a header, an %%EOF, nothing in between)", async () => {
    const junk = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 9 0 R >>\n%%EOF\n", "latin1");
    const error = await loadBytes(junk, "x.pdf", undefined, undefined, { mode: "never" }, engine).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "InputError", file: "x.pdf" });
    expect(["damaged-pdf", "no-text-layer"]).toContain((error as { code: string }).code);
  });

  it("pages are counted before any is read; the text is capped", async () => {
    await expect(readPdfPages(seedPdf, "x.pdf", { ...limitsOf(), maxPages: 3 }, undefined, engine)).rejects.toMatchObject({
      code: "too-many-pages",
      figures: { count: 4, limit: 3 },
    });
    await expect(readPdfPages(seedPdf, "x.pdf", { ...limitsOf(), maxTextBytes: 2000 }, undefined, engine)).rejects.toMatchObject({ code: "text-too-large" });
  });

  it("one page without text among others is an empty page", async () => {
    const mixed = buildPdf([line("Délibération n° 2024-001"), "0.5 g 10 10 100 100 re f"]) as Buffer;
    const loaded = await loadBytes(mixed, "mixed.pdf", undefined, undefined, { mode: "never" }, engine);
    expect(loaded.pages[0]).toContain("Délibération n° 2024-001");
    expect(loaded.source.pages).toBe(2);
  });
});

function limitsOf() {
  return { maxPages: 2000, maxTextBytes: 10 * 1024 * 1024, maxPdfBytes: 512 * 1024 * 1024, maxInflatedStream: 100 * 1024 * 1024, maxInflatedTotal: 400 * 1024 * 1024, timeoutMs: 0 };
}

describe("both engines, same text", () => {
  it("the fixture: the same lines, page by page", async () => {
    const [pdfium, pdfjs] = await Promise.all(PDF_ENGINES.map((e) => readPdfPages(seedPdf, "seed.pdf", undefined, undefined, e)));
    expect(lines(pdfium!)).toEqual(lines(pdfjs!));
  });

  it.skipIf(!shared)("PDFium keeps an exponent on its line (« 1er octobre ») and cuts a word at its line-end hyphen again", async () => {
    const p013 = lines(await readPdfPages(readFileSync(resolve(CORPUS, "dev-pdf-013.pdf")), "013", undefined, undefined, "pdfium"))[3]!;
    expect(p013).toContain("Les conditions de mise en œuvre du partenariat pour la période du 1er octobre 2024 au 31 décembre");
    const p031 = lines(await readPdfPages(readFileSync(resolve(CORPUS, "dev-pdf-031.pdf")), "031", undefined, undefined, "pdfium"))[0]!;
    expect(p031).toContain("Nous utilisons actuellement la nomenclature M14. La nouvelle nomenclature sera obligatoire au plus tard le 1er");
    const p014 = lines(await readPdfPages(readFileSync(resolve(PDFS, "014.pdf")), "014", undefined, undefined, "pdfium"))[27]!;
    const at = p014.indexOf("Saint-");
    expect(p014.slice(at, at + 2)).toEqual(["Saint-", "Crépin-"]);
    expect(p014[at + 2]).toMatch(/^aux-Bois\b/);
  });

  it.skipIf(!shared)(
    "the records of the corpus PDFs are the same but for evidence line numbers",
    async () => {
      expect(corpusPdfs.length).toBeGreaterThanOrEqual(7);
      for (const name of corpusPdfs) {
        const bytes = readFileSync(resolve(CORPUS, name));
        const [pdfium, pdfjs] = await Promise.all(PDF_ENGINES.map((e) => parseBytes(bytes, name, undefined, { mode: "never" }, e)));
        expect(withoutLines(pdfium), name).toEqual(withoutLines(pdfjs));
      }
    },
    300_000,
  );
});

/** The record with every evidence `line` taken out. */
function withoutLines(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), function (this: Record<string, unknown>, key, v: unknown) {
    return key === "line" && typeof v === "number" && "page" in this ? undefined : v;
  });
}

describe("pdf.js' loader and core-js", () => {
  it("puts back Array.prototype.push and JSON.parse, which core-js replaced", async () => {
    const { restored } = await loadPdfParse();
    const names = restored.map((r) => `${r.target === Array.prototype ? "Array.prototype" : r.target === JSON ? "JSON" : "?"}.${String(r.key)}`);
    expect(names).toEqual(expect.arrayContaining(["Array.prototype.push", "JSON.parse"]));
    const push = restored.find((r) => r.target === Array.prototype && r.key === "push")!;
    const parse = restored.find((r) => r.target === JSON && r.key === "parse")!;
    expect(push.replacement.value).not.toBe(push.native.value);
    expect(Array.prototype.push).toBe(push.native.value);
    expect(JSON.parse).toBe(parse.native.value);
    // what Node 20 lacks stays
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe("function");
  });

  it("page texts are byte for byte the same with core-js' replacements as with the natives", async () => {
    const { restored } = await loadPdfParse();
    const inputs = [seedPdf, ...corpusPdfs.map((n) => readFileSync(resolve(CORPUS, n)))];
    const read = async () => {
      const out: string[][] = [];
      for (const bytes of inputs) out.push(await readPdfPages(bytes, "x.pdf", undefined, undefined, "pdfjs"));
      return out;
    };
    const natives = await read();
    for (const r of restored) Object.defineProperty(r.target, r.key, r.replacement);
    let replaced: string[][];
    try {
      expect(Array.prototype.push).toBe(restored.find((r) => r.key === "push")!.replacement.value);
      replaced = await read();
    } finally {
      for (const r of restored) Object.defineProperty(r.target, r.key, r.native);
    }
    expect(natives).toEqual(replaced);
    expect(natives.flat().join("").length).toBeGreaterThan(6000);
  }, 120_000);
});
