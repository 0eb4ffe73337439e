// Acts of one set of minutes: each carries the attendance that held for it and who presided it.
import { describe, expect, it } from "vitest";
import { parseText as parseAsWritten } from "../../src/parse.js";
import { inEveryLayout } from "./layouts.js";

const MINUTES = `COMMUNE DE SAINT-ALBAN-DES-PRÉS
Compte rendu du conseil municipal du 12 mars 2024
Nombre de conseillers en exercice : 15
Présents : 12 - Votants : 13
Présents : M. Paul BERTIN, Mme Claire DUVAL, M. Hugo FERRAND, Mme Inès GARNIER, M. Luc HAMEL, Mme Rose JOLY, M. Yann KLEIN, Mme Léa LEROUX, M. Marc MOREL, Mme Nina PASCAL, M. Olivier RENAUD, Mme Sarah THOMAS
Pouvoirs : Mme Anne VIDAL à M. Paul BERTIN
Absents : M. Jules WEBER, Mme Zoé ARNAUD
Secrétaire de séance : Mme Claire DUVAL
24-03/001 — Compte administratif 2023 :
Le Maire quitte la salle. M. Hugo FERRAND prend la présidence.
Le Conseil, à l'unanimité, approuve le compte administratif 2023.
24-03/002 — Tarifs de la cantine scolaire :
Arrivée de M. Jules WEBER.
Le Conseil, par 13 voix pour et 1 abstention, fixe les tarifs.
M. Yann KLEIN quitte la séance.
24-03/003 — Subvention au comité des fêtes :
Le Conseil, à l'unanimité, attribue une subvention de 500 euros.
Fait à Saint-Alban-des-Prés, le 13 mars 2024.
Le Maire, Paul BERTIN`;


inEveryLayout("acts of minutes", (shape) => {
  const parseText = (text: string) => parseAsWritten(shape(text));
  const acts = () => parseText(MINUTES).acts;
  it("splits the three numbered items", () => expect(acts().map((a) => a.number)).toEqual(["24-03/001", "24-03/002", "24-03/003"]));

  it.each([
    [0, "FERRAND"],
    [1, "BERTIN"],
    [2, "BERTIN"],
  ])("act %i is presided by %s", (i, lastName) => expect(acts()[i]!.president?.lastName).toBe(lastName));

  it.each([
    // [act, present, present basis, voters]
    [0, 12, "stated", 12], // the mayor leaves the room for the compte administratif
    [1, 13, "inferred", 14],
    [2, 12, "inferred", 13],
  ])("act %i: %i present (%s), %i voters", (i, present, basis, voters) => {
    const a = acts()[i]!.attendance;
    expect([a.present, a.basis.present, a.voters]).toEqual([present, basis, voters]);
  });

  it("an arrival moves the member from the absent list to the present list for that act on", () => {
    const [first, second] = acts();
    expect(first!.attendance.absentMembers.map((p) => p.lastName)).toContain("WEBER");
    expect(second!.attendance.presentMembers.map((p) => p.lastName)).toContain("WEBER");
    expect(second!.attendance.absentMembers.map((p) => p.lastName)).not.toContain("WEBER");
  });

  it("a departure counts from the next act on", () => {
    const [, second, third] = acts();
    expect(second!.attendance.presentMembers.map((p) => p.lastName)).toContain("KLEIN");
    expect(third!.attendance.presentMembers.map((p) => p.lastName)).not.toContain("KLEIN");
  });

  it("the mayor leaving the room does not take part in that vote only", () => {
    const [first, second] = acts();
    expect(first!.attendance.notVoting.map((p) => p.name)).toEqual(["Le Maire"]);
    expect(second!.attendance.notVoting).toEqual([]);
  });
});

