import { describe, expect, it } from "vitest";
import { csvAsTabs } from "../../src/normalise/csv.js";

// (as-written only: a spreadsheet's export is read by its semicolons and line breaks)
describe("a spreadsheet's export with semicolons: its rows as cells parted by tabs", () => {
  it("a header paragraph in one cell over three lines, the columns' names, rows with quoted cells", () => {
    const lines = [
      "\uFEFFVILLE DE SAINT-CLOUD;;;",
      "CONSEIL MUNICIPAL – SÉANCE DU 14 NOVEMBRE 2024;;;",
      '"Le Conseil municipal s\'est réuni sous la présidence de M. Luc DESAIX, Maire.',
      'Présents : 30 – Votants : 33.";;;',
      "numéro;objet;rapporteur;vote",
      '2024-182;Budget principal – Décision modificative n° 2;M. Paul RIVET;"Adoptée à la majorité (28 pour ; 5 contre)"',
      '2024-184;"Île Monsieur – Avenant n° 3',
      'au traité de concession";Mme Anne VIDAL;Adoptée à l’unanimité',
      '2024-185;"Vœu relatif au ""plan vélo""";M. le Maire;Rejeté',
    ];
    expect(csvAsTabs(lines)).toEqual([
      "VILLE DE SAINT-CLOUD",
      "CONSEIL MUNICIPAL – SÉANCE DU 14 NOVEMBRE 2024",
      "Le Conseil municipal s'est réuni sous la présidence de M. Luc DESAIX, Maire.",
      "Présents : 30 – Votants : 33.",
      "Numéro\tObjet\tRapporteur\tVote",
      "2024-182\tBudget principal – Décision modificative n° 2\tM. Paul RIVET\tAdoptée à la majorité (28 pour ; 5 contre)",
      "2024-184\tÎle Monsieur – Avenant n° 3 au traité de concession\tMme Anne VIDAL\tAdoptée à l’unanimité",
      "",
      '2024-185\tVœu relatif au "plan vélo"\tM. le Maire\tRejeté',
    ]);
  });

  it.each([
    ["prose with a few semicolons", ["Vu le code ; vu la loi ;", "Considérant ceci ; et cela ;", "Le Conseil décide ;", "DÉCIDE ; AUTORISE ;"]],
    ["a quote left open", ["a;b;c", 'd;"e;f', "g;h;i", "j;k;l", "m;n;o"]],
  ])("leaves %s alone", (_name, lines) => expect(csvAsTabs(lines)).toBeUndefined());
});
