import { describe, expect, it } from "vitest";
import { normalise } from "../../src/normalise/index.js";
import { cellItems, hasMarkup, isItemTable, isMarkdownRule, itemRowLines, labelledCounts, splitRow, stripMarkdown, stripTags } from "../../src/normalise/markup.js";

describe("markup helpers", () => {
  it.each([
    ['<ul style="list-style-type: none">• Deux fois par an• Élus des communes</ul>', ["Deux fois par an", "Élus des communes"]],
    ["<ul><li>Réseau bibliothèques</li><li>Réseau crèches</li></ul>", ["Réseau bibliothèques", "Réseau crèches"]],
    ["Comité de suivi", ["Comité de suivi"]],
    ["<p>Caf &amp; MSA</p>", ["Caf & MSA"]],
  ])("cellItems(%j) -> %j", (cell, items) => expect(cellItems(cell)).toEqual(items));

  it.each([
    ["a\tb\tc", ["a", "b", "c"]],
    ["| Nom | Voix |", ["Nom", "Voix"]],
    ["pas de tableau", undefined],
  ])("splitRow(%j) -> %j", (line, cells) => expect(splitRow(line)).toEqual(cells));

  it.each([
    ["|---|:---:|", true],
    ["- Harmoniser les pratiques", false],
    // a grid table's rules, as pandoc writes them
    ["+----------------+----------------+", true],
    ["+================+================+", true],
    ["+ 3 pour", false],
  ])("isMarkdownRule(%j) -> %s", (line, rule) => expect(isMarkdownRule(line)).toBe(rule));

  it.each([
    ["<ul><li>x</li></ul>", true],
    ["Pour : 12 <br>", true],
    ["Montant < 5 000 €", false],
  ])("hasMarkup(%j) -> %s", (line, markup) => expect(hasMarkup(line)).toBe(markup));

  it.each([
    ["# Commune de Saint-Pierre-d'Albigny", "Commune de Saint-Pierre-d'Albigny"],
    ["### 2. Vote des taux d'imposition 2024 ###", "2. Vote des taux d'imposition 2024"],
    ["**Présents :** Mme Sandrine VIAL (Maire), M. Jean BERTHET", "Présents : Mme Sandrine VIAL (Maire), M. Jean BERTHET"],
    ["**Conseillers en exercice :** 19 – **Présents :** 15", "Conseillers en exercice : 19 – Présents : 15"],
    ["*Vote : unanimité (17 voix)*", "Vote : unanimité (17 voix)"],
    ["__Objet__ : Tarifs", "Objet : Tarifs"],
    ["* Mme Lise REY", "- Mme Lise REY"],
    ["Voir [la délibération](https://example.org/del.pdf) ![logo](logo.png)", "Voir la délibération "],
    ["1\\. Approbation, DEL2024\\_031", "1. Approbation, DEL2024_031"],
    ["Secrétaire : Mme Odile CARREL ### 1. Approbation", "Secrétaire : Mme Odile CARREL 1. Approbation"],
    // the asterisks that mark proxies stay
    ["Présents : Jean-Pierre (Pr*), Anne-Marie, Agnès (Pr**)", "Présents : Jean-Pierre (Pr*), Anne-Marie, Agnès (Pr**)"],
    ["Maryline*, Jacques**", "Maryline*, Jacques**"],
    ["Délibération n° 2024-12 # 3", "Délibération n° 2024-12 # 3"],
    // any punctuation escaped by a converter; bold over two lines, one marker on each
    ["*Délibération n\\° 2025-14* -- Rapporteur", "Délibération n° 2025-14 -- Rapporteur"],
    ["**6. Port de Porsguen – Tarifs des mouillages pour la", "6. Port de Porsguen – Tarifs des mouillages pour la"],
    ["saison 2025**", "saison 2025"],
  ])("stripMarkdown(%j) -> %j", (line, text) => expect(stripMarkdown(line)).toBe(text));

  it.each([
    [["Pour", "Contre", "Abstention"], ["15", "0", "2"], "Pour : 15 ; Contre : 0 ; Abstention : 2"],
    [undefined, ["Présents", "15"], "Présents : 15"],
    // a PDF's cells across a tab, the label with its colon
    [undefined, ["Présents :", "15"], "Présents : 15"],
    [["Pour", "Contre"], ["15", "/"], "Pour : 15 ; Contre : /"],
    [["Nom", "Voix"], ["Mme FAVRE", "12"], undefined],
    [["Commune", "Délégués"], ["Voiron", "Paul REY"], undefined],
  ])("labelledCounts(%j, %j) -> %j", (header, cells, text) => expect(labelledCounts(header, cells)).toBe(text));

  it.each([
    [["N°", "Objet", "Rapporteur", "Vote"], ["2", "Tarifs de la cantine", "Mme HUET", "12 pour, 2 contre"], ["2 - Tarifs de la cantine", "Rapporteur : Mme HUET", "Vote : 12 pour, 2 contre"]],
    [["Point", "Intitulé", "Décision"], ["3", "Subvention au comité des fêtes", ""], ["3 - Subvention au comité des fêtes"]],
    // an act's registry number in the number column
    [["N°", "Objet", "Décision", "Vote"], ["B2021-120", "Location de vélos – Tarifs 2022", "Le Bureau fixe les tarifs.", "Pour : 15 – Contre : 0"], ["B2021-120 Location de vélos – Tarifs 2022", "Décision : Le Bureau fixe les tarifs.", "Vote : Pour : 15 – Contre : 0"]],
    [["N°", "Objet"], ["voir annexe", "Suivi"], undefined],
    // not a table of items: no number column, or no number in it
    [["Instance", "Objet"], ["Comité de pilotage", "Suivi de la convention"], undefined],
    [["N°", "Objet"], ["", "Suivi"], undefined],
  ])("itemRowLines(%j, %j) -> %j", (header, cells, lines) => expect(itemRowLines(header, cells)).toEqual(lines));

  it("isItemTable", () => expect([isItemTable(["N°", "Objet", "Vote"]), isItemTable(["Nom", "Voix"])]).toEqual([true, false]));

  it("stripTags", () => expect(stripTags("<td>Élus&nbsp;des <b>communes</b></td>")).toBe("Élus des communes"));
});