inEveryLayout("a section that holds two decisions", (shape) => {
  const parseText = (text: string) => parseAsWritten(shape(text));
  const CR = `C-R du Conseil municipal de SAINT-ALBAN
Vendredi 8 mars 2024, 20:00.
Présents : Paul, Claire, Hugo, Inès, Luc, Rose.
I      Travaux de la salle des fêtes.
       Le devis de l'entreprise Morel est retenu.
       ADOPTÉ à l'unanimité.
II     Adhésion aux associations.
       Club des aînés (adhésion de 30 €/an)
       ADOPTÉ à l'unanimité.
       Comité des fêtes (adhésion de 20 €/an)
       La cotisation est discutée.
       ADOPTÉ 4 voix pour, 2 abstentions.`;

  it("gives one act per outcome line, titled by the line that opens it", () => {
    const acts = parseText(CR).acts;
    expect(acts.map((a) => [a.title, a.vote.for, a.vote.abstentions, a.vote.outcome])).toEqual([
      ["Travaux de la salle des fêtes.", 6, 0, "adopted"],
      ["Club des aînés (adhésion de 30 €/an)", 6, 0, "adopted"],
      ["Comité des fêtes (adhésion de 20 €/an)", 4, 2, "adopted"],
    ]);
  });
});

inEveryLayout("the commune an informal compte rendu keeps naming", (shape) => {
  const parseText = (text: string) => parseAsWritten(shape(text));
  const body = (council: string) => `Compte rendu du ${council} du 8 mars 2024
Présents : Paul, Claire, Hugo.
1/ Travaux à Couthenans :
Les travaux de voirie de Couthenans commencent en avril. L'école de Couthenans reste ouverte.
9 votes pour`;

  it("is taken, marked inferred, for a municipal council", () => {
    const a = parseText(body("conseil municipal")).acts[0]!;
    expect([a.authority.name, a.authority.basis.name, a.authority.department, a.authority.basis.department]).toEqual(["Couthenans", "inferred", "70", "inferred"]);
  });

  it("is not taken for an intercommunal council, whose minutes name member communes", () => {
    expect(parseText(body("conseil communautaire")).acts[0]!.authority.name).toBeNull();
  });
});

inEveryLayout("a member's first name is not a commune", (shape) => {
  const parseText = (text: string) => parseAsWritten(shape(text));
  it("'pouvoir donné à Yves' does not count for the commune of Yves", () => {
    const text = `CR du conseil municipal 24 février 2023
Présents : Jean-Pierre, Yves, Nelly.
Excusés : Marc (pouvoir donné à Yves) / Anne (pouvoir donné à Yves)
1/ École :
Les enfants scolarisables à Couthenans, l'école de Couthenans, la cantine de Couthenans.
3 votes pour`;
    expect(parseText(text).acts[0]!.authority.name).toBe("Couthenans");
  });
});

inEveryLayout("where the session date comes from", (shape) => {
  const parseText = (text: string) => parseAsWritten(shape(text));
  it.each([
    ["DELIBERATION DU CONSEIL MUNICIPAL\nSéance du 12 mars 2024\nLe Conseil, à l'unanimité, APPROUVE le règlement.", "2024-03-12", "stated"],
    ["DELIBERATION DU CONSEIL MUNICIPAL\nID : 038-213804768-20240312-2024_07-DE\nLe Conseil, à l'unanimité, APPROUVE le règlement.", "2024-03-12", "inferred"],
  ])("%j -> %s (%s)", (text, date, basis) => {
    const act = parseText(text).acts[0]!;
    expect([act.sessionDate, act.basis.sessionDate]).toEqual([date, basis]);
  });
});

// A compte-rendu whose items are numbered 1, 2, 3 and carry the act's own number after « Délibération »
const ITEMS_WITH_ACT_NUMBERS = `Mairie de Saint-Alban-des-Prés
COMPTE RENDU DU CONSEIL MUNICIPAL DU LUNDI 6 NOVEMBRE 2023
Conseillers en exercice : 11 – Présents : 9 – Votants : 10

1. Approbation du compte rendu de la séance du 2 octobre 2023
Le compte rendu est approuvé à l'unanimité.

2. Délibération 2023-41 : Décision modificative n° 2 du budget principal
Madame le Maire présente la décision modificative qui ajuste les crédits de la section d'investissement.
Votants : 10 – Pour : 9 – Contre : 1 – Abstention : 0
La décision modificative est adoptée.

3. Délibération n° 2023-42 : Tarifs de la salle des fêtes 2024
Le Conseil municipal fixe les tarifs de location de la salle des fêtes à compter du 1er janvier 2024.
Vote : unanimité`;

