import { describe, expect, it } from "vitest";
import { runningLines } from "../../src/normalise/furniture.js";

const HEADER = "Communauté de communes du Bocage Bourbonnais – Conseil communautaire du 26 juin 2025";
const page = (n: number, body: string[]) => [HEADER, ...body, `CR du conseil communautaire du 26/06/2025 – page ${n}/3`];

describe("running headers and footers", () => {
  it("leaves out their copies on the next pages, the first print kept, the page numbers alike", () => {
    const pages = [page(1, ["Présents : 33", "DEL2025-76"]), page(2, ["Objet : Tarifs", "Adopté à l'unanimité."]), page(3, ["DEL2025-80", "Objet : Assurance"])];
    expect([...runningLines(pages)].sort()).toEqual(["2:1", "2:4", "3:1", "3:4"]);
  });

  it.each([
    ["a single page", [page(1, ["DEL2025-76", "Objet : Tarifs"])]],
    // an outcome ending every page is the text's own
    ["an outcome that ends most pages", [["Délibération n° 1", "Objet : Tarifs", "Adopté à l'unanimité des votants"], ["Délibération n° 2", "Objet : Voirie", "Adopté à l'unanimité des votants"]]],
    // a line on one page of three is no running header
    ["a line at the edge of too few pages", [["Commune de Saint-Alban – séance du 4 mars", "Objet : Tarifs"], ["Objet : Voirie", "Texte de la délibération"], ["Objet : Écoles", "Commune de Saint-Alban – séance du 4 mars"], ["Objet : Sports", "Fin de la séance à 21 h"]]],
  ])("keeps every line of %s", (_name, pages) => expect(runningLines(pages).size).toBe(0));
});
