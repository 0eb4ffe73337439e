import { describe, expect, it } from "vitest";
import { segment, splitHeading, titleWithPhrases } from "../../src/segment/items.js";
import { linesOf as linesOfText } from "../extract/lines.js";
import { inEveryLayout } from "../extract/layouts.js";


const HEADER = "COMMUNE DE VILLARD-SUR-BRÈVE\nSéance du 5 février 2024\nPrésents : 13";

inEveryLayout("segment", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const items = (text: string) => segment(linesOf(text)).items.map((i) => [i.number, i.title]);
  it.each([
    [
      "N° 4 – Theme. Subject. Approbation. (a title in phrases closed by stops, Orléans)",
      `${HEADER}\nN° 4\t–\tFinances. Compte de gestion et compte administratif 2023. Approbation.\n\nMme RAFFIN – Mes chers collègues, le compte administratif fait apparaître un excédent.\nADOPTÉ À L'UNANIMITÉ.\nN° 5\t–\tSports. Attribution d'une subvention exceptionnelle. Approbation.\n\nM. BAILLY – Il s'agit du club de basket.\nADOPTÉ À L'UNANIMITÉ.`,
      [["4", "Finances. Compte de gestion et compte administratif 2023. Approbation."], ["5", "Sports. Attribution d'une subvention exceptionnelle. Approbation."]],
    ],
    [
      "a registry's letters and a dot before the number (« DL.2024-202 », Aix-en-Provence), an office in the title",
      `${HEADER}\nDL.2024-201 - Election d'un Adjoint au Maire suite à démission\nMadame le Maire : Nous procédons à l'élection.\nAdopté à l'unanimité.\nDL.2024-202 - FINANCES - Compte administratif 2023 du budget principal\nMadame le Maire : Je mets aux voix.\nAdopté à la majorité : 41 pour, 7 contre, 2 abstentions.`,
      [["DL.2024-201", "Election d'un Adjoint au Maire suite à démission"], ["DL.2024-202", "FINANCES - Compte administratif 2023 du budget principal"]],
    ],
    [
      "a title in capitals naming the council as its agent and an article of the code (Morosaglia)",
      `${HEADER}\n1 - DÉLÉGATIONS CONSENTIES AU MAIRE PAR LE CONSEIL MUNICIPAL (ART. L.2122-22 DU CGCT)\nLe Maire expose les délégations.\nAdopté à l'unanimité.\n2 - DÉSIGNATION DES DÉLÉGUÉS AU SYNDICAT D'ÉNERGIE\nSont candidats : M. Ange CASANOVA.\nAdopté à l'unanimité.`,
      [["1", "DÉLÉGATIONS CONSENTIES AU MAIRE PAR LE CONSEIL MUNICIPAL (ART. L.2122-22 DU CGCT)"], ["2", "DÉSIGNATION DES DÉLÉGUÉS AU SYNDICAT D'ÉNERGIE"]],
    ],
    [
      "an item printed before the ones it follows (« 9 » before « 7 », « 8 »), a note between a heading and its tally (Dijon)",
      `${HEADER}\nLe Maire ouvre la séance.\n1 Approbation du procès-verbal\nPour : 56\nAdopté à l'unanimité.\n2 Budget primitif 2025\nPour : 43 – Contre : 10\nAdopté à la majorité.\n9 Constitution de provisions pour risques\nPour : 56\nAdopté à l'unanimité.\n7 Tarifs des services publics municipaux\nPour : 43 – Contre : 10\nAdopté à la majorité.\n8 Subvention de fonctionnement au CCAS\nM. Rachid ZERROUK quitte la séance et donne pouvoir à Mme Béatrice SIMONOT.\nPour : 56\nAdopté à l'unanimité.\n10 Garantie d'emprunt à Grand Dijon Habitat\nPour : 53\nAdopté à l'unanimité.`,
      [["1", "Approbation du procès-verbal"], ["2", "Budget primitif 2025"], ["9", "Constitution de provisions pour risques"], ["7", "Tarifs des services publics municipaux"], ["8", "Subvention de fonctionnement au CCAS"], ["10", "Garantie d'emprunt à Grand Dijon Habitat"]],
    ],
    [
      "numbered YY-MM/NNN with a dash",
      `${HEADER}\n24-02/011 — Adoption du budget primitif 2024 :\nLe Maire présente le budget.\nAdopté à l'unanimité.\n24-02/012 — Tarifs de la cantine scolaire :\nLe Conseil fixe les tarifs.\nAdopté à l'unanimité.`,
      [["24-02/011", "Adoption du budget primitif 2024"], ["24-02/012", "Tarifs de la cantine scolaire"]],
    ],
    [
      "DEL2024-12 : Titre",
      `${HEADER}\nDEL2024-12 : Convention avec le SDIS\nPour : 13 Contre : 0\nDEL2024-13 : Vente d'un terrain communal\nPour : 11 Contre : 2`,
      [["DEL2024-12", "Convention avec le SDIS"], ["DEL2024-13", "Vente d'un terrain communal"]],
    ],
    [
      "Délibération n° 2024-07 : Titre",
      `${HEADER}\nDélibération n° 2024-07 : Création d'un poste d'adjoint technique\nAdopté à l'unanimité.\nDélibération n° 2024-08 : Subvention au comité des fêtes\nAdopté à l'unanimité.`,
      [["2024-07", "Création d'un poste d'adjoint technique"], ["2024-08", "Subvention au comité des fêtes"]],
    ],
    [
      "ordinal 1/ Titre :",
      `${HEADER}\n1/ Renouvellement du bail de la poste :\nLe Conseil accepte le bail.\n9 votes pour\n2/ Achat d'une tondeuse :\nDevis retenu.\n13 votes pour\n3/ Questions diverses :\nAucune.`,
      [["1", "Renouvellement du bail de la poste"], ["2", "Achat d'une tondeuse"], ["3", "Questions diverses"]],
    ],
    [
      "ordinal 1°) Titre",
      `${HEADER}\n1°) Approbation du procès-verbal du 8 janvier 2024\nLe procès-verbal est approuvé à l'unanimité.\n2°) Tarifs de la salle des fêtes\nVote : Pour : 11 - Contre : / - Abstentions : 2\n3°/ Questions diverses\nLe Maire informe le Conseil de la date de la fête du village.`,
      [["1", "Approbation du procès-verbal du 8 janvier 2024"], ["2", "Tarifs de la salle des fêtes"], ["3", "Questions diverses"]],
    ],
    [
      "a number with the session's date in it",
      `${HEADER}\n2024-11-05-01 – Approbation du procès-verbal\nApprouvé à l'unanimité.\n2024-11-05-02 – Convention avec l'office de tourisme\nAdoptée par 25 voix pour, 2 voix contre.`,
      [["2024-11-05-01", "Approbation du procès-verbal"], ["2024-11-05-02", "Convention avec l'office de tourisme"]],
    ],
    [
      "a summary compte-rendu, one bullet per act with its tally",
      `${HEADER}\nLe conseil municipal a :\n• approuvé le procès-verbal de la séance du 4 novembre 2024 (unanimité) ;\n• adopté la décision modificative n° 3 (11 pour, 2 contre) ;\n• fixé les tarifs communaux pour 2025 (unanimité).`,
      [[null, "approuvé le procès-verbal de la séance du 4 novembre 2024"], [null, "adopté la décision modificative n° 3"], [null, "fixé les tarifs communaux pour 2025"]],
    ],
    [
      "headings in capitals without numbers, each followed by its outcome",
      `${HEADER}\nAVENANT AU CONTRAT DE L'EAU\nRapporteur : M. le Maire\nLe conseil approuve l'avenant.\nAdopté à l'unanimité.\nCRÉATION D'UN POSTE D'ADJOINT\nLe conseil crée le poste.\nAdopté par 20 voix pour et 2 abstentions.`,
      [[null, "AVENANT AU CONTRAT DE L'EAU"], [null, "CRÉATION D'UN POSTE D'ADJOINT"]],
    ],
    [
      "a formula in capitals is no heading",
      `${HEADER}\nObjet : Tarifs de la cantine\nLE CONSEIL MUNICIPAL, APRÈS EN AVOIR DÉLIBÉRÉ\nFIXE les tarifs.\nAdopté à l'unanimité.`,
      [],
    ],
    [
      "one act's decisions in bullets are no items",
      `${HEADER}\nObjet : Convention de déneigement\nLe Conseil, à l'unanimité :\n- APPROUVE la convention ;\n- AUTORISE le Maire à la signer.`,
      [],
    ],
    [
      "the number alone, the object on the next line",
      `${HEADER}\nN° 2024-101\nObjet : Budget annexe des transports\nRapporteur : M. Pierre LABADIE\nVote : Pour 45 Contre 0 Abstention 0\nN° 2024-102\nObjet : Marché de collecte des déchets\nVote : Pour 38 Contre 4 Abstention 3`,
      [["2024-101", "Budget annexe des transports"], ["2024-102", "Marché de collecte des déchets"]],
    ],
    [
      "roman numerals",
      `${HEADER}\nI   Approbation du procès-verbal\nLe procès-verbal est approuvé.\nAdopté à l'unanimité.\nII   Travaux de voirie\nLe Conseil retient l'entreprise.\nAdopté à l'unanimité.`,
      [[null, "Approbation du procès-verbal"], [null, "Travaux de voirie"]],
    ],
    [
      "a numbered agenda's entries are the titles of the acts' headings, not a cut in them (Bessans)",
      `${HEADER}\nOrdre du jour :\n1. Décision modificative n° 2 – Budget principal\n2. Tarifs de la cantine scolaire – année 2023/2024\n3. Questions diverses\n\nDélibération n° 2023-041 : Décision modificative n° 2 – Budget principal\nLe Maire expose qu'il convient d'ajuster les crédits.\nVotants : 10 - Pour : 10 - Contre : 0\n\nDélibération n° 2023-042 : Tarifs de la cantine scolaire – année 2023/2024\nMme PERSONNAZ rappelle que le prestataire a augmenté ses prix.\nVotants : 10 - Pour : 9 - Contre : 1`,
      [["2023-041", "Décision modificative n° 2 – Budget principal"], ["2023-042", "Tarifs de la cantine scolaire – année 2023/2024"]],
    ],
    [
      "agenda entries are dropped",
      `${HEADER}\nOrdre du jour :\n24-02/011 — Adoption du budget primitif 2024 :\n24-02/012 — Tarifs de la cantine scolaire :\n24-02/011 — Adoption du budget primitif 2024 :\nLe Maire présente le budget.\nAdopté à l'unanimité.\n24-02/012 — Tarifs de la cantine scolaire :\nLe Conseil fixe les tarifs.\nAdopté à l'unanimité.`,
      [["24-02/011", "Adoption du budget primitif 2024"], ["24-02/012", "Tarifs de la cantine scolaire"]],
    ],
    [
      "a compte-rendu in columns: unnumbered items first, an item out of its order, titles whole before their tally",
      `${HEADER}\nAbsents :\nLucie FAVRE, Marc TORRE.\nM me le Maire Adoption de l'ordre du jour\nPour : 27\nContre : /\nAdopté à l'unanimité.\n` +
        `Odile LAFORGE\n1 Partenariat Ville/Caisse d'Allocations Familiales - Contrat Enfance Jeunesse 2024-2027\nPour : 27\nAdopté à l'unanimité.\n` +
        `Odile LAFORGE\n2 Accueil de loisirs : Convention de prestation de service Ville/Associations Contrat Enfance Jeunesse\nPour : 26\nAdopté à l'unanimité.\n` +
        `Alain GIRAUD\n9 Halles et Marchés - Mesures d'exonération\nPour : 26\nAdopté à l'unanimité.\n` +
        `Alain GIRAUD\n3 Tournage de la série télévisée Brèves 12 - Convention de partenariat avec Lumen Films\nPour : 25\nContre : 1\nAdopté à la majorité.`,
      [
        [null, "Adoption de l'ordre du jour"],
        ["1", "Partenariat Ville/Caisse d'Allocations Familiales - Contrat Enfance Jeunesse 2024-2027"],
        ["2", "Accueil de loisirs : Convention de prestation de service Ville/Associations Contrat Enfance Jeunesse"],
        ["9", "Halles et Marchés - Mesures d'exonération"],
        ["3", "Tournage de la série télévisée Brèves 12 - Convention de partenariat avec Lumen Films"],
      ],
    ],
    [
      "a verbatim procès-verbal: the agenda's adoption titled by its heading, far from its printed tally",
      `${HEADER}\nJe vais soumettre aux voix l'élection de la secrétaire de séance.\nQui est contre ? Qui s'abstient ?\nAdopté.\n` +
        `Adoption de l'ordre du jour\nMonsieur le Maire : Je vais passer maintenant à l'adoption de l'ordre du jour qui comporte 12 affaires.\n` +
        `L'affaire 7, concernant la désignation de représentants à la commission locale\nJe mets aux voix l'ordre du jour.\nQui est contre ? Qui s'abstient ? Il est\nadopté à l'unanimité.\n` +
        `Pour : 27\nContre :\nAbstentions :\nAdopté à l'unanimité.\n` +
        `1- Modification du nombre d'adjoints au Maire\nMonsieur le Maire : Je mets aux voix.\nPour : 25\nAbstentions : 2\nAdopté à l'unanimité.\n` +
        `2- Délégations du Conseil municipal au Maire\nMonsieur le Maire : Je mets aux voix.\nPour : 27\nAdopté à l'unanimité.`,
      [[null, "Adoption de l'ordre du jour"], ["1", "Modification du nombre d'adjoints au Maire"], ["2", "Délégations du Conseil municipal au Maire"]],
    ],
    [
      "a heading of its own after a long line: '1 Subventions associatives'",
      `${HEADER}\nOrdre du jour :\n1. Subventions associatives\n2. Tarification cimetière\nNota : la classe de l'école est fermée pour dix jours et le conseil en prend acte avant de commencer la séance\n1 Subventions associatives\nRappel des demandes de l'an passé.\nVote : 12 pour / 0 contre / 0 abstention → adopté\n2 Tarification cimetière\nLes tarifs sont dans la moyenne.\nVote : 12 pour / 0 contre / 0 abstention → adopté`,
      [["1", "Subventions associatives"], ["2", "Tarification cimetière"]],
    ],
    [
      "ordinal 1) Titre, as a social post numbers its items (keycaps)",
      `${HEADER}\n1\uFE0F\u20E3 Vote du budget primitif 2024 de la commune\nLe budget s'équilibre à 1,2 M€.\nVote : 9 voix pour, 1 abstention\n2\uFE0F\u20E3 Tarifs de la cantine scolaire\nVote : 10 voix pour`,
      [["1", "Vote du budget primitif 2024 de la commune"], ["2", "Tarifs de la cantine scolaire"]],
    ],
    [
      "items headed by a bullet, each over its text and its vote (a web page, a bulletin)",
      `${HEADER}\n• Budget primitif 2024\nLe budget s'équilibre à 9,6 M€ en fonctionnement.\n➡️ Adopté 24 pour, 3 contre.\n• Chasse communale : relocation du lot n° 2\nLe lot est reloué jusqu'en 2033.\n➡️ Pour : 25 – Contre : 0 – Abst : 2`,
      [[null, "Budget primitif 2024"], [null, "Chasse communale : relocation du lot n° 2"]],
    ],
    [
      "an item word and its number alone, the title on the next line: 'RAPPORT 1'",
      `${HEADER}\nRAPPORT 1\nApprobation du procès-verbal de la séance du 14 octobre 2024\nLE PRÉSIDENT : Des observations ? Unanimité.\nAdopté à l'unanimité.\nRAPPORT 2\nDécision modificative n° 3 du budget principal\nM. MEYER présente le rapport.\nPour : 59 – Contre : 6\nAdopté à la majorité.`,
      [["1", "Approbation du procès-verbal de la séance du 14 octobre 2024"], ["2", "Décision modificative n° 3 du budget principal"]],
    ],
    [
      "an item word and the act's number, a service's name in capitals, then the title: 'RAPPORT N° CP-2024-03-110'",
      `${HEADER}\nRAPPORT N° CP-2024-03-110\nDIRECTION DES TERRITOIRES\nFonds cantalien d'aménagement des territoires – 1re programmation 2024\nRapporteur : Mme Ginette CHASSANG\nAdopté à l'unanimité.\nRAPPORT N° CP-2024-03-111\nDIRECTION DES ROUTES\nConvention de co-maîtrise d'ouvrage avec la commune de Murat\nPour : 22 ; Contre : 6`,
      [["CP-2024-03-110", "Fonds cantalien d'aménagement des territoires – 1re programmation 2024"], ["CP-2024-03-111", "Convention de co-maîtrise d'ouvrage avec la commune de Murat"]],
    ],
    [
      "a postal code's « Cedex 02 » before the minutes' heading is no item",
      `Communauté d'Agglomération de La Rochelle\n6, rue Saint-Michel – CS 41287 – 17086 La Rochelle Cedex 02\nCONSEIL COMMUNAUTAIRE\nPROCÈS-VERBAL DE LA SÉANCE DU 14 NOVEMBRE 2024\nPoint 1 de l'ordre du jour : Installation d'un nouveau conseiller\nLe Conseil prend acte.\nPoint 2 de l'ordre du jour : Approbation du procès-verbal\nAdopté à l'unanimité.`,
      [["1", "Installation d'un nouveau conseiller"], ["2", "Approbation du procès-verbal"]],
    ],
    [
      "'Point 3 de l'ordre du jour : Titre'",
      `${HEADER}\nPoint 1 de l'ordre du jour : Installation d'un nouveau conseiller communautaire\nM. le Président : Je le déclare installé.\nLe Conseil prend acte.\nPoint 2 de l'ordre du jour : Approbation du procès-verbal de la séance du 26 septembre 2024\nLe procès-verbal est adopté à l'unanimité.`,
      [["1", "Installation d'un nouveau conseiller communautaire"], ["2", "Approbation du procès-verbal de la séance du 26 septembre 2024"]],
    ],
    [
      "the item's ordinal, then the act's number: '1 – DÉLIBÉRATION N° 2024-03-01 : Titre'",
      `${HEADER}\n1 – DÉLIBÉRATION N° 2024-03-01 : Approbation du procès-verbal de la séance du 8 février 2024\nLe procès-verbal est adopté à l'unanimité.\n2 – DÉLIBÉRATION N° 2024-03-02 : Subvention exceptionnelle de 15 000 € aux Restos du Cœur\nAdoptée à l'unanimité.\n3 – VŒU N° 2024-03-03 : Vœu pour le maintien de la ligne ferroviaire\nLe vœu est adopté par 41 voix pour et 12 contre.`,
      [["2024-03-01", "Approbation du procès-verbal de la séance du 8 février 2024"], ["2024-03-02", "Subvention exceptionnelle de 15 000 € aux Restos du Cœur"], ["2024-03-03", "Vœu pour le maintien de la ligne ferroviaire"]],
    ],
    [
      "an item word, the act's number on the next line, then the title: 'Affaire n° 1' / 'Délibération n° 24-127'",
      `${HEADER}\nAffaire n° 1\nDélibération n° 24-127\nAdoption du procès-verbal de la séance du 16 mai 2024\nM. LE MAIRE : Pas d'observation ?\nAdopté à l'unanimité.\nAffaire n° 2\nDélibération n° 24-128\nBudget supplémentaire 2024\nVotes : POUR 37 – CONTRE 13 – ABSTENTION 0`,
      [["24-127", "Adoption du procès-verbal de la séance du 16 mai 2024"], ["24-128", "Budget supplémentaire 2024"]],
    ],
    [
      "'N° 2 – Titre', a list that does not start at 1",
      `${HEADER}\nN° 12 – Budget supplémentaire 2024 de la Ville\nRapporteur : Mme Élise SABATIER\nPour : 43 Contre : 12\nAdopté à la majorité.\nN° 13 – Garanties d'emprunts accordées à Habitation moderne\nAdopté à l'unanimité.`,
      [["12", "Budget supplémentaire 2024 de la Ville"], ["13", "Garanties d'emprunts accordées à Habitation moderne"]],
    ],
    [
      "a registry's numbers of one shape: 'C 24.110 - Titre'",
      `${HEADER}\nC 24.110 - Finances - Compte administratif 2023\nRapporteur : M. Loïc BERTHELOT\nAdopté à l'unanimité.\nC 24.111 - Finances - Affectation des résultats de l'exercice 2023\nAdopté à l'unanimité.`,
      [["C 24.110", "Finances - Compte administratif 2023"], ["C 24.111", "Finances - Affectation des résultats de l'exercice 2023"]],
    ],
    [
      "OCR's zero in the item word, a wish numbered among the items: 'QUESTI0N N° 2', 'VOEU N° 3'",
      `${HEADER}\nQUESTION N° 1 - Approbation du procès-verbal\nADOPTE A L'UNANIMITE\nQUESTI0N N° 2 - Cession de l'immeuble de la rue Paratilla\nADOPTE A L'UNANIMITE\nVOEU N° 3 - Vœu relatif au maintien des urgences de nuit\nADOPTE A L'UNANIMITE`,
      [["1", "Approbation du procès-verbal"], ["2", "Cession de l'immeuble de la rue Paratilla"], ["3", "Vœu relatif au maintien des urgences de nuit"]],
    ],
    [
      "a relevé laid out as a table, dotted numbers, the rapporteur's column before the title's, the outcome after it",
      `${HEADER}\nN° Rapporteur Objet Vote\n0.1 M. le Maire Désignation du secrétaire de séance Adoptée à l'unanimité\n0.2 M. le Maire Approbation du procès-verbal de la séance du 3 juin 2024 Adoptée à la majorité\nPour : 41\nContre : 6\n1.1 Mme Agnès\nPOULAIN\nDécision modificative n° 1 – Budget principal\net budgets annexes\nAdoptée à l'unanimité\n1.2 M. Hervé\nLANGLOIS\nTarifs des services périscolaires\nAdoptée à la majorité\nPour : 40\nContre : 7`,
      [["0.1", "Désignation du secrétaire de séance"], ["0.2", "Approbation du procès-verbal de la séance du 3 juin 2024"], ["1.1", "Décision modificative n° 1 – Budget principal et budgets annexes"], ["1.2", "Tarifs des services périscolaires"]],
    ],
    [
      "'Délibération n° 3', a tab, the title (a Word table saved as text)",
      `${HEADER}\nFINANCES\n\nDélibération n° 3\tDécision modificative n° 2 – Budget principal\nRapporteur :\tMme Odile MARTY\nVote :\tAdopté à la majorité\nPour :\t51\n\nDélibération n° 4\tTarifs de l'eau 2025\nRapporteur :\tM. Jean PUYO\nVote :\tAdopté à l'unanimité`,
      [["3", "Décision modificative n° 2 – Budget principal"], ["4", "Tarifs de l'eau 2025"]],
    ],
    [
      "'Délibération n°2024/019' alone, the title on the next line",
      `${HEADER}\nDélibération n°2024/019\nVote des taux d'imposition des taxes directes locales pour l'année 2024\nRésultat du vote : Adoptée à la majorité – Pour : 24 – Contre : 6 – Abstention : 0\nDélibération n°2024/020\nTarifs de la cantine scolaire\nRésultat du vote : Adoptée à l'unanimité`,
      [["2024/019", "Vote des taux d'imposition des taxes directes locales pour l'année 2024"], ["2024/020", "Tarifs de la cantine scolaire"]],
    ],
    [
      "'N° 20240602 - …': a registry's number of eight figures",
      `${HEADER}\nN° 20240602 - FINANCES - BUDGET PRIMITIF 2025 - BUDGET PRINCIPAL\nRapporteur : Mme Odile MARTY, Adjointe au Maire\nLe budget est présenté.\nAdopté à la majorité\nN° 20240603 - FINANCES - VOTE DES TAUX 2025\nRapporteur : Mme Odile MARTY, Adjointe au Maire\nAdopté à l'unanimité`,
      [["20240602", "FINANCES - BUDGET PRIMITIF 2025 - BUDGET PRINCIPAL"], ["20240603", "FINANCES - VOTE DES TAUX 2025"]],
    ],
    [
      "the act's own number under an ordinal heading: 'Délibération n° … – Rapporteure : …', 'Réf. : …'",
      `${HEADER}\n1 – Approbation du procès-verbal\nDélibération n° 2024-0140 – Rapporteure : Mme la Présidente\nAdopté à l'unanimité.\n2 – Élection d'un vice-président suite à démission\nDélibération n° 2024-0141 – Rapporteure : Mme la Présidente\nM. Paul JAMAIN est élu avec 52 voix.\n3 – Tarifs\nRéf. : DEL-2024-0142\nAdopté à l'unanimité.`,
      [["2024-0140", "Approbation du procès-verbal"], ["2024-0141", "Élection d'un vice-président suite à démission"], ["DEL-2024-0142", "Tarifs"]],
    ],
    [
      "titles in capitals that name a session and a numbered thing: « … DE LA SÉANCE DU … », « DÉCISION MODIFICATIVE N° 3 - … »",
      `${HEADER}\nN° 20241201 - PROCÈS-VERBAL DE LA SÉANCE DU 7 OCTOBRE 2024 - APPROBATION\nRapporteur : M. le Maire\nAdopté à l'unanimité\nN° 20241202 - FINANCES - DÉCISION MODIFICATIVE N° 3 - EXERCICE 2024\nRapporteur : Mme Odile MARTY\nAdopté à la majorité`,
      [["20241201", "PROCÈS-VERBAL DE LA SÉANCE DU 7 OCTOBRE 2024 - APPROBATION"], ["20241202", "FINANCES - DÉCISION MODIFICATIVE N° 3 - EXERCICE 2024"]],
    ],
    [
      "roman numerals and an en dash, after a movement in brackets",
      `${HEADER}\nIV – ÉLECTION DES ADJOINTS\nLa liste conduite par Mme Lise HUET est élue avec 11 voix.\n(M. Paul VIAL quitte la séance et donne pouvoir à Mme Lise HUET.)\nV – DÉLÉGATIONS DU CONSEIL MUNICIPAL AU MAIRE\nAdopté à l'unanimité.`,
      [["IV", "ÉLECTION DES ADJOINTS"], ["V", "DÉLÉGATIONS DU CONSEIL MUNICIPAL AU MAIRE"]],
    ],
    [
      "an ordinal, the act's number, then its object on the next line",
      `${HEADER}\n1 - Délibération n° CS-2024-031\nObjet : Approbation du compte de gestion 2023\nRapporteur : M. Harry FÉLICITÉ, Vice-Président\nAdopté à l'unanimité.\n2 - Délibération n° CS-2024-032\nObjet : Compte administratif 2023\nAdopté à la majorité.`,
      [["CS-2024-031", "Approbation du compte de gestion 2023"], ["CS-2024-032", "Compte administratif 2023"]],
    ],
    [
      "a registry's number, a tab, a title in capitals over the exposé's first sentence (a Word export)",
      `${HEADER}\nFINANCES\n2024-21\tCOMPTE DE GESTION 2023 – BUDGET PRINCIPAL\nLe Conseil Municipal, après s'être fait présenter le budget de l'exercice 2023, déclare que le compte de gestion n'appelle ni observation ni réserve.\nAdopté à l'unanimité (20 voix).\n\n2024-22\tCOMPTE ADMINISTRATIF 2023 – BUDGET PRINCIPAL\nLe Conseil Municipal approuve le compte administratif.\nAdopté à l'unanimité (19 voix).`,
      [["2024-21", "COMPTE DE GESTION 2023 – BUDGET PRINCIPAL"], ["2024-22", "COMPTE ADMINISTRATIF 2023 – BUDGET PRINCIPAL"]],
    ],
    [
      "an item « bis » between two items: « AFFAIRE N° 3 BIS »",
      `${HEADER}\nAFFAIRE N° 3 : ACQUISITION D'UN TERRAIN\nADOPTE A L'UNANIMITE\nAFFAIRE N° 3 BIS : AVENANT N° 1 AU MARCHE DE TRAVAUX DE LA MEDIATHEQUE\nADOPTE A LA MAJORITE\nAFFAIRE N° 4 : TARIFS\nADOPTE A L'UNANIMITE`,
      [["3", "ACQUISITION D'UN TERRAIN"], ["3 BIS", "AVENANT N° 1 AU MARCHE DE TRAVAUX DE LA MEDIATHEQUE"], ["4", "TARIFS"]],
    ],
    [
      "the act's number under its item's heading, after its label and a colon (« **N° :** 2025-014 », a Markdown export)",
      `${HEADER}\n1. Approbation du compte rendu de la séance du 10 mars 2025\n\nN° : 2025-014\n\nAucune remarque n'est formulée.\n\nDécision : adopté à l'unanimité\n\n2. Budget primitif 2025 – Budget principal de la commune\n\nN° : 2025-015\nRapporteur : Laurent BONNEFOY\n\nLe budget s'équilibre.\n\nDécision : adopté à la majorité`,
      [["2025-014", "Approbation du compte rendu de la séance du 10 mars 2025"], ["2025-015", "Budget primitif 2025 – Budget principal de la commune"]],
    ],
    [
      "an item withdrawn from the agenda is no act (« Cette affaire est retirée de l'ordre du jour »); a registry's number made of the session's date and a rank",
      `${HEADER}\nAFFAIRE N° 20241029_05 – Dénomination de voies dans le quartier de Plateau Caillou\nLe Conseil Municipal, après en avoir délibéré, ADOPTE à l'unanimité.\nAFFAIRE N° 20241029_06 – Cession d'un terrain communal cadastré DL 318\nCette affaire est retirée de l'ordre du jour à la demande de Madame le Maire.\nAFFAIRE N° 20241029_07 – Attribution d'une subvention exceptionnelle à l'Office Municipal des Sports\nADOPTÉE À L'UNANIMITÉ`,
      [["20241029_05", "Dénomination de voies dans le quartier de Plateau Caillou"], ["20241029_07", "Attribution d'une subvention exceptionnelle à l'Office Municipal des Sports"]],
    ],
    [
      "the report's number, then the act's with a body's letters inside it, the title as the object (a département's commission permanente)",
      `${HEADER}\nRapport n° 3 Délibération n° 2024-CP-11-039\nObjet : Insertion – Revenu de solidarité active – Avenant n° 2 à la convention\nLA COMMISSION PERMANENTE, après en avoir délibéré, approuve l'avenant.\nPour : groupe Socialiste, Radical et Progressiste (28)\nContre : néant\nRapport n° 4\nObjet : Habitat – Fonds de solidarité logement – Modification du règlement intérieur\nRapport retiré de l'ordre du jour par le Président en ouverture de séance.\nRapport n° 5 Délibération n° 2024-CP-11-040\nObjet : Autonomie – Aide à l'investissement pour la reconstruction de l'EHPAD « Les Tilleuls »\nLA COMMISSION PERMANENTE, après en avoir délibéré, attribue une subvention de 1 200 000 €.\nContre : groupe Union pour la Haute-Garonne (12)\nRésultat : ADOPTÉ`,
      [["2024-CP-11-039", "Insertion – Revenu de solidarité active – Avenant n° 2 à la convention"], ["2024-CP-11-040", "Autonomie – Aide à l'investissement pour la reconstruction de l'EHPAD « Les Tilleuls »"]],
    ],
    [
      "the agenda repeated after the items (a « feuillet de clôture »): its entries are no items",
      `${HEADER}\nPoint n° 3 – Compte de gestion 2023 du comptable public – Budget principal\nLe Conseil municipal, après en avoir délibéré, à l'unanimité, DÉCLARE que le compte de gestion n'appelle aucune observation.\nPoint n° 4 – Compte administratif 2023 – Budget principal\nLe Conseil municipal, après en avoir délibéré, par 23 voix pour et 3 abstentions, APPROUVE le compte administratif.\nL'ordre du jour étant épuisé, M. le Maire lève la séance à 21h15.\nFEUILLET DE CLÔTURE\nOrdre du jour :\n3. Compte de gestion 2023 du comptable public – Budget principal\n4. Compte administratif 2023 – Budget principal\nNom et prénom Qualité Signature\nHEINTZ Jean-Marc Maire Signature`,
      [["3", "Compte de gestion 2023 du comptable public – Budget principal"], ["4", "Compte administratif 2023 – Budget principal"]],
    ],
    [
      "« Délibération 2024-55 : Titre », the word without « n° », under a theme in capitals (a web page)",
      `${HEADER}\nFINANCES\nDélibération 2024-55 : Budget principal – Décision modificative n°2\nRapporteur : M. Bernard CHAUMEIL\nLe Conseil approuve.\nAdoptée par 19 voix pour et 4 contre.\nDélibération 2024-56 : Tarifs municipaux 2025\nRapporteur : M. Bernard CHAUMEIL\nLe Conseil fixe les tarifs.\nAdoptée par 19 voix pour et 4 abstentions.`,
      [["2024-55", "Budget principal – Décision modificative n°2"], ["2024-56", "Tarifs municipaux 2025"]],
    ],
  ])("%s", (_name, text, expected) => expect(items(text)).toEqual(expected));

  it("a footnote at a page's foot, « 1 En l'absence de M. le Maire … », is no restart of the numbering", () => {
    const text = `${HEADER}\n1. FINANCES – APPROBATION DES COMPTES DE GESTION 2023\nM. LE PALLEC présente les comptes de gestion.\nAdopté à l'unanimité (33 voix)\n2. FINANCES – COMPTE ADMINISTRATIF 2023\nM. le Maire quitte la salle.\nAdopté à la majorité (26 pour, 6 contre)\n3. FINANCES – AFFECTATION DES RÉSULTATS DE L'EXERCICE 2023\n1 En l'absence de M. le Maire, qui ne prend pas part au vote, le nombre de votants pour ce point est ramené à 32.\nIl est proposé d'affecter l'excédent de fonctionnement.\nAdopté à la majorité (27 pour, 6 abstentions)\n4. FINANCES – VOTE DES TAUX D'IMPOSITION POUR L'ANNÉE 2024\nM. LE PALLEC indique que les taux restent inchangés.\nAdopté à l'unanimité (33 voix)\n5. FINANCES – BUDGET PRIMITIF 2024\nLe budget s'équilibre.\nAdopté à la majorité (27 pour, 6 contre)`;
    expect(segment(linesOf(text)).items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it.each([
    ["a single deliberation", `${HEADER}\n2024-05\nOBJET : Tarifs de la cantine\nLe Conseil fixe les tarifs.\nAdopté à l'unanimité.`],
    ["one numbered heading only", `${HEADER}\n24-02/011 — Adoption du budget primitif 2024 :\nAdopté à l'unanimité.`],
    ["a form whose exposé lists '1/ … 2/ …' (the 'cr' of 'crédits' is no 'CR')", `DELIBERATION DU CONSEIL MUNICIPAL\nSEANCE DU 3 JUILLET 2024\nOBJET : Attribution de subventions\nIl est proposé d'affecter des crédits supplémentaires :\n1/ Au titre de Complément en rectification d'erreur :\nAssociation des parents : 500 €\n2/ Au titre des demandes retardataires\nAssociation sportive : 600 €\nA l'unanimité des membres présents et représentés,\nDECIDE d'attribuer les subventions.`],
    ["a page number before the header, the document's first unit", `1 Secrétariat général Service de l'Assemblée\nConseil Municipal de la Ville de Saint-Alban\nSéance publique du 4 avril 2024\nPrésents : 27`],
    ["dates and counts at line start", `${HEADER}\n12 janvier 2024 : réunion de la commission\n14 voix pour\n2 abstentions`],
  ])("%s gives no items", (_name, text) => expect(segment(linesOf(text)).items).toEqual([]));

  it("the header stops at the first item", () => {
    const s = segment(linesOf(`${HEADER}\n1/ Renouvellement du bail de la poste :\nAccepté.\n2/ Achat d'une tondeuse :\nAccepté.`));
    expect(s.header.map((l) => l.text)).toEqual(HEADER.split("\n"));
    expect(s.items.map((i) => i.lines.map((l) => l.text))).toEqual([["Accepté."], ["Accepté."]]);
  });
});

inEveryLayout("numbered items in other registers", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const items = (text: string) => segment(linesOf(text)).items.map((i) => [i.number, i.title]);
  const HEAD = "COMMUNE DE SAINT-ALBAN\nProcès-verbal du conseil municipal du 4 mars 2024";
  it.each([
    [`${HEAD}\nN° 2024/015 – Vente d'un terrain :\nAdopté à l'unanimité.\nN° 2024/016 – Tarifs de la cantine :\nAdopté à l'unanimité.`, ["2024/015", "2024/016"]],
    [`${HEAD}\nDCM 2024-07 : Subvention au club de football\nAdopté à l'unanimité.\nDCM 2024-08 : Travaux de voirie\nAdopté à l'unanimité.`, ["DCM 2024-07", "DCM 2024-08"]],
    // the year and the item's number, then the title, with nothing between but a space
    [`${HEAD}\n2024-01 Approbation du compte rendu du 5 février 2024\nAdopté à l'unanimité.\n2024-02 Tarifs de la salle des fêtes\nAdopté par 12 voix pour et 2 voix contre.`, ["2024-01", "2024-02"]],
    // an en dash after the number, as word processors write it; a report's word before the number
    [`${HEAD}\n1 – Approbation du procès-verbal\nAdopté à l'unanimité.\n2 – Tarifs de la cantine\nAdopté à l'unanimité.`, ["1", "2"]],
    [`${HEAD}\nRAPPORT N° 1 – FINANCES – Budget supplémentaire\n(Adopté à l'unanimité : 41 voix pour)\nAffaire n° 2 : Tarifs de la cantine\nAdopté à l'unanimité.`, ["1", "2"]],
    // the first number right after the secretary's surname in capitals; a span of years ends a title (« AP /CP 2024/2027 : »)
    [`${HEAD}\nSecretaire de seance : Madame Laure CHAPUIS\n2024-1 : Ajustements AP /CP 2024/2027 :\nAdopté à l'unanimité.\n2024-2 : Tarifs de la cantine\nAdopté à l'unanimité.`, ["2024-1", "2024-2"]],
    // a département's report codes, a report taken note of between two voted ones (the Drôme)
    [`${HEAD}\n4C1-01 – APPROBATION DU PROCÈS-VERBAL\nAdopté à l'unanimité.\n4C1-02 – RAPPORT SUR LA SITUATION EN MATIÈRE DE DÉVELOPPEMENT DURABLE\nL'Assemblée départementale prend acte de la présentation du rapport.\n4C1-03 – FINANCES – DÉCISION MODIFICATIVE N° 2\nPour : 28 / Contre : 8\nAdopté.`, ["4C1-01", "4C1-02", "4C1-03"]],
    // the rapporteur between the number and the title (Lorient)
    [`${HEAD}\nN° 2024-125\n– Rapporteur : M. le Maire – Approbation du procès-verbal de la séance du 27 juin 2024\nAdopté à l'unanimité\nN° 2024-126\n– Rapporteur : Mme Lise HUET\n– Tarifs de la cantine scolaire\nAdopté par 35 voix pour et 8 voix contre`, ["2024-125", "2024-126"]],
    // a web page's list: a bullet before each heading (Le Morne-Rouge)
    [`${HEAD}\nAffaires examinées :\n• Délibération n° 2024-048 – Décision modificative n° 2 du budget principal\nAdopté à la majorité (4 contre)\n• Délibération n° 2024-049 – Subventions aux associations\nAdopté à l'unanimité`, ["2024-048", "2024-049"]],
    [`${HEAD}\n- Point n° 3 : Tarifs de la cantine\nAdopté à l'unanimité.\n- Point n° 4 : Travaux de voirie\nAdopté à l'unanimité.`, ["3", "4"]],
  ])("%#", (text, numbers) => {
    expect(segment(linesOf(text)).items.map((i) => i.number)).toEqual(numbers);
  });
});

inEveryLayout("a rubric over the title (Vannes)", (shape) => {
  const TEXT = `${HEADER}\nLe Maire ouvre la séance.\nN° 1\tADMINISTRATION GÉNÉRALE\n\tApprobation du procès-verbal de la séance du 1er juillet 2024\nRapporteur :\tM. KERNEUR Yves\nADOPTÉ À L'UNANIMITÉ.\nN° 2\tURBANISME – FONCIER\n\tCession d'une emprise cadastrée section BK n° 318, rue du Commerce\nRapporteur :\tMme CADORET Annick\nADOPTÉ PAR 40 VOIX CONTRE 6.`;
  // the rubric and the title are told apart by the line between them only: collapsed, « ADMINISTRATION GÉNÉRALE
  // Approbation … » is one run of words, so this runs as written only
  it.runIf(shape(TEXT) === TEXT)("takes the line under a rubric in capitals on the number's line as the title", () => {
    expect(segment(linesOfText(TEXT)).items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Approbation du procès-verbal de la séance du 1er juillet 2024"],
      ["2", "Cession d'une emprise cadastrée section BK n° 318, rue du Commerce"],
    ]);
  });
});

