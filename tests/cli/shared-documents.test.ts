// The CLI on the real documents of ../shared (read in place, never copied): every text PDF and corpus file
// parses to a valid record, every scan is one line with the scan message, nothing is an internal error.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CtgDocument } from "../../src/schema/record.js";
import { ROOT, ctg } from "./run.js";

const shared = join(ROOT, "..", "shared");
const pdfs = join(shared, "pdfs");
const corpus = join(shared, "corpus");
const present = existsSync(join(pdfs, "MANIFEST.tsv")) && existsSync(corpus);
if (!present) console.warn(`[tests/cli/shared-documents] ${shared} is absent: the tests on real documents are skipped`);

interface Entry {
  file: string;
  pages: number;
  text: "yes" | "no" | "partial";
}

function manifest(): Entry[] {
  const [header, ...rows] = readFileSync(join(pdfs, "MANIFEST.tsv"), "utf8").trim().split("\n");
  const cols = header!.split("\t");
  return rows.map((row) => {
    const cells = row.split("\t");
    const get = (name: string) => cells[cols.indexOf(name)]!;
    return { file: join(pdfs, get("file")), pages: Number(get("pages")), text: get("has_text_layer") as Entry["text"] };
  });
}

/** Scans whose only text, if any, is out of the page content. 025.pdf's @CTES stamp is a /Stamp annotation,
 * which pdf.js' text extraction does not read: to ctg it is a scan (the manifest says "partial"). */
const READ_AS_SCANS = new Set(["025.pdf"]);
/** "Liste des délibérations votées le 16/05/2025": titles only, no act ctg can recognise */
const NO_DELIBERATION = new Set(["028.pdf"]);

describe.skipIf(!present)("real documents of ../shared", () => {
  it("ctg check --ocr never over all of them: scans in one line each, stamp-only scans keep their stamp, reports for the others", async () => {
    const entries = manifest();
    const corpusFiles = readdirSync(corpus)
      .filter((f) => /\.(txt|pdf|md)$/.test(f) && f !== "INDEX.md")
      .map((f) => join(corpus, f));
    const files = [...entries.map((e) => e.file), ...corpusFiles];
    const run = await ctg(["check", "--ocr", "never", "--format", "json", ...files]);
    const noText = entries.filter((e) => e.text === "no" || READ_AS_SCANS.has(e.file.split("/").pop()!)).map((e) => e.file);
    // "partial": a scan with the prefecture stamp added as text on every page: its record holds what the stamp says
    const stampOnly = entries.filter((e) => e.text === "partial" && !READ_AS_SCANS.has(e.file.split("/").pop()!)).map((e) => e.file);
    // a one-page list of the titles voted, with nothing else of a deliberation: ctg recognises none in it
    const noDeliberation = entries.filter((e) => NO_DELIBERATION.has(e.file.split("/").pop()!)).map((e) => e.file);
    const refused = [...noText, ...noDeliberation];
    expect(run.stderr.split("\n").filter(Boolean).sort()).toEqual(
      [
        ...noText.map((f) => `ctg: ${f} : aucune couche texte, probablement un document numérisé : relancer avec --ocr auto pour le lire par OCR`),
        ...noDeliberation.map((f) => `ctg: ${f} : aucune délibération reconnue (ni numéro, ni titre, ni date de séance, ni présences, ni vote, ni décision, ni tampon)`),
      ].sort(),
    );
    expect(run.code).toBe(2);
    const { reports } = JSON.parse(run.stdout) as { reports: Array<{ path: string; acts: number }> };
    expect(reports.map((r) => r.path)).toEqual(files.filter((f) => !refused.includes(f)));
    for (const file of stampOnly) {
      const record = CtgDocument.parse(JSON.parse((await ctg(["parse", "--ocr", "never", "--no-report", file])).stdout));
      expect(record.source.ocr, file).toBeUndefined();
      expect(record.acts[0]?.prefecture.id, file).toMatch(/^030-213001100-\d{8}-PV\d{8}-(?:DE|AU)$/);
    }
  }, 120_000);

  it("ctg parse of every PDF with a text layer: a valid record with the manifest's page count", async () => {
    for (const entry of manifest().filter((e) => e.text === "yes")) {
      const run = await ctg(["parse", entry.file, "--no-report"]);
      expect(run.code, entry.file).toBe(0);
      expect(run.stderr, entry.file).toBe("");
      const doc = CtgDocument.parse(JSON.parse(run.stdout));
      expect(doc.source, entry.file).toMatchObject({ mediaType: "application/pdf", pages: entry.pages });
    }
  }, 120_000);
});
