import { describe, expect, it } from "vitest";
import { luhnValid, sirenProblem } from "../../src/check/siren.js";

describe("SIREN Luhn", () => {
  it.each([
    ["213804768", null], // Savas-Mépin
    ["212000962", null], // Corte
    ["213001100", null], // Flaux
    ["200071710", null], // an EPCI
    ["211300553", null], // Marseille
    ["217500016", null], // Paris
    ["938330784", null], // Merdrignac, new numbering
    ["213 804 768", null], // spaced as printed
    ["213804769", "checksum"],
    ["213804778", "checksum"],
    ["212000963", "checksum"],
    ["21380476", "format"],
    ["2138047680", "format"],
    ["21380476A", "format"],
  ])("%s -> %s", (siren, problem) => {
    expect(sirenProblem(siren)).toBe(problem);
  });

  it.each([
    ["21380476800013", false], // a commune SIREN with a made-up NIC
    ["21860194600013", true], // Poitiers' SIRET
    ["35600000000048", true], // La Poste head office
    ["0", true],
    ["18", true],
    ["19", false],
  ])("luhnValid(%s) = %s", (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });
});
