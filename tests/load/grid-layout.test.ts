import { describe, expect, it } from "vitest";
import { line } from "./words.js";
import { gridText, mayHoldGrid } from "../../src/load/grid-layout.js";
import { printLines, type Cell } from "../../src/load/table-layout.js";

// An attendance grid as a PDF's text layer gives it: each word with its box (./words.ts).
/** the page's text as read line by line: each line's words joined by a space */
const laid = (words: Cell[]) => printLines(words).map((l) => l.map((w) => w.text).join(" ")).join("\n");

// « Commune » centred at 85, « Nom – Prénom » centred over names starting at 172, the statuses, « Pouvoir à » at 487
const HEADER = line(700, [[85, "Commune"], [215, "Nom – Prénom"], [326, "Présent"], [372, "Excusé"], [417, "Absent"], [487, "Pouvoir à"]]);
const PAGE = [
  ...line(720, [[40, "FEUILLE DE PRÉSENCE"]]),
  ...HEADER,
  ...line(686, [[43, "ALENÇON"], [172, "LEMARCHAND Hervé"], [338, "X"]]),
  ...line(674, [[172, "LE BIHAN Françoise"], [384, "X"], [470, "LEMARCHAND Hervé"]]),
  ...line(662, [[43, "CUISSAI"], [172, "MARTEAU Régis"], [429, "X"]]),
  ...line(630, [[40, "Le quorum étant atteint, le Président ouvre la séance."]]),
];

describe("an attendance grid in a PDF written with its empty cells", () => {
  it("puts each mark and each holder in the column it stands under", () => {
    expect(gridText(laid(PAGE), printLines(PAGE)).split("\n")).toEqual([
      "FEUILLE DE PRÉSENCE",
      "Commune\tNom – Prénom\tPrésent\tExcusé\tAbsent\tPouvoir à",
      "ALENÇON\tLEMARCHAND Hervé\tX\t\t\t",
      "\tLE BIHAN Françoise\t\tX\t\tLEMARCHAND Hervé",
      "CUISSAI\tMARTEAU Régis\t\t\tX\t",
      "Le quorum étant atteint, le Président ouvre la séance.",
    ]);
  });

  it("leaves a page without a grid's header as it is", () => {
    const counts = [...line(700, [[40, "Présents : 38"], [200, "Absents : 2"], [330, "Pouvoirs : 8"]]), ...line(686, [[40, "M. LEMARCHAND Hervé"], [338, "X"]])];
    expect(gridText(laid(counts), printLines(counts))).toBe(laid(counts));
  });

  it("leaves the text as it is when its lines do not follow the lines of print", () => {
    const other = "FEUILLE DE PRÉSENCE\nCommune Nom – Prénom\nPrésent Excusé Absent Pouvoir à";
    expect(gridText(other, printLines(PAGE))).toBe(other);
  });

  it.each([
    ["a present's label and an absent's", "Nom Présent Absent", true],
    ["a present's label only", "Présents : 38", false],
    ["no label", "Le Conseil municipal, après en avoir délibéré", false],
  ])("looks for a grid in a page with %s: %s", (_name, text, want) => expect(mayHoldGrid(text)).toBe(want));
});
