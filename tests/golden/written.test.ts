// Whole acts written in the wordings of councils the corpus does not have (fixtures/written/README.md): what ctg
// reads in each, value by value, as written, collapsed to one line and wrapped at 40 columns.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBytes, parseText } from "../../src/parse.js";
import type { Act } from "../../src/schema/record.js";
import { LAYOUTS } from "../extract/layouts.js";

const read = (name: string) => readFileSync(`fixtures/written/${name}`, "utf8");

/** The fields a clerk checks first, in one row per act. */
function row(a: Act) {
  const at = a.attendance;
  return {
    number: a.number,
    title: a.title,
    date: a.sessionDate,
    authority: a.authority.name,
    president: a.president?.name ?? null,
    secretary: a.secretary?.name ?? null,
    counts: [at.inOffice, at.present, at.represented, at.voters],
    proxies: at.proxies.map((p) => `${p.from.lastName} > ${p.to?.lastName ?? "?"}`),
    vote: [a.vote.for, a.vote.against, a.vote.abstentions, a.vote.outcome],
  };
}

const EXPECTED: Array<[string, Array<ReturnType<typeof row>>]> = [
  ["brigne-sur-layon-2023-018.txt", [{
    number: "2023-018", title: "Vote des taux d'imposition 2023", date: "2023-03-28", authority: "Brigné-sur-Layon",
    president: "Jean DUPRAT", secretary: "Claire BOUVIER", counts: [19, 15, 2, 17],
    proxies: ["BRUN > MERCIER", "LAMBERT > LEROUX"], vote: [15, 2, 0, "adopted"],
  }]],
  ["cc-vallee-du-lot-dcc-2024-057.txt", [{
    number: "DCC-2024-057", title: "ATTRIBUTION D'UN FONDS DE CONCOURS À LA COMMUNE DE SAINT-GÉRY POUR LA RÉNOVATION DE L'ÉCOLE",
    date: "2024-09-12", authority: "COMMUNAUTÉ DE COMMUNES DU PAYS DE LA VALLÉE DU LOT", president: "Hélène VIGUIER",
    secretary: "GINESTE Corinne", counts: [42, 31, 6, 37],
    proxies: ["LAVAL > ANDRIEU", "MAZARS > BARRAU", "NEGRE > CAMBON", "OLIVIE > DELPECH", "POUJADE > ESPINASSE", "RIGAL > FABRE"],
    vote: [37, 0, 0, "adopted"],
  }]],
  ["saint-just-en-chaussee-2023-045.txt", [{
    number: "2023/045", title: "CRÉATION D'UN POSTE D'ADJOINT TECHNIQUE TERRITORIAL", date: "2023-06-12",
    authority: "Saint-Just-en-Chaussée", president: "Frédéric BOUCHEZ", secretary: "LECLERCQ", counts: [23, 19, 2, 21],
    proxies: ["ARNOULD > BOUCHEZ", "BRUNET > CARON"], vote: [19, 0, 2, "adopted"],
  }]],
  ["montbrison-sur-lez-2023-03-03.txt", [{
    // no number, no count in office, no « contre » in the act: null
    number: null, title: "Adhésion au groupement de commandes pour l'achat d'électricité", date: "2023-03-03",
    authority: "Montbrison-sur-Lez", president: "Sylvie ARNAUD", secretary: "Paul CHASTAN", counts: [null, 7, 1, null],
    proxies: ["HUGUES > ARNAUD"], vote: [7, null, 1, "adopted"],
  }]],
  ["siaep-vallee-arc-2024-31.txt", [{
    number: "2024-31", title: "Rapport sur le prix et la qualité du service public de l'eau potable 2023", date: "2024-11-21",
    authority: "SYNDICAT INTERCOMMUNAL D'ALIMENTATION EN EAU POTABLE DE LA VALLÉE DE L'ARC", president: "Gilles RAMBAUD",
    secretary: "VIAL", counts: [18, 13, 2, 15], proxies: ["MICHEL > RAMBAUD", "NOVEL > CHARVET"], vote: [15, 0, 0, "adopted"],
  }]],
  ["pont-saint-esprit-2024-05-12.txt", [{
    number: "2024-05-12", title: "Garantie d'emprunt accordée à Habitat du Gard pour la construction de 24 logements sociaux",
    date: "2024-05-27", authority: "Pont-Saint-Esprit", president: "Claire LAPEYRE", secretary: "Fanny ESTEVE",
    counts: [29, 22, 4, 26], proxies: ["BARRAL > LAPEYRE", "COSTE > ROUX", "FAGES > CHERIF", "GUIRAUD > BONNET"],
    vote: [24, 2, null, "adopted"],
  }]],
  ["saint-pierre-de-chartreuse-2024-014.txt", [{
    // « Absents excusés ayant donné pouvoir : » lists the proxies; no absent count is written: none inferred
    number: "2024-014", title: "Acquisition d'une parcelle au lieu-dit Les Égaux", date: "2024-03-12", authority: "Saint-Pierre-de-Chartreuse",
    president: "Hélène BOURCIER", secretary: "Agathe ROUX", counts: [15, 12, 2, 14], proxies: ["PELLET > BOURCIER", "VIAL > FAVIER"],
    vote: [12, 1, 1, "adopted"],
  }]],
  ["cc-coeur-de-savoie-dcc-2024-112.txt", [{
    number: "DCC2024_112", title: "GEMAPI – FIXATION DU PRODUIT DE LA TAXE POUR L'ANNÉE 2025", date: "2024-06-13",
    authority: "Communauté de communes Cœur de Savoie", president: "Lionel RAVEL", secretary: "Claire MOLLIER", counts: [45, 31, 5, 36],
    proxies: ["JANIN > RAVEL", "SIBUET > CHAMOUX", "TOURNIER > DURAZ", "CURTET > MOLLIER", "BLANC > TARDY"], vote: [33, 1, 2, "adopted"],
  }]],
  ["domme-2024-del-027.txt", [{
    // « à la majorité » with the votes against and the abstention counted: the votes for are not written, and not
    // inferred (members may have left the vote)
    number: "2024-DEL-027", title: "RÉVISION DES TARIFS DU CAMPING MUNICIPAL POUR LA SAISON 2024", date: "2024-03-12", authority: "Domme",
    president: "Alain LAFON", secretary: "Christophe DELMAS", counts: [15, 11, 2, 13], proxies: ["TEYSSANDIER > LAFON", "VALADE > FAURE"],
    vote: [null, 2, 1, "adopted"],
  }]],
  ["bourgoin-jallieu-dcm-2024-06-015.txt", [{
    // a town's act: counts labelled « Nombre de … », proxies only (no list of the present), a group against
    number: "DCM-2024-06-015", title: "FINANCES – BUDGET PRINCIPAL – DÉCISION MODIFICATIVE N° 1", date: "2024-06-20", authority: "Bourgoin-Jallieu",
    president: "Fabien RAJON", secretary: "Carole JACQUEMET", counts: [33, 26, 7, 33],
    proxies: ["GARNIER > RAJON", "HÉRAUD > JACQUEMET", "LAMBERT > MOULIN", "NIVON > OGIER", "PASCAL > QUINTIN", "RIVAL > SALLES", "TISSIER > USSEL"],
    vote: [27, 6, 0, "adopted"],
  }]],
  ["lezignan-corbieres-2024-052.txt", [{
    // surnames only, grouped under « MM. » and « Mmes » with roles in brackets; « Excusés représentés : X (pouvoir à Y) »
    number: "24/052", title: "Attribution d'une subvention exceptionnelle à l'association « Les Amis du Minervois »", date: "2024-04-29",
    authority: "Lézignan-Corbières", president: "Gérard FORCADA", secretary: "Sylvie BONNAFOUS", counts: [29, 22, 5, 27],
    proxies: ["ANDRIEU > FORCADA", "BLANC > AZAIS", "CASTEL > ALBERT", "DAVID > CROS", "ESTEVE > BARTHES"], vote: [26, 0, 1, "adopted"],
  }]],
  ["foncine-le-haut-2024-06-17.txt", [{
    // counts separated by semicolons, the proxies in brackets after their count, « Voix pour : 12 ; Voix contre : 0 »
    number: null, title: "Vente de bois de la forêt communale – exercice 2025", date: "2024-06-17", authority: "Foncine-le-Haut",
    president: "Denis BOURGEOIS", secretary: "Claire JEUNET", counts: [14, 11, 2, 13], proxies: ["MONNIER > BOURGEOIS", "THEVENIN > BESSON"],
    vote: [12, 0, 1, "adopted"],
  }]],
  ["saint-amour-bellevue-ocr-2024-12-09.txt", [{
    // read by OCR: « é » as 6, « I » as l, « O » as 0, « à » without its accent; « ll » in office is no figure: null
    number: null, title: "Tarifs de la salle des fétes 2025", date: "2024-12-09", authority: "Saint-Amour-Bellevue",
    president: "Thierry PAQUET", secretary: "Julie PERRAUD", counts: [null, 9, 1, 10], proxies: ["RAMBAUD > PAQUET"],
    vote: [10, 0, 0, "adopted"],
  }]],
  ["champagnac-le-vieux-2024-09.txt", [{
    // counts and votes in words, dates « 10/04/24 », « Pouvoir de X à Y », no chair named (no member listed as Maire)
    number: "2024-09", title: "Vote des taux des taxes directes locales 2024", date: "2024-04-10", authority: "Champagnac-le-Vieux",
    president: null, secretary: "Odile FAURE", counts: [11, 9, 1, 10], proxies: ["ARNAUD > GIRAUD"], vote: [8, 1, 1, "adopted"],
  }]],
  ["sivom-vallee-ouche-2024-03.txt", [{
    // « Membres présents : 8 sur 12 », the chair leaving for the compte administratif, « (7 voix) » after the unanimity
    number: "2024-03", title: "Vote du compte administratif 2023", date: "2024-03-18", authority: "SIVOM DE LA VALLÉE DE L'OUCHE",
    president: "Jacques FOURNIER", secretary: "Jacques FOURNIER", counts: [12, 8, 0, 8], proxies: [], vote: [7, 0, 0, "adopted"],
  }]],
  ["ornans-2025-004.txt", [{
    // dates in words (« trente et un janvier »), « formant la majorité des membres en exercice », no chair named
    number: "2025-004", title: "Demande de subvention au titre de la DETR 2025", date: "2025-01-31", authority: "Ornans",
    president: null, secretary: "Gaëlle LAMBERT", counts: [null, 14, 1, null], proxies: ["BRISARD > BOURGEOIS"], vote: [14, 1, null, "adopted"],
  }]],
  ["la-chapelle-sur-erdre-2024-072.txt", [{
    // inclusive labels (« Présent(e)s », « Représenté(e)s »), « nº » for the number, non-breaking spaces before colons
    number: "2024-072", title: "Garantie d'emprunt à Atlantique Habitations", date: "2024-07-08", authority: "La Chapelle-sur-Erdre",
    president: null, secretary: "Claire TRÉMOUREUX", counts: [33, 27, 5, 32], proxies: ["PÉRON > ROUSSEL"], vote: [32, 0, 0, "adopted"],
  }]],
  ["smbv-sevre-nantaise-cs-2024-38.txt", [{
    // « à l'unanimité des membres présents et représentés »: the votes for are the voters, inferred
    number: "CS-2024-38", title: "Approbation du programme de restauration des cours d'eau 2025-2029", date: "2024-11-21",
    authority: "SYNDICAT MIXTE DU BASSIN VERSANT DE LA SÈVRE NANTAISE", president: "Martine GRELLIER", secretary: "Loïc JOUSSEAUME",
    counts: [24, 17, 3, 20], proxies: ["AUDRAIN > GRELLIER", "BRIAND > BOSSARD", "CLÉMENT > YOU"], vote: [20, 0, 0, "adopted"],
  }]],
  // typed without accents, « Nbre de Conseillers en exercice : 19 / Presents : 12 / Votants : 15 », items « 2020-1 : »
  // right after the secretary's name (collapsed), the chair leaving for the compte administratif
  ["saint-germain-au-mont-d-or-pv-2020-02-11.txt", [
    { number: "2020-1", title: "Approbation du compte de gestion 2019", date: "2020-02-11", authority: "Saint-Germain-au-Mont-d'Or", president: "Gerard PONCET", secretary: "Laure CHAPUIS", counts: [19, 12, 3, 15], proxies: ["CHOL > MOULIN", "GUY > PONCET", "RIBES > MASSON"], vote: [15, 0, 0, "adopted"] },
    { number: "2020-2", title: "Vote du compte administratif 2019", date: "2020-02-11", authority: "Saint-Germain-au-Mont-d'Or", president: "Sylvie MOULIN", secretary: "Laure CHAPUIS", counts: [19, 12, 3, 15], proxies: ["CHOL > MOULIN", "GUY > PONCET", "RIBES > MASSON"], vote: [13, null, 1, "adopted"] },
    { number: "2020-3", title: "Affectation du resultat 2019", date: "2020-02-11", authority: "Saint-Germain-au-Mont-d'Or", president: "Gerard PONCET", secretary: "Laure CHAPUIS", counts: [19, 12, 3, 15], proxies: ["CHOL > MOULIN", "GUY > PONCET", "RIBES > MASSON"], vote: [12, 3, 0, "adopted"] },
  ]],
  // the classic extract: « Nombre de membres / Afférents … / Qui ont pris part à la délibération », « Absents excusés
  // représentés : X par Y », « A été élu secrétaire : », « à l'unanimité des membres présents et représentés : » before
  // the decisions (no proxy), the ACTES receipt « Date de télétransmission / Date de réception préfecture »
  ["la-buisse-dcm-2024-014.txt", [{
    number: "DCM2024_014", title: "Convention de mise à disposition de la salle polyvalente au comité des fêtes", date: "2024-03-07",
    authority: "La Buisse", president: "Hélène ROCHAS", secretary: "ESTRADE", counts: [19, 15, 2, 17],
    proxies: ["PELLET > ROCHAS", "SIBUT > COLLET"], vote: [17, 0, 0, "adopted"],
  }]],
  // a large town's compte rendu sommaire: items « 1 - RUBRIQUE - Titre », « Rapporteur : », « Adoptée à l'unanimité »,
  // tallies « Pour : 19 ; Contre : 4 (groupe …) ; Abstentions : 1 (M. …) », « Ne prend pas part au vote : M. X »
  ["valence-cr-sommaire-2024-03-18.txt", [
    { number: "1", title: "DIRECTION GÉNÉRALE - Approbation du procès-verbal de la séance du 5 février 2024", date: "2024-03-18", authority: "Valence", president: "Thierry ALBERTIN", secretary: "Lisa VERNET", counts: [null, 21, 3, null], proxies: ["BERNE > ALBERTIN", "GIRARDET > CORNUT", "FAURE > CHOVIN"], vote: [24, 0, 0, "adopted"] },
    { number: "2", title: "FINANCES - Budget supplémentaire 2024", date: "2024-03-18", authority: "Valence", president: "Thierry ALBERTIN", secretary: "Lisa VERNET", counts: [null, 21, 3, null], proxies: ["BERNE > ALBERTIN", "GIRARDET > CORNUT", "FAURE > CHOVIN"], vote: [19, 4, 1, "adopted"] },
    { number: "3", title: "URBANISME - Cession d'un terrain rue Faventines à la société Drôme Aménagement Habitat", date: "2024-03-18", authority: "Valence", president: "Thierry ALBERTIN", secretary: "Lisa VERNET", counts: [null, 21, 3, null], proxies: ["BERNE > ALBERTIN", "GIRARDET > CORNUT", "FAURE > CHOVIN"], vote: [23, 0, 0, "adopted"] },
    { number: "4", title: "CULTURE - Convention de partenariat avec la Comédie de Valence, centre dramatique national", date: "2024-03-18", authority: "Valence", president: "Thierry ALBERTIN", secretary: "Lisa VERNET", counts: [null, 21, 3, null], proxies: ["BERNE > ALBERTIN", "GIRARDET > CORNUT", "FAURE > CHOVIN"], vote: [22, 0, 2, "adopted"] },
  ]],
  // a town's verbatim procès-verbal: « RAPPORT N° 1 – RUBRIQUE – Titre », turns « M. LE MAIRE. – », the secretary
  // proposed by the chair, tallies in brackets after the outcome « (Adopté à la majorité : 33 voix pour, …) »
  ["chambery-pv-2024-11-14.txt", [
    { number: "1", title: "ADMINISTRATION GÉNÉRALE – Approbation du procès-verbal de la séance du 26 septembre 2024", date: "2024-11-14", authority: "Chambéry", president: "Henri VALLIN", secretary: "Léa MOLLARD", counts: [43, 36, 5, 41], proxies: ["BLANC > VALLIN", "CATTIN > ABRY", "DUNAND > DAVIET", "FILLION > FAVRE", "GUILLOT > GAY"], vote: [41, 0, 0, "adopted"] },
    { number: "2", title: "FINANCES – Décision modificative n° 2 du budget principal 2024", date: "2024-11-14", authority: "Chambéry", president: "Henri VALLIN", secretary: "Léa MOLLARD", counts: [43, 36, 5, 41], proxies: ["BLANC > VALLIN", "CATTIN > ABRY", "DUNAND > DAVIET", "FILLION > FAVRE", "GUILLOT > GAY"], vote: [33, 6, 2, "adopted"] },
    { number: "3", title: "URBANISME – Acquisition d'une parcelle cadastrée BK 112 avenue de Lyon", date: "2024-11-14", authority: "Chambéry", president: "Henri VALLIN", secretary: "Léa MOLLARD", counts: [43, 36, 5, 41], proxies: ["BLANC > VALLIN", "CATTIN > ABRY", "DUNAND > DAVIET", "FILLION > FAVRE", "GUILLOT > GAY"], vote: [41, 0, 0, "adopted"] },
  ]],
  // an agglomeration's extract: delegates with their commune in brackets, also the proxies' (« Mme Claire ARNAUD
  // (Voiron) à M. Bruno CATTIN »), « Nombre de délégués : en exercice : 24 - présents : 18 - pouvoirs : 4 - votants : 22 »
  ["ca-pays-voironnais-2024-045.txt", [{
    number: "2024-045", title: "FINANCES – Budget principal 2024 – Décision modificative n° 1", date: "2024-03-26",
    authority: "COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS VOIRONNAIS", president: "Bruno CATTIN", secretary: "Anne BOREL", counts: [24, 18, 4, 22],
    proxies: ["ARNAUD > CATTIN", "BLANC > ESCOFFIER", "GIROUD > MOREL", "ROUX > FAURE"], vote: [19, 2, 1, "adopted"],
  }]],
  // a town's extract under « Transmis au représentant de l'État le … » / « Reçu au contrôle de légalité le … », the
  // tally « adoptée par 18 voix pour et 2 abstentions (Mme …, M. …) » (no « contre »: 0, inferred, as 18 + 2 make the 20
  // voters stated)
  ["cluny-2024-16.txt", [{
    number: "2024/16", title: "Tarifs des services périscolaires à compter du 1er septembre 2024", date: "2024-03-12",
    authority: "Cluny", president: "Jean-Luc MARGUIN", secretary: "Claire NUGUES", counts: [23, 17, 3, 20],
    proxies: ["MOREAU > FAUVET", "LEBLANC > GIRARDOT", "PETIT > MARGUIN"], vote: [18, 0, 2, "adopted"],
  }]],
  // a side box read line by line (« Nombre de membres » / « en exercice » / « 23 » / « Présents » / « 19 »), the
  // ladies then the gentlemen after a semicolon (« Mmes A, B ; MM. C, D »), no act number: null
  ["saint-alban-leysse-2024-06-04.txt", [{
    number: null, title: "Garantie d'emprunt à l'OPAC de la Savoie pour la réhabilitation de 32 logements", date: "2024-06-04",
    authority: "Saint-Alban-Leysse", president: "Claire BOUVIER", secretary: "REVEL", counts: [23, 19, 2, 21],
    proxies: ["BURDIN > BOUVIER", "JOLY > CARRON"], vote: [21, 0, 0, "adopted"],
  }]],
  // a town's compte rendu in columns, rapporteur | number | object: « M. VALADE 2 Budget principal – … », the tally on one
  // line « Pour : 9 / Contre : 2 (groupe …) / Abstention : 1 »
  ["nimes-cr-sommaire-2024-03-30.txt", [
    { number: "1", title: "Approbation du procès-verbal de la séance du 10 février 2024", date: "2024-03-30", authority: "Nîmes", president: "Jean-Pierre FOUCHER", secretary: null, counts: [null,  10, 2, null], proxies: ["BOUGET > VALADE", "FAHLAOUI > BERTHIER"], vote: [12, 0, 0, "adopted"] },
    { number: "2", title: "Budget principal – Reprise anticipée des résultats 2023", date: "2024-03-30", authority: "Nîmes", president: "Jean-Pierre FOUCHER", secretary: null, counts: [null,  10, 2, null], proxies: ["BOUGET > VALADE", "FAHLAOUI > BERTHIER"], vote: [9, 2, 1, "adopted"] },
    { number: "3", title: "Convention de mise à disposition du stade des Costières", date: "2024-03-30", authority: "Nîmes", president: "Jean-Pierre FOUCHER", secretary: null, counts: [null,  10, 2, null], proxies: ["BOUGET > VALADE", "FAHLAOUI > BERTHIER"], vote: [12, 0, 0, "adopted"] },
    { number: "4", title: "Dénomination de la place Jean Jaurès – Rectification d'une erreur matérielle", date: "2024-03-30", authority: "Nîmes", president: "Jean-Pierre FOUCHER", secretary: null, counts: [null,  10, 2, null], proxies: ["BOUGET > VALADE", "FAHLAOUI > BERTHIER"], vote: [11, 1, null, "adopted"] },
  ]],
];

