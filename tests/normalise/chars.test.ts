import { describe, expect, it } from "vitest";
import { normaliseChars } from "../../src/normalise/chars.js";
import { fixOcr } from "../../src/normalise/ocr.js";

describe("normaliseChars", () => {
  it.each([
    ["l’unanimité", "l'unanimité"],
    ["« projet »", "« projet »"],
    ["“Pour”", '"Pour"'],
    ["ef\uFB01cacité", "efficacité"],
    ["af\uFB02uence", "affluence"],
    ["Présents\u00A0: 14", "Présents : 14"],
    ["14\u202F500 €", "14 500 €"],
    ["\uF0B7 Harmoniser les pratiques", "• Harmoniser les pratiques"],
    ["\uF0D8 DECIDE", "• DECIDE"],
    ["Jean\u2011Pierre", "Jean-Pierre"],
    ["délibé\u00ADration", "délibération"],
    ["\uFEFFCOMMUNE DE VILLARD", "COMMUNE DE VILLARD"],
    ["e\u0301lu", "élu"],
    ["M me le Maire Adoption de l'ordre du jour", "Mme le Maire Adoption de l'ordre du jour"],
    // a social post's or a web page's pictographs: a keycap is an item's number, a pictograph opening a line a bullet
    ["1\uFE0F\u20E3 Vote du budget primitif 2024", "1) Vote du budget primitif 2024"],
    ["\u{1F539} Budget primitif 2024", "•  Budget primitif 2024"],
    ["Laetitia GALIBERT \u2709\uFE0F", "Laetitia GALIBERT  "],
    ["Tarif \u2192 12 €", "Tarif → 12 €"],
    // dotted leaders of a table of counts
    ["Pour ........ 58   groupes", "Pour : 58   groupes"],
    ["Abstention .. 15", "Abstention : 15"],
    ["M lle Odile FAVRE", "Mlle Odile FAVRE"],
    ["ACM me", "ACM me"],
  ])("%j -> %j", (raw, clean) => expect(normaliseChars(raw)).toBe(clean));
});

describe("inclusive writing in the attendance's labels", () => {
  it.each([
    ["Présent(e)s : 27", "Présents : 27"],
    ["Représenté(e)s : 5", "Représentés : 5"],
    ["Absent(e) : M. Marc LE GOFF", "Absent : M. Marc LE GOFF"],
    ["Absent(s) et absent(s) excusé(s) :", "Absents et absents excusés :"],
    ["Conseiller·e·s présent·e·s : 12", "Conseillers présents : 12"],
    // other words keep their mark
    ["A été nommé(e) comme secrétaire de séance", "A été nommé(e) comme secrétaire de séance"],
  ])("%j -> %j", (raw, clean) => expect(normaliseChars(raw)).toBe(clean));
});

describe("the attendance's labels in the feminine, before their colon", () => {
  it.each([
    ["Excusées : Nadine COSTE", "Excusés : Nadine COSTE"],
    ["Présentes : 12", "Présents : 12"],
    ["Absentes excusées (2) : Mme COSTE, Mme GIRAUD", "Absents excusés (2) : Mme COSTE, Mme GIRAUD"],
    ["Représentée : Mme Lucie FAVRE", "Représenté : Mme Lucie FAVRE"],
    ["EXCUSÉES : Mme COSTE", "EXCUSÉS : Mme COSTE"],
    // prose keeps its words; a feminine word after a name is no label
    ["les personnes présentes ont signé", "les personnes présentes ont signé"],
    ["Mme Nadine COSTE, excusée, a donné pouvoir : voir ci-dessous", "Mme Nadine COSTE, excusée, a donné pouvoir : voir ci-dessous"],
  ])("%j -> %j", (raw, clean) => expect(normaliseChars(raw)).toBe(clean));
});

