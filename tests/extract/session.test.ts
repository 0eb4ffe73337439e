import { describe, expect, it } from "vitest";
import { Evidence } from "../../src/core/types.js";
import { emptyAttendance } from "../../src/extract/attendance.js";
import { extractContent } from "../../src/extract/content.js";
import { extractDecisions } from "../../src/extract/decisions.js";
import { applyEvents } from "../../src/extract/events.js";
import { extractNumber, extractTitle } from "../../src/extract/identity.js";
import { extractPrefecture } from "../../src/extract/prefecture.js";
import {
  extractAuthority, extractBody, extractConvocationDate, extractPlace, extractPresident, extractSecretary, secretaryWhoSigns, extractSessionDate,
} from "../../src/extract/session.js";
import { normalise } from "../../src/normalise/index.js";
import { linesOf as linesOfText } from "./lines.js";
import { inEveryLayout } from "./layouts.js";

const ev = () => new Evidence();

inEveryLayout("session header", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it.each([
    ["COMMUNE DE VILLARD-SUR-BRÈVE", "Villard-sur-Brève", "commune"],
    // the article that « du » and « des » hold is the name's
    ["VILLE DU HAVRE", "Le Havre", "commune"],
    ["CONSEIL MUNICIPAL DE LA COMMUNE DU MOULE", "Le Moule", "commune"],
    ["VILLE DES MUREAUX", "Les Mureaux", "commune"],
    // a letterhead in two columns flattened: the session's day in the other column is no part of the name
    ["VILLE DE TOURS                                    DU LUNDI 7 OCTOBRE 2024", "Tours", "commune"],
    ["Mairie de Saint-Alban", "Saint-Alban", "commune"],
    // a header flattened with its side box: the name stops before the box's first label
    ["DE LA VILLE DE SAINT-JUST-EN-CHAUSSÉE Nombre de membres afférents au Conseil municipal : 23", "Saint-Just-en-Chaussée", "commune"],
    ["Communauté de Communes du Val de Brèche, séance du 4 mars 2024", "Communauté de Communes du Val de Brèche", "epci"],
    ["COMMUNAUTÉ DE COMMUNES AUBRAC, CARLADEZ ET VIADÈNE", "COMMUNAUTÉ DE COMMUNES AUBRAC, CARLADEZ ET VIADÈNE", "epci"],
    ["SIVOM DE LA VALLÉE DE L'OUCHE Réunion du Comité syndical du 18 mars 2024", "SIVOM DE LA VALLÉE DE L'OUCHE", "syndicat"],
    ["COMMUNAUTÉ DE COMMUNES DU PAYS DE LA VALLÉE DU LOT RÉPUBLIQUE FRANÇAISE", "COMMUNAUTÉ DE COMMUNES DU PAYS DE LA VALLÉE DU LOT", "epci"],
    ["Conseil de la Communauté de communes du Haut Quercy du jeudi 12 septembre 2024", "Communauté de communes du Haut Quercy", "epci"],
    ["les membres du Conseil Communautaire de la Communauté de Communes du Val de Brèche, légalement convoqués", "Communauté de Communes du Val de Brèche", "epci"],
    ["MÉTROPOLE DE LYON\nCONSEIL DE LA MÉTROPOLE", "MÉTROPOLE DE LYON", "epci"],
    // a city's name before « Métropole », the council's date after it
    ["RENNES MÉTROPOLE\nCONSEIL MÉTROPOLITAIN DU JEUDI 20 JUIN 2024", "RENNES MÉTROPOLE", "epci"],
    ["Metz Métropole\nHarmony Park – 11, boulevard Solidarité – 57070 METZ", "Metz Métropole", "epci"],
    ["Grenoble-Alpes Métropole\nConseil métropolitain du 12 mars 2024", "Grenoble-Alpes Métropole", "epci"],
    ["Commune nouvelle d'Annecy\nConseil municipal", "Annecy", "commune"],
    // a département's own act (its body is its own); a commune's heading under its département stays the commune's
    ["DÉPARTEMENT DE LA DRÔME\nCOMMISSION PERMANENTE\nRéunion du 12 mars 2024", "DÉPARTEMENT DE LA DRÔME", "departement"],
    // the object names another body, not the act's authority
    ["DÉPARTEMENT DE MAYOTTE\nCONSEIL DÉPARTEMENTAL\nSéance du jeudi 19 septembre 2024\nOBJET : APPROBATION DE LA CONVENTION AVEC LE SYNDICAT LES EAUX DE MAYOTTE (LEMA)", "DÉPARTEMENT DE MAYOTTE", "departement"],
    ["Région Auvergne-Rhône-Alpes\nConseil régional", "Région Auvergne-Rhône-Alpes", "region"],
    // … named by its council
    ["CONSEIL DÉPARTEMENTAL DU FINISTÈRE\nCOMMISSION PERMANENTE\nRéunion du 12 mars 2024", "Département du Finistère", "departement"],
    ["CONSEIL RÉGIONAL DE BRETAGNE\nCOMMISSION PERMANENTE\nRéunion du lundi 14 octobre 2024", "Région Bretagne", "region"],
    // two columns of a letterhead interleaved name no département; its council named in the opening sentence does
    ["RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT COMMISSION PERMANENTE DU GERS\nRéunion du lundi 18 novembre 2024\nLa Commission permanente du Conseil départemental du Gers s'est réunie le lundi dix-huit novembre", "Département du Gers", "departement"],
    ["Conseil régional d'Île-de-France\nCommission permanente du 20 novembre 2024", "Région Île-de-France", "region"],
    // (a council's heading that names no region names none)
    ["CONSEIL RÉGIONAL DES JEUNES\nCOMMISSION PERMANENTE", null, null],
    // the single territorial authorities, by their own spelling, beside their name in Corsican or Creole
    ["COLLETTIVITÀ DI CORSICA     COLLECTIVITE DE CORSE\nASSEMBLEA DI CORSICA     ASSEMBLEE DE CORSE", "Collectivité de Corse", "other"],
    ["COLLECTIVITÉ TERRITORIALE DE MARTINIQUE\nAssemblée de Martinique", "Collectivité territoriale de Martinique", "other"],
    ["HAUTE-SAVOIE\nLE DÉPARTEMENT\nLe Conseil départemental de la Haute-Savoie dûment convoqué le 25 septembre 2024", "Département de la Haute-Savoie", "departement"],
    // an intercommunality's kind on one line, its name on the next; a name's end before the session's verb or a stamp
    ["COMMUNAUTÉ URBAINE\nDE DUNKERQUE\nCONSEIL DE COMMUNAUTÉ", "COMMUNAUTÉ URBAINE DE DUNKERQUE", "epci"],
    ["Le Conseil municipal de la Ville du Mans s'est réuni le jeudi 26 septembre 2024", "Le Mans", "commune"],
    ["Métropole Rouen Normandie     Publiée le 17 mai 2024", "Métropole Rouen Normandie", "epci"],
    ["DÉPARTEMENT DE LA SAVOIE\nCOMMUNE DE CHAMOUX\nConseil municipal", "Chamoux", "commune"],
  ])("authority of %j -> %s (%s)", (text, name, kind) => {
    const lines = linesOf(text);
    expect(extractAuthority(lines, lines, ev())).toMatchObject({ name, kind });
  });

  // (as written only: collapsed, the kind runs on into the address under it, « Syndicat mixte Maison du Parc – 255 »)
  it.runIf(shape("a\nb") === "a\nb")("the kind alone under a logo takes its whole name from the opening sentence", () => {
    const lines = linesOf("PARC NATUREL RÉGIONAL DU VERCORS\nSyndicat mixte\nMaison du Parc – 255, chemin des Fusillés\nL'an deux mille vingt-quatre, le dix-huit octobre, le Comité syndical du Syndicat mixte du Parc naturel régional du Vercors, régulièrement convoqué");
    expect(extractAuthority(lines, lines, ev())).toMatchObject({ name: "Syndicat mixte du Parc naturel régional du Vercors", kind: "syndicat" });
  });

  it.runIf(shape("a\nb") === "a\nb").each([
    ["Communauté de communes\nHAUT-JURA\nSAINT-CLAUDE\nDépartement du Jura\n39200 SAINT-CLAUDE\n\nL'an deux mille vingt-quatre, le quatorze novembre, à dix-huit heures, le Bureau communautaire, légalement convoqué, s'est réuni au siège", "Communauté de communes Haut-Jura Saint-Claude"],
    ["COMMUNAUTÉ DE COMMUNES\nCŒUR CÔTE FLEURIE\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\nL'an deux mille vingt-quatre, le quatorze novembre, à dix-huit heures, le Conseil communautaire, légalement convoqué, s'est réuni", "Communauté de Communes Cœur Côte Fleurie"],
  ])("an intercommunality's kind alone, its name in capitals on the lines under it: %j (as written)", (text, name) => {
    const lines = linesOf(text);
    expect(extractAuthority(lines, lines, ev())).toMatchObject({ name, kind: "epci" });
  });

  it("an authority named inside a sentence about another matter is not the act's", () => {
    const lines = linesOf("Demande de retrait de la commune de Saint-Alban de la Communauté de Communes du Val de Brèche et d'adhésion à la Communauté de Communes du Pays d'Aure");
    expect(extractAuthority(lines, lines, ev()).name).toBeNull();
  });

  it("a name not written in capitals is kept as written", () => {
    const lines = linesOf("Le Conseil Municipal de Montferrier-le-Haut, régulièrement convoqué, s'est réuni");
    expect(extractAuthority(lines, lines, ev())).toMatchObject({ name: "Montferrier-le-Haut", kind: "commune" });
  });

  it.each([
    // the department stated in the header, even run on into the next heading once the lines are joined
    ["RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DE LA RÉUNION\nCOMMUNE DE SAINT-PAUL", "974"],
    ["DÉPARTEMENT DU CANTAL RÉPUBLIQUE FRANÇAISE\nCOMMUNE DE MURAT", "15"],
    // a single territorial authority's name gives its code, but Corse has two
    ["COLLECTIVITÉ TERRITORIALE DE MARTINIQUE\nAssemblée de Martinique", "972"],
    ["COLLECTIVITE DE CORSE\nASSEMBLEE DE CORSE", null],
    ["DÉPARTEMENT DE LA CORSE-DU-SUD ARRONDISSEMENT DE SARTÈNE\nCOMMUNE DE PORTO-VECCHIO", "2A"],
    // a department named inside a sentence is no heading's
    ["CONSIDÉRANT que le contrat associe les communautés du Département du Doubs Baumois et du Pays de Sancey", null],
  ])("department of %j -> %s", (text, department) => {
    const lines = linesOf(text);
    expect(extractAuthority(lines, lines, ev()).department).toBe(department);
  });

  it("Fait à ... names the commune when nothing else does", () => {
    const lines = linesOf("Le Conseil adopte.\nFait à Saint-Alban, le 4 mars 2024");
    expect(extractAuthority([], lines, ev()).name).toBe("Saint-Alban");
  });

  it.each([
    ["DELIBERATION DU CONSEIL MUNICIPAL", "conseil municipal"],
    ["Extrait du registre des délibérations du Conseil Communautaire", "conseil communautaire"],
    ["Comité syndical du 12 juin 2024", "comité syndical"],
    ["CONSEIL DE LA MÉTROPOLE du 12 mars 2024", "conseil métropolitain"],
    ["Commission permanente du 12 mars 2024", "commission permanente"],
    ["Délibération du Bureau syndical", "bureau syndical"],
    ["Conseil d'administration du centre communal d'action sociale", "conseil d'administration"],
    ["ASSEMBLEA DI CORSICA     ASSEMBLEE DE CORSE", "Assemblée de Corse"],
    ["Séance plénière de l'Assemblée de Guyane du 12 mars 2024", "Assemblée de Guyane"],
    ["le Conseil de Bordeaux Métropole s'est réuni", "conseil métropolitain"],
    ["CONSEIL DE L'EUROMÉTROPOLE DE STRASBOURG", "conseil métropolitain"],
    ["CONSEIL DE PARIS", "conseil de Paris"],
  ])("body of %j -> %s", (text, body) => expect(extractBody(linesOf(text), ev())).toBe(body));

  it.each([
    ["SEANCE DU 08 AVRIL 2025", "2025-04-08"],
    ["CONSEIL MÉTROPOLITAIN DU JEUDI 20 JUIN 2024", "2024-06-20"],
    ["Séance ordinaire du 5 février 2024", "2024-02-05"],
    ["L'an deux mille vingt-quatre, le douze mars, le Conseil Municipal s'est réuni", "2024-03-12"],
    ["L'An Deux-Mil-Vingt-Cinq, le Huit du mois d'Avril à 17 heures 30", "2025-04-08"],
    // the date opens the sentence, before the council that met
    ["Date de convocation : 05/03/2024\nLe douze mars deux mille vingt-quatre, à dix-huit heures trente, le Conseil municipal de la commune de Domme s'est réuni", "2024-03-12"],
    ["Le 12 mars 2024 à 18h30, le Conseil communautaire, légalement convoqué, s'est réuni", "2024-03-12"],
    // the convocation's date in the same sentence is not the session's
    ["Le Conseil municipal, convoqué le 5 mars 2024, s'est réuni le 12 mars 2024 à 20 heures", "2024-03-12"],
    ["Date de convocation : 26 février 2024\nSéance du 4 mars 2024", "2024-03-04"],
    ["Date de convocation : 26 février 2024\nDate de la séance : 04/03/2024", "2024-03-04"],
    ["Le mardi 12 mars 2024 à 20 h 30, le Conseil municipal s'est réuni en mairie", "2024-03-12"],
    ["Compte rendu\nConseil municipal du\n17 janvier 2024", "2024-01-17"],
    // the body's own name before the date: a syndicate's committee, a bureau, a commission permanente
    ["SMICTOM Centre Ouest\nComité syndical du mardi 8 octobre 2024", "2024-10-08"],
    ["Commission permanente du 25 novembre 2024", "2024-11-25"],
    ["Bureau communautaire du lundi 8 juillet 2024 – procès-verbal", "2024-07-08"],
    // the session that adopted these minutes is not theirs
    ["PROCÈS-VERBAL arrêté lors de la séance du 7 novembre 2024\nConseil communautaire\nSéance du jeudi 26 septembre 2024", "2024-09-26"],
  ])("session date of %j -> %s", (text, iso) => expect(extractSessionDate(linesOf(text), ev())).toBe(iso));

  it.each([
    ["DATE DE CONVOCATION : 26 mars 2025", "2025-03-26"],
    ["Date de la convocation : 28/02/2024", "2024-02-28"],
    ["Date d'envoi de la convocation : 28/02/2024", "2024-02-28"],
    ["se sont réunis à la mairie sur la convocation qui leur a été adressée par le maire le 23 mars 2026.", "2026-03-23"],
    ["Le Conseil départemental de la Drôme, convoqué par Mme la Présidente le 6 septembre 2024, s'est réuni", "2024-09-06"],
    ["les membres se sont réunis sur la convocation qui leur a été adressée le vingt-quatre février par le Maire", "2024-02-24"],
    ["Convocation du 27 février", "2024-02-27"],
    // a year in words cut at its hyphen at a line's end
    ["régulièrement convoqué le cinq décembre deux mil vingt-\nquatre, s'est réuni", "2024-12-05"],
    ["Date de convocation : Présents : Paul ROCCA, Lise HUET, 23/11/2023 Marc TORRE", "2023-11-23"],
    ["le Conseil municipal, dûment convoqué par lettre du 26 février 2024 conformément aux articles L. 2541-1", "2024-02-26"],
    ["convoqué par lettre adressée le 26 février 2024 à chacun de ses membres", "2024-02-26"],
    ["sur la convocation qui leur a été adressée par le Maire sortant le 26 février 2024.", "2024-02-26"],
  ])("convocation of %j -> %s", (text, iso) => expect(extractConvocationDate(linesOf(text), "2024-03-04", ev())).toBe(iso));

  it.each([
    ["le Conseil Municipal s'est réuni dans la salle du conseil, sous la présidence de M. Paul ROCCA", "la salle du conseil"],
    ["s'est réuni au nombre prescrit par la loi, dans le lieu habituel de ses séances, sous la présidence du Maire", "le lieu habituel de ses séances"],
  ])("place of %j -> %s", (text, place) => expect(extractPlace(linesOf(text), ev())).toBe(place));

  it.each([
    ["s'est réuni en mairie, sous la présidence de Madame Lucie FAVRE, Maire.", "Mme", "Lucie", "FAVRE"],
    ["sous la présidence du\nDocteur Paul ROCCA, Maire.", "Dr", "Paul", "ROCCA"],
    ["Séance présidée par M. Alain GIRAUD", "M.", "Alain", "GIRAUD"],
    ["sous la présidence du Maire\nLe Maire, Bertrand ARNAUD", null, "Bertrand", "ARNAUD"],
    ["le Conseil Municipal s'est réuni en mairie, le jeudi 4 avril 2024 à 18h00, sous la présidence de Monsieur le Maire, Paul Rocca", null, "Paul", "Rocca"],
    ["Président : M. Frédéric GODBARGE, Maire\nSecrétaire : Mme Céline CHASSANG", "M.", "Frédéric", "GODBARGE"],
    ["Présidence : M. Paul ROCCA\nSecrétaire : Mme Céline CHASSANG", "M.", "Paul", "ROCCA"],
    // the chair's office after the name, in capitals or not
    ["Présidence de séance : M. Théo ANDRIEUX, Premier adjoint à la Maire de Paris", "M.", "Théo", "ANDRIEUX"],
    ["Président de séance : M. Paul ROCCA, premier adjoint au maire", "M.", "Paul", "ROCCA"],
    // the office and its body after the name (the Grand Est)
    ["Président de séance : Mme Zoé SERRE, Présidente du Conseil régional\nSecrétaire de séance : M. Paul REY", "Mme", "Zoé", "SERRE"],
    ["M. Paul ROCCA, Maire, préside la séance.", "M.", "Paul", "ROCCA"],
    ["CONSEIL MÉTROPOLITAIN DU JEUDI 20 JUIN 2024\nPRÉSIDENCE DE Madame Nathalie APPÉRÉ, Présidente", "Mme", "Nathalie", "APPÉRÉ"],
    ["sur convocation adressée le 8 mars 2024 par M. Bertrand LAVIGNE, Président du Conseil départemental, qui préside la séance.", "M.", "Bertrand", "LAVIGNE"],
    ["le Conseil municipal s'est réuni sous la présidence du Maire, Bernard WINTZENBERGER.", null, "Bernard", "WINTZENBERGER"],
  ])("president of %j", (text, civility, firstName, lastName) => {
    const lines = linesOf(text);
    expect(extractPresident(lines, lines, ev())).toMatchObject({ civility, firstName, lastName });
  });

  it.each([
    ["A été nommé(e) comme secrétaire de séance : M. TORRE Marc", "M.", "Marc", "TORRE"],
    ["SECRETAIRE DE SEANCE : Madame Odile LAFORGE", "Mme", "Odile", "LAFORGE"],
    ["Secrétaire de séance : Maryse", null, "Maryse", null],
    ["Madame Hélène MOREL a été désignée secrétaire de séance.", "Mme", "Hélène", "MOREL"],
    // the excused list just before: the secretary is the person the sentence names, not the last excused member
    ["Absents excusés : Mme Marie GRUFFAZ, M. Nicolas BERTHET\nMadame Céline ROSSET a été élue secrétaire de séance.", "Mme", "Céline", "ROSSET"],
    ["Je vais soumettre aux voix l'élection de la secrétaire de séance.\nJe vous propose la candidature de Mademoiselle Lise HUET.\nQui est contre ?", "Mlle", "Lise", "HUET"],
    ["Mme Lise HUET est désignée secrétaire de séance.", "Mme", "Lise", "HUET"],
    // a label's value is no speaker, though an exposé's verb follows within the sentence (collapsed)
    ["Secrétaire de séance : Mme Julie GIROD Délibération n° 2024-18 – Tarifs de la cantine scolaire Mme le Maire propose de maintenir les tarifs.", "Mme", "Julie", "GIROD"],
    ["Secrétaire de séance élue : Mme Lise HUET", "Mme", "Lise", "HUET"],
    // the chair proposes the secretary in a verbatim procès-verbal
    ["M. LE MAIRE. – Le quorum étant atteint, je vous propose de désigner Mme Léa MOLLARD comme secrétaire de séance. Pas d'opposition ?", "Mme", "Léa", "MOLLARD"],
    // « A été élu secrétaire : » names the secretary after its colon, not the absent member before it
    ["Absents : Mme Lise TARDIEU, M. Marc VIAL\nA été élu secrétaire : M. Paul ESTRADE\nDélibération n° DCM2024_014", "M.", "Paul", "ESTRADE"],
    ["M. Bastien LORIOT assurera les fonctions de secrétaire de séance, s'il n'y a pas d'objection.", "M.", "Bastien", "LORIOT"],
    // a tab between the label and the name, as a Word document aligns them (no table row)
    ["Présents :\tMmes LEMESLE, DUBOSC\nPouvoirs :\tMme ANQUETIL à Mme DUBOSC\nSecrétaire :\tM. Arnaud GRENIER", "M.", "Arnaud", "GRENIER"],
    // once collapsed, the name runs on into what follows it
    ["SECRETAIRE DE SEANCE : Mme Fanny JANER M. le Maire ouvre la séance à 18 h 30.", "Mme", "Fanny", "JANER"],
    ["Secrétaire de séance : Mme Chantal FERRAND N° Objet Rapporteur Décision du Conseil", "Mme", "Chantal", "FERRAND"],
    // an apposition after the name
    ["Secrétaire de séance : Mme Nathalie LADOUX, benjamine de l'Assemblée.", "Mme", "Nathalie", "LADOUX"],
    ["Secrétaire de séance : M. Thomas GASSER, Directeur Général des Services, désigné en application de l'article L. 2541-6 du CGCT.", "M.", "Thomas", "GASSER"],
    ["Secrétaire de séance : Mme Odile BERTRAND, désignée à l'unanimité.", "Mme", "Odile", "BERTRAND"],
    // a phrase between commas after the verb or the name: « est désigné, à l'unanimité, pour remplir … », « désigne Mme X, conseillère municipale, en qualité de … »
    ["Conformément à l'article L. 2121-15 du CGCT, Monsieur Bruno AH-HOT est désigné, à l'unanimité, pour remplir les fonctions de secrétaire de séance.", "M.", "Bruno", "AH-HOT"],
    ["Le Conseil municipal désigne Mme Laetitia GEISSLER, conseillère municipale, en qualité de secrétaire de séance.", "Mme", "Laetitia", "GEISSLER"],
  ])("secretary of %j", (text, civility, firstName, lastName) => {
    expect(extractSecretary(linesOf(text), ev())).toMatchObject({ civility, firstName, lastName });
  });

  // named only where the act is signed, at its end
  it.each([
    ["POUR : 17\nLe secrétaire de séance, Benoît ALAUZET\nLe Maire, Jean-Claude DELMAS", "Benoît", "ALAUZET"],
    ["La séance est levée à 22 h 40.\nLa secrétaire de séance,\nSophie GENDRON", "Sophie", "GENDRON"],
    ["Fait à Montaigu-Vendée, le 17 novembre 2021.\nLe Président, La secrétaire de séance,\nLaurent GABORIT Sophie GENDRON", "Sophie", "GENDRON"],
  ])("secretary who signs %j", (text, firstName, lastName) => {
    expect(secretaryWhoSigns(linesOf(text), ev())).toMatchObject({ firstName, lastName });
  });

  it.each([
    ["Le secrétaire de séance, désigné en début de séance, donne lecture du procès-verbal."],
    ["Le Président, La secrétaire de séance,\nLaurent GABORIT"],
  ])("no secretary who signs in %j", (text) => expect(secretaryWhoSigns(linesOf(text), ev())).toBeNull());
});