describe.each(LAYOUTS)("acts written in other councils' wordings (%s)", (layout, shape) => {
  it.each(EXPECTED)("%s", (file, acts) => {
    expect(parseText(shape(read(file)), file).acts.map(row)).toEqual(acts);
  });

  it("the stamp's dates in other words: « Transmis au représentant de l'État le », « Reçu au contrôle de légalité le »", () => {
    const [a] = parseText(shape(read("cluny-2024-16.txt")), "del.txt").acts;
    expect(a!.prefecture).toMatchObject({ id: "071-217101377-20240312-2024_16-DE", sentDate: "2024-03-15", receivedDate: "2024-03-15", publishedDate: "2024-03-18" });
    expect(a!.vote.abstainers.map((p) => p.name)).toEqual(["Julie BERTHIER", "Eric GALLAND"]);
  });

  it("a large town's compte rendu sommaire: the member not voting is left out of the unanimity's count", () => {
    const acts = parseText(shape(read("valence-cr-sommaire-2024-03-18.txt")), "cr.txt").acts;
    expect(acts[2]!.attendance.notVoting.map((p) => p.name)).toEqual(["Hervé MOULARD"]);
    expect(acts[2]!.vote).toMatchObject({ for: 23, unanimous: true, basis: { for: "inferred", unanimous: "stated" } });
    expect(acts[1]!.vote.basis).toMatchObject({ for: "stated", against: "stated", abstentions: "stated" });
  });

  it("the mayor's election at the installation session, in the words of the official model of its minutes", () => {
    const [a] = parseText(shape(read("chignin-2026-01-election-du-maire.txt")), "del.txt").acts;
    expect([a!.number, a!.title, a!.sessionDate, a!.convocationDate, a!.president?.name, a!.secretary?.name]).toEqual(
      ["2026-01", "Élection du maire", "2026-03-27", "2026-03-23", "Gérard BOIS", "Laure DUPRAZ"],
    );
    expect(a!.vote).toMatchObject({ kind: "election", outcome: "adopted", basis: { outcome: "stated" } });
    expect(a!.vote.election).toEqual({
      voters: 15, blank: 1, void: 1, blankOrVoid: null, expressed: 13,
      candidates: [{ name: "M. Pierre VIALLET", votes: 11, elected: true }, { name: "Mme Agnès CURTET", votes: 2, elected: null }],
    });
  });

  it("the ACTES receipt above the extract: « Date de télétransmission : » and « Date de réception préfecture : »", () => {
    const [a] = parseText(shape(read("la-buisse-dcm-2024-014.txt")), "del.txt").acts;
    expect(a!.prefecture).toMatchObject({ id: "038-213800618-20240307-DCM2024_014-DE", sentDate: "2024-03-12", receivedDate: "2024-03-12", publishedDate: null });
    expect(a!.attendance.absentMembers.map((p) => p.name)).toEqual(["TARDIEU", "VIAL"]);
    expect(a!.attendance.basis.present).toBe("inferred");
  });

  it("a compte-rendu numbering its items « 2026-01 Titre » with a space only, its labels in the feminine (« Excusées : »)", () => {
    const acts = parseText(shape(read("fleurieux-sur-saone-cr-2026-01-27.txt")), "cr.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.vote.for, a.vote.against, a.vote.abstentions, a.vote.unanimous])).toEqual([
      ["2026-01", "Approbation du compte rendu de la séance du 9 décembre 2025", 18, 0, 0, true],
      ["2026-02", "Tarifs de la salle des fêtes pour l'année 2026", 15, 2, 1, false],
      ["2026-03", "Demande de subvention au titre de la DETR 2026", 18, 0, 0, true],
    ]);
    const a = acts[1]!;
    expect([a.attendance.inOffice, a.attendance.present, a.attendance.represented, a.attendance.voters, a.convocationDate]).toEqual([19, 16, 2, 18, "2026-01-20"]);
    expect(a.attendance.presentMembers).toHaveLength(16);
    expect(a.attendance.presentMembers.map((p) => p.name)).toContain("Marc BONNAT DEVAUX");
    expect(a.attendance.excusedMembers.map((p) => p.name)).toEqual(["Nadine COSTE", "Martine GIRAUD"]);
    expect(a.attendance.absentMembers.map((p) => p.name)).toEqual(["Loïc TARDY"]);
    expect(a.attendance.proxies.map((p) => `${p.from.name} > ${p.to?.name}`)).toEqual(["Nadine COSTE > Claire FAVIER", "Martine GIRAUD > Bernard GUILLOT"]);
    // « Absent : Loïc TARDY » names one member but gives no count: the count is that list's, inferred (16 + 2 + 1 = 19)
    expect([a.attendance.absent, a.attendance.basis.absent]).toEqual([1, "inferred"]);
  });

  it("a compte-rendu numbering its items 1, 2, 3, the act's own number after « Délibération »", () => {
    const acts = parseText(shape(read("lescheraines-cr-2023-11-06.txt")), "cr.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.vote.for, a.vote.against])).toEqual([
      ["1", "Approbation du compte rendu de la séance du 2 octobre 2023", 10, 0],
      ["2023-41", "Décision modificative n° 2 du budget principal", 9, 1],
      ["2023-42", "Tarifs de la salle des fêtes 2024", 10, 0],
      ["4", "Questions diverses", null, null],
    ]);
    expect(acts[3]!.kind).toBe("information");
    expect(acts[0]!.attendance.proxies.map((p) => [p.from.lastName, p.to?.lastName])).toEqual([["PICHON", "BOCH"]]);
  });

  it("a procès-verbal numbering its items 1°), 2°), the unanimity inferred, « / » for none", () => {
    const acts = parseText(shape(read("lagnieu-pv-2023-10-03.txt")), "pv.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.sessionDate, a.vote.for, a.vote.against, a.vote.abstentions, a.vote.unanimous])).toEqual([
      ["1", "Approbation du procès-verbal de la séance du 12 septembre 2023", "2023-10-03", 23, 0, 0, true],
      ["2", "Décision modificative n° 2 – Budget principal", "2023-10-03", 21, 0, 2, false],
      ["3", "Tarifs de la cantine scolaire au 1er janvier 2024", "2023-10-03", 23, 0, 0, true],
      ["4", "Questions diverses", "2023-10-03", null, null, null, null],
    ]);
    expect(acts[0]!.vote.basis).toMatchObject({ for: "inferred", unanimous: "stated" });
    expect(acts[1]!.vote.basis).toMatchObject({ for: "stated", against: "stated", abstentions: "stated" });
    expect(acts[3]!.kind).toBe("information");
    const at = acts[0]!.attendance;
    expect([at.inOffice, at.present, at.represented, at.voters, acts[0]!.convocationDate]).toEqual([27, 19, 4, 23, "2023-09-26"]);
    expect(at.absentMembers.map((p) => p.name)).toEqual(["FAURE", "GIROUD", "MERCIER", "REY"]);
  });

  it("a village's compte-rendu with names in small letters and no count written: counts and the chair inferred", () => {
    const acts = parseText(shape(read("saint-julien-molin-molette-cr-2024-04-08.txt")), "cr.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.vote.for, a.vote.against, a.vote.abstentions, a.vote.unanimous])).toEqual([
      ["1", "Vote du budget primitif 2024", 10, 0, 0, true],
      ["2", "Subventions aux associations", 9, null, 1, false],
      ["3", "Recrutement d'un agent saisonnier", 10, null, null, null],
      ["4", "Questions diverses", null, null, null, null],
    ]);
    const a = acts[0]!;
    expect(a.vote.basis).toMatchObject({ for: "inferred", unanimous: "stated" });
    expect([a.attendance.inOffice, a.attendance.present, a.attendance.represented, a.attendance.voters]).toEqual([null, 9, 1, null]);
    expect(a.attendance.basis).toMatchObject({ present: "inferred", represented: "inferred" });
    expect(a.attendance.excusedMembers.map((p) => p.name)).toEqual(["Marie Perrin", "Paul Durand"]);
    // no « sous la présidence de »: the member present as « Maire » chairs (CGCT L2121-14), inferred
    expect([a.president?.name, a.basis.president, a.secretary?.name]).toEqual(["Jean Dupuy", "inferred", "Aurélie Chambon"]);
  });

  it("a two-page act with its stamp on every page and « DEL 2024-031 : Titre » for number and title", () => {
    const [a] = parseText(shape(read("ploermel-del-2024-031.txt")), "del.txt").acts;
    expect([a!.number, a!.title, a!.vote.for, a!.vote.abstentions, a!.decisions.map((d) => d.verb)]).toEqual(
      ["DEL 2024-031", "Révision du plan local d'urbanisme – bilan de la concertation", 24, 4, ["TIRE", "ARRÊTE"]],
    );
    // a date under its label is read (« Publié le » / « 16/05/2024 »); a label cut inside, « Reçu » / « en préfecture
    // le 15/05/2024 » as the re-wrapping at 40 columns cuts it, is not (a gap)
    expect(a!.prefecture).toMatchObject({ id: "056-215602049-20240513-DEL2024_031-DE", sentDate: "2024-05-15", publishedDate: "2024-05-16" });
    expect(a!.prefecture.receivedDate).toBe(layout === "wrapped at 40" ? null : "2024-05-15");
  });

  it("the convocation « qui leur a été adressée le vingt-quatre janvier »", () => {
    const [a] = parseText(shape(read("ornans-2025-004.txt")), "act.txt").acts;
    expect(a!.convocationDate).toBe("2025-01-24");
  });

  it("« Certifié exécutoire compte tenu de la transmission en préfecture le … et de la publication le … » gives both dates", () => {
    const [a] = parseText(shape(read("lezignan-corbieres-2024-052.txt")), "act.txt").acts;
    expect([a!.prefecture.sentDate, a!.prefecture.publishedDate, a!.prefecture.id]).toEqual(["2024-05-03", "2024-05-03", null]);
    expect(a!.attendance.presentMembers).toHaveLength(22);
    expect(a!.attendance.absentMembers.map((p) => p.name)).toEqual(["FERRAN", "GARCIA"]);
  });

  it("a compte-rendu whose acts are headed « DÉLIBÉRATION N° … : » in capitals and tallied « VOTE : 11 POUR – 2 CONTRE – 1 ABSTENTION »", () => {
    const acts = parseText(shape(read("saint-genis-des-fontaines-cr-2024-09-25.txt")), "cr.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.vote.for, a.vote.against, a.vote.abstentions, a.vote.unanimous])).toEqual([
      ["2024-048", "APPROBATION DU RAPPORT DE LA CLECT", 14, 0, 0, true],
      ["2024-049", "ACQUISITION DU TERRAIN CADASTRÉ AK 115", 11, 2, 1, false],
      ["2024-050", "MOTION DE SOUTIEN AUX VITICULTEURS", 13, null, 1, false],
    ]);
    expect(acts[1]!.vote.opponents.map((p) => p.name)).toEqual(["PONS", "SERRA"]);
    expect(acts[1]!.vote.abstainers.map((p) => p.name)).toEqual(["VIDAL"]);
    expect([acts[0]!.president?.name, acts[0]!.secretary?.name]).toEqual(["Nathalie PUJOL", "FERRER Joan"]);
  });

  it("an agglomeration's procès-verbal: « N° 2024-101 » then « Objet : », « Décision : », « Vote : Pour 45 Contre 0 Abstention 0 »", () => {
    const acts = parseText(shape(read("ca-grand-dax-pv-2024-12-11.txt")), "pv.txt").acts;
    expect(acts.map((a) => [a.number, a.kind, a.vote.for, a.vote.against, a.vote.abstentions, a.vote.unanimous])).toEqual([
      ["2024-101", "deliberation", 45, 0, 0, true],
      ["2024-102", "deliberation", 38, 4, 3, false],
      ["2024-103", "information", null, null, null, null],
    ]);
    expect(acts[1]!.title).toBe("Attribution du marché de collecte des déchets ménagers");
    const a = acts[0]!;
    expect([a.president?.name, a.secretary?.name, a.attendance.inOffice, a.attendance.present, a.attendance.represented, a.attendance.absent])
      .toEqual(["Julien DUBOIS", "Sandrine LAFFITTE", 48, 40, 5, 3]);
  });

  it("a town's minutes numbered with the session's date (« 2024-11-05-01 – »), the chair labelled « Président : »", () => {
    const acts = parseText(shape(read("saint-flour-2024-11-05.txt")), "cr.txt").acts;
    expect(acts.map((a) => [a.number, a.vote.for, a.vote.against, a.vote.unanimous, a.president?.name])).toEqual([
      ["2024-11-05-01", 27, 0, true, "Frédéric GODBARGE"],
      ["2024-11-05-02", 25, 2, false, "Frédéric GODBARGE"],
      ["2024-11-05-03", null, null, null, "Frédéric GODBARGE"],
    ]);
    expect(acts[0]!.vote.basis.for).toBe("inferred");
    expect(acts[1]!.vote.basis.for).toBe("stated");
  });

  it("a summary compte-rendu, one bullet per act: four acts, each with its own tally", () => {
    const acts = parseText(shape(read("villeneuve-de-berg-cr-sommaire-2024-12-02.txt")), "cr.txt").acts;
    expect(acts.map((a) => [a.title, a.vote.for, a.vote.against, a.vote.unanimous])).toEqual([
      ["approuvé le procès-verbal de la séance du 4 novembre 2024", 19, 0, true],
      ["adopté la décision modificative n° 3 du budget principal", 17, 2, false],
      ["fixé les tarifs communaux pour l'année 2025", 19, 0, true],
      ["autorisé le Maire à signer la convention de déneigement avec le Département", 19, 0, true],
    ]);
    expect(acts[1]!.vote.basis).toMatchObject({ for: "stated", against: "stated" });
  });

  it("a compte-rendu whose items are headings in capitals without numbers, each with its rapporteur and outcome", () => {
    const acts = parseText(shape(read("montbazon-cr-2025-01-23.txt")), "cr.txt").acts;
    expect(acts.map((a) => [a.title, a.vote.for, a.vote.abstentions, a.vote.unanimous])).toEqual([
      ["AVENANT AU CONTRAT DE DÉLÉGATION DU SERVICE PUBLIC DE L'EAU", 22, 0, true],
      ["CRÉATION D'UN POSTE D'ADJOINT ADMINISTRATIF", 20, 2, false],
      ["TARIFS DE LA MÉDIATHÈQUE", 22, 0, true],
    ]);
    expect(acts[0]!.secretary?.name).toBe("Hugo BERNARD");
  });

  it("two extracts in one file: two acts, each with its own header, vote and @CTES identifier", () => {
    const acts = parseText(shape(read("plouguerneau-extraits-2024-03-14.txt")), "extraits.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.authority.name, a.sessionDate, a.prefecture.id, a.vote.for, a.vote.against, a.vote.unanimous])).toEqual([
      ["2024-021", "Vote des taux d'imposition 2024", "Plouguerneau", "2024-03-14", "029-212902148-20240314-2024_021-DE", 26, 0, true],
      ["2024-022", "Tarifs de la cantine scolaire", "Plouguerneau", "2024-03-14", "029-212902148-20240314-2024_022-DE", 20, 6, false],
    ]);
    expect(acts.map((a) => [a.attendance.inOffice, a.attendance.present, a.attendance.voters])).toEqual([[27, 23, 26], [27, 23, 26]]);
  });

  // (as written only: collapsed to one line, nothing tells which extract a stamp's date stands in, and none is given)
  it.runIf(layout === "as written")("two extracts in one file: each its own stamp's date of receipt", () => {
    const acts = parseText(shape(read("plouguerneau-extraits-2024-03-14.txt")), "extraits.txt").acts;
    expect(acts.map((a) => a.prefecture.receivedDate)).toEqual(["2024-03-18", "2024-03-19"]);
  });

  it("an adjoint elected by secret ballot: the ballots, blank or void counted together, the one proclaimed", () => {
    const [a] = parseText(shape(read("montfaucon-en-velay-2024-041.txt")), "election.txt").acts;
    expect([a!.number, a!.title, a!.sessionDate, a!.vote.kind]).toEqual(["2024-041", "Élection d'un adjoint au maire", "2024-07-04", "election"]);
    expect(a!.vote.election).toEqual({ voters: 15, blank: null, void: null, blankOrVoid: 2, expressed: 13, candidates: [{ name: "M. Laurent MASSON", votes: 13, elected: true }] });
    expect([a!.attendance.inOffice, a!.attendance.present, a!.attendance.represented, a!.attendance.voters]).toEqual([15, 14, 1, 15]);
  });

  it("a procès-verbal with counts in words and the mayor leaving the room", () => {
    const acts = parseText(shape(read("vallieres-sur-fier-pv-2023-02-14.txt")), "pv.txt").acts;
    expect(acts.map(row)).toEqual([
      {
        number: "DCM 2023-007", title: "Approbation du compte de gestion 2022", date: "2023-02-14", authority: "Vallières-sur-Fier",
        president: "Christian HEISON", secretary: "Céline ROSSET", counts: [15, 12, 1, 13], proxies: ["CURT > CHAPPET"], vote: [13, 0, 0, "adopted"],
      },
      {
        number: "DCM 2023-008", title: "Vote du compte administratif 2022", date: "2023-02-14", authority: "Vallières-sur-Fier",
        president: "Agnès DUNAND", secretary: "Céline ROSSET", counts: [15, 12, 1, 12], proxies: ["CURT > CHAPPET"], vote: [11, 0, 1, "adopted"],
      },
    ]);
    expect(acts[0]!.attendance.presentMembers).toHaveLength(12);
    expect(acts[1]!.attendance.notVoting.map((p) => p.name)).toEqual(["Le Maire"]);
  });
});

