import { describe, expect, it } from "vitest";
import { replaced } from "./replaced.js";
import { spacedItemTables } from "../../src/normalise/spaced-table.js";

/** the page's lines as the normaliser writes them: a table's lines replaced by its rows */
const read = (text: string) => replaced(text, spacedItemTables);

// A région's list laid out by `pdftotext -layout`: number | object | result, the cells wrapped over several lines.
const RELEVE = `N°             Objet                                                            Résultat du vote
------------------------------------------------------------------------------------------------------------------
20242311       Lycées – Dotations globales de fonctionnement 2025 des lycées    Adopté
               publics et des établissements régionaux                          Pour : UDC, RN, GES, CRI

SOLIDARITÉS
20242315       Mobilités – Convention d'exploitation du service régional de     Adopté à la majorité
               transport ferroviaire de voyageurs                               Pour : 31 (UDC, CRI)
                                                                                Contre : 10 (GES)

Commission permanente du 19 novembre 2024 – Liste des délibérations                                        Page 1/2`;

describe("a table of items in columns of spaces", () => {
  it("each row becomes its heading and its labelled cells; a rubric stays; a footer ends the table", () => {
    expect(read(RELEVE)).toEqual([
      "N° 20242311 – Lycées – Dotations globales de fonctionnement 2025 des lycées publics et des établissements régionaux",
      "Résultat du vote : Adopté Pour : UDC, RN, GES, CRI",
      "SOLIDARITÉS",
      "N° 20242315 – Mobilités – Convention d'exploitation du service régional de transport ferroviaire de voyageurs",
      "Résultat du vote : Adopté à la majorité Pour : 31 (UDC, CRI) Contre : 10 (GES)",
      "Commission permanente du 19 novembre 2024 – Liste des délibérations                                        Page 1/2",
    ]);
  });

  it.each([
    ["a side box of counts", "En exercice    Présents    Votants\n15             12          14"],
    ["a header of items with one row only", "N°     Objet                      Vote\n2024-01    Budget primitif    Adopté"],
    ["prose", "Le Conseil municipal, après en avoir délibéré, adopte l'objet de la délibération."],
  ])("leaves %s as it is", (_name, text) => expect(read(text)).toEqual(text.split("\n")));
});