inEveryLayout("number and title of a single deliberation", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it.each([
    ["2024-17\nOBJET : Tarifs de la cantine scolaire", null, "2024-17", "Tarifs de la cantine scolaire"],
    ["24-03/041\nOBJET : Finances Communales :\n> Décision modificative n° 2", null, "24-03/041", "Décision modificative n° 2"],
    ["Délibération n° 2024_12\nObjet : Vente d'un terrain communal", "2024_12", "2024_12", "Vente d'un terrain communal"],
    ["DELIBERATION DU CONSEIL MUNICIPAL\n2024-05\nADHESION AU SERVICE COMMUN D'ARCHIVES", null, "2024-05", "ADHESION AU SERVICE COMMUN D'ARCHIVES"],
    ["- DELIBERATION DU CONSEIL MUNICIPAL\n2024-05\nADHESION AU SERVICE COMMUN D'ARCHIVES", null, "2024-05", "ADHESION AU SERVICE COMMUN D'ARCHIVES"],
    ["N° 2023/045 – CRÉATION D'UN POSTE D'ADJOINT TECHNIQUE TERRITORIAL\nLe Maire expose au Conseil municipal", null, "2023/045", "CRÉATION D'UN POSTE D'ADJOINT TECHNIQUE TERRITORIAL"],
    ["Délibération n° DCC-2024-057\nOBJET : ATTRIBUTION D'UN FONDS DE CONCOURS", null, "DCC-2024-057", "ATTRIBUTION D'UN FONDS DE CONCOURS"],
    ["DÉLIBÉRATION N° 2024-DEL-027\nOBJET : RÉVISION DES TARIFS DU CAMPING MUNICIPAL", null, "2024-DEL-027", "RÉVISION DES TARIFS DU CAMPING MUNICIPAL"],
    ["Délibération CS-2024-38\nObjet : Programme de restauration des cours d'eau", null, "CS-2024-38", "Programme de restauration des cours d'eau"],
    ["DEL 2024-031 : Révision du plan local d'urbanisme\nLe Maire rappelle la prescription.", null, "DEL 2024-031", "Révision du plan local d'urbanisme"],
    ["Délibération n° 2023-41 : Tarifs de la cantine scolaire\nLe conseil municipal, après en avoir délibéré, décide", null, "2023-41", "Tarifs de la cantine scolaire"],
    ["DELIBERATION N° 2024-08 – Convention de mise à disposition d'un local\nMonsieur le Maire expose", null, "2024-08", "Convention de mise à disposition d'un local"],
    ["Délibération n° 2024-12\nSujet : Tarifs de la cantine scolaire", null, "2024-12", "Tarifs de la cantine scolaire"],
    ["N° d'ordre : 15\nObjet : Tarifs de la cantine scolaire", null, "15", "Tarifs de la cantine scolaire"],
    // registries' letters before the figures: slashes, dots, two groups, a space kept as printed
    ["DÉLIBÉRATION N° DFI/2025/187\nObjet : Compte administratif 2024", null, "DFI/2025/187", "Compte administratif 2024"],
    ["Séance du lundi 23 juin 2025 N° CM-DEL-2025-068\nObjet : Compte financier unique 2024", null, "CM-DEL-2025-068", "Compte financier unique 2024"],
    ["Direction des territoires      Délibération n° CP.2024-05-13.1-7\nObjet : Aide aux communes rurales", null, "CP.2024-05-13.1-7", "Aide aux communes rurales"],
    ["Délibération n° DCS 2024-41\nObjet : Tarifs de l'eau potable", null, "DCS 2024-41", "Tarifs de l'eau potable"],
    // a report's rank and its deliberation's, as a département numbers them
    ["N° 3(1)\nObjet : Défense des forêts contre l'incendie – Programme 2024", null, "3(1)", "Défense des forêts contre l'incendie – Programme 2024"],
    // the body's letters and the session's date glued after the rank
    ["Délibération n° DEL087CS101224\nObjet : Éclairage public – Barème applicable au 1er janvier 2025", null, "DEL087CS101224", "Éclairage public – Barème applicable au 1er janvier 2025"],
    // the number and the title alone, a colon between them
    ["2024-15 : Modification du tableau des effectifs\nLe Maire expose le projet.", null, "2024-15", "Modification du tableau des effectifs"],
    ["Délibération n° 2024-12\nIntitulé : Tarifs de la cantine scolaire", null, "2024-12", "Tarifs de la cantine scolaire"],
    // an item's word and number, the title on the next line; a registry's letters after the number
    ["Point 7 à l'ordre du jour :\nFixation des taux de la fiscalité directe locale pour l'année 2024\nLe Conseil, Vu le code général des impôts,", null, "7", "Fixation des taux de la fiscalité directe locale pour l'année 2024"],
    ["DÉLIBÉRATION N° 2023.152.CD\nOBJET : Budget primitif 2024", null, "2023.152.CD", "Budget primitif 2024"],
    // the act's text that runs on after the title once collapsed: another body opening it, the rapporteur presenting
    ["Délibération n° 2023-152\nOBJET : BUDGET PRIMITIF 2024 - VOTE PAR CHAPITRE\nLe Conseil départemental de la Gironde, régulièrement convoqué le 1er décembre 2023, s'est réuni", null, "2023-152", "BUDGET PRIMITIF 2024 - VOTE PAR CHAPITRE"],
    ["Délibération n° 2024-07\nObjet : BUDGET SUPPLÉMENTAIRE 2024 DU CCAS\nMadame la Vice-Présidente présente au Conseil d'administration le budget supplémentaire", null, "2024-07", "BUDGET SUPPLÉMENTAIRE 2024 DU CCAS"],
    ["Délibération n° CS-2024-12\n- M. Paul REY ;\n- OBJET : Taxe communale sur la consommation finale d'électricité", null, "CS-2024-12", "Taxe communale sur la consommation finale d'électricité"],
    ["N° DE_2024_018\nObjet : Acquisition d'une parcelle", null, "DE_2024_018", "Acquisition d'une parcelle"],
    // the object after « portant », in the act's heading
    ["Délibération n° 2024-112 portant adoption du budget primitif 2025\nLe Conseil régional, après en avoir délibéré, décide", null, "2024-112", "adoption du budget primitif 2025"],
  ])("%j -> %s / %s", (text, internal, number, title) => {
    const lines = linesOf(text);
    expect([extractNumber(lines, internal, ev()), extractTitle(lines, ev())]).toEqual([number, title]);
  });

  // a title with no label at all is known by where its line stands: under the number alone, above the exposé; once
  // the text is collapsed nothing tells where it starts or ends, so these run as written only
  it.runIf(shape("a\nb") === "a\nb").each([
    // the line under the number standing alone, a service's rubric in capitals before it
    ["Absents : 5\n24/0321/VDV\nDÉLÉGATION GÉNÉRALE VILLE DURABLE - DIRECTION DES SPORTS - Attribution de subventions aux associations sportives\nMonsieur le Maire, sur la proposition de Madame l'Adjointe, soumet au Conseil Municipal le rapport suivant :", "24/0321/VDV", "Attribution de subventions aux associations sportives"],
    // the line right above the exposé
    ["N° 2024-287 Convocation du 17 mai 2024\nLA SEANCE EST OUVERTE\nBudget principal - Exercice 2024 - Décision modificative n°1 - Adoption\nMonsieur Alexandre RAYNAUD présente le rapport suivant, Mesdames, Messieurs,", "2024-287", "Budget principal - Exercice 2024 - Décision modificative n°1 - Adoption"],
    // the object after « portant » under the act's heading, in capitals over the lines that follow it without a gap
    ["DELIBERATION N° 24/215 AC DE L'ASSEMBLEE DE CORSE\nPORTANT APPROBATION DE L'AVENANT N° 2 A LA CONVENTION\nD'OBJECTIFS ET DE MOYENS 2023-2025\n\nCHÌ APPRUVA L'AGHJUNTA N° 2\n\nSEANCE DU 28 NOVEMBRE 2024", "24/215", "APPROBATION DE L'AVENANT N° 2 A LA CONVENTION D'OBJECTIFS ET DE MOYENS 2023-2025"],
  ])("%j -> %s / %s (as written)", (text, number, title) => {
    const lines = linesOf(text);
    expect([extractNumber(lines, null, ev()), extractTitle(lines, ev())]).toEqual([number, title]);
  });
});

