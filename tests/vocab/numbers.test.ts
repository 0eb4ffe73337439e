import { describe, expect, it } from "vitest";
import { parseCount, parseNumberWords } from "../../src/vocab/numbers.js";

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
