// Folding for comparisons: accents off (a table for Latin-1 text, the full decomposition beyond it), lower case.
import { describe, expect, it } from "vitest";
import { foldLetters, foldWords, stripAccents } from "../../src/vocab/fold.js";

const decompose = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");

describe("stripAccents", () => {
  it.each([
    ["Préfecture", "Prefecture"],
    ["ÉLECTION DU MAIRE", "ELECTION DU MAIRE"],
    ["Bourg-Saint-Andéol, Ardèche", "Bourg-Saint-Andeol, Ardeche"],
    ["Çà et là, où naïf", "Ca et la, ou naif"],
    ["ŒUVRE d’art, Ā", "ŒUVRE d’art, A"],
    ["Æ ß Ø ×", "Æ ß Ø ×"],
  ])("%s", (text, expected) => expect(stripAccents(text)).toBe(expected));

  it("gives what canonical decomposition gives, for every Latin-1 character", () => {
    const all = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)).join("");
    expect(stripAccents(all)).toBe(decompose(all));
  });
});

describe("foldWords and foldLetters", () => {
  it.each([
    ["L'Isle-en-Dodon, 2024", "l isle en dodon 2024"],
    ["  Approbation du PROCÈS-VERBAL ", "approbation du proces verbal"],
  ])("foldWords %s", (text, expected) => expect(foldWords(text)).toBe(expected));
  it("foldLetters keeps the letters only", () => expect(foldLetters("Jean-Hervé")).toBe("jeanherve"));
});