inEveryLayout("the act's object labelled under its number and rubric in capitals", (shape) => {
  const items = (text: string) => segment(linesOfText(shape(text))).items.map((i) => [i.number, i.title]);
  it("« DEL-2024-129 FINANCES » / « Objet : … » gives the object, of one word or more", () => {
    expect(items(`${HEADER}\nDEL-2024-129 FINANCES\nObjet : Décision modificative n° 2 – Budget principal 2024\nRapporteur : M. Daniel GUILBERT\nLe Conseil communautaire, après en avoir délibéré, ADOPTE la décision modificative.\nADOPTÉ À LA MAJORITÉ\nDEL-2024-130 AMÉNAGEMENT DU TERRITOIRE\nObjet : Fonds de concours aux communes rurales – Deuxième programmation 2024\nLe Conseil communautaire, après en avoir délibéré, ATTRIBUE les fonds de concours.\nADOPTÉ À L'UNANIMITÉ`)).toEqual([
      ["DEL-2024-129", "Décision modificative n° 2 – Budget principal 2024"], ["DEL-2024-130", "Fonds de concours aux communes rurales – Deuxième programmation 2024"],
    ]);
  });
});

inEveryLayout("a compte rendu whose items give their number, then the rapporteur, then the title", (shape) => {
  const items = (text: string) => segment(linesOfText(shape(text))).items.map((i) => [i.number, i.title]);
  it("« N° 2 » / « Rapporteur : » / « M. Bruno TIXIER » / the title, its summary after it left out", () => {
    expect(items(`${HEADER}\nN° 2\nRapporteur :\nM. Bruno TIXIER\nFinances – Affectation des résultats de l'exercice 2024\nLe résultat de fonctionnement du budget principal est affecté au compte 1068.\nADOPTÉ\nPour : 42 – Contre : 7 – Abstentions : 3\nN° 3\nRapporteur :\nMme Marie-Hélène COUDERT\nCulture – Convention pluriannuelle d'objectifs 2025-2027 avec l'État La convention fixe les objectifs artistiques.\nADOPTÉ À L'UNANIMITÉ`)).toEqual([
      ["2", "Finances – Affectation des résultats de l'exercice 2024"], ["3", "Culture – Convention pluriannuelle d'objectifs 2025-2027 avec l'État"],
    ]);
  });

  it("… its summary opening on a noun of action, no article (a figure or a word in small letters before it)", () => {
    expect(items(`${HEADER}\nN° 9\nRapporteur :\nMme Claire VIALLE\nRessources humaines – Modification du tableau des effectifs au 1er juillet 2025\nCréation de 11 postes et suppression de 7 postes.\nADOPTÉ À L'UNANIMITÉ\nN° 10\nRapporteur :\nM. Paul ROCHE\nFinances – Réseau de chaleur – Rapport annuel du délégataire\nPrésentation du rapport prévu par le code de la commande publique.\nADOPTÉ À L'UNANIMITÉ`)).toEqual([
      ["9", "Ressources humaines – Modification du tableau des effectifs au 1er juillet 2025"], ["10", "Finances – Réseau de chaleur – Rapport annuel du délégataire"],
    ]);
  });
});

