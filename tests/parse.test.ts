import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseLoaded, parseText } from "../src/parse.js";
import { InputError } from "../src/load/errors.js";
import type { LoadedSource } from "../src/load/source.js";

const STAMP = ["Envoyé en préfecture le 03/05/2024", "Reçu en préfecture le 03/05/2024", "Publié le", "ID : 071-217100012-20240412-PV12042024-AU"];

function pdf(pages: string[][]): LoadedSource {
  return { source: { path: "scan.pdf", sha256: "0".repeat(64), mediaType: "application/pdf", pages: pages.length }, pages };
}

describe("parseLoaded", () => {
  it("a scanned PDF whose only text is the stamp on each page is reported as a scan, not an empty act", () => {
    expect(() => parseLoaded(pdf([STAMP, STAMP, STAMP]))).toThrow(InputError);
    try {
      parseLoaded(pdf([STAMP, STAMP]));
    } catch (error) {
      expect((error as InputError).code).toBe("stamp-only");
    }
  });

  it("the same stamp over a page of text gives an act with the stamp read once", () => {
    const body = ["COMMUNE DE SAINT-ALBAN", "DELIBERATION DU CONSEIL MUNICIPAL", "Séance du 12 avril 2024", "Le Conseil Municipal, à l'unanimité, APPROUVE le règlement du cimetière."];
    const doc = parseLoaded(pdf([[...STAMP, ...body]]));
    expect(doc.acts).toHaveLength(1);
    expect(doc.acts[0]!.prefecture).toMatchObject({ id: "071-217100012-20240412-PV12042024-AU", nature: "AU", sentDate: "2024-05-03" });
    expect(doc.acts[0]!.sessionDate).toBe("2024-04-12");
  });
});

// Long runs of one character inside an act made patterns try every position of the run (quadratic: a run of
// 160 KB of spaces took 57 s, of brackets 176 s). At 400 KB a quadratic pattern would run for many minutes and
// fail on the test timeout; linear, each text parses in well under a second. Timings live in bench:adversarial.
describe("long runs inside an act do not make the parser quadratic", () => {
  const seed = readFileSync(resolve("fixtures/savas-mepin-2022-29.txt"), "utf8").replace(/\s+/g, " ");
  it.each([
    ["spaces and tabs", " \t "],
    ["brackets", "(("],
    ["dashes", "- "],
    ["capitals without a space", "ABCDEFGHIJ"],
  ])("a 400 KB run of %s", (_, unit) => {
    const text = seed.slice(0, 600) + unit.repeat(Math.ceil(400_000 / unit.length)) + seed.slice(-400);
    expect(parseText(text).acts.length).toBeGreaterThan(0);
  });

  it("a 400 KB run of spaces and tabs in a line of an act that keeps its line breaks (a line's end was trimmed by /\\s+$/)", () => {
    const lines = readFileSync(resolve("fixtures/savas-mepin-2022-29.txt"), "utf8");
    const text = lines.slice(0, 600) + " \t ".repeat(400_000 / 3) + lines.slice(600);
    expect(parseText(text).acts.length).toBeGreaterThan(0);
  });
});
