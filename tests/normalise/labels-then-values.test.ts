import { describe, expect, it } from "vitest";
import { replaced } from "./replaced.js";
import { labelsThenValues } from "../../src/normalise/labels-then-values.js";

/** the page's lines as the normaliser writes them: a box's lines replaced by its labelled values */
const read = (text: string) => replaced(text, labelsThenValues);

describe("a box read column after column: its labels, then its values", () => {
  it.each([
    ["counts", "Nombre de membres en exercice\nNombre de membres présents\nNombre de pouvoirs\nNombre de votants\n\n56\n40\n5\n45\n\nDate de la convocation :",
      ["Nombre de membres en exercice : 56", "Nombre de membres présents : 40", "Nombre de pouvoirs : 5", "Nombre de votants : 45", "", "Date de la convocation :"]],
    ["dates", "Date de la convocation :\nDate d'affichage :\n\n29/11/2024\n29/11/2024", ["Date de la convocation : 29/11/2024", "Date d'affichage : 29/11/2024"]],
    ["a vote's table, a blank line between its cells", "Votants\n\nPour\n\nContre\n\nAbstentions\n\n44\n\n38\n\n4\n\n2", ["Votants : 44", "Pour : 38", "Contre : 4", "Abstentions : 2"]],
  ])("%s", (_name, text, want) => expect(read(text)).toEqual(want));

  it.each([
    ["fewer values than labels", "Nombre de membres en exercice\nNombre de votants\n\n56"],
    ["more values than labels (a label not read as one)", "Vote\nPour\nContre\n44\n38\n4"],
    ["a label alone before a list of names", "Présents :\nMme Odile MARCHAL, M. Bastien ROYER"],
  ])("leaves %s as it is", (_name, text) => expect(read(text)).toEqual(text.split("\n")));
});