inEveryLayout("a relevé's row withdrawn, its decision cell « Retiré » on the heading's line", (shape) => {
  const items = (text: string) => segment(linesOfText(shape(text))).items.map((i) => i.number);
  it("is no act", () => {
    expect(items(`${HEADER}\nCP-24-124 Culture – Soutien aux manifestations culturelles Adopté\nPour : 26\nCP-24-125 Collèges publics – Dotations complémentaires de fonctionnement 2024 Retiré —\nRapporteur : Mme Isabelle LACAVE\nCP-24-126 Autonomie – Convention avec l'association Bien Vieillir Adopté\nPour : 26`)).toEqual(["CP-24-124", "CP-24-126"]);
  });
});

inEveryLayout("a verbatim procès-verbal that records the act's number at its item's end", (shape) => {
  const items = (text: string) => segment(linesOfText(shape(text))).items.map((i) => [i.number, i.title]);
  it("« Délibération n° 2025-001 – Adoptée … » and an election's « … est élue … » give the items their numbers", () => {
    expect(items(`${HEADER}\n1 – APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 12 DÉCEMBRE 2024\nM. le Maire : Avez-vous des observations sur ce procès-verbal ?\nIl n'y en a pas. Je le mets aux voix. Qui est contre ? Qui s'abstient ?\nC'est adopté à l'unanimité.\nDélibération n° 2025-001 – Adoptée à l'unanimité.\n2 – ÉLECTION D'UN ADJOINT AU MAIRE\nM. le Maire : Nous passons au vote à bulletin secret.\nNombre de votants : 47\nMajorité absolue : 24\nDélibération n° 2025-003 – Mme Gwenaëlle KERDRAON est élue cinquième adjointe au Maire par 36 voix.\nM. le Maire : Félicitations, Madame.`)).toEqual([
      ["2025-001", "APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 12 DÉCEMBRE 2024"], ["2025-003", "ÉLECTION D'UN ADJOINT AU MAIRE"],
    ]);
  });
});