inEveryLayout("decisions", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it.each([
    ["- VALIDE le plan de financement\n- AUTORISE le Maire à signer la convention", [["VALIDE", "VALIDE le plan de financement"], ["AUTORISE", "AUTORISE le Maire à signer la convention"]]],
    ["DÉCIDE de fixer les tarifs comme suit\nà compter du 1er septembre 2024.", [["DÉCIDE", "DÉCIDE de fixer les tarifs comme suit à compter du 1er septembre 2024."]]],
    ["> ADOPTE la proposition de son Maire,\n> DECIDE de procéder aux travaux.", [["ADOPTE", "ADOPTE la proposition de son Maire,"], ["DECIDE", "DECIDE de procéder aux travaux."]]],
    ["Le Maire expose le projet.\nLe Conseil décide de reporter.", []],
    // a civility after the verb; « la présente délibération » is no exposé of the mayor
    ["- TIRE le bilan de la concertation ;\n- ARRÊTE le projet.", [["TIRE", "TIRE le bilan de la concertation ;"], ["ARRÊTE", "ARRÊTE le projet."]]],
    ["FIXE les tarifs ;\nCHARGE Monsieur le Maire de l'exécution de la présente délibération.", [["FIXE", "FIXE les tarifs ;"], ["CHARGE", "CHARGE Monsieur le Maire de l'exécution de la présente délibération."]]],
  ])("%j", (text, decisions) => expect(extractDecisions(linesOf(text), ev()).map((d) => [d.verb, d.text])).toEqual(decisions));
});

