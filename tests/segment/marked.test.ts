import { describe, expect, it } from "vitest";
import { markedParts, numberShape } from "../../src/segment/marked.js";

describe("an item heading that says it is one", () => {
  it.each([
    ["RAPPORT 1", { ordinal: "1", number: "1", title: "" }],
    ["Affaire n° 3", { ordinal: "3", number: "3", title: "" }],
    ["Point 3 de l'ordre du jour : Approbation du procès-verbal", { ordinal: "3", number: "3", title: "Approbation du procès-verbal" }],
    ["QUESTI0N N° 5 - PATRIMOINE - Cession", { ordinal: "5", number: "5", title: "PATRIMOINE - Cession" }],
    ["VOEU N° 6 - Vœu relatif aux urgences", { ordinal: "6", number: "6", title: "Vœu relatif aux urgences" }],
    ["7 – VŒU N° 2024-03-07 : Vœu pour la ligne", { ordinal: "7", number: "2024-03-07", title: "Vœu pour la ligne" }],
    ["1 – DÉLIBÉRATION N° 2024-03-01 : Approbation", { ordinal: "1", number: "2024-03-01", title: "Approbation" }],
    ["1.1 – DEL-24-0456", { ordinal: "1.1", number: "DEL-24-0456", title: "" }],
    ["N° 12 – Budget supplémentaire 2024", { ordinal: "12", number: "12", title: "Budget supplémentaire 2024" }],
    ["Affaire n° 1 Délibération n° 24-127 Adoption du procès-verbal", { ordinal: "1", number: "24-127", title: "Adoption du procès-verbal" }],
    ["C 24.110 - Finances - Compte administratif", { ordinal: null, number: "C 24.110", title: "Finances - Compte administratif", bare: true }],
    ["24/512", { ordinal: null, number: "24/512", title: "", bare: true }],
    ["RAPPORT N° CP-2024-03-111", { ordinal: null, number: "CP-2024-03-111", title: "" }],
  ])("%s", (text, parts) => expect(markedParts(text)).toEqual(parts));

  it.each([
    "Délibération n° 24-127", // an extract's own number, no item's
    "Rapport 2023 sur le prix de l'eau", // a year, no item's number
    "Point 3 du règlement intérieur", // a sentence
    "Question orale de M. Paul REY",
    "Motion relative au maintien du siège",
    "1 – Approbation du procès-verbal", // an ordinal alone: the sequences of src/segment/items.ts
    "3 - 2024-2028 Programme pluriannuel", // a span of years is no act's number
    "12/03/2024", // a date
    "2014/0007 La Ville décide de défendre ses intérêts", // an entry of the mayor's decisions
  ])("%s: no heading", (text) => expect(markedParts(text)).toBeNull());

  it("gives a registry's numbers one shape", () => expect([numberShape("C 24.110"), numberShape("C 24.111"), numberShape("24/512")]).toEqual(["A 99.999", "A 99.999", "99/999"]));
});