inEveryLayout("a verbatim procès-verbal that records the act's number over its vote in brackets", (shape) => {
  const items = (text: string) => segment(linesOfText(shape(text))).items.map((i) => i.number);
  it("« Délibération n° 2025-001 » / « (Vote : unanimité) » gives the item its number", () => {
    expect(items(`${HEADER}\n1 – APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 12 DÉCEMBRE 2024\nMonsieur le Maire. – Je mets aux voix le procès-verbal. Il est approuvé à l'unanimité.\nDélibération n° 2025-001\n(Vote : unanimité)\n2 – TARIFS DE LA PISCINE\nMonsieur le Maire. – Je mets aux voix. Qui est contre ? Qui s'abstient ?\nDélibération n° 2025-002\n(Vote : unanimité – Monsieur FAURE ne prend pas part au vote)`)).toEqual(["2025-001", "2025-002"]);
  });
});

inEveryLayout("an item without a number among numbered ones (a web page's compte rendu)", (shape) => {
  const items = (text: string) => segment(linesOfText(shape(text))).items.map((i) => [i.number, i.title]);
  it("its title between the previous item's outcome and its rapporteur", () => {
    expect(items(`${HEADER}\nDélibération 2024-56 : Tarifs municipaux 2025\nRapporteur : M. Bernard CHAUMEIL\nIl est proposé de revaloriser de 2 % les tarifs municipaux à compter du 1er janvier 2025.\nAdoptée par 19 voix pour et 4 abstentions.\nAdmission en non-valeur de créances irrécouvrables\nRapporteur : M. Bernard CHAUMEIL\nLe comptable public a transmis un état de créances irrécouvrables pour un montant de 1 284,60 €.\nAdoptée à l'unanimité.\nDélibération 2024-58 : Subvention exceptionnelle à l'association « Mauriac Animations »\nRapporteur : Mme Hélène VIDAL\nAdoptée à l'unanimité.`)).toEqual([
      ["2024-56", "Tarifs municipaux 2025"], [null, "Admission en non-valeur de créances irrécouvrables"], ["2024-58", "Subvention exceptionnelle à l'association « Mauriac Animations »"],
    ]);
  });
});

