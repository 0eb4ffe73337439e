import { describe, expect, it } from "vitest";
import { labelVoteColumns } from "../../src/normalise/vote-columns.js";
import { parseText } from "../../src/parse.js";

const lines = (...texts: string[]) => texts.map((text, k) => ({ page: 1, line: k + 1, text }));
const texts = (...t: string[]) => labelVoteColumns(lines(...t)).map((l) => l.text);

describe("votes in columns under their header", () => {
  it.each([
    [["N° Rapporteur Objet Pour Contre Abst.", "NPPV Décision", "1 M. le Maire Approbation du procès-verbal", "56 - - - Unanimité"],
      ["N° Rapporteur Objet Pour Contre Abst.", "NPPV Décision", "1 M. le Maire Approbation du procès-verbal", "Pour : 56 – Contre : / – Abstentions : / – Ne prennent pas part au vote : /", "Unanimité"]],
    // a row cut over two lines
    [["POUR CONTRE ABSTENTIONS", "2 Budget primitif 2025", "43 10", "3 Adopté"], ["POUR CONTRE ABSTENTIONS", "2 Budget primitif 2025", "Pour : 43 – Contre : 10 – Abstentions : 3", "Adopté"]],
    // the figures at the end of the title's line
    [["Pour Contre Abst.", "8 Subvention au CCAS – Versement d'une avance 26 - 3 Adopté"], ["Pour Contre Abst.", "8 Subvention au CCAS – Versement d'une avance", "Pour : 26 – Contre : / – Abstentions : 3", "Adopté"]],
  ])("%j", (input, expected) => expect(texts(...input)).toEqual(expected));

  it.each([
    // no header: figures are left as they are
    [["1 Budget primitif", "43 10 3 Adopté"]],
    // as many figures as columns, no fewer: « 2024 » under a header is a year, not a tally
    [["Pour Contre Abst.", "Exercice 2024"]],
    [["Pour Contre Abst.", "43 10"]],
    // a word processor's table split into its cells, one list line each: a chapter's code, an amount, no tally
    [["Chapitre Libellé Montant (€) Pour Contre Abstention", "- 011", "- Charges à caractère général", "- 14 820 000,00", "- 32"]],
    [["Chapitre Libellé Montant (€) Pour Contre Abstention", "- 750 000", "- 1 100 000"]],
  ])("%j is left as it is", (input) => expect(texts(...input)).toEqual(input));

  it("gives each act of a relevé its tally, and invents none once the table is collapsed into one line", () => {
    const relevé = [
      "VILLE DE SAINT-ALBAN-DES-PRÉS", "COMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL DU 16 DÉCEMBRE 2024",
      "N° Rapporteur Objet Pour Contre Abst. NPPV Décision",
      "1 M. le Maire Approbation du procès-verbal de la séance du 14 octobre 2024", "29 - - - Unanimité",
      "2 Mme Lise", "HUET", "Budget primitif de l'exercice 2025 – Budget principal 21 6 2 - Adopté",
    ].join("\n");
    const acts = parseText(relevé, "releve.txt").acts;
    expect(acts.map((a) => [a.number, a.vote.for, a.vote.against, a.vote.abstentions])).toEqual([["1", 29, 0, 0], ["2", 21, 6, 2]]);
    for (const a of parseText(relevé.replace(/\s+/g, " "), "releve.txt").acts) expect([29, 21, null]).toContain(a.vote.for);
  });
});