describe("normalise", () => {
  it("an HTML list fragment becomes list lines", () => {
    const n = normalise([["Composition :", "<ul><li>M. Paul ROCCA</li><li>Mme Lucie FAVRE</li></ul>"]]);
    expect(n.lines.map((l) => [l.line, l.text])).toEqual([[1, "Composition :"], [2, "- M. Paul ROCCA"], [2, "- Mme Lucie FAVRE"]]);
  });

  // the body comes out as reflowed units (src/normalise/reflow.ts): runs of white space are one space, and a
  // unit keeps the page and line where it starts
  it("a tab table becomes a Table and its items stay in the body as list units", () => {
    const n = normalise([["Intro", "Comité de suivi\tGroupe projet", "<ul><li>3 fois par an</li><li>Élus</li></ul>\t<ul><li>Agents</li></ul>"]]);
    expect(n.tables).toEqual([{ page: 1, line: 2, header: ["Comité de suivi", "Groupe projet"], rows: [[["3 fois par an", "Élus"], ["Agents"]]] }]);
    expect(n.lines.map((l) => [l.line, l.text])).toEqual([[1, "Intro"], [2, "Comité de suivi Groupe projet"], [3, "- 3 fois par an"], [3, "- Élus"], [3, "- Agents"]]);
  });

  it("a row of two cells, an item's number and its title, is one heading, under a theme's row or not", () => {
    const n = normalise([["1.\tFINANCES", "", "N° 2024-071\tDécision modificative n° 2 – Budget principal 2024", "Rapporteur : Mme Françoise LACOMBE", "", "N° 2024-072\tMarché de Noël 2024 – Tarifs"]]);
    expect(n.lines.map((l) => l.text)).toEqual(["1. FINANCES", "N° 2024-071 Décision modificative n° 2 – Budget principal 2024", "Rapporteur : Mme Françoise LACOMBE", "N° 2024-072 Marché de Noël 2024 – Tarifs"]);
  });

  it("a vote's table as pandoc draws it, rules of dashes around it: its counts under their labels", () => {
    const n = normalise([["  -----------------------------------------------------------------------", "  Votants           Pour              Contre            Abstentions", "  ----------------- ----------------- ----------------- -----------------", "  46                38                8                 0", "", "  -----------------------------------------------------------------------"]]);
    expect(n.lines.map((l) => l.text)).toEqual(["Votants Pour Contre Abstentions", "Votants : 46 ;", "Pour : 38 ;", "Contre : 8 ;", "Abstentions : 0"]);
  });

  it("a member and their role in two cells, tabs repeated between them, is one item of the list, no table", () => {
    const n = normalise([["ÉTAIENT PRÉSENTS :", "M. Grégoire VANDEKERCKHOVE\tMaire", "Mme Sandrine LECOMTE\t\tPremière Adjointe", "Mme Patricia DECROIX\t\tConseillère municipale déléguée"]]);
    expect(n.lines.map((l) => l.text)).toEqual(["ÉTAIENT PRÉSENTS :", "- M. Grégoire VANDEKERCKHOVE, Maire", "- Mme Sandrine LECOMTE, Première Adjointe", "- Mme Patricia DECROIX, Conseillère municipale déléguée"]);
    expect(n.tables).toEqual([]);
  });

  it("joins a word cut at the line end, keeps a hyphenated first name whole", () => {
    const n = normalise([["dans le cadre du dévelop-", "pement durable", "Marie-", "Pierre DUVAL"]]);
    expect(n.lines.map((l) => [l.line, l.text])).toEqual([[1, "dans le cadre du développement durable Marie-Pierre DUVAL"]]);
  });

  it("drops stamp lines, keeps page and line of the body", () => {
    const n = normalise([["Envoyé en préfecture le 02/02/2024", "Reçu en préfecture le 02/02/2024", "ID : 038-213800012-20240129-2024_05-DE", "Le Maire expose"], ["Présents : 9"]]);
    expect(n.lines).toEqual([{ page: 1, line: 4, text: "Le Maire expose" }, { page: 2, line: 1, text: "Présents : 9" }]);
    expect(n.stamps.sent?.value).toBe("2024-02-02");
    expect(n.stamps.ids[0]?.id).toBe("038-213800012-20240129-2024_05-DE");
  });
});

describe("a table of items whose rows other lines interrupt", () => {
  it("reads every row under the header, past a rubric and a tally's lines", async () => {
    const { parseText } = await import("../../src/parse.js");
    const text = [
      "VILLE DE SAINT-ALBAN-DES-PRÉS", "Relevé des décisions du conseil municipal du 26 septembre 2024",
      "N°\tObjet\tRapporteur\tDécision",
      "Commission Ressources et Administration générale",
      "DCM-2024-231\tDésignation du secrétaire de séance\tM. le Maire\tAdoptée à l'unanimité",
      "DCM-2024-232\tDécision modificative n° 2 - Budget principal\tM. CHAUVEAU\tAdoptée à la majorité",
      "22 voix pour", "5 voix contre",
      "Commission Cadre de vie",
      "DCM-2024-233\tDénomination de voies\tM. LEDRU\tAdoptée à l'unanimité",
    ].join("\n");
    const acts = parseText(text, "releve.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.vote.outcome])).toEqual([
      ["DCM-2024-231", "Désignation du secrétaire de séance", "adopted"],
      ["DCM-2024-232", "Décision modificative n° 2 - Budget principal", "adopted"],
      ["DCM-2024-233", "Dénomination de voies", "adopted"],
    ]);
  });
});