inEveryLayout("minutes with no heading at all, each item a title over its paragraph closed by a vote given whole (a web page)", (shape) => {
  const items = (text: string) => segment(linesOfText(shape(text))).items.map((i) => [i.number, i.title]);
  // (a title without number or label ends where its line ends: collapsed or re-wrapped, nothing tells where, so this
  // runs as written only)
  it.runIf(shape("a\nb") === "a\nb")("the titles before each « Votes : … », the last block without a vote left out", () => {
    expect(items(`${HEADER}\nLe procès-verbal de la séance du 4 novembre a été approuvé à l'unanimité.\n\nTarifs municipaux 2025\nLes tarifs de location des salles, des concessions du cimetière et des droits de place du marché du mardi sont revalorisés de 2 % en moyenne.\nVotes : 19 pour, 2 abstentions\n\nPort de plaisance – Tarifs des mouillages\nSur proposition du conseil portuaire réuni le 28 novembre, les tarifs des mouillages annuels et des escales au ponton du quai sont augmentés de 3 %.\nVotes : 21 pour\n\nDénomination d'une voie : rue Marie-Jeanne Gloanec\nLa voie desservant le nouveau lotissement de Kerangosquer portera le nom de Marie-Jeanne Gloanec, aubergiste des peintres.\nVotes : unanimité\n\nInformations et questions diverses\nLe Maire rend compte des décisions prises par délégation.`)).toEqual([
      [null, "Tarifs municipaux 2025"], [null, "Port de plaisance – Tarifs des mouillages"], [null, "Dénomination d'une voie : rue Marie-Jeanne Gloanec"],
    ]);
  });
  it("sentences of the debate, each closed by « Vote : unanimité », are no items (dev-014 collapsed)", () => {
    expect(items(`${HEADER}\nMonsieur le Maire demande aux Membres du Conseil Municipal de rajouter à l'ordre du jour une décision modificative\nVote : unanimité\nMonsieur le Maire propose la candidature de Mme MICHOT Patricia en qualité de secrétaire de séance\nVote : unanimité`)).toEqual([]);
  });

  it("one such item is an extract's own act, no item", () => {
    expect(items(`${HEADER}\nTarifs municipaux 2025\nLes tarifs des salles sont revalorisés de 2 % en moyenne.\nVotes : 19 pour, 2 abstentions`)).toEqual([]);
  });
});

