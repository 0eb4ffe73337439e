import { describe, expect, it } from "vitest";
import { line } from "./words.js";
import { hasTableHeader, printLines, tableText, UNIT, type Cell } from "../../src/load/table-layout.js";

// A relevé's table as a PDF's text layer gives it: each word with its box (./words.ts).
const text = (words: Cell[], carried: Cell[] | null = null) =>
  tableText(printLines(words), carried ? printLines(carried) : null)?.text.map((l) => l.replace(UNIT, "")) ?? null;

// columns: N° at 40, Objet at 90, Rapporteur at 330, Pour 430, Contre 460, Abst. 490, Décision 520
const HEADER = line(700, [[40, "N°"], [90, "Objet"], [330, "Rapporteur"], [430, "Pour"], [460, "Contre"], [490, "Abst."], [520, "Décision"]]);

describe("a relevé's table read by its columns", () => {
  it("writes each row whole, its title's lines joined, the rapporteur on a unit of its own after it", () => {
    const words = [
      ...line(760, [[40, "VILLE DE VILLEURBANNE"]]),
      ...HEADER,
      ...line(686, [[40, "2024-204"], [90, "Décision modificative n° 2 – Budget"], [330, "Mme Sarah KHELIFI"], [432, "44"], [463, "9"], [493, "-"], [520, "Adoptée à la"]]),
      ...line(675, [[90, "principal"], [520, "majorité"]]),
      ...line(660, [[40, "FINANCES ET COMMANDE PUBLIQUE"]]),
      ...line(646, [[40, "2024-205"], [90, "Garantie d'emprunt"], [330, "M. Théo VASSEUR"], [432, "51"], [463, "-"], [493, "2"], [520, "Adoptée"]]),
      ...line(560, [[150, "Ville de Villeurbanne – page 1/2"]]),
    ];
    expect(text(words)).toEqual([
      "VILLE DE VILLEURBANNE",
      "N° Objet Rapporteur Pour Contre Abst. Décision",
      "2024-204 Décision modificative n° 2 – Budget principal 44 9 - Adoptée à la majorité",
      "Rapporteur : Mme Sarah KHELIFI",
      // a line in capitals under a row in lower case, even across the number's column: a rubric, not the title's end
      "FINANCES ET COMMANDE PUBLIQUE",
      "2024-205 Garantie d'emprunt 51 - 2 Adoptée",
      "Rapporteur : M. Théo VASSEUR",
      // far below the last row: a footer, on its own
      "Ville de Villeurbanne – page 1/2",
    ]);
  });

  it("keeps with its row the title's lines above a number centred in the row's height (Centre-Val de Loire)", () => {
    // rows 20 points apart, a cell's lines 10.4: the number and the outcome on the title's middle line, or between two
    const words = [
      ...HEADER,
      ...line(680, [[90, "Remises gracieuses et créances éteintes –"]]),
      ...line(674.8, [[40, "24.10.01.02"], [520, "Unanimité"]]),
      ...line(669.6, [[90, "Exercice 2024"]]),
      ...line(649, [[90, "Programme pluriannuel d'investissement dans les"]]),
      ...line(638.6, [[40, "24.10.02.02"], [90, "lycées – Restructuration de la demi-pension du"], [432, "62"], [463, "0"], [493, "11"], [520, "Adoptée"]]),
      ...line(628.2, [[90, "lycée Pothier à Orléans"]]),
    ];
    expect(text(words)).toEqual([
      "N° Objet Rapporteur Pour Contre Abst. Décision",
      "24.10.01.02 Remises gracieuses et créances éteintes – Exercice 2024 Unanimité",
      "24.10.02.02 Programme pluriannuel d'investissement dans les lycées – Restructuration de la demi-pension du lycée Pothier à Orléans 62 0 11 Adoptée",
    ]);
  });

  it("leaves a line above a row's number to the row before when no wider gap parts them (rows one line apart)", () => {
    const words = [
      ...HEADER,
      ...line(686, [[40, "2024-204"], [90, "Décision modificative n° 2"], [520, "Adoptée"]]),
      ...line(675.6, [[90, "budget annexe de l'eau"]]),
      ...line(665.2, [[40, "2024-205"], [90, "Garantie d'emprunt"], [520, "Adoptée"]]),
    ];
    expect(text(words)).toEqual([
      "N° Objet Rapporteur Pour Contre Abst. Décision",
      "2024-204 Décision modificative n° 2 budget annexe de l'eau Adoptée",
      "2024-205 Garantie d'emprunt Adoptée",
    ]);
  });

  it("puts words back on their lines whatever order the PDF wrote them in (a cell at a time)", () => {
    const row = [
      ...line(686, [[40, "2024-204"]]), ...line(686, [[90, "Décision modificative n° 2 – Budget"]]), ...line(675, [[90, "principal"]]),
      ...line(686, [[330, "Mme Sarah KHELIFI"]]), ...line(686, [[432, "44"], [463, "9"], [493, "-"]]), ...line(686, [[520, "Adoptée"]]),
    ];
    expect(text([...HEADER, ...row.reverse()])).toEqual([
      "N° Objet Rapporteur Pour Contre Abst. Décision",
      "2024-204 Décision modificative n° 2 – Budget principal 44 9 - Adoptée",
      "Rapporteur : Mme Sarah KHELIFI",
    ]);
  });

  it("writes a row whose rapporteur comes first with its number and title first", () => {
    const words = [
      ...line(700, [[40, "RAPPORTEUR"], [150, "N°"], [220, "OBJET DE LA DÉLIBÉRATION – VOTE"]]),
      ...line(686, [[40, "Mme Agnès"], [150, "2021/12/345"], [220, "Fiscalité locale – Vote des taux 2022 de la taxe foncière bâtie"]]),
      ...line(675, [[40, "CAZALS"], [220, "Pour : 73 – Contre : 14"]]),
    ];
    expect(text(words)).toEqual([
      "RAPPORTEUR N° OBJET DE LA DÉLIBÉRATION – VOTE",
      "2021/12/345 Fiscalité locale – Vote des taux 2022 de la taxe foncière bâtie Pour : 73 – Contre : 14",
      "RAPPORTEUR : Mme Agnès CAZALS",
    ]);
  });

  it("goes on under the last page's header on a page without its own, from its first row (Amiens)", () => {
    const words = [
      ...line(760, [[150, "Amiens Métropole – Relevé de décisions"]]),
      ...line(686, [[40, "2024-213"], [90, "Aides à la pierre – Avenant"], [330, "M. Théo SABATIER"], [432, "88"], [463, "-"], [493, "-"], [520, "Adopté"]]),
      ...line(675, [[90, "annuel 2024"]]),
    ];
    expect(text(words, HEADER)).toEqual([
      "Amiens Métropole – Relevé de décisions",
      "2024-213 Aides à la pierre – Avenant annuel 2024 88 - - Adopté",
      "Rapporteur : M. Théo SABATIER",
    ]);
  });

  it("writes a commission's column after its row, under its label (Grand Est)", () => {
    const words = [
      ...line(700, [[40, "N° de"], [110, "Objet"], [300, "Commission"], [380, "Pour"], [410, "Contre"], [440, "Abstention"], [500, "Résultat"]]),
      ...line(690, [[40, "délibération"], [300, "saisie"]]),
      ...line(676, [[40, "24SP-2106"], [110, "Tarification régionale Fluo Grand Est"], [300, "Transports"], [382, "118"], [412, "0"], [445, "43"], [500, "ADOPTÉ"]]),
      ...line(665, [[110, "– Évolution des tarifs"]]),
    ];
    expect(text(words)).toEqual([
      "N° de délibération Objet Commission saisie Pour Contre Abstention Résultat",
      "24SP-2106 Tarification régionale Fluo Grand Est – Évolution des tarifs 118 0 43 ADOPTÉ",
      "Commission saisie : Transports",
    ]);
  });

  it("leaves a page without a header of a relevé as it is (null)", () => {
    expect(text([...line(700, [[40, "Présents : 12"], [300, "Votants : 14"]]), ...line(686, [[40, "Objet : Tarifs de la cantine"]])])).toBeNull();
  });
});

describe("whether a page's text has a relevé's header", () => {
  it.each([
    ["N° Objet Rapporteur·e Pour Contre Abst. NPPV Décision", true],
    ["RAPPORTEUR N° OBJET DE LA DÉLIBÉRATION – VOTE", true],
    ["N° AFFAIRE OBJET DÉCISION DU CONSEIL", true],
    ["Objet N° de Rapporteur Résultat du vote", true],
    ["RAPPORTEUR N° OBJET DE LA DÉLIBÉRATION ET RÉSULTAT DU VOTE", true],
    // a commission's column, a commission permanente's decision, the number's label cut over two lines (Grand Est, Loire-Atlantique)
    ["N° de Objet Commission Pour Contre Abstention NPPV Résultat", true],
    ["N° du Intitulé Décision de la Commission permanente", true],
    // a sentence holding the words, a form's labels
    ["ont fait l'objet d'un vote groupé.", false],
    ["Délibération n° 2024-12 Objet : vote du budget", false],
    ["N° Objet", false],
  ])("%s -> %s", (header, expected) => expect(hasTableHeader(`COMMUNE DE X\n${header}\n1 Budget`)).toBe(expected));
});