inEveryLayout("content", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it("orientations, term and parties", () => {
    const lines = linesOf(
      "Le Maire expose le projet de convention.\nEn matière de jeunesse :\nAXE 1 : Ouvrir un espace jeunes\n- Recruter un animateur\n- Aménager le local\nAXE 2 : Soutenir les projets\n- Créer un budget participatif\nEn matière de mobilité :\nAXE 1 : Développer le covoiturage\n- Installer deux aires\nLa convention est conclue à compter du 1er mars 2024 jusqu'au 28 février 2027 entre :\n- La commune de Saint-Alban\n- L'association Brèche Mobilités",
    );
    const c = extractContent(lines, [], ev());
    expect(c.exposedBy).toBe("Maire");
    expect(c.orientations.map((o) => [o.domain, o.axes.map((a) => [a.number, a.title, a.actions.length])])).toEqual([
      ["jeunesse", [[1, "Ouvrir un espace jeunes", 2], [2, "Soutenir les projets", 1]]],
      ["mobilité", [[1, "Développer le covoiturage", 1]]],
    ]);
    expect(c.term).toEqual({ start: "2024-03-01", end: "2027-02-28" });
    expect(c.parties).toEqual(["La commune de Saint-Alban", "L'association Brèche Mobilités"]);
  });

  it("a governance table", () => {
    const n = normalise([["Comité de pilotage\tGroupe technique", "<ul><li>Élus</li><li>Caf</li></ul>\t<ul><li>Agents</li></ul>"]]);
    expect(extractContent(n.lines, n.tables, ev()).governance).toEqual([{ name: "Comité de pilotage", items: ["Élus", "Caf"] }, { name: "Groupe technique", items: ["Agents"] }]);
  });
});