inEveryLayout("items without numbers, found from the agenda", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const items = (text: string) => segment(linesOf(text)).items.map((i) => [i.number, i.title]);
  const TEXT = [
    "COMMUNE DE SAINT-ALBAN",
    "Compte rendu du conseil municipal du 4 mars 2024",
    "Ordre du jour",
    "Approbation du procès-verbal du 5 février 2024",
    "Convention d'adhésion au service de médecine préventive du centre de",
    "gestion",
    "Tarifs de l'eau et de l'assainissement 2024",
    "Questions diverses",
    "Le quorum est atteint, Monsieur le Maire déclare la séance ouverte.",
    "Approbation du procès-verbal du 5 février 2024",
    "Le procès-verbal est approuvé.",
    "Vote : Unanimité",
    "Convention d'adhésion au service de médecine préventive du centre de gestion",
    "Le Conseil autorise le Maire à signer la convention.",
    "Vote : Unanimité",
    "Tarifs de l'eau et de l'assainis",
    "Le Conseil fixe les tarifs.",
    "Vote : 3 ABSTENTIONS / 8 POUR",
    "Questions diverses",
    "Aucune.",
  ].join("\n");

  // an agenda of unnumbered entries needs its line breaks: collapsed to one line, nothing tells where one entry
  // ends and the next begins ("… 5 février 2024 Convention d'adhésion …"), so this runs as written only
  it.runIf(shape(TEXT) === TEXT)("gives the agenda's entries as the items' titles, also when the body cuts a heading short", () => {
    expect(segment(linesOf(TEXT)).items.map((i) => i.title)).toEqual([
      "Approbation du procès-verbal du 5 février 2024",
      "Convention d'adhésion au service de médecine préventive du centre de gestion",
      "Tarifs de l'eau et de l'assainissement 2024",
      "Questions diverses",
    ]);
  });
});