describe.each(LAYOUTS)("a summary compte-rendu of an agglomeration (%s)", (_name, shape) => {
  it("gives three acts numbered 2023-12-01 … 03, the chair and secretary of the session, each vote", () => {
    const acts = parseText(shape(read("ca-gap-tallard-durance-cr-2023-12-19.txt")), "cr.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.president?.name, a.secretary?.name])).toEqual([
      ["2023-12-01", "Budget primitif 2024 du budget principal", "Roger DIDIER", "Fabienne MOUGIN"],
      ["2023-12-02", "Tarifs de l'eau et de l'assainissement pour 2024", "Roger DIDIER", "Fabienne MOUGIN"],
      ["2023-12-03", "Désignation d'un représentant au conseil d'administration de l'office de tourisme", "Roger DIDIER", "Fabienne MOUGIN"],
    ]);
    expect(acts.map((a) => [a.vote.for, a.vote.against, a.vote.abstentions, a.vote.unanimous])).toEqual([
      [43, 0, 2, false],
      [45, 0, 0, true],
      [null, null, null, null],
    ]);
    const at = acts[0]!.attendance;
    expect([at.inOffice, at.present, at.represented, at.voters]).toEqual([48, 39, 6, 45]);
  });
});

describe("the same act in Windows-1252", () => {
  it("reads as the UTF-8 text does", async () => {
    const bytes = readFileSync("fixtures/written/saint-just-en-chaussee-2023-045.cp1252.txt");
    const doc = await parseBytes(bytes, "cp1252.txt");
    expect(doc.acts.map(row)).toEqual(EXPECTED.find(([f]) => f === "saint-just-en-chaussee-2023-045.txt")![1]);
  });
});