inEveryLayout("an item number, then the act's own number and its title", (shape) => {
  it("gives each act the act's number and the title after it", () => {
    const acts = parseAsWritten(shape(ITEMS_WITH_ACT_NUMBERS)).acts;
    expect(acts.map((a) => [a.number, a.title])).toEqual([
      ["1", "Approbation du compte rendu de la séance du 2 octobre 2023"],
      ["2023-41", "Décision modificative n° 2 du budget principal"],
      ["2023-42", "Tarifs de la salle des fêtes 2024"],
    ]);
    expect(acts.map((a) => [a.vote.for, a.vote.against])).toEqual([[10, 0], [9, 1], [10, 0]]);
  });
});

// Items headed by the act's number with its prefix, the mayor leaving the room for the compte administratif
const PREFIXED_NUMBERS = `Commune de Saint-Alban-des-Prés
PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance ordinaire du mardi 14 février 2023
Membres en exercice : quinze Présents : douze Votants : treize

DCM 2023-007 – Approbation du compte de gestion 2022
Le conseil municipal, après en avoir délibéré, à l'unanimité des membres présents et représentés, approuve le compte de gestion 2022.

DCM 2023-008 – Vote du compte administratif 2022
Monsieur le Maire ayant quitté la salle, le conseil municipal siège sous la présidence de Mme Agnès DUNAND, première adjointe.
Votants : douze – Pour : onze – Contre : / – Abstention : un
Le compte administratif 2022 est adopté.`;

inEveryLayout("numbers with their prefix; the mayor leaving the room", (shape) => {
  it("keeps « DCM » with the number and counts the mayor out of the vote he left", () => {
    const acts = parseAsWritten(shape(PREFIXED_NUMBERS)).acts;
    expect(acts.map((a) => [a.number, a.title])).toEqual([
      ["DCM 2023-007", "Approbation du compte de gestion 2022"],
      ["DCM 2023-008", "Vote du compte administratif 2022"],
    ]);
    expect(acts.map((a) => a.attendance.notVoting.map((p) => p.name))).toEqual([[], ["Le Maire"]]);
    expect(acts[1]!.vote).toMatchObject({ for: 11, against: 0, abstentions: 1 });
  });
});

inEveryLayout("an extract's own counts already leave out its non-voters", (shape) => {
  const EXTRACT = `VILLE DE MARSEILLE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 24 juin 2024
Délibération n° 24/0321/VDV
Objet : Attribution de subventions aux associations sportives
Monsieur Karim BELKACEM et Madame Sylvie DELPRAT, membres du bureau d'une association, ne prennent pas part au vote.
Votants : 93 - Pour : 82 - Contre : 0 - Abstentions : 11
La délibération est adoptée.
`;
  it("keeps « Votants : 93 » as stated, the two members named as not voting", () => {
    const a = parseAsWritten(shape(EXTRACT)).acts[0]!.attendance;
    expect([a.voters, a.basis.voters, a.notVoting.map((p) => p.lastName)]).toEqual([93, "stated", ["BELKACEM", "DELPRAT"]]);
  });
});

inEveryLayout("minutes whose acts each state their voters", (shape) => {
  const MINUTES = `COMMUNE DE BESSANS
COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL du 14 septembre 2023
Conseillers en exercice : 11 Présents : 8 Votants : 10
Délibération n° 2023-044 : Convention de déneigement avec Bonneval-sur-Arc
Le Maire présente la convention.
Votants : 10 - Pour : 8 - Contre : 1 - Abstentions : 1
Délibération n° 2023-045 : Subvention exceptionnelle au Ski-Club
Mme Odile CIMAZ, présidente du club, quitte la salle et ne prend part ni au débat ni au vote (ainsi que le pouvoir qu'elle détient).
Votants : 8 - Pour : 8 - Contre : 0
`;
  it("gives each act the voters its text states", () => {
    const acts = parseAsWritten(shape(MINUTES)).acts;
    expect(acts.map((a) => [a.number, a.attendance.voters, a.attendance.basis.voters])).toEqual([["2023-044", 10, "stated"], ["2023-045", 8, "stated"]]);
  });
});

inEveryLayout("an extract whose chair leaves the room for the act", (shape) => {
  const EXTRACT = `MAIRIE DE TOULOUSE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS Délibération n° 24-0456
Compte financier unique 2023 - Budget principal - Approbation
Le vendredi vingt-huit juin deux mille vingt-quatre, le Conseil Municipal s'est réuni sous la présidence de Monsieur Jean-Marc DUPRAT, Maire.
Monsieur le Maire ayant quitté la salle pour l'examen et le vote du présent rapport, la séance est présidée par Monsieur Xavier ROUQUETTE, Premier Adjoint.
Le Conseil Municipal, par 45 voix pour et 16 voix contre, approuve le compte financier unique 2023.
`;
  it("gives the act the member who presided over it", () => {
    expect(parseAsWritten(shape(EXTRACT)).acts[0]!.president).toMatchObject({ firstName: "Xavier", lastName: "ROUQUETTE" });
  });
});