inEveryLayout("a compte-rendu in columns read by OCR: the rapporteur's first name before the number", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const TEXT = [
    "Ville de Castelmaure Compte-rendu du Conseil municipal",
    "Séance publique du lundi 14 mars 2022",
    "Présents : Inès ALBARET, Paul COMBAREL, Léa DURFORT",
    "Mme le Maire Adoption de l'ordre du jour",
    "Pour : 45",
    "Adopté à l'unanimité",
    "Urbanisme et aménagement durable",
    "Gilles 1 ZAC des Tanneries Lancement d'un concours de maîtrise d'œuvre",
    "COMBAREL et élection des membres du jury",
    "Pour : 45",
    "Adopté à l'unanimité",
    "Vie scolaire",
    "Jean-Marc 2 Construction d'un groupe scolaire quartier des Aubes",
    "DURFORT Demande de subvention",
    "Pour : 43",
    "Contre : 2",
    "Adopté à la majorité",
    "Article 3 Le présent compte-rendu est affiché en mairie.",
  ].join("\n");
  it("the numbered items are read, the rapporteur's first name left out of the title", () => {
    const items = segment(linesOf(TEXT)).items.map((i) => [i.number, i.title?.slice(0, 25)]);
    expect(items.filter(([n]) => n !== null)).toEqual([
      ["1", "ZAC des Tanneries Lanceme"],
      ["2", "Construction d'un groupe "],
    ]);
  });
});

inEveryLayout("a numbered list of people after the items", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const TEXT = [
    "COMPTE RENDU DU CONSEIL MUNICIPAL DU VENDREDI 4 MARS 2022",
    "ORDRE DU JOUR",
    "1. APPROBATION COMPTE RENDU PRECEDENT",
    "2. ELECTION DES MEMBRES ELUS DU CCAS",
    "Madame le Maire constate que le quorum est atteint.",
    "1. APPROBATION COMPTE RENDU PRECEDENT",
    "Pas de remarque. Adopté à l'unanimité.",
    "2. ELECTION DES MEMBRES ELUS DU CCAS",
    "Le conseil municipal après vote à l'unanimité DESIGNE les membres.",
    "Madame le Maire informe que la communauté de communes a élu ses vice-présidents :",
    "1. Gérard VALETTE",
    "2. Anne-Sophie MOURGUES",
    "3. Lucien ABRIAL",
    "La séance est levée à 19h30.",
  ].join("\n");
  it("the people are not items; the items before them are read", () => {
    // (collapsed, a title in capitals takes the sentence after it: "… PRECEDENT Pas de remarque.")
    expect(segment(linesOf(TEXT)).items.map((i) => [i.number, i.title?.split(" ").slice(0, 3).join(" ")])).toEqual([
      ["1", "APPROBATION COMPTE RENDU"],
      ["2", "ELECTION DES MEMBRES"],
    ]);
  });
});

describe("a heading's title and the item's text that runs on after it", () => {
  it.each([
    // a proper name is no sentence: « Simone Iff », « Mobilités – », « Limoges en commun » after « groupe »
    ["Lyon 7e - Dénomination de l'allée Simone Iff dans le quartier de la Guillotière", "Lyon 7e - Dénomination de l'allée Simone Iff dans le quartier de la Guillotière"],
    ["Budget annexe Mobilités – Décision modificative n° 1", "Budget annexe Mobilités – Décision modificative n° 1"],
    ["Vœu présenté par le groupe Limoges en commun relatif à la gratuité des transports", "Vœu présenté par le groupe Limoges en commun relatif à la gratuité des transports"],
    // a sentence opened by an article, a civility or a speaker who presents
    ["Tarifs de la salle des fêtes 2024 Le Conseil municipal fixe les tarifs de location", "Tarifs de la salle des fêtes 2024"],
    ["Modification d'heures hebdomadaires contrat Mme Chamberlain 2H supp mis sur le contrat", "Modification d'heures hebdomadaires contrat"],
    ["Décision modificative n° 3 du budget principal M. MEYER présente le rapport.", "Décision modificative n° 3 du budget principal"],
    // a council's office keeps its capital inside a title
    ["Election d'un Adjoint au Maire suite à démission", "Election d'un Adjoint au Maire suite à démission"],
    ["Désignation d'un Conseiller municipal délégué aux sports", "Désignation d'un Conseiller municipal délégué aux sports"],
    // an outcome in one word closes a relevé's row read as one unit (Roubaix)
    ["Approbation du procès-verbal de la séance du 27 juin 2024 Unanimité", "Approbation du procès-verbal de la séance du 27 juin 2024"],
    ["Garantie d'emprunt rue de l'Épeule Unanimité Ne prend pas part au vote : 1", "Garantie d'emprunt rue de l'Épeule"],
    ["Décision modificative n° 3 de l'exercice 2023 Adopté", "Décision modificative n° 3 de l'exercice 2023"],
    // an article, a body's acronym and its verb open the exposé (Locarn)
    ["Chemins ruraux – convention d'élagage avec la CUMA de l'Argoat La CUMA propose de réaliser l'élagage des accotements", "Chemins ruraux – convention d'élagage avec la CUMA de l'Argoat"],
    // a tally of bare figures after the title (Montpellier)
    ["Révision des AP/CP existantes et création de nouvelles AP/CP Pour 43 Contre 12 Abstention /", "Révision des AP/CP existantes et création de nouvelles AP/CP"],
    ["Garantie d'emprunt à ACM Habitat Pour 43 Contre / Abstention 10 Ne prennent pas part au vote : 2", "Garantie d'emprunt à ACM Habitat"],
    // a place's name with its particle goes on with the title
    ["ACTION SOCIALE – Attribution d'une subvention à l'association Val de Charente Solidarité", "ACTION SOCIALE – Attribution d'une subvention à l'association Val de Charente Solidarité"],
    // the rapporteur with his office between commas, then his verb, opens the exposé
    ["FINANCES – Décision modificative n°2 – Budget principal 2024 M. Laurent FAUCONNIER, Vice-président chargé des finances, présente la décision modificative n°2 du budget principal.", "FINANCES – Décision modificative n°2 – Budget principal 2024"],
  ])("%s", (text, title) => expect(splitHeading(text).title).toBe(title));
});

