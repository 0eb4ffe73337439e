// The reflow cuts a page's text into units at cues that do not depend on line breaks: each row gives text
// collapsed to one line (or as written, where a hint of the layout is what is tested) and the units expected.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/normalise/index.js";
import { breakPoints, leadingAssertions } from "../../src/normalise/reflow.js";
import { BREAK_CUES, LINK_AT_END, linksToNext } from "../../src/vocab/layout.js";

const units = (text: string) => normalise([text.split("\n")]).lines.map((l) => l.text);

describe("units cut at cues, on a text collapsed to one line", () => {
  it.each([
    ["a side box and the text after its last figure", "PRÉSENTS : 19 PROCURATIONS : 05 ABSENTS : 05 L'An Deux-Mil-Vingt-Quatre, le trois juillet",
      ["PRÉSENTS : 19", "PROCURATIONS : 05", "ABSENTS : 05", "L'An Deux-Mil-Vingt-Quatre, le trois juillet"]],
    ["an act's number before a heading in capitals", "24-07/046 COMMUNE DE SAINT-ALBAN DELIBERATION DU CONSEIL MUNICIPAL",
      ["24-07/046", "COMMUNE DE SAINT-ALBAN DELIBERATION DU CONSEIL MUNICIPAL"]],
    ["speaker turns of a verbatim procès-verbal", "Monsieur le Maire : Je mets aux voix. Anne FAVRE : Je m'abstiens.",
      ["Monsieur le Maire : Je mets aux voix.", "Anne FAVRE : Je m'abstiens."]],
    ["a note label", "2. Tarification cimetière Nota : la classe est fermée", ["2. Tarification cimetière", "Nota : la classe est fermée"]],
    ["quotation markers of a text export", "2024-12 — Budget : > Le Conseil adopte le budget > à l'unanimité.", ["2024-12 — Budget :", "Le Conseil adopte le budget à l'unanimité."]],
    ["a sentence that ends on a bracket", "5 abstentions (L. FAVRE et M. TORRE). En dépenses de fonctionnement", ["5 abstentions (L. FAVRE et M. TORRE).", "En dépenses de fonctionnement"]],
    ["the document's own heading", "Date de la convocation : 13 novembre 2024 Compte rendu conseil municipal du 18 novembre 2024",
      ["Date de la convocation : 13 novembre 2024", "Compte rendu conseil municipal du 18 novembre 2024"]],
    ["a count in brackets is no item number; 'Absent(s) ayant donné procuration à :' is a label", "M. Eric BEGUIN (28) Absent(s) ayant donné procuration à : Mme Lise HUET donne procuration à M. Paul ROCCA (7) Absent(s) et absent(s) excusé(s) : Mme Odile LAFORGE",
      // (the inclusive « (s) » of the labels is dropped by the normalisation of characters)
      ["M. Eric BEGUIN (28)", "Absents ayant donné procuration à : Mme Lise HUET donne procuration à M. Paul ROCCA (7)", "Absents et absents excusés : Mme Odile LAFORGE"]],
    // a heading of minutes wherever it stands once collapsed: a registry's number, « N° 2 – », « 1.2 – DEL-… »
    ["registry numbers after a heading in capitals or an outcome", "AMÉNAGEMENT, URBANISME ET HABITAT C 24.113 - Urbanisme - PLUi Pour : 82 Adoptée C 24.114 - Habitat - PLH", ["AMÉNAGEMENT, URBANISME ET HABITAT", "C 24.113 - Urbanisme - PLUi", "Pour : 82 Adoptée", "C 24.114 - Habitat - PLH"]],
    ["items numbered « N° 2 – » and « 1.2 – DEL-… »", "Secrétaire de séance : Inès GIRAUD N° 1 – Communication de la Maire Adoptée à l'unanimité 1.3 – DEL-24-0458 Admission en non-valeur", ["Secrétaire de séance : Inès GIRAUD", "N° 1 – Communication de la Maire", "Adoptée à l'unanimité", "1.3 – DEL-24-0458 Admission en non-valeur"]],
    ["the outcome alone after a title", "Objet : Tarifs de la cantine Adopté. Objet : Subvention au club Rejetée.", ["Objet : Tarifs de la cantine", "Adopté.", "Objet : Subvention au club", "Rejetée."]],
    ["an outcome formula without a full stop ends its unit", "Pour : 27 Adopté à l'unanimité Mme le Maire Adoption du procès-verbal Pour : 27 Adopté à l'unanimité des suffrages exprimés M. Paul ROCCA entre en séance.",
      ["Pour : 27", "Adopté à l'unanimité", "Mme le Maire Adoption du procès-verbal", "Pour : 27", "Adopté à l'unanimité des suffrages exprimés", "M. Paul ROCCA entre en séance."]],
    ["a surname or a span of years cut at its hyphen is joined again", "Contrat Enfance Jeunesse 2024- 2027 Rapporteur : Sophie BONIFACE- PASCAL ; ZAC Ovalie- Demande",
      ["Contrat Enfance Jeunesse 2024-2027", "Rapporteur : Sophie BONIFACE-PASCAL ; ZAC Ovalie- Demande"]],
    ["a count's value is no item number before a bullet", "à l'unanimité des présents Abstentions : 17 - VALIDE les orientations. 2 - Budget primitif",
      ["à l'unanimité des présents", "Abstentions : 17", "- VALIDE les orientations.", "2 - Budget primitif"]],
    ["a title in capitals that opens with a decision's verb stays on its number; an article's verb opens its decision", "DCM 2024-034 : DEMANDE DE SUBVENTION AU TITRE DE LA DETR 2025 Monsieur le Maire indique que la couverture fuit. Article 1 : FIXE le produit de la taxe",
      ["DCM 2024-034 : DEMANDE DE SUBVENTION AU TITRE DE LA DETR 2025", "Monsieur le Maire indique que la couverture fuit.", "Article 1 :", "FIXE le produit de la taxe"]],
    ["a compte rendu in columns, rapporteur | registry number | title: the number opens its row", "Adopté à l'unanimité Mme Sylvie ANDRIEU 2024-10-032 Finances – Décision modificative n° 2 Adopté – 34 pour, 9 contre M. le Maire 2024-10-040 Voirie – Dénomination d'une voie",
      ["Adopté à l'unanimité", "Mme Sylvie ANDRIEU", "2024-10-032 Finances – Décision modificative n° 2 Adopté – 34 pour, 9 contre M. le Maire", "2024-10-040 Voirie – Dénomination d'une voie"]],
    ["a note on the attendance before the next row: the registry number after its last count opens the row", "Présents : 76 – Pouvoirs : 11 – Votants : 87. DEL-2024-131 MOBILITÉS Objet : Avenant n° 3",
      ["Présents : 76", "– Pouvoirs : 11", "– Votants : 87.", "DEL-2024-131 MOBILITÉS", "Objet : Avenant n° 3"]],
    ["… but not a rank before the act's number: « #25. 04-033 »", "#25. 04-033 Compte administratif 2024", ["#25. 04-033 Compte administratif 2024"]],
    ["the committee that examined the report, its label capitalised", "Objet : Lycées – Programme pluriannuel d'investissement Commission : Lycées, Apprentissage et Orientation Rapporteur : Mme Sandrine QUESNEL",
      ["Objet : Lycées – Programme pluriannuel d'investissement", "Commission : Lycées, Apprentissage et Orientation", "Rapporteur : Mme Sandrine QUESNEL"]],
    ["… not the committee named in a sentence", "Le dossier a reçu l'avis de la commission : favorable à l'unanimité des membres.", ["Le dossier a reçu l'avis de la commission : favorable à l'unanimité des membres."]],
    ["an item's number alone over its rapporteur's label, after the previous item's tally", "ADOPTÉ Pour : 45 – Contre : 7 – Abstention : / N° 5 Rapporteur : M. Jean-Luc MALLET Urbanisme – Quartier Saint-Jacques",
      ["ADOPTÉ", "Pour : 45", "– Contre : 7", "– Abstention : /", "N° 5", "Rapporteur : M. Jean-Luc MALLET Urbanisme – Quartier Saint-Jacques"]],
    ["a tally in small letters stays one unit: « contre : 0 abstentions : 1 »", "Vote : A la majorité (pour : 8 contre : 0 abstentions : 1) Fait et délibéré les jour, mois et an susdits.",
      ["Vote : A la majorité (pour : 8 contre : 0 abstentions : 1)", "Fait et délibéré les jour, mois et an susdits."]],
    ["the commission permanente opening its act's text after the last name of a list", "Absents : M. Thierry LALANNE, M. Jacques HARAMBAT La Commission Permanente du Conseil départemental des Landes, régulièrement convoquée",
      ["Absents : M. Thierry LALANNE, M. Jacques HARAMBAT", "La Commission Permanente du Conseil départemental des Landes, régulièrement convoquée"]],
    ["… but no date a flattened header sets beside a name", "Étaient présents : M. KERVELLA Yann, M. QUÉMÉNER 06/03/2025 Hervé, Mme ABGRALL Maryvonne",
      ["Étaient présents : M. KERVELLA Yann, M. QUÉMÉNER 06/03/2025 Hervé, Mme ABGRALL Maryvonne"]],
    ["a registry's code before an act's number stays with it (Bocage Bourbonnais)", "Adopté à l'unanimité. DEL 2025-81 Objet : Déchets ménagers",
      ["Adopté à l'unanimité.", "DEL 2025-81", "Objet : Déchets ménagers"]],
    ["an item named in a speaker's sentence is no heading (Châtellerault)", "Le coût sera neutralisé dans l'enveloppe, comme nous le verrons à l'affaire n° 3. Je mets aux voix.",
      ["Le coût sera neutralisé dans l'enveloppe, comme nous le verrons à l'affaire n° 3. Je mets aux voix."]],
    ["an act's heading after the previous act's tally on a web page's list (Saint-Jean-de-Monts)", "Délibération n° 2025-03-03 : Compte administratif 2024 – Vote : 20 pour, 5 contre Délibération n° 2025-03-04 : Affectation du résultat 2024 – Vote : unanimité",
      ["Délibération n° 2025-03-03 : Compte administratif 2024", "– Vote : 20 pour, 5 contre", "Délibération n° 2025-03-04 : Affectation du résultat 2024", "– Vote : unanimité"]],
    ["a deliberation named in a sentence opens no unit", "Vu la délibération n° 2024-12 du 5 mars 2024 relative aux tarifs, le Conseil décide", ["Vu la délibération n° 2024-12 du 5 mars 2024 relative aux tarifs, le Conseil décide"]],
    ["an item's ordinal after the previous item's tally (Béziers)", "4 – Budget primitif 2025 – Budget principal Adopté par 39 voix pour, 8 contre 5 – Budget annexe des parcs de stationnement",
      ["4 – Budget primitif 2025 – Budget principal", "Adopté par 39 voix pour, 8 contre", "5 – Budget annexe des parcs de stationnement"]],
    ["the act's matter in the prefecture's nomenclature is a label of its own (Lézat-sur-Lèze)", "Délibération n° 2025-014 Objet : Vote du budget primitif 2025 – budget principal Matière : 7.1 – Décisions budgétaires",
      // (its value, an ordinal and a title, opens a unit of its own as a heading would: it is no act)
      ["Délibération n° 2025-014", "Objet : Vote du budget primitif 2025 – budget principal", "Matière :", "7.1 – Décisions budgétaires"]],
    ["a compound absence label stays whole", "Absent(s) et absent(s) excusé(s) : Mme Odile LAFORGE", ["Absents et absents excusés : Mme Odile LAFORGE"]],
    ["'Absents excusés ayant donné pouvoir :' is one label", "Présents : M. Paul ROCCA Absents excusés ayant donné pouvoir : M. Marc TORRE (pouvoir à M. Paul ROCCA)",
      ["Présents : M. Paul ROCCA", "Absents excusés ayant donné pouvoir : M. Marc TORRE (pouvoir à M. Paul ROCCA)"]],
    ["the sentence that opens the minutes after their heading", "SÉANCE DU 3 OCTOBRE 2023 Le trois octobre deux mille vingt-trois à 20h30, le Conseil, convoqué le 26 septembre, s'est réuni",
      ["SÉANCE DU 3 OCTOBRE 2023", "Le trois octobre deux mille vingt-trois à 20h30, le Conseil, convoqué le 26 septembre, s'est réuni"]],
    ["a sentence after a year that ends a title", "1°) Approbation du procès-verbal du 12 septembre 2023 Le procès-verbal est approuvé à l'unanimité.",
      ["1°) Approbation du procès-verbal du 12 septembre 2023", "Le procès-verbal est", "approuvé à l'unanimité."]],
    ["an item number with a degree sign after a count", "Abstentions : 2 3°/ Questions diverses", ["Abstentions : 2", "3°/ Questions diverses"]],
    ["the first item right after the secretary's name, the next after an outcome without its full stop; an outcome in the feminine",
      "Secrétaire de séance : Mme Lisa CHAMPEL 1 - DIRECTION GÉNÉRALE - Approbation du procès-verbal Rapporteur : M. Nicolas DARAGON Adoptée à l'unanimité 2 - FINANCES - Budget supplémentaire 2024",
      ["Secrétaire de séance : Mme Lisa CHAMPEL", "1 - DIRECTION GÉNÉRALE - Approbation du procès-verbal", "Rapporteur : M. Nicolas DARAGON", "Adoptée à l'unanimité", "2 - FINANCES - Budget supplémentaire 2024"]],
    ["« Ne prend pas part au vote : » is one unit; a rubric in capitals after a name opens the next item; a parcel's number does not",
      "Ne prend pas part au vote : M. Hervé BOUCHET 4 - CULTURE - Convention Lieudit Le Vieux - Parcelle AI 1 - Conventions de servitudes",
      ["Ne prend pas part au vote : M. Hervé BOUCHET", "4 - CULTURE - Convention Lieudit Le Vieux - Parcelle AI 1 - Conventions de servitudes"]],
    ["a verbatim procès-verbal's turns « M. LE MAIRE. – » and its reports « RAPPORT N° 2 – … »",
      "Absents : M. Fabien PERRET, Mme Cécile ROUX M. LE MAIRE. – Je mets aux voix. RAPPORT N° 2 – FINANCES – Décision modificative Mme ABRY. – Cette décision ajuste les crédits.",
      ["Absents : M. Fabien PERRET, Mme Cécile ROUX", "M. LE MAIRE.", "– Je mets aux voix.", "RAPPORT N° 2 – FINANCES – Décision modificative", "Mme ABRY.", "– Cette décision ajuste les crédits."]],
    ["a rapporteur named by civility and surname before the item's number", "Adopté à l'unanimité M. VALADE 2 Budget principal – Reprise anticipée des résultats",
      ["Adopté à l'unanimité", "M. VALADE", "2 Budget principal – Reprise anticipée des résultats"]],
    ["labels without their colons right before a civility (a web page collapsed)", "Présents Mme Hélène BLANC, M. Louis CARRET Excusés M. Henri REY Secrétaire de séance Mme Julie GIROD",
      ["Présents : Mme Hélène BLANC, M. Louis CARRET", "Excusés : M. Henri REY", "Secrétaire de séance : Mme Julie GIROD"]],
    ["« 2026-01 Titre » after a sentence's end; « Délibération n° » after a surname in capitals",
      "Secrétaire de séance : Sonia BERTHET. 2026-01 Approbation du compte rendu A été élu secrétaire : M. ESTRADE Délibération n° DCM2024_014 Objet : Tarifs",
      ["Secrétaire de séance : Sonia BERTHET.", "2026-01 Approbation du compte rendu", "A été élu secrétaire : M. ESTRADE", "Délibération n° DCM2024_014", "Objet : Tarifs"]],
    ["a place after a year runs on", "Convention de partenariat 2024 La Rochelle Océan", ["Convention de partenariat 2024 La Rochelle Océan"]],
    ["an act's heading in capitals after a vote without a full stop", "VOTE : Unanimité DÉLIBÉRATION N° 2024-049 : ACQUISITION DU TERRAIN",
      ["VOTE : Unanimité", "DÉLIBÉRATION N° 2024-049 : ACQUISITION DU TERRAIN"]],
    // a span of years in a title in capitals is no act's number before a title
    ["a span of years inside a title in capitals", "2024/120 – CULTURE – CONVENTION PLURIANNUELLE D'OBJECTIFS 2025-2028 AVEC L'ASSOCIATION LE PHÉNIX",
      ["2024/120 – CULTURE – CONVENTION PLURIANNUELLE D'OBJECTIFS 2025-2028 AVEC L'ASSOCIATION LE PHÉNIX"]],
    // … its number with the registry's letters inside it, after a running header ending in a date
    ["an act's heading in capitals, letters inside its number, after a running header", "Compte rendu sommaire – Conseil municipal du 23 septembre 2024 DÉLIBÉRATION N° 2024-DCM-145",
      ["Compte rendu sommaire – Conseil municipal du 23 septembre 2024", "DÉLIBÉRATION N° 2024-DCM-145"]],
    ["a tally's counts joined by dashes stay one unit", "VOTE : 11 POUR – 2 CONTRE (Mme PONS, M. SERRA) – 1 ABSTENTION (M. VIDAL)",
      ["VOTE : 11 POUR – 2 CONTRE (Mme PONS, M. SERRA) – 1 ABSTENTION (M. VIDAL)"]],
    ["an act's number and object after the previous act's tally", "Vote : Pour 45 Contre 0 Abstention 0 N° 2024-102 Objet : Attribution du marché",
      ["Vote : Pour 45 Contre 0 Abstention 0", "N° 2024-102", "Objet : Attribution du marché"]],
    ["the chair leaving opens a sentence after a title", "Vote du compte administratif 2023 Madame la Présidente quitte la salle.",
      ["Vote du compte administratif 2023", "Madame la Présidente quitte la salle."]],
    ["a surname stays with its name before a heading in capitals", "Secrétaire de séance : M. Hugo BERNARD AVENANT AU CONTRAT DE DÉLÉGATION",
      ["Secrétaire de séance : M. Hugo BERNARD", "AVENANT AU CONTRAT DE DÉLÉGATION"]],
    ["an hour is no item number", "le Président ouvre la séance à 18 h 00. Président de séance : M. Julien DUBOIS",
      ["le Président ouvre la séance à 18 h 00.", "Président de séance : M. Julien DUBOIS"]],
    ["an act's number stays with its label before the object", "Délibération n° 2024-021 Objet : Vote des taux", ["Délibération n° 2024-021", "Objet : Vote des taux"]],
    ["a form's heading opens a unit", "Pour extrait conforme, le Maire, Yannig Robin Extrait du registre des délibérations",
      ["Pour extrait conforme, le Maire, Yannig Robin", "Extrait du registre des délibérations"]],
  ])("%s", (_name, text, expected) => expect(units(text)).toEqual(expected));

  it("a comparison sign is no quotation marker", () => expect(units("si la population est > 3 500 habitants")).toEqual(["si la population est > 3 500 habitants"]));
});