inEveryLayout("prefecture record from the stamps", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it("splits the @CTES identifier and keeps the stamp dates", () => {
    const n = normalise([["Envoyé en préfecture le 06/03/2024", "Reçu en préfecture le 07/03/2024", "Publié le 08/03/2024", "ID : 073-217300102-20240304-DEL-24-03-041-DE"]]);
    expect(extractPrefecture(n.stamps, ev())).toEqual({
      id: "073-217300102-20240304-DEL-24-03-041-DE", department: "73", siren: "217300102", decisionDate: "2024-03-04",
      internalNumber: "DEL-24-03-041", nature: "DE", sentDate: "2024-03-06", receivedDate: "2024-03-07", publishedDate: "2024-03-08",
    });
  });

  it("Corsica: 02B -> 2B", () => {
    const n = normalise([["[02B-212000962-20240304-DEL-24-03-041-DE]"]]);
    expect(extractPrefecture(n.stamps, ev())).toMatchObject({ department: "2B", siren: "212000962", internalNumber: "DEL-24-03-041" });
  });
});

inEveryLayout("members who do not take part in the vote", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it.each([
    ["Le Maire ne prend pas part au vote.", ["Le Maire"], 22],
    ["Madame Lucie FAVRE ne prend pas part au vote.", ["FAVRE"], 22],
    ["Madame Lucie FAVRE et Monsieur Marc TORRE quittent la salle.", ["FAVRE", "TORRE"], 21],
    ["Le Maire et Madame Lucie FAVRE quittent la salle.", ["Le Maire", "FAVRE"], 21],
    ["Le rapporteur présente le compte administratif. Le Maire\nne prend pas part au vote.", ["Le Maire"], 22],
    ["Le Conseil adopte à l'unanimité.", [], 23],
    // a label names them after its colon, not the outcome before it
    ["Adoptée à l'unanimité\nNe prend pas part au vote : M. Hervé MOULARD", ["MOULARD"], 22],
    ["Ne prennent pas part au vote : Mme Lucie FAVRE et M. Marc TORRE.", ["FAVRE", "TORRE"], 21],
  ])("%j -> %j, voters %i", (text, who, voters) => {
    const a = { ...emptyAttendance(), voters: 23, basis: { voters: "stated" as const } };
    applyEvents(linesOf(text), a, ev());
    expect(a.notVoting.map((p) => p.lastName ?? p.name)).toEqual(who);
    expect(a.voters).toBe(voters);
  });

});

