import { describe, expect, it } from "vitest";
import { rowTitle, votedHeadings } from "../../src/segment/voted.js";
import { VOTED_ITEM_START } from "../../src/vocab/fr.js";
import { linesOf } from "../extract/lines.js";

const HEADER = "COMMUNE DE VILLARD-SUR-BRÈVE\nSéance du 5 février 2024\nPrésents : 13";
const headings = (text: string) => votedHeadings(linesOf(text)).map((h) => h.number);

describe("items found by their votes", () => {
  it.each([
    ["dotted numbers, each over its outcome", `${HEADER}\n0.1 M. le Maire Désignation du secrétaire\nAdoptée à l'unanimité\n0.2 M. le Maire Procès-verbal du 3 juin\nAdoptée à la majorité\n1.1 Mme Agnès POULAIN Tarifs\nAdoptée à l'unanimité`, ["0.1", "0.2", "1.1"]],
    ["the act's own numbers, a « prend acte » among the votes", `${HEADER}\nDélibération n° 3 Budget\nAdopté à l'unanimité\nDélibération n° 4 Rapport d'activité\nLe Conseil prend acte du rapport.\nDélibération n° 5 Tarifs\nAdopté à la majorité`, ["3", "4", "5"]],
    ["roman numerals", `${HEADER}\nII – ÉLECTION DU MAIRE\nM. Paul RIVIÈRE est élu Maire par 41 voix.\nIII – NOMBRE DES ADJOINTS\nAdopté à l'unanimité`, ["II", "III"]],
    ["a registry's numbers with no word before them, a rapporteur after", `${HEADER}\n24/06/180 Mme le Maire Approbation du procès-verbal ADOPTÉ À L'UNANIMITÉ\n24/06/181 M. Paul VIAL Tarifs de la piscine ADOPTÉ À LA MAJORITÉ\nPour : 40\n24/06/182 M. Paul VIAL Subventions ADOPTÉ À L'UNANIMITÉ`, ["24/06/180", "24/06/181", "24/06/182"]],
    ["the number in a later column, after the title's cell and before the rapporteur's", `${HEADER}\nObjet N° de délibération Rapporteur Résultat du vote\nProcès-verbal de la séance du 25 mars 2024 - Approbation C2024_0231 M. LEMAÎTRE Adoptée à l'unanimité\nCommissions thématiques - Composition C2024_0232 M. LEMAÎTRE Adoptée\nPour : 103\nAbstention : 14\nBudget supplémentaire 2024 C2024_0236 Mme DELACOUR Adoptée`, ["C2024_0231", "C2024_0232", "C2024_0236"]],
    ["the rapporteur's first name before the number, the surname below", `${HEADER}\nMme Agnès 2021/12/342 Budget Primitif 2022 – Budget Principal\nCAZALS Pour : 68 – Contre : 14\nADOPTÉ À LA MAJORITÉ\nM. Pere 2021/12/343 Tarifs des déchetteries\nVILANOVA Pour : 82\nADOPTÉ À L'UNANIMITÉ`, ["2021/12/342", "2021/12/343"]],
    ["the session's own number before the first voted block is no item", `${HEADER}\nN° 2024-12 Convocation du 30 janvier 2024\nLe Conseil s'est réuni.\nN° 2024-12-01 Budget\nAdopté à l'unanimité\nN° 2024-12-02 Tarifs\nAdopté à l'unanimité`, ["2024-12-01", "2024-12-02"]],
    // registries of other shapes: a date and a rank (Montreuil, 1 to 10 and on), a session's code (Grand Est), a commission's (Loire-Atlantique)
    ["« DEL20240925_9 », « DEL20240925_10 »: one kind, whatever the rank's digits", `${HEADER}\nDEL20240925_9 Tarifs des services publics municipaux\nAdoptée à l'unanimité\nDEL20240925_10 ZAC Boissière-Acacia – Compte rendu annuel\nAdoptée à la majorité\nDEL20240925_11 Cession d'une emprise foncière\nAdoptée à l'unanimité`, ["DEL20240925_9", "DEL20240925_10", "DEL20240925_11"]],
    ["« 24SP-2101 »", `${HEADER}\n24SP-2101 Décision modificative n° 2 au budget 2024 Finances 112 43 6 0 ADOPTÉ\n24SP-2102 Rapport d'orientations budgétaires 2025 Finances IL EST PRIS ACTE\n24SP-2103 Budget annexe des transports Finances 149 12 0 0 ADOPTÉ`, ["24SP-2101", "24SP-2102", "24SP-2103"]],
    ["« 1-01 »", `${HEADER}\n1-01 Revenu de solidarité active – Convention avec la CAF Adopté à l'unanimité\n1-02 Fonds de solidarité logement – Règlement intérieur Adopté à l'unanimité\n2-01 Routes départementales – Programme 2025 Adopté à la majorité`, ["1-01", "1-02", "2-01"]],
  ])("%s", (_name, text, numbers) => expect(headings(text)).toEqual(numbers));

  it.each([
    ["numbered paragraphs of one act's exposé, one vote at its end", `${HEADER}\nObjet : Schéma cyclable\n1. Le contexte\nLa commune compte 42 km de voies.\n2. Les objectifs\nRelier les écoles.\n3. Le financement\nLa Région participe.\nAdopté à l'unanimité.`],
    ["counts and tallies at line start are no numbers of items", `${HEADER}\n1 M. le Maire Budget\n43 10\n3 - Adopté\n56 - - - Unanimité`],
    ["dates at line start are no registry's numbers", `${HEADER}\n12/03/2024 Réunion de la commission\nAdopté.\n19/03/2024 Visite du chantier\nAdopté.`],
    ["fewer than three in five blocks with a vote", `${HEADER}\n1. Contexte\nTexte.\n2. Enjeux\nTexte.\n3. Budget\nAdopté.\n4. Tarifs\nAdopté.\n5. Annexes\nTexte.\n6. Calendrier\nTexte.`],
  ])("%s: none", (_name, text) => expect(headings(text)).toEqual([]));
});