describe("hints kept from the layout as written", () => {
  it("a line the loader marks as a unit of its own (a table's row, U+001E before it) is joined to no other", () => {
    // read as lines, « Adoptée à l'unanimité » would run on into the next row's number
    const out = units("\u001e2024-201 Approbation du procès-verbal 53 - - - Adoptée à l'unanimité\n\u001eRapporteur·e : M. le Maire\n\u001e2024-202 Compte rendu des décisions prises par le Maire Prend acte");
    // (the decision column's « Prend acte » at the row's end is the row's outcome, not its title's end)
    expect(out.slice(-3)).toEqual(["Rapporteur·e : M. le Maire", "2024-202 Compte rendu des décisions prises par le Maire", "Prend acte"]);
    expect(out.filter((u) => u.includes("2024-201"))).toEqual(["2024-201 Approbation du procès-verbal 53 - -"]);
    // an ordinal opening the row keeps its title, « Compte rendu des décisions … » there is no formula (Amiens)
    expect(units("\u001e2 Compte rendu des décisions du Président et du Bureau – – – – Pris acte")).toEqual(["2 Compte rendu des décisions du Président et du Bureau – – – – Pris acte"]);
  });

  it("a line under a rule drawn with characters opens a unit, a paragraph's line or not (SMICTOM)", () => {
    expect(units("SMICTOM des Deux Rivières Comité syndical du 21 novembre 2024\n\n────────────────\n\nDélibération n° CS 2024-25\nObjet : Contrat CAP 2030 avec la société Citeo")).toEqual([
      "SMICTOM des Deux Rivières Comité syndical du 21 novembre 2024", "Délibération n° CS 2024-25", "Objet : Contrat CAP 2030 avec la société Citeo"]);
  });

  it("a name cut between its first name and its surname at a line's end is no unit's end, a blank line between or not", () => {
    const text = "L'an deux mille vingt-quatre, le quatorze novembre, à dix-huit heures, le Bureau communautaire s'est réuni au siège,\n\nsous la présidence de M. Gérard\n\nBOUVERET, Président.\n\nPrésents : MM. Gérard BOUVERET, Philippe GRENARD.";
    expect(units(text)[0]).toMatch(/sous la présidence de M\. Gérard BOUVERET, Président\.$/);
  });

  it("a short line that opens with an item number is a heading", () => {
    expect(units("Nota : la classe de l'école est fermée pour dix jours et le conseil en prend acte avant la séance\n1 Subventions associatives\nRappel des demandes."))
      .toEqual(["Nota : la classe de l'école est fermée pour dix jours et le conseil en prend acte avant la séance", "1 Subventions associatives", "Rappel des demandes."]);
  });

  it("a side box read line by line keeps each figure with its label", () => {
    expect(units("COMMUNE DE SAINT-ALBAN-LEYSSE\nNombre de membres\nen exercice\n23\nPrésents\n19\nVotants\n21\nSéance du 4 juin 2024\nL'an deux mille vingt-quatre, le quatre juin, le Conseil Municipal s'est réuni en session ordinaire à la Mairie."))
      .toEqual(["COMMUNE DE SAINT-ALBAN-LEYSSE", "Nombre de membres en exercice 23", "Présents : 19", "Votants : 21", "Séance du 4 juin 2024", "L'an deux mille vingt-quatre, le quatre juin, le Conseil Municipal s'est réuni en session ordinaire à la Mairie."]);
  });

  it("a title in capitals over two lines is one unit (« … EFFECTIFS » / « DU PERSONNEL COMMUNAL »)", () => {
    expect(units("DÉLIBÉRATION N° 2024-15\nMODIFICATION DU TABLEAU DES EFFECTIFS\nDU PERSONNEL COMMUNAL\nLe Maire rappelle au conseil municipal que le tableau des effectifs doit être mis à jour."))
      .toEqual(["DÉLIBÉRATION N° 2024-15", "MODIFICATION DU TABLEAU DES EFFECTIFS DU PERSONNEL COMMUNAL", "Le Maire rappelle au conseil municipal que le tableau des effectifs doit être mis à jour."]);
  });

  it("a label alone on its line, with or without its colon, keeps the value on the next line (a web page's header)", () => {
    const body = "\nLe Conseil municipal, régulièrement convoqué, s'est réuni en mairie sous la présidence de M. Paul ROCCA, Maire.";
    expect(units(`Présents\nM. Paul ROCCA, Mme Lise HUET\nExcusés\nM. Marc TORRE\nSecrétaire de séance :\nMme Lise HUET${body}`).slice(0, 3))
      .toEqual(["Présents : M. Paul ROCCA, Mme Lise HUET", "Excusés : M. Marc TORRE", "Secrétaire de séance : Mme Lise HUET"]);
    // a word of a sentence alone on its line is no label
    expect(units("Le Conseil Municipal , à l'unanimité des\nprésents\nAPPROUVE la convention.")[0]).toBe("Le Conseil Municipal , à l'unanimité des présents");
  });

  it("the lines after 'Ordre du jour' are its entries, one per line", () => {
    expect(units("Ordre du jour\nApprobation du procès-verbal du 5 février 2024\nConvention d'adhésion au service de médecine préventive du centre de\ngestion\nQuestions diverses"))
      .toEqual(["Ordre du jour", "Approbation du procès-verbal du 5 février 2024", "Convention d'adhésion au service de médecine préventive du centre de gestion", "Questions diverses"]);
  });

  it.each([
    ["a blank line ends a paragraph",
      "Mme Lucie PERALTA donne procuration à M. Marc TORRE\n\nDélibération n° 2023-41 : Tarifs de la cantine",
      ["Mme Lucie PERALTA donne procuration à M. Marc TORRE", "Délibération n° 2023-41 : Tarifs de la cantine"]],
    ["not after a comma, which calls for more",
      "M. Jean-Jacques LECAT, Mme Lucie PERALTA,\n\nMme Odile LAFORGE",
      ["M. Jean-Jacques LECAT, Mme Lucie PERALTA, Mme Odile LAFORGE"]],
    ["paragraphs of two lines each, a blank line between them",
      "Délibération n° 2024-31 : Rapport sur le prix et la qualité\ndu service public de l'eau potable 2023\n\nLe Président présente le rapport annuel\nsur le prix et la qualité du service.",
      ["Délibération n° 2024-31 : Rapport sur le prix et la qualité du service public de l'eau potable 2023", "Le Président présente le rapport annuel sur le prix et la qualité du service."]],
    ["not in a double-spaced export, where a blank line follows every line",
      "Le Conseil, ayant entendu l'exposé de son rapporteur, à l'unanimité, prend\n\nacte du rapport sur les orientations\n\nbudgétaires de l'exercice",
      ["Le Conseil, ayant entendu l'exposé de son rapporteur, à l'unanimité, prend acte du rapport sur les orientations budgétaires de l'exercice"]],
  ])("%s", (_name, text, expected) => expect(units(text)).toEqual(expected));
});