inEveryLayout("a cited act is not this act", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it.each([
    ["DELIBERATION DU CONSEIL MUNICIPAL\n2024-031\nVu la délibération n° 2023-118 en date du 14.12.2023 fixant les tarifs,", "2024-031"],
    ["DELIBERATION DU CONSEIL MUNICIPAL\nVu la délibération n° 2023-118 en date du 14.12.2023 fixant les tarifs,", null],
    ["Délibération n° 2024-031\nRappel : par délibération n° 2022-07 du 3 mars 2022, le Conseil a créé le service.", "2024-031"],
  ])("%j -> number %s", (text, number) => {
    expect(extractNumber(linesOf(text), null, ev())).toBe(number);
  });
});

inEveryLayout("a name in capitals", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it.each([
    ["COMMUNE DE MONTCLAR-SUR-GERVANNE", "Montclar-sur-Gervanne"],
    ["COMMUNE DE SAINT-JEAN-DE-LA-RIVIERE", "Saint-Jean-de-la-Riviere"],
    ["MAIRIE DE L'ISLE-EN-DODON", "L'Isle-en-Dodon"],
    ["MAIRIE DE SAINT-GERMAIN-AU-MONT-D'OR", "Saint-Germain-au-Mont-d'Or"],
  ])("%j -> %s", (text, name) => {
    const lines = linesOf(text);
    expect(extractAuthority(lines, lines, ev()).name).toBe(name);
  });
});