describe("a compte rendu exported to Markdown (headings, bold labels, a table of the tally)", () => {
  const text = read("saint-pierre-d-albigny-cr-2024-04-09.md");

  it("reads the labels through their markup and the tally from its table", () => {
    const acts = parseText(text, "cr.md").acts;
    expect(acts.map((a) => [a.number, a.title, a.vote.for, a.vote.against, a.vote.abstentions, a.vote.unanimous])).toEqual([
      ["1", "Approbation du compte rendu de la séance du 5 mars 2024", 17, 0, 0, true],
      ["2", "Vote des taux d'imposition 2024", 15, 0, 2, false],
      ["3", "Subvention au comité des fêtes", 17, 0, 0, true],
    ]);
    const a = acts[1]!;
    expect([a.authority.name, a.sessionDate, a.convocationDate, a.secretary?.name]).toEqual(["Saint-Pierre-d'Albigny", "2024-04-09", "2024-04-02", "Odile CARREL"]);
    expect([a.attendance.inOffice, a.attendance.present, a.attendance.represented, a.attendance.voters]).toEqual([19, 15, 2, 17]);
    expect(a.vote.basis).toMatchObject({ for: "stated", against: "stated", abstentions: "stated" });
  });

  // the table's rows need their line breaks; the rest reads the same in every layout
  it.each(LAYOUTS.filter(([name]) => name !== "as written"))("%s: the same header and items", (_name, shape) => {
    const acts = parseText(shape(text), "cr.md").acts;
    expect(acts.map((a) => [a.number, a.secretary?.name, a.attendance.inOffice, a.attendance.voters, a.authority.name])).toEqual([
      ["1", "Odile CARREL", 19, 17, "Saint-Pierre-d'Albigny"],
      ["2", "Odile CARREL", 19, 17, "Saint-Pierre-d'Albigny"],
      ["3", "Odile CARREL", 19, 17, "Saint-Pierre-d'Albigny"],
    ]);
  });
});