describe("a title given as phrases each closed by a stop, as the reflow cuts them", () => {
  const at = (text: string) => ({ page: 1, line: 1, text });
  it.each([
    // Orléans: a theme, then phrases without a verb of their own
    ["Finances.", ["Compte de gestion et compte administratif 2023.", "Approbation.", "Mme RAFFIN – Mes chers collègues, le compte administratif 2023 …"], "Finances. Compte de gestion et compte administratif 2023. Approbation."],
    ["Pouvoirs propres du Maire.", ["Communication.", "M. le Maire – Vous avez reçu la liste des décisions."], "Pouvoirs propres du Maire. Communication."],
    // a sentence, a speaker, an outcome or a label under the theme is no part of it
    ["Finances.", ["Le Conseil municipal approuve le compte.", "Approbation."], "Finances."],
    ["Urbanisme.", ["Adopté à l'unanimité."], "Urbanisme."],
    ["Voirie.", ["Mme HUET présente le rapport."], "Voirie."],
    // a title of more words than a theme's, or not closed by a stop, stays as it is
    ["Adoption du procès-verbal de la séance du 11 avril 2024 et du 2 mai 2024.", ["Approbation."], "Adoption du procès-verbal de la séance du 11 avril 2024 et du 2 mai 2024."],
    ["Budget primitif 2024", ["Approbation."], "Budget primitif 2024"],
  ])("%s", (title, body, expected) => expect(titleWithPhrases(title, body.map(at))).toBe(expected));
});

describe("the object's title ends where the exposé's first sentence starts on the next line (as written: collapsed, nothing marks it)", () => {
  const HEAD = "CONSEIL DÉPARTEMENTAL DE LA HAUTE-GARONNE\nCommission permanente du 22 novembre 2024 – Relevé de décisions";
  const titles = (text: string) => segment(linesOfText(text)).items.map((i) => i.title);
  it.each([
    ["a title over two lines, the second short, then a paragraph",
      `${HEAD}\nRapport n° 2 Délibération n° 2024-CP-11-038\nObjet : Routes départementales – RD 813 – Aménagement de la traverse de Castanet-Tolosan entre les PR\n11+200 et 12+450 – Convention de co-maîtrise d'ouvrage avec la commune de Castanet-Tolosan\nLa Commission permanente approuve la convention désignant le Département maître d'ouvrage unique de\nl'opération, estimée à 2 860 000 € TTC, dont 1 120 000 € à la charge de la commune.\nContre : néant\nRésultat : ADOPTÉ\nRapport n° 3 Délibération n° 2024-CP-11-039\nObjet : Tarifs 2025\nRésultat : ADOPTÉ`,
      ["Routes départementales – RD 813 – Aménagement de la traverse de Castanet-Tolosan entre les PR 11+200 et 12+450 – Convention de co-maîtrise d'ouvrage avec la commune de Castanet-Tolosan", "Tarifs 2025"]],
    // (a title's second line after a full first one, or after a word that links it, goes on)
    ["a title's second line after a word that links it",
      `${HEAD}\nRapport n° 3 Délibération n° 2024-CP-11-039\nObjet : Convention de partenariat entre le Département et\nLe Syndicat mixte de l'eau et de l'assainissement de Haute-Garonne pour l'année 2025 et les suivantes\nContre : néant\nRésultat : ADOPTÉ\nRapport n° 4 Délibération n° 2024-CP-11-040\nObjet : Tarifs 2025\nRésultat : ADOPTÉ`,
      ["Convention de partenariat entre le Département et Le Syndicat mixte de l'eau et de l'assainissement de Haute-Garonne pour l'année 2025 et les suivantes", "Tarifs 2025"]],
  ])("%s", (_name, text, want) => expect(titles(text)).toEqual(want));
});

describe("a relevé read a column at a time: the number alone, the title, the tally (Argenteuil), as written", () => {
  // (a number alone on its line is the layout's: collapsed, it runs on with the rapporteur's name, as a PDF read in
  // columns never gives it)
  const HEAD = "VILLE DE SAINT-ALBAN\nRELEVÉ DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du mardi 8 octobre 2024";
  const numbers = (text: string) => segment(linesOfText(text)).items.map((i) => [i.number, i.title]);
  it.each([
    ["a tally or the council's words under each title", `${HEAD}\nM. Paul GIRAUD\n\n1\n\nInstallation de M. Rachid AMRANI en qualité de conseiller municipal\nLe Conseil municipal prend acte\n\nM. Paul GIRAUD\n\n2\n\nModification de la composition des commissions municipales\nPour : 43 Contre : / Abstention : 9\n\nMme Lise HUET\n\n3\n\nAdmission en non-valeur de produits irrécouvrables\nUnanimité`,
      [["1", "Installation de M. Rachid AMRANI en qualité de conseiller municipal"], ["2", "Modification de la composition des commissions municipales"], ["3", "Admission en non-valeur de produits irrécouvrables"]]],
    ["a page's number over a speaker's turn is no item", `${HEAD}\nCompte rendu\n1 - Tarifs de la cantine\nPour : 30\nAdopté.\n2 - Travaux de voirie\nLe Maire expose le projet.\n\n1\n\nMonsieur le Maire : Je mets aux voix.\nPour : 30\nAdopté.`,
      [["1", "Tarifs de la cantine"], ["2", "Travaux de voirie"]]],
  ])("%s", (_name, text, want) => expect(numbers(text)).toEqual(want));
});

inEveryLayout("a decision's clauses under their ordinals are no items", (shape) => {
  const items = (text: string) => segment(linesOfText(shape(text))).items.map((i) => i.number);
  it("« 1° LUI DONNE ACTE de la présentation … », « 2° CONSTATE, … », « 3° RECONNAÎT la sincérité … », then the tally", () => {
    const text = "SIVOM DE LA VALLÉE DE L'ANCE\nDélibération n° 2025-007\nObjet : Vote du compte administratif 2024\nLe Président s'étant retiré, le comité syndical, sous la présidence de M. Lucien CHAZALON, doyen d'âge :\n1° LUI\nDONNE ACTE de la présentation faite du compte administratif ;\n2°\nCONSTATE, pour la comptabilité principale, les identités de valeurs avec le compte de gestion ;\n3° RECONNAÎT la sincérité des restes à réaliser ;\n4° ARRÊTE les résultats définitifs et APPROUVE le compte administratif 2024.\nVotants : 17, Pour : 16, Contre : 0, Abstention : 1";
    expect(items(text)).toEqual([]);
  });
});

// a Word document through pandoc: its tally in a grid table under each item, which re-wrapping at 40 columns breaks
// (a table is read by its rows as written and once collapsed; cut at 40 columns it is no table)
describe.each([
  ["as written", (t: string) => t],
  ["collapsed", (t: string) => t.replace(/\s+/g, " ").trim()],
])("the act's number under its item's ordinal heading (%s)", (_name, shape) => {
  it("« **1. Titre** » / « *Délibération n\\° 2025-14* -- Rapporteur : … » / a grid table of the tally", () => {
    const text = `${HEADER}\n**1. Compte financier unique 2024 -- Budget principal de la commune**\n\n*Délibération n\\° 2025-14* -- Rapporteur : M. Hervé GUILLERM, adjoint aux finances\n\nM. GUILLERM présente le compte financier unique.\n\n+--------+------+--------+-------------+\n| **Votants** | **Pour** | **Contre** | **Abstentions** |\n+========+======+========+=============+\n| 24 | 20 | 0 | 4 |\n+--------+------+--------+-------------+\n\n**2. Affectation du résultat 2024 -- Budget principal**\n\n*Délibération n\\° 2025-15* -- Rapporteur : M. Hervé GUILLERM\n\nIl est proposé d'affecter le résultat.\n\n+--------+------+--------+-------------+\n| **Votants** | **Pour** | **Contre** | **Abstentions** |\n+========+======+========+=============+\n| 25 | 21 | 0 | 4 |\n+--------+------+--------+-------------+`;
    expect(segment(linesOfText(shape(text))).items.map((i) => [i.number, i.title])).toEqual([["2025-14", "Compte financier unique 2024 – Budget principal de la commune"], ["2025-15", "Affectation du résultat 2024 – Budget principal"]]);
  });
});
