import { describe, expect, it } from "vitest";
import { parseLoaded } from "../src/parse.js";
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
