import { describe, expect, it } from "vitest";
import { unquoted } from "../../src/normalise/quoted.js";

// (as-written only: the marks open the lines)
describe("an e-mail's quotation: its « > » marks gone from every line", () => {
  it("once or twice quoted, a blank line kept", () => {
    expect(unquoted(["Bonjour,", "> COMMUNE DE SÈTE", "> Présents : 32", ">", "> > Votants : 39", "> Secrétaire de séance : Mme Anne ROUX"]))
      .toEqual(["Bonjour,", "COMMUNE DE SÈTE", "Présents : 32", "", "Votants : 39", "Secrétaire de séance : Mme Anne ROUX"]);
  });

  it("leaves a text with a comparison or two alone", () => {
    expect(unquoted(["Le taux de valorisation", "> 50 % des déchets", "est atteint.", "Le Conseil approuve.", "Adopté."])).toBeUndefined();
  });
});