describe("the fast scan of the cues", () => {
  it.each([
    ["… le Conseil municipal de", true], ["… présenté par", true], ["… et Mme", true], ["Mme", false], ["… de M.", true], ["… sur", true],
    ["… la délibération n°", true], ["… les membres présents,", true], ["… (", true], ["… de la commune", false],
    ["… pour", true], ["… pourtant", false], ["… au Conseil.", false], ["", false],
  ])("a line that calls for the next: %s", (line, expected) => {
    expect(linksToNext(line)).toBe(expected);
    expect(LINK_AT_END.test(line)).toBe(expected);
  });

  it.each([["Votes : 21 pour", false], ["Adopté par 19 voix pour", false], ["une subvention pour", true]])("« pour » that ends a tally calls for nothing: %s", (line, expected) => {
    expect(linksToNext(line)).toBe(expected);
  });

  it.each([
    ["(?=[PC])(?<![\\p{L}])Pour", "(?=[PC])(?<![\\p{L}])".length],
    ["Pour", 0],
    ["(?<=[)\\]](?:a|b))\\s+", "(?<=[)\\]](?:a|b))".length],
    ["(?:(?=x)y)", 0],
    ["(?!\\()(?=[(])\\(", "(?!\\()(?=[(])".length],
  ])("the assertions that open %s", (source, length) => expect(leadingAssertions(source)).toBe(length));

  // the reference: every cue scanned the plain way, a global regex over the whole text
  const plain = (text: string) => {
    const points = new Set<number>();
    for (const cue of BREAK_CUES) {
      cue.lastIndex = 0;
      for (let m = cue.exec(text); m; m = cue.exec(text)) {
        if (m[0] === "") cue.lastIndex = m.index + 1;
        if (m.index > 0) points.add(m.index);
      }
    }
    return [...points].map((p) => p - (/[-–•▪]\s*$/.exec(text.slice(Math.max(0, p - 3), p))?.[0].length ?? 0)).sort((a, b) => a - b);
  };
  const texts = [["savas-mepin-2022-29.txt", readFileSync("fixtures/savas-mepin-2022-29.txt", "utf8")]];
  for (const f of readdirSync("fixtures/written").filter((f) => f.endsWith(".txt") && !f.includes("cp1252"))) texts.push([f, readFileSync(`fixtures/written/${f}`, "utf8")]);
  it.each(texts)("finds the break points of the plain scan in %s, collapsed to one stream", (_name, text) => {
    const stream = normalise([text.split("\n")]).lines.map((l) => l.text).join(" ");
    const found = breakPoints(stream);
    expect(found.length).toBeGreaterThan(5);
    expect(found).toEqual(plain(stream));
  });
});
