import { describe, expect, it } from "vitest";
import { parseCount, parseNumberWords, singleCounts } from "../../src/vocab/numbers.js";

describe("parseNumberWords", () => {
  it.each([
    ["vingt-trois", 23],
    ["dix-sept", 17],
    ["vingt et un", 21],
    ["soixante et onze", 71],
    ["soixante-dix-huit", 78],
    ["quatre-vingts", 80],
    ["quatre-vingt-dix-sept", 97],
    ["quatre-vingt-un", 81],
    ["deux mille vingt-deux", 2022],
    ["deux mil", 2000],
    ["deux mil dix-neuf", 2019],
    ["Deux-Mil-Vingt-Cing", 2025],
    ["DEUX MILLE VINGT-QUATRE", 2024],
    ["mille neuf cent quatre-vingt-seize", 1996],
    ["trois cents", 300],
    ["premier", 1],
    ["onze", 11],
  ])("%s -> %i", (text, value) => expect(parseNumberWords(text)).toBe(value));

  it.each([["Conseillers"], ["salle des fêtes"], [""]])("%j is not a number", (text) => expect(parseNumberWords(text)).toBeUndefined());
});

describe("parseCount", () => {
  it.each([
    ["14", 14],
    ["06", 6],
    ["/", 0],
    ["-", 0],
    ["néant", 0],
    ["aucune", 0],
    ["DEUX", 2],
    ["ONZE", 11],
    ["une", 1],
    ["14.", 14],
  ])("%j -> %i", (text, value) => expect(parseCount(text)).toBe(value));

  it.each([[undefined], ["Martin"]])("%j -> undefined", (text) => expect(parseCount(text)).toBeUndefined());
});

describe("singleCounts: a count given in words and in figures, once", () => {
  it.each([
    ["Quarante et une (41) voix pour, huit (8) abstentions", "41 voix pour, 8 abstentions"],
    ["Pour : quarante-deux (42)", "Pour : 42"],
    ["Contre : 3 (trois) M. Bruno VUAGNAT", "Contre : 3 M. Bruno VUAGNAT"],
    // the two disagree: the text stays as written
    ["Pour : quarante (42)", "Pour : quarante (42)"],
    // no count of votes or members after it: a title's words stay
    ["Création de deux (2) postes d'adjoint technique", "Création de deux (2) postes d'adjoint technique"],
    ["Article 2 (3) du règlement", "Article 2 (3) du règlement"],
  ])("%j -> %j", (text, want) => expect(singleCounts(text)).toBe(want));
});
