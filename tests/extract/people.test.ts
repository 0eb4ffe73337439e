import { describe, expect, it } from "vitest";
import { parsePeople, parsePerson, samePerson, splitNames } from "../../src/extract/people.js";

describe("parsePerson", () => {
  it.each([
    ["M. BACHER Bruno", "M.", "Bruno", "BACHER", null],
    ["Mme LAFORGE Odile", "Mme", "Odile", "LAFORGE", null],
    ["Bruno BACHER", null, "Bruno", "BACHER", null],
    ["Monsieur Hervé DUCLOS-MARTEL", "M.", "Hervé", "DUCLOS-MARTEL", null],
    ["Madame Anne-Sophie RIVOIRE", "Mme", "Anne-Sophie", "RIVOIRE", null],
    ["M.CHARRIER", "M.", null, "CHARRIER", null],
    ["MARTINETTI L", null, "L", "MARTINETTI", null],
    ["PERETTI JF", null, "JF", "PERETTI", null],
    ["SANTONI-VERDI A", null, "A", "SANTONI-VERDI", null],
    ["Denis JUVIN - Maire", null, "Denis", "JUVIN", "Maire"],
    ["Docteur Paul ROCCA, Maire", "Dr", "Paul", "ROCCA", "Maire"],
    ["Mme Lucie FAVRE, 2ème adjointe", "Mme", "Lucie", "FAVRE", "2ème adjointe"],
    ["Jean-Pierre", null, "Jean-Pierre", null, null],
    ["Maryse", null, "Maryse", null, null],
    ["JT Peraldi", null, "JT", "Peraldi", null],
    ["M. GIRAUD Alain (départ à 20h15)", "M.", "Alain", "GIRAUD", null],
    ["Messieurs Jacques BOUYSSOU", "M.", "Jacques", "BOUYSSOU", null],
    ["Mesdames Brigitte DELPEYRAT", "Mme", "Brigitte", "DELPEYRAT", null],
    // a particle in capitals is part of the surname, no initials
    ["Mme Nolwenn LE GALL", "Mme", "Nolwenn", "LE GALL", null],
    ["M. Vincent DA SILVA", "M.", "Vincent", "DA SILVA", null],
    ["LE BIHAN", null, null, "LE BIHAN", null],
    ["LE GALL Antoine", null, "Antoine", "LE GALL", null],
    ["Cédric DE SAINT JOUAN", null, "Cédric", "DE SAINT JOUAN", null],
  ])("%s", (raw, civility, firstName, lastName, role) => {
    expect(parsePerson(raw)).toMatchObject({ civility, firstName, lastName, role });
  });

  it.each([["14"], [""], ["-"], ["le conseil municipal de la commune a décidé ce jour"]])("%j is not a name", (raw) => expect(parsePerson(raw)).toBeNull());
});

describe("splitNames and parsePeople", () => {
  it.each([
    ["M. BACHER Bruno, Mme LAFORGE Odile", ["M. BACHER Bruno", "Mme LAFORGE Odile"]],
    ["Maryse ; Jean-Pierre ; Gaël", ["Maryse", "Jean-Pierre", "Gaël"]],
    ["MM. Pierre SALVAN et Marc TORRE", ["MM. Pierre SALVAN", "Marc TORRE"]],
    ["Lucie FAVRE - Paul ROCCA", ["Lucie FAVRE", "Paul ROCCA"]],
  ])("%s", (text, parts) => expect(splitNames(text)).toEqual(parts));

  it.each([
    ["M. BACHER Bruno, Mme LAFORGE Odile, M. GIRAUD Alain", ["BACHER", "LAFORGE", "GIRAUD"]],
    ["MM. Pierre SALVAN et Marc TORRE", ["SALVAN", "TORRE"]],
  ])("%s -> last names %j", (text, last) => expect(parsePeople(text).map((p) => p.lastName)).toEqual(last));

  it.each([
    // an office with its place or remit, in small letters, is the role of the name before it (a commune nouvelle's
    // maires délégués, an adjoint's remit); a name in small letters stays a name
    ["Mme Catherine DUPRAZ, maire déléguée d'Annecy-le-Vieux, M. Karim BENALI, maire délégué de Cran-Gevrier", [["DUPRAZ", "maire déléguée d'Annecy-le-Vieux"], ["BENALI", "maire délégué de Cran-Gevrier"]]],
    ["Mme Léa VIAL, adjointe chargée des finances, M. Paul REY", [["VIAL", "adjointe chargée des finances"], ["REY", null]]],
    ["M. Luc MARTIN, conseiller délégué aux sports", [["MARTIN", "conseiller délégué aux sports"]]],
  ])("%s -> last names and roles %j", (text, want) => expect(parsePeople(text).map((p) => [p.lastName, p.role])).toEqual(want));
});

describe("samePerson", () => {
  it.each([
    ["ROCCA P", "Paul ROCCA", true],
    ["M. BACHER Bruno", "Bruno BACHER", true],
    ["Mme Hélène MOREL", "MOREL Helene", true],
    ["ROCCA P", "Marc ROCCA", false],
    ["Paul ROCCA", "Paul FAVRE", false],
      // the first part of a double surname, no first name on one side
    ["Mme DASYLVA", "Titina DASYLVA-PEYRIN", true],
    ["Mme PEYRIN", "Titina DASYLVA-PEYRIN", false],
    ["M. MARTIN", "Jean MARTIN-DUPONT", true],
    ["Paul MARTIN", "Jean MARTIN-DUPONT", false],
])("%s ~ %s: %s", (a, b, same) => expect(samePerson(a, b)).toBe(same));
});

describe("names run together", () => {
  it.each([
    ["J.T. VALERI, E. BASTIANI. MJ CASANOVA", ["VALERI", "BASTIANI", "CASANOVA"]],
    ["M. Luciani, A. Orsoni", ["Luciani", "Orsoni"]],
    ["Paul ROCCA Lise HUET Jean-Marc TORRE", ["ROCCA", "HUET", "TORRE"]],
    ["Paul ROCCA, Maire, Lise HUET, Adjointe", ["ROCCA", "HUET"]],
  ])("%j -> %j", (text, lastNames) => {
    expect(parsePeople(text).map((p) => p.lastName ?? p.firstName)).toEqual(lastNames);
  });
});

describe("plural civilities", () => {
  it.each([
    ["Mmes Anne DUMAS", "Mme", "Anne", "DUMAS"],
    ["MM. Paul FAVIER", "M.", "Paul", "FAVIER"],
  ])("%j -> %s %s %s", (text, civility, firstName, lastName) => {
    expect(parsePerson(text)).toMatchObject({ civility, firstName, lastName });
  });
});