describe("a row's title", () => {
  // the excerpt's first line is the row: its number taken off as votedHeadings does
  const title = (text: string) => {
    const lines = linesOf(text);
    return rowTitle(lines, 0, lines[0]!.text.slice(VOTED_ITEM_START.exec(lines[0]!.text)![0].length).trim());
  };
  it.each([
    ["0.1 M. le Maire Désignation du secrétaire de séance Adoptée à l'unanimité", "Désignation du secrétaire de séance"],
    ["8 Autorisations de programme M. Bertrand Adopté à la majorité", "Autorisations de programme"],
    ["1.1 M. Marc-André\nROSSI\nDécision modificative n° 1 – Budget principal\net budgets annexes\nAdoptée à l'unanimité", "Décision modificative n° 1 – Budget principal et budgets annexes"],
    ["3 M. Bruno\nRapporteur : M. Bruno GIRAUD\nIndemnités de fonction des élus\nAdoptée", "Indemnités de fonction des élus"],
    ["Délibération n° 3 Décision modificative n° 2", "Décision modificative n° 2"],
  ])("%s", (text, expected) => expect(title(text).title).toBe(expected));

  it("a group for rapporteur, the whole of its cell, is no title (a PDF's lines, as the text layer gives them)", () => {
    const lines = ["15 Groupe Union pour Grenoble", "Vœu pour le renforcement de la police municipale", "REJETÉ"].map((text, k) => ({ page: 1, line: k + 1, text }));
    expect(rowTitle(lines, 0, "Groupe Union pour Grenoble").title).toBe("Vœu pour le renforcement de la police municipale");
  });
});

describe("a row whose title's cell wraps while the next columns do not (as a PDF's text layer gives it)", () => {
  it("takes the title's next words after the decision, on the row or on the next line", async () => {
    const { segment } = await import("../../src/segment/items.js");
    const lines = [
      "MÉTROPOLE DE SAINT-ALBAN", "Liste des délibérations du 13 mai 2024", "Objet N° de délibération Rapporteur Résultat du vote",
      "Compte administratif 2023 - Budget principal et budgets C2024_0234 M. DELACOUR Adoptée annexes", "Pour : 88", "Contre : 17",
      "Garanties d'emprunt - Réhabilitation de 124 C2024_0237 M. DELACOUR", "Adoptée à l'unanimité logements rue Saint-Julien (NPPV : Mme OZENNE)",
      "Tarifs des musées 2024-2025 C2024_0238 Mme FLAMAND Adoptée à l'unanimité",
    ].map((text, k) => ({ page: 1, line: k + 1, text }));
    expect(segment(lines).items.map((i) => [i.number, i.title])).toEqual([
      ["C2024_0234", "Compte administratif 2023 - Budget principal et budgets annexes"],
      ["C2024_0237", "Garanties d'emprunt - Réhabilitation de 124 logements rue Saint-Julien"],
      ["C2024_0238", "Tarifs des musées 2024-2025"],
    ]);
  });
});

describe("a registry's numbers of three parts, one of a single figure (a PDF's lines, as the text layer gives them)", () => {
  it("are items when each holds its vote", () => {
    const lines = ["VILLE DE SAINT-ALBAN", "Séance du 18 septembre 2021", "N° AFFAIRE OBJET DÉCISION DU CONSEIL",
      "21/5-001 Approbation du procès-verbal de la séance du 26 juin ADOPTÉ À L'UNANIMITÉ", "21/5-002 Tarifs de la piscine ADOPTÉ À LA MAJORITÉ",
      "21/5-003 Subventions aux associations ADOPTÉ À L'UNANIMITÉ"].map((text, k) => ({ page: 1, line: k + 1, text }));
    expect(votedHeadings(lines).map((h) => h.number)).toEqual(["21/5-001", "21/5-002", "21/5-003"]);
  });
});
