// PDF loading: the committed fixture is what the script makes and reads back line by line; bad PDFs get
// the InputError code the CLI turns into a message.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript script without type declarations
import { badPdfs, buildPdf, makeFixture, pdfString, unwrap, verify } from "../../scripts/make-pdf-fixture.mjs";
import { loadBytes } from "../../src/load/source.js";
import { readInput } from "../../src/load/read.js";

const txtPath = new URL("../../fixtures/savas-mepin-2022-29.txt", import.meta.url);
const pdfPath = new URL("../../fixtures/savas-mepin-2022-29.pdf", import.meta.url);
const seedText = readFileSync(txtPath, "utf8");
const seedPdf = readFileSync(pdfPath);

interface Visual {
  runs: Array<{ dx: number; text: string }>;
}

describe("fixtures/savas-mepin-2022-29.pdf", () => {
  const { pdf, visual } = makeFixture(seedText, "Délibération 2022-29 (fixture ctg)") as { pdf: Buffer; visual: Visual[] };

  it("is what scripts/make-pdf-fixture.mjs generates from the text fixture", () => {
    expect(seedPdf.equals(pdf)).toBe(true);
  });

  it("its layout unwraps to the source lines exactly (tabs and the <ul> line included)", () => {
    const source = seedText.replace(/\n$/, "").split("\n").map((l) => l.replace(/\s+$/, ""));
    expect(unwrap(visual)).toEqual(source);
  });

  it("pdf-parse reads every line back as written, table gaps excepted (read as spaces)", async () => {
    const { differences, tabsAsSpaces } = (await verify(pdf, visual)) as { differences: unknown[]; tabsAsSpaces: unknown[] };
    expect(differences).toEqual([]);
    // the header row and the <ul> row of the governance table: pdf.js fills the cell gaps with a space
    expect(tabsAsSpaces).toHaveLength(4);
  });

  it("loads as 4 pages whose text holds every word of the source, accents, « » œ and • included", async () => {
    const loaded = await readInput(new URL(pdfPath).pathname);
    expect(loaded.source).toMatchObject({ mediaType: "application/pdf", pages: 4 });
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(loaded.pages.flat().join(" "))).toEqual(words(seedText));
    const lines = loaded.pages.flat();
    expect(lines).toContain("Le Conseil Municipal , à l'unanimité des présents");
    expect(lines).toContain("- Accorder une attention particulière aux publics « fragilisés »");
    expect(lines.some((l) => l.startsWith('<ul style="list-style-type: none">• 1 à 2 fois par an• Un Comité de Pilotage'))).toBe(true);
    expect(lines.join("\n")).toContain("mettre en œuvre");
  });
});

describe("PDF errors as InputError codes", () => {
  const line = (text: string) => `BT /F1 12 Tf 1 0 0 1 72 760 Tm ${pdfString(text)} Tj ET`;
  const made = badPdfs() as Record<string, Buffer>;

  it.each([
    ["truncated to half", () => seedPdf.subarray(0, seedPdf.length >> 1), "truncated-pdf"],
    ["truncated to 1 KiB", () => seedPdf.subarray(0, 1024), "truncated-pdf"],
    ["header only", () => Buffer.from("%PDF-1.4\n"), "truncated-pdf"],
    ["encrypted", () => made["encrypted.pdf"], "encrypted-pdf"],
    ["no text layer, OCR off", () => made["no-text-layer.pdf"], "no-text-layer"],
    ["text named .pdf", () => Buffer.from("Bonjour\n"), "not-pdf"],
  ] as const)("%s", async (_name, make, code) => {
    await expect(loadBytes(make()!, "x.pdf", undefined, undefined, { mode: "never" })).rejects.toMatchObject({ name: "InputError", code, file: "x.pdf" });
  });

  it("no text layer, and nothing OCR can read (drawn rectangles): ocr-empty", async () => {
    await expect(loadBytes(made["no-text-layer.pdf"]!, "x.pdf")).rejects.toMatchObject({ name: "InputError", code: "ocr-empty", file: "x.pdf" });
  }, 60_000);

  it("the encrypted fixture is really encrypted: pdf-parse reads it with its password", async () => {
    const { PDFParse } = await import("pdf-parse");
    const parser = new PDFParse({ data: new Uint8Array(made["encrypted.pdf"]!), password: "secret", verbosity: 0 });
    try {
      expect((await parser.getText()).pages[0]!.text).toBe("Délibération confidentielle n° 2024-001");
    } finally {
      await parser.destroy();
    }
  });

  it("the committed fixtures/bad/ files are the script's", () => {
    for (const name of ["encrypted.pdf", "no-text-layer.pdf"]) {
      expect(readFileSync(new URL(`../../fixtures/bad/${name}`, import.meta.url)).equals(made[name]!)).toBe(true);
    }
  });

  it("a PDF whose only page has text loads; one page without text among others is fine", async () => {
    const mixed = buildPdf([line("Délibération n° 2024-001"), "0.5 g 10 10 100 100 re f"]) as Buffer;
    const loaded = await loadBytes(mixed, "mixed.pdf", undefined, undefined, { mode: "never" });
    expect(loaded.pages[0]).toContain("Délibération n° 2024-001");
    expect(loaded.source.pages).toBe(2);
  });
});