describe("a compte rendu whose items are the rows of a table (N° | Objet | Rapporteur | Vote), cells split by tabs", () => {
  // a table's rows need their line breaks and their tabs: as written only
  it("gives one act per row, its vote read from the row's cell", () => {
    const acts = parseText(read("montagnole-cr-tableau-2024-03-04.txt"), "cr.txt").acts;
    expect(acts.map((a) => [a.number, a.title, a.vote.for, a.vote.against, a.vote.unanimous])).toEqual([
      ["1", "Approbation du procès-verbal du 5 février 2024", 15, 0, true],
      ["2", "Tarifs de la cantine scolaire 2024", 13, 2, false],
      ["3", "Subvention au comité des fêtes", 15, 0, true],
    ]);
    expect(acts[1]!.vote.basis).toMatchObject({ for: "stated", against: "stated", unanimous: "inferred" });
    expect([acts[0]!.secretary?.name, acts[0]!.attendance.present, acts[0]!.attendance.represented]).toEqual(["Odile LAFORGE", 14, 1]);
  });
});

describe("a compte rendu copied from a commune's web page: labels alone on their lines, without their colons", () => {
  const text = read("cruet-page-web-cr-2024-05-21.txt");
  const rows = (shaped: string) => parseText(shaped, "cr.txt").acts.map((a) => [
    a.number, a.title, a.convocationDate, a.secretary?.name, a.attendance.presentMembers.length, a.attendance.proxies.map((p) => `${p.from.lastName} > ${p.to?.lastName}`), a.vote.for, a.vote.against, a.vote.abstentions,
  ]);
  const expected = [
    ["2024-18", "Tarifs de la cantine scolaire", "2024-05-14", "Julie GIROD", 9, ["REY > BLANC"], 10, 0, 0],
    ["2024-19", "Travaux de voirie chemin des Vignes", "2024-05-14", "Julie GIROD", 9, ["REY > BLANC"], 8, 1, 1],
  ];
  // collapsed to one line too: a label right before a civility is one (« Présents Mme Hélène BLANC »)
  it.each(LAYOUTS)("%s", (_name, shape) => expect(rows(shape(text))).toEqual(expected));
  it("names the commune where its heading stands on its own line", () => {
    expect(parseText(text, "cr.txt").acts[0]!.authority.name).toBe("Cruet");
  });
});