inEveryLayout("a chair elected for the act when the mayor withdraws", (shape) => {
  const EXTRACT = `VILLE DE SAINT-ALBAN-DES-PRÉS
CONSEIL MUNICIPAL
Séance du lundi 23 juin 2025
Sous la présidence de M. Hervé MARIAC, Maire
Objet : Compte financier unique 2024
Pour l'examen du présent rapport, M. Hervé MARIAC, Maire, a quitté la salle des séances. Le Conseil municipal a élu à l'unanimité Mme Lise HUET, Première Adjointe, pour présider la séance pendant l'examen et le vote.
Le Conseil municipal approuve le compte financier unique 2024.
Pour : 21
Contre : 6
Adopté à la majorité.
`;
  it("gives the act the chair elected, and the chair's election no unanimity", () => {
    const act = parseAsWritten(shape(EXTRACT)).acts[0]!;
    expect([act.president?.lastName, act.vote.for, act.vote.against, act.vote.unanimous]).toEqual(["HUET", 21, 6, false]);
  });
});

inEveryLayout("a member who leaves and hands over a proxy", (shape) => {
  const MINUTES = `COMMUNE DE SAINT-ALBAN-DES-PRÉS
Compte rendu du conseil municipal du 12 mars 2024
Conseillers en exercice : 15 – Présents : 13 – Pouvoirs : 1 – Votants : 14
1. Tarifs de la cantine scolaire
Le Conseil, à l'unanimité, fixe les tarifs.
M. Yann KLEIN quitte la séance et donne pouvoir à M. Paul BERTIN.
2. Subvention au comité des fêtes
Le Conseil, à l'unanimité, accorde la subvention.
`;
  it("counts them represented from the next item on, the votes cast unchanged", () => {
    const acts = parseAsWritten(shape(MINUTES)).acts;
    expect(acts.map((a) => [a.attendance.present, a.attendance.represented, a.attendance.voters, a.vote.for])).toEqual([[13, 1, 14, 14], [12, 2, 14, 14]]);
  });
});

inEveryLayout("acts of minutes each under its own stamp (a syndicat's comité: « … ID : 045-…-CS2024_19-DE » under each act)", (shape) => {
  const TEXT = [
    "SMICTOM DU VAL DE SAULDRE",
    "Compte rendu du comité syndical du 21 novembre 2024",
    "",
    "────────────────────────────────",
    "",
    "Délibération n° CS 2024-18",
    "Objet : Approbation du compte rendu de la séance du 26 septembre 2024",
    "Adopté à l'unanimité.",
    "Télétransmis en préfecture le 27/11/2024 – ID : 045-254500986-20241121-CS2024_18-DE",
    "",
    "────────────────────────────────",
    "",
    "Délibération n° CS 2024-19",
    "Objet : Budget principal 2024 – Décision modificative n° 2",
    "Adoptée à l'unanimité des membres présents et représentés.",
    "Télétransmis en préfecture le 27/11/2024 – ID : 045-254500986-20241121-CS2024_19-DE",
  ].join("\n");
  const acts = () => parseAsWritten(shape(TEXT)).acts;
  // (the rule between two acts is what parts them: collapsed to one line, it stands inside a unit, and the second
  // act's heading runs on after the first act's stamp; the layout as written and re-wrapped keep it on its own line)
  it.runIf(shape(TEXT) !== TEXT.replace(/\s+/g, " ").trim())("reads each act's number and gives it the identifier of its own stamp", () => {
    expect(acts().map((a) => [a.number, a.title, a.prefecture.id, a.prefecture.sentDate])).toEqual([
      ["CS 2024-18", "Approbation du compte rendu de la séance du 26 septembre 2024", "045-254500986-20241121-CS2024_18-DE", "2024-11-27"],
      ["CS 2024-19", "Budget principal 2024 – Décision modificative n° 2", "045-254500986-20241121-CS2024_19-DE", "2024-11-27"],
    ]);
  });
});
