import { describe, expect, it } from "vitest";
import { cautiousDistinctCount, hasIdentifyingWord, sameMember } from "../../src/check/names.js";
import { person } from "./factory.js";

describe("sameMember", () => {
  it.each([
    ["DURANTON Bertrand", "Bertrand DURANTON", true], // surname first vs last
    ["M. Bertrand DURANTON", "Bertrand Duranton", true], // civility, case
    ["Hélène BOUVIER", "Helene Bouvier", true], // accents
    ["DURANTON B.", "Bertrand DURANTON", true], // initial
    ["SIMEONI M", "Marceau SIMEONI", true],
    ["M.L. CASTELLI", "Marie-Luce CASTELLI", true], // initials of a compound first name
    ["Mme Marie-Luce CASTELLI", "CASTELLI Marie-Luce", true],
    ["Dr. Xavier POLI, Maire", "POLI X", true], // role word and civility
    ["Jean- Jacques LECAT", "Jean-Jacques LECAT", true], // line break inside the first name
    ["Jean Jacques LECAT", "Jean-Jacques LECAT", true],
    ["Mario", "Mario", true], // first names only
    ["COROUGE", "Jean COROUGE", true], // surname alone
    ["ALBERTINI M", "Jean-Toussaint ALBERTINI", false], // a namesake
    ["Bertrand DURANTON", "Bernard DURANTON", false],
    ["Céline BOUCHON", "Sylvie BOUCHON", false],
    ["Paul RENAUDIN", "Paul VAUTRIN", false],
    ["le Maire", "Paul RENAUDIN", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameMember(person(a), person(b))).toBe(same);
    expect(sameMember(person(b), person(a))).toBe(same);
  });

  it.each([
    ["le Maire", false],
    ["Monsieur le Président", false],
    ["M. Paul RENAUDIN", true],
    ["Mario", true],
  ])("%s identifies a member: %s", (name, identifies) => {
    expect(hasIdentifyingWord(person(name))).toBe(identifies);
  });

  it.each([
    [["M.L. CASTELLI", "Marie-Luce CASTELLI", "Paula RINIERI"], 2],
    [["Jean-Toussaint ALBERTINI", "Marie ALBERTINI"], 1], // namesakes merge: a lower bound
    [["Paul RENAUDIN", "Claire VAUTRIN", "Henri LACOMBE"], 3],
    [["le Maire"], 0],
  ])("cautious count of %j is %i", (names, n) => {
    expect(cautiousDistinctCount(names.map(person))).toBe(n);
  });
});