inEveryLayout("president from the signature", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it.each([
    ["Le Conseil adopte.\nLe Maire, Paul BERTIN", "BERTIN"],
    ["Le Conseil adopte.\nLe Maire\nPaul BERTIN", "BERTIN"],
    ["Le Conseil adopte.\nLe Maire Le Secrétaire\nDr. Paul BERTIN M. Hugo FERRAND", "BERTIN"],
    ["Le Conseil adopte.\nLe Maire ne prend pas part au vote.", null],
    ["Le Conseil adopte.\nPour extrait conforme, le Maire, Yannig ROBIN", "ROBIN"],
  ])("%j -> %s", (text, lastName) => {
    const lines = linesOf(text);
    expect(extractPresident([], lines, ev())?.lastName ?? null).toBe(lastName);
  });
});

inEveryLayout("forms of a deliberation register", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it("a place after 'en séance publique'", () => {
    const lines = linesOf("le Conseil Municipal, dûment convoqué, s'est réuni en séance publique à la mairie, sous la présidence de M. Gérard TISSOT");
    expect(extractPlace(lines, ev())).toBe("la mairie");
  });

  it("the vote line 'VOTE : POUR : 9 ...' is not a decision", () => {
    const lines = linesOf("DÉCIDE de vendre la parcelle ZB 42,\nCHARGE le Maire de signer l'acte.\nVOTE : POUR : 9  CONTRE : 0  ABSTENTION : 1");
    expect(extractDecisions(lines, ev()).map((d) => d.verb)).toEqual(["DÉCIDE", "CHARGE"]);
  });
});

inEveryLayout("members not voting, as real acts write it", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  it.each([
    ["Le rapporteur présente le compte administratif 2023. Le\nMaire ne prend pas part au vote.", ["Le Maire"]],
    ["Le Maire prend pas part au vote.", ["Le Maire"]],
  ])("%j -> %j", (text, who) => {
    const a = emptyAttendance();
    applyEvents(linesOf(text), a, ev());
    expect(a.notVoting.map((p) => p.name)).toEqual(who);
  });
});