describe("fixOcr", () => {
  it.each([
    ["adopté a I unanimité", "adopté à l'unanimité"],
    ["Vore : 12 pour", "Vote : 12 pour"],
    ["Apprebation du procès-verbal", "Approbation du procès-verbal"],
    ["Punanimité seule", "Punanimité seule"],
    ["Adopté à Punanimité", "Adopté à l'unanimité"],
    ["Monsieur Mare-Marie GUGLIELMI", "Monsieur Marc-Marie GUGLIELMI"],
    ["M. Jean-Mare TORRE", "M. Jean-Marc TORRE"],
    ["la Mare-aux-Canes", "la Mare-aux-Canes"],
    ["Mare Nostrum", "Mare Nostrum"],
    ['M" le Maire Adoption de l\'ordre du jour', "Mme le Maire Adoption de l'ordre du jour"],
    ["M°*le Maire Adoption du procès-verbal", "Mme le Maire Adoption du procès-verbal"],
    ['M” le Maire', "Mme le Maire"],
    ['ADM" le Maire', 'ADM" le Maire'],
    ['M" le Président', 'M" le Président'],
    ['1- Election du 3°"° adjoint', "1- Election du 3ème adjoint"],
    ["au poste de 3°”° Adjoint.", "au poste de 3ème Adjoint."],
    ["le n° 3 et 4°", "le n° 3 et 4°"],
    ["Vote : 14 pour / O contre / 0 abstention", "Vote : 14 pour / 0 contre / 0 abstention"],
    // « é » read as a six, « I » as a small L in capitals, « O » as a zero
    ["Pr6sents : 9", "Présents : 9"],
    // « é » read as « ë » after a consonant; a diaeresis after a vowel stays
    ["Secrëtaire de sëance : Soizic LE GUEN", "Secrétaire de séance : Soizic LE GUEN"],
    ["SECRËTAIRE : M. Joël NOËL", "SECRÉTAIRE : M. Joël NOËL"],
    ["s'est r6uni le 9 d6cembre, a l'unanimit6, FIXE", "s'est réuni le 9 décembre, a l'unanimité, FIXE"],
    ["EXTRAIT DU REGISTRE DES DELIBERATlONS DU CONSElL", "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL"],
    ["0bjet : Tarifs", "Objet : Tarifs"],
    // the letter O for a zero inside a number or a date (Sainte-Eulalie-d'Olt); not in a word nor after a space
    ["Delibération n° 2O24-31", "Delibération n° 2024-31"],
    ["Date de la convocation : 12/O9/2024", "Date de la convocation : 12/09/2024"],
    ["les rejets de NO2 et d'O2", "les rejets de NO2 et d'O2"],
    // a small L for a one inside a number or a date (Plougrescant); « l'» and a word stay
    ["DELIBERATION N° 2024-06l", "DELIBERATION N° 2024-061"],
    ["le 2l NOVEMBRE 2024, Page l/3", "le 21 NOVEMBRE 2024, Page 1/3"],
    ["l'article L 2121-17, la salle 3 et le local", "l'article L 2121-17, la salle 3 et le local"],
    ["la parcelle AB6 et le lot 6, 2016, 60 m2", "la parcelle AB6 et le lot 6, 2016, 60 m2"],
    ["Michel et Paul", "Michel et Paul"],
    ["10 abstentions, 0 contre", "10 abstentions, 0 contre"],
    ["Pour : O voix", "Pour : 0 voix"],
    ["O pour", "0 pour"],
    // a one read as l or I, a zero as O, in a count after its label
    ["PRESENTS :12 ; VOTANTS :l4", "PRESENTS :12 ; VOTANTS :14"],
    ["Conseillers en exercice : l5", "Conseillers en exercice : 15"],
    ["POUR : 12 CONTRE : O ABSTENTION : I", "POUR : 12 CONTRE : 0 ABSTENTION : 1"],
    ["Pour : Olivier DUPONT", "Pour : Olivier DUPONT"],
    ["Absents : Isabelle REY", "Absents : Isabelle REY"],
    ["Présents : I. DUPONT, L. MARTIN", "Présents : I. DUPONT, L. MARTIN"],
    ["Le groupe O contre la motion", "Le groupe O contre la motion"],
    ["OPAC pour tous", "OPAC pour tous"],
    ["0 abstention > adopté", "0 abstention → adopté"],
    ["0 abstention> adopté", "0 abstention → adopté"],
    ["x > adoption", "x > adoption"],
    // a zero in a name in capitals, a one in a first name in small letters
    ["Mme CAYR0L Sylvie, Mme PECHBERTY Ce1ine, M. LAVERGNE A1ain", "Mme CAYROL Sylvie, Mme PECHBERTY Celine, M. LAVERGNE Alain"],
    ["Mme Michèle LAV0LLEE", "Mme Michèle LAVOLLEE"],
    // (not a code or a figure: « M57 », « B2B », « 1er », « 10A »)
    ["la nomenclature M57, le 1er adjoint, le lot 10A", "la nomenclature M57, le 1er adjoint, le lot 10A"],
  ])("%j -> %j", (raw, clean) => expect(fixOcr(raw)).toBe(clean));

});
