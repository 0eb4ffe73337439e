// A set of extracts in one file is cut into acts, each with its own header; one act whose heading comes again on
// its next page, and minutes whose items share one header, are not. Each excerpt in every layout.
import { describe, expect, it } from "vitest";
import { splitDocuments, stampsWithin } from "../../src/segment/documents.js";
import { emptyStamps } from "../../src/normalise/stamps.js";
import { linesOf as linesOfText } from "../extract/lines.js";
import { inEveryLayout } from "../extract/layouts.js";

const extract = (number: string, title: string) =>
  `COMMUNE DE PLOUGUERNEAU\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 14 mars 2024\nEn exercice : 27 Présents : 23 Votants : 26\nDélibération n° ${number}\nObjet : ${title}\nLe Conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE.\nPour extrait conforme, le Maire, Yannig ROBIN`;

inEveryLayout("several acts in one file", (shape) => {
  const parts = (text: string) => splitDocuments(linesOfText(shape(text))).map((p) => p.map((l) => l.text).join(" "));
  it.each([
    ["two extracts, each under its heading and header", `${extract("2024-021", "Vote des taux")}\n\n${extract("2024-022", "Tarifs de la cantine")}`, 2],
    ["three extracts", `${extract("2024-021", "Vote des taux")}\n\n${extract("2024-022", "Tarifs de la cantine")}\n\n${extract("2024-023", "Subventions")}`, 3],
    ["one act whose heading comes again on its second page", `${extract("2024-021", "Vote des taux")}\n\n${extract("2024-021", "Vote des taux")}`, 1],
    ["one extract", extract("2024-021", "Vote des taux"), 1],
    [
      "minutes whose items carry the form's words but no header of their own",
      "COMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du 14 mars 2024\nPrésents : 23\nDÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2024-021 : Vote des taux\nAdopté à l'unanimité.\nDÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2024-022 : Tarifs\nAdopté à l'unanimité.",
      1,
    ],
  ])("%s -> %i", (_name, text, n) => expect(parts(text)).toHaveLength(n));

  it("each part opens with its authority's heading, the signature before it stays with the act before", () => {
    const p = parts(`${extract("2024-021", "Vote des taux")}\n\n${extract("2024-022", "Tarifs de la cantine")}`);
    expect(p[0]).toMatch(/^COMMUNE DE PLOUGUERNEAU EXTRAIT DU REGISTRE.*Yannig ROBIN$/);
    expect(p[1]).toMatch(/^COMMUNE DE PLOUGUERNEAU EXTRAIT DU REGISTRE.*Délibération n° 2024-022/);
  });
});

describe("stampsWithin", () => {
  const line = (page: number, n: number) => ({ page, line: n, text: "" });
  const stamps = {
    ...emptyStamps(),
    ids: [
      { id: "029-212902148-20240314-2024_021-DE", count: 1, at: line(1, 9) },
      { id: "029-212902148-20240314-2024_022-DE", count: 1, at: line(2, 9) },
    ],
    received: { value: "2024-03-18", at: line(1, 10) },
    seen: true,
  };
  it.each([
    ["the number decides", line(2, 1), null, "2024-022", true, ["029-212902148-20240314-2024_022-DE"], null],
    ["the position decides without a number", null, line(2, 1), null, true, ["029-212902148-20240314-2024_021-DE"], "2024-03-18"],
    ["a collapsed text: the number only, no date", null, line(1, 1), "2024-021", false, ["029-212902148-20240314-2024_021-DE"], null],
    ["a collapsed text without a number: nothing", null, line(1, 1), null, false, [], null],
  ] as const)("%s", (_name, from, to, number, byPosition, ids, received) => {
    const s = stampsWithin(stamps, from, to, number, byPosition);
    expect([s.ids.map((x) => x.id), s.received?.value ?? null]).toEqual([ids, received]);
  });
});