describe("a town's extract whose side box (counts and tally) sits left of the preamble and the names, line by line", () => {
  const text = read("crest-2024-021.txt");
  const row = (shaped: string) => {
    const a = parseText(shaped, "extrait.txt").acts[0]!;
    const at = a.attendance;
    return [a.number, a.president?.name, a.convocationDate, [at.inOffice, at.present, at.represented, at.voters], at.presentMembers.map((p) => p.lastName), [a.vote.for, a.vote.against, a.vote.abstentions]];
  };
  // « Contre : 2 M. Olivier CHAIX », « M. Yves » / « Abstention : 0 BOREL »: the box's figures are no names, and
  // « Présents : 22 ordinaire, à la Mairie, … » names no one
  const present = ["MARIAC", "VALLON", "BRUN", "SEGUIN", "CHAIX", "REYNAUD", "ARNAUD", "FAURE", "BOREL", "ODDOS", "LATOUR", "PONS", "TEYSSIER", "ROUX", "ISNARD", "MAGNAN", "BENALI", "FAYOLLE", "DOZOL", "VERNET", "PIALLAT", "GRAS"];
  it.each(LAYOUTS)("%s", (_name, shape) => expect(row(shape(text))).toEqual(["2024-021", "Hervé MARIAC", "2024-03-05", [29, 22, 4, 26], present, [24, 2, 0]]));
});
