import { describe, expect, it } from "vitest";
import { extractTitle } from "../../src/extract/identity.js";
import { Evidence } from "../../src/core/types.js";
import { extractAttendance, parseProxies } from "../../src/extract/attendance.js";
import { linesOf } from "./lines.js";
import { inEveryLayout, type Shape } from "./layouts.js";

const names = (people: Array<{ lastName: string | null; firstName: string | null }>) => people.map((p) => p.lastName ?? p.firstName);
/** the extractor on an excerpt given in one of the layouts of ./layouts.ts */
function reader(shape: Shape) {
  const attendance = (text: string) => extractAttendance(linesOf(shape(text)), new Evidence());
  const pairs = (text: string) => attendance(text).proxies.map((p) => [p.from.lastName ?? p.from.firstName, p.to ? (p.to.lastName ?? p.to.firstName) : null]);
  return { attendance, pairs };
}

inEveryLayout("attendance counts", (shape) => {
  const { attendance, pairs } = reader(shape);
  it.each([
    ["En exercice : 19", "inOffice", 19],
    ["Nombre de conseillers en exercice : 23", "inOffice", 23],
    ["Conseillers en exercice : 27", "inOffice", 27],
    ["Nombre de membres composant le Conseil municipal : 55", "inOffice", 55],
    ["Nombre de membres présents à l'ouverture de la séance : 52", "present", 52],
    ["Nombre d'absents : 2", "absent", 2],
    ["Présent·es : 46", "present", 46],
    ["Absent·es : 2", "absent", 2],
    ["PRÉSENTS : 17", "present", 17],
    ["Présents : 12", "present", 12],
    ["Nombre de membres présents : 9", "present", 9],
    ["PROCURATIONS : 03", "represented", 3],
    ["Représentés (pouvoirs) : 11", "represented", 11],
    ["Pouvoirs : /", "represented", 0],
    ["ABSENTS : 02", "absent", 2],
    ["Votants : 21", "voters", 21],
    ["Étaient présents (50) : M. Hugues FOUCHIER ; Mme Lise REY", "present", 50],
    ["Absents non représentés : 4", "absent", 4],
    // counts told in a sentence
    ["Nombre de conseillers présents à l'ouverture :     45", "present", 45],
    ["Sur les 27 conseillers en exercice, 23 étaient présents et 4 avaient donné procuration.", "inOffice", 27],
    ["Sur les 27 conseillers en exercice, 23 étaient présents et 4 avaient donné procuration.", "present", 23],
    ["Sur les 27 conseillers en exercice, 23 étaient présents et 4 avaient donné procuration.", "represented", 4],
    // « N présents sur M » (a web page's compte rendu)
    ["24 délégués présents sur 31, 3 pouvoirs.", "present", 24],
    ["24 délégués présents sur 31, 3 pouvoirs.", "inOffice", 31],
    ["24 délégués présents sur 31, 3 pouvoirs.", "represented", 3],
    ["Séance du 3 mars 2024. 21 conseillers présents sur 23.", "inOffice", 23],
    ["Nombre de votants : 11", "voters", 11],
  ])("%s -> %s = %i", (text, field, value) => {
    const a = attendance(text);
    expect(a[field as "inOffice"]).toBe(value);
    expect(a.basis[field]).toBe("stated");
  });

  // a side box of counts laid out in columns of spaces: the figures stand under their labels, which needs the line
  // breaks (collapsed, nothing pairs a figure with its label)
  it.runIf(shape("a\nb") === "a\nb")("counts in columns under their labels", () => {
    const a = attendance("Afférents    En exercice    Présents    Représentés    Absents    Votants\n   33            33            24            6             3          30");
    expect([a.inOffice, a.present, a.represented, a.absent, a.voters]).toEqual([33, 24, 6, 3, 30]);
  });

  it.each([
    ["Présents : 12 - Votants 12", { present: 12, voters: 12 }],
    ["En exercice : 15   Présents : 11   Votants : 13", { inOffice: 15, present: 11, voters: 13 }],
    ["Membres présents : 8 sur 12", { inOffice: 12, present: 8 }],
    ["Conseillers en exercice : 33 — Présent(e)s : 27 — Représenté(e)s : 5 — Absent(e) : 1", { inOffice: 33, present: 27, represented: 5, absent: 1 }],
    ["En exercice : 19\nPrésents : 16\nAbsents : 3\nProcurations : 2", { inOffice: 19, present: 16, absent: 3, represented: 2 }],
    // the figure after « = » is the next label's; « présents ou représentés » is one label, the voters: no count invented
    ["Nombre de présents : 12 + 2 pouvoirs = 14 votants", { present: 12, represented: 2, voters: 14 }],
    ["Nombre de membres présents ou représentés : 14", { present: null, represented: null, voters: 14 }],
  ])("%j", (text, expected) => expect(attendance(text)).toMatchObject(expected));

  it("25 Conseillers étaient Présents ou Représentés (07 Procurations ...) et 04 Absents", () => {
    const a = attendance("23 Conseillers étaient Présents ou Représentés (05 Procurations : L. Mattei, P. Santoni, R. Vincenti, A. Leca, C. Rossi) et 03 Absents : B. Orsoni, D. Franchi, G. Casta");
    expect(a).toMatchObject({ voters: 23, represented: 5, absent: 3, present: 18 });
    expect(a.basis).toMatchObject({ voters: "stated", represented: "stated", absent: "stated", present: "inferred" });
  });
});

inEveryLayout("attendance lists", (shape) => {
  const { attendance, pairs } = reader(shape);
  it.each([
    ["Etaient présents : M. BACHER Bruno, Mme LAFORGE Odile, M. GIRAUD Alain", ["BACHER", "LAFORGE", "GIRAUD"]],
    ["Etaient présents :\n\nM. BACHER Bruno, Mme LAFORGE Odile,\nM. GIRAUD Alain", ["BACHER", "LAFORGE", "GIRAUD"]],
    ["PRESENTS: MM. ROCCA P, FAVRE L, PERETTI JF, SANTONI-VERDI A.", ["ROCCA", "FAVRE", "PERETTI", "SANTONI-VERDI"]],
    ["Présents : Jean-Pierre, Maryse, Gaël, Odile", ["Jean-Pierre", "Maryse", "Gaël", "Odile"]],
    ["Délégués présents : MM. RAMBAUD, TARDY, Mme CHARVET", ["RAMBAUD", "TARDY", "CHARVET"]],
    // delegates under their commune, its name in the capitals of a proper name (Grand Villeneuvois, Grand Langres)
    ["Présents : Allez-et-Cazeneuve : M. Henri CAPDEVILLE – Bias : M. Serge ROUQUETTE, Mme Laetitia GARRIGUES – Penne-d'Agenais : Mme Odile VIDAL", ["CAPDEVILLE", "ROUQUETTE", "GARRIGUES", "VIDAL"]],
    ["Présents : Communauté de communes du Grand Langres : M. Gilles DESCHAMPS-BRUNEAU, Mme Annie THIÉBAUT", ["DESCHAMPS-BRUNEAU", "THIÉBAUT"]],
    ["Présents : Paul ROCCA Lise HUET Marc TORRE Odile LAFORGE", ["ROCCA", "HUET", "TORRE", "LAFORGE"]],
    // two columns of names with no separator but their civilities
    ["ÉTAIENT PRÉSENTS :\nM. Julien ARNAUD        Mme Claire MOURGUES\nM. Pierre SABATIER      Mme BOYER Anne", ["ARNAUD", "MOURGUES", "SABATIER", "BOYER"]],
    // delegates with their commune in brackets, one a line
    ["DÉLÉGUÉS PRÉSENTS :\nM. Gilbert ÉLISABETH (Rivière-Salée)\nMme Josette JOSEPH-ANGÉLIQUE (Ducos)\nM. Paul RENÉ (Le François)", ["ÉLISABETH", "JOSEPH-ANGÉLIQUE", "RENÉ"]],
    // a comma inside brackets does not separate names
    ["Présents : Jean-Pierre (arrivée au point 4, après le vote), Maryse et Gaël", ["Jean-Pierre", "Maryse", "Gaël"]],
    ["Présents : ROCCA Paul, Maire, HUET Lise, Adjointe, TORRE Marc, Délégué et M. Alain GIRAUD", ["ROCCA", "HUET", "TORRE", "GIRAUD"]],
    // the members as a body at the end, or as a preamble before the names, are no one
    ["Présents : MM. DUPONT, MARTIN, Mmes DURAND, PETIT, conseillers municipaux.", ["DUPONT", "MARTIN", "DURAND", "PETIT"]],
    ["Étaient présents : Mesdames et Messieurs les conseillers municipaux : DUPONT Jean, MARTIN Anne", ["DUPONT", "MARTIN"]],
    // one name per bulleted line under the label, or names between spaced dashes
    ["Présents :\n- Mme Anne DURAND\n- M. Jean DUPONT\n- M. Luc MARTIN", ["DURAND", "DUPONT", "MARTIN"]],
    ["Présents :\n• Mme Anne DURAND\n• M. Jean DUPONT", ["DURAND", "DUPONT"]],
    ["Présents : Mme DURAND Anne - M. DUPONT Jean - M. MARTIN Luc", ["DURAND", "DUPONT", "MARTIN"]],
    // the ladies, a semicolon, then the gentlemen
    ["Présents : Mmes BOUVIER, CHABERT, VIBERT ; MM. ANSELME, BAILLY", ["BOUVIER", "CHABERT", "VIBERT", "ANSELME", "BAILLY"]],
    // a two-column header flattened into one line: the convocation's date stands among the names
    ["Date de convocation : Présents : Paul ROCCA, Lise HUET, 23/11/2023 Marc TORRE, Odile LAFORGE", ["ROCCA", "HUET", "TORRE", "LAFORGE"]],
    // … and the label of the right column, its value below it, stands among them too
    ["Présents : M. Luc MARTIN, Mme Anne PERRIN, Nombre de conseillers : M. Jean ROUX, Mme Claire BLANC", ["MARTIN", "PERRIN", "ROUX", "BLANC"]],
    // a side box's counts on the left of the names, a line each: « Contre : 2 » among them, « M. Yves » then « BOREL »
    ["Présents : M. Hervé MARIAC, Mme Julie VALLON,\nContre : 2 M. Olivier CHAIX, M. Yves\nAbstention : 0 BOREL, Mme Carole ODDOS", ["MARIAC", "VALLON", "CHAIX", "BOREL", "ODDOS"]],
    // a count, then the words of the next column: no one is named
    ["Présents : 22 ordinaire, à la Mairie, sous la présidence de Monsieur Hervé MARIAC, Maire.", []],
    // a role heading inside the list
    ["Présents : M. Paul ROCCA, Maire, Adjoints : Mme Lise HUET, M. Marc TORRE", ["ROCCA", "HUET", "TORRE"]],
    ["Présents : M. Paul ROCCA, Maire, Mme Lise HUET, Première Adjointe, M. Marc TORRE, Conseiller municipal délégué, Mme Anne VIAL, Conseillère municipale", ["ROCCA", "HUET", "TORRE", "VIAL"]],
    // role headings a paragraph each, the one before closed by its period (Rouen), or all in one paragraph
    ["ÉTAIENT PRÉSENTS :\n\nLe Maire : M. Hugo LEMARCHAND\n\nLes Adjoints : Mme Caroline DUBOSC, M. Frédéric HAMEL.\n\nLes Conseillers municipaux : M. Olivier VATINEL, Mme Élodie CAUCHOIS.", ["LEMARCHAND", "DUBOSC", "HAMEL", "VATINEL", "CAUCHOIS"]],
    ["Présents : Mme Lise HUET, M. Marc TORRE. Conseillers municipaux délégués : Mme Anne ROUX, M. Jean VIAL.", ["HUET", "TORRE", "ROUX", "VIAL"]],
    // one name a line, a role after some of them; a list longer than twelve lines
    ["Étaient présents (3) :\n- M. Jean-Hugues HOARAU, Maire\n- Mme Marie-Josée PAYET, 1re adjointe\n- M. Paul GRONDIN", ["HOARAU", "PAYET", "GRONDIN"]],
    [`Présents :\n${Array.from({ length: 15 }, (_, k) => `- M. Paul ROCCA${"ABCDEFGHIJKLMNO"[k]}`).join("\n")}`, Array.from({ length: 15 }, (_, k) => `ROCCA${"ABCDEFGHIJKLMNO"[k]}`)],
    // delegates listed by commune, one commune a line; a speaker's turn after a blank line ends the list
    ["ÉTAIENT PRÉSENTS :\nAMANVILLERS : M. Raphaël FRANÇOIS\nARS-SUR-MOSELLE : Mme Catherine KREMER, M. Hervé OBERLE\nLE BAN-SAINT-MARTIN : M. Jean-Luc MANGIN\nMETZ : M. François ZELLER, Président, M. Olivier AUBURTIN\n\nLE PRÉSIDENT : Merci. Le quorum est atteint.", ["FRANÇOIS", "KREMER", "OBERLE", "MANGIN", "ZELLER", "AUBURTIN"]],
    // the count in brackets before the colon; a surname that is a role's word in capitals
    ["ÉTAIENT PRÉSENTS (3) : Mme Anne VIGNOT, Maire ; M. Paul CUENOT ; Mme Lucie MAIRE.", ["VIGNOT", "CUENOT", "MAIRE"]],
    // a count in words is no name: "Présents : douze", then the list
    ["Membres en exercice : quinze Présents : douze Votants : treize\nÉtaient présents : M. Paul ROCCA, Mme Karine FAVRE", ["ROCCA", "FAVRE"]],
  ])("present: %j", (text, last) => expect(names(attendance(text).presentMembers)).toEqual(last));

  it.each([
    ["Etai(ent) excusé(s) :\n\nMme RIVOIRE Anne", "excusedMembers", ["RIVOIRE"]],
    ["Excusés : M. TORRE Marc, Mme FAVRE Lucie", "excusedMembers", ["TORRE", "FAVRE"]],
    ["ABSENTS : MM. Pierre SALVAN et Marc TORRE", "absentMembers", ["SALVAN", "TORRE"]],
    ["Absents : Mme MOREL Hélène", "absentMembers", ["MOREL"]],
    // the proxies' label in words, its count after it: one label, not « Absents ayant donné » (a name) and « procuration : 7 »
    ["Présents : 46\nAbsents ayant donné procuration : 7\nAbsents non représentés : 2", "absentMembers", []],
    // the staff who attend are no members, though their label follows the list's period
    ["ABSENTS :\nM. Laurent FLAUS, M. Rémy JUNG.\n\nAssistaient également à la séance : M. Patrick LORENTZ, Directeur Général des Services.", "absentMembers", ["FLAUS", "JUNG"]],
    // a secretary's label after the list is no role heading of it
    ["EXCUSÉ : M. Patrice SAUBION\nABSENT : M. Cédric LAGOUEYTE\nSecrétaire de séance : Mme Anne ROUX", "absentMembers", ["LAGOUEYTE"]],
    // « EXCUSÉS REPRÉSENTÉS » one label, in capitals, without « et »
    ["PRÉSENTS : M. Jean DUPONT, Mme Anne ROUX.\nEXCUSÉS REPRÉSENTÉS : Mme Hélène LABORDE, pouvoir à Mme Anne ROUX.", "excusedMembers", ["LABORDE"]],
    ["Gaël : absent non excusé", "absentMembers", ["Gaël"]],
    // the count, then the names in brackets
    ["Absents : 2 (Mme Lise REY, M. Paul VIAL)", "absentMembers", ["REY", "VIAL"]],
    ["Maryse : excusée", "excusedMembers", ["Maryse"]],
    // a label in the feminine singular, one member under it (Loudéac, Brest)
    ["Mme Morgane DANIEL, procuration à M. Jean-Charles LE GOAZIOU\nAbsente excusée, non représentée : Mme Isabelle MOISAN", "excusedMembers", ["MOISAN"]],
    ["M. Mathieu LÉON, pouvoir à M. Julien NÉDÉLEC.\n\nÉTAIT ABSENTE EXCUSÉE :\nMme Emmanuelle ROPARS.", "excusedMembers", ["ROPARS"]],
    // labels in the feminine
    ["Excusées : Nadine COSTE (pouvoir à Claire FAVIER), Martine GIRAUD", "excusedMembers", ["COSTE", "GIRAUD"]],
    ["Absentes : Mme Hélène MOREL", "absentMembers", ["MOREL"]],
  ])("%j -> %s", (text, field, last) => expect(names(attendance(text)[field as "absentMembers"])).toEqual(last));

  it.each([
    ["Présents : ROCCA Paul, Maire, HUET Lise, Adjointe, TORRE Marc, Délégué", ["Maire", "Adjointe", "Délégué"]],
    ["Présents : M. Paul ROCCA (Maire), Mme Lise HUET (1er adjoint), M. Marc TORRE", ["Maire", "1er adjoint", null]],
  ])("roles go to the member before them: %j", (text, roles) => expect(attendance(text).presentMembers.map((p) => p.role)).toEqual(roles));

  it("Présents: 14 is a count, not a list", () => {
    const a = attendance("Présents : 14");
    expect(a.presentMembers).toEqual([]);
    expect(a.present).toBe(14);
  });
});

inEveryLayout("proxies", (shape) => {
  const { attendance, pairs } = reader(shape);
  it.each([
    ["Pouvoirs : M. TORRE Marc à M. BACHER Bruno", [["TORRE", "BACHER"]]],
    ["Procurations : Mme FAVRE Lucie à M. GIRAUD Alain, M. TORRE Marc à Mme LAFORGE Odile", [["FAVRE", "GIRAUD"], ["TORRE", "LAFORGE"]]],
    ["PROCURATIONS : Madame Lucie FAVRE 4 Madame Odile LAFORGE", [["FAVRE", "LAFORGE"]]],
    ["PROCURATIONS : Monsieur Marc TORRE à Madame Lucie FAVRE Monsieur Paul ROCCA à Monsieur Alain GIRAUD", [["TORRE", "FAVRE"], ["ROCCA", "GIRAUD"]]],
    ["Procurations : M. TORRE Marc donne procuration à M. BACHER Bruno, Mme MOREL Hélène donne procuration à M. GIRAUD Alain,", [["TORRE", "BACHER"], ["MOREL", "GIRAUD"]]],
    ["Excusés : Gaël (pouvoir donné à Maryse) / Odile (pouvoir donné à Jean-Pierre)", [["Gaël", "Maryse"], ["Odile", "Jean-Pierre"]]],
    ["Excusés : Gaël (procuration à Maryse)", [["Gaël", "Maryse"]]],
    ["Absents excusés : Rémi HUGUES qui a donné pouvoir à Sylvie ARNAUD, Léa IMBERT", [["HUGUES", "ARNAUD"]]],
    ["Avaient donné procuration : M. Laurent CURT à M. Bruno CHAPPET", [["CURT", "CHAPPET"]]],
    ["Absents représentés : Mme ARNOULD par M. BOUCHEZ, M. BRUNET par Mme CARON.", [["ARNOULD", "BOUCHEZ"], ["BRUNET", "CARON"]]],
    ["Représentés : Mme Lucie FAVRE représentée par M. Alain GIRAUD", [["FAVRE", "GIRAUD"]]],
    // starred names, their holders in footnotes (Lavardens); a star alone opening a line is no bullet there
    ["Présents : Jean-Claude, Martine, Sylvie.\nExcusés : Patrick *, Éliane **\nAbsent : Julien\n     * pouvoir à Martine\n     ** pouvoir à Jean-Claude", [["Patrick", "Martine"], ["Éliane", "Jean-Claude"]]],
    // « Étaient absents représentés : », « ÉTAIENT EXCUSÉS ET REPRÉSENTÉS : » (Orléans, Aix-en-Provence), after a list of the present
    ["Étaient présents : M. Serge GROUARD, Mme Florence CARRÉ.\nÉtaient absents représentés :\nMme DELCOURT\tpouvoir à\tM. CHAPUIS\nM. FOURNIER\tpouvoir à\tMme RAFFIN", [["DELCOURT", "CHAPUIS"], ["FOURNIER", "RAFFIN"]]],
    ["Étaient présents : M. Serge GROUARD, Mme Florence CARRÉ\n\nÉTAIENT EXCUSÉS ET REPRÉSENTÉS :\nMme DELCOURT pouvoir à M. CHAPUIS", [["DELCOURT", "CHAPUIS"]]],
    ["Pouvoirs : Francis VILA à Jordi PUJOL-SALA ; Sandrine MARTY à Nathalie CALVET", [["VILA", "PUJOL-SALA"], ["MARTY", "CALVET"]]],
    ["Procurations : Georges RIBES à Jean-Marc ROIG – Anne-Marie COSTA à Françoise CASES – David SALA à Michel PUJOL.", [["RIBES", "ROIG"], ["COSTA", "CASES"], ["SALA", "PUJOL"]]],
    ["Absents excusés ayant donné pouvoir : M. Jean-Marc DEWAELE à Mme Aurélie LELEU (jusqu'à son arrivée) – Mme Françoise DEPRIESTER à M. Patrick BOCQUET", [["DEWAELE", "LELEU"], ["DEPRIESTER", "BOCQUET"]]],
    ["Présents : Mme SOULIER, Mme TARDY, M. TISSOT,\nMme VERDIER, Mme VIGNON.\n\nPROCURATIONS :\nMme MERCIER représentée par M. PIGNARD\nM. MOREL représenté par M. DELORME\nMme ROUX représentée par Mme FAURE", [["MERCIER", "PIGNARD"], ["MOREL", "DELORME"], ["ROUX", "FAURE"]]],
    ["Pouvoirs : Mme Béatrice GARRIGOU (Lacroix-Barrez) → M. Christian DELMAS", [["GARRIGOU", "DELMAS"]]],
    ["Étaient représentés (2) :\n- Mme Yolande HUET, pouvoir à Mme Marie-Josée PAYET\n- M. Eric DIJOUX, pouvoir à M. Paul GRONDIN", [["HUET", "PAYET"], ["DIJOUX", "GRONDIN"]]],
    // a present member who holds another's proxy: « (pouvoir de X) » names the giver
    ["Étaient présents : M. Paul CUENOT ; Mme Marie ZEHAF (pouvoir de Mme Sonia CHAIGNEAU) ; M. Jérôme COLIN", [["CHAIGNEAU", "ZEHAF"]]],
    ["ABSENTS AYANT DONNÉ PROCURATION :\nM. Luc ROY à Mme Lucie MAIRE", [["ROY", "MAIRE"]]],
    // « représenté(e) par » inside the list of the excused
    ["Excusés : Agnès BESSON représentée par Marion FLEURY, Sébastien PAGÈS représenté par Antoine\nDUMAS, Claire ROUX", [["BESSON", "FLEURY"], ["PAGÈS", "DUMAS"]]],
    // one proxy a line, surname first and no civility: the lines' names do not run together
    ["Procurations :\nPUJOL Jean-Pierre donne procuration à RIVIÈRE Delphine\nLE GALL Antoine donne procuration à LOPEZ Hugo\nDURAND Paul donne procuration à MAURY Sylvie", [["PUJOL", "RIVIÈRE"], ["LE GALL", "LOPEZ"], ["DURAND", "MAURY"]]],
    // a surname's particle in capitals: no giver cut in two
    ["Pouvoirs : Mme Nolwenn LE GALL (pouvoir à M. Erwan CADIOU), M. Vincent DA SILVA à Mme Sylvie MAURY", [["LE GALL", "CADIOU"], ["DA SILVA", "MAURY"]]],
    ["Étaient présents : M. Paul ROCCA, Mme Karine FAVRE\nAvaient donné procuration : M. Laurent CURT à M. Bruno CHAPPET", [["CURT", "CHAPPET"]]],
    ["Procurations : L. Mattei, P. Santoni, R. Vincenti", [["Mattei", null], ["Santoni", null], ["Vincenti", null]]],
    // « à » without its accent, before a civility
    ["Procuration : Mme Nadège RAMBAUD a M. Thierry PAQUET.", [["RAMBAUD", "PAQUET"]]],
    // the count first, the list in brackets
    ["Procurations : 2 (Mme Hélène MONNIER à M. Denis BOURGEOIS ; M. Julien THEVENIN à Mme Anne BESSON)", [["MONNIER", "BOURGEOIS"], ["THEVENIN", "BESSON"]]],
    // the final A of a surname is not « à »
    ["Absent(s) ayant donné procuration à :\nM. Laurent BARGADA donne procuration à M. Jean-Jacques LECAT, Mme Lucie PERALTA donne procuration à M. Marc TORRE", [["BARGADA", "LECAT"], ["PERALTA", "TORRE"]]],
    // the givers named « absents excusés » or « excusés » before « ayant donné pouvoir »
    ["Absents excusés ayant donné pouvoir : M. Gérard PELLET (pouvoir à Mme Hélène BOURCIER), Mme Sophie VIAL (pouvoir à M. Julien FAVIER).", [["PELLET", "BOURCIER"], ["VIAL", "FAVIER"]]],
    ["Excusées ayant donné procuration : Mme Lucie FAVRE à M. Alain GIRAUD", [["FAVRE", "GIRAUD"]]],
    ["ABSENTS EXCUSES AYANT DONNE POUVOIR : M. Marc TORRE à M. Bruno BACHER", [["TORRE", "BACHER"]]],
    // one proxy a line, « X par Y », under « Étaient représentés : »
    ["ÉTAIENT REPRÉSENTÉS :\nM. AGÉNOR Claude par Mme BELLEMARE Rosette\nMme NICOLAS Murielle par M. THÉODOSE Gilbert\nM. LUBIN Marcel par M. DORVILLE Lucien-Paul", [["AGÉNOR", "BELLEMARE"], ["NICOLAS", "THÉODOSE"], ["LUBIN", "DORVILLE"]]],
    // … or « et avaient donné pouvoir », without accents
    ["ETAIENT ABSENTS ET AVAIENT DONNE POUVOIR :\nMme Anne-Marie ANTONETTI à M. Jean-Louis GRIMALDI\nM. Paul CALENDINI à Mme Céline RAFFALLI", [["ANTONETTI", "GRIMALDI"], ["CALENDINI", "RAFFALLI"]]],
    ["Étaient excusés et avaient donné pouvoir : Mme Isabelle BARDET à M. Alain GOUPIL, M. Marc CHAUVIN à Mme Maud RIVET", [["BARDET", "GOUPIL"], ["CHAUVIN", "RIVET"]]],
    ["Absents excusés représentés : M. Luc PELLET par Mme Hélène ROCHAS, Mme Anne SIBUT par M. Marc COLLET", [["PELLET", "ROCHAS"], ["SIBUT", "COLLET"]]],
    // an intercommunality's delegates with their commune in brackets
    ["Pouvoirs : Mme Claire ARNAUD (Voiron) à M. Bruno CATTIN ; M. Jean ROUX (Saint-Jean-de-Moirans) à Mme Julie FAURE (Rives)", [["ARNAUD", "CATTIN"], ["ROUX", "FAURE"]]],
    // « présents et représentés : » ends a sentence: the decisions after it are no proxies
    ["Procuration : M. Luc PELLET à Mme Hélène ROCHAS\nAprès en avoir délibéré, le Conseil Municipal, à l'unanimité des membres présents et représentés :\n- APPROUVE la convention de mise à disposition annexée à la présente délibération ;\n- AUTORISE Madame le Maire à la signer.", [["PELLET", "ROCHAS"]]],
  ])("%j", (text, expected) => expect(pairs(text)).toEqual(expected));

  it("'Étaient présents les conseillers municipaux suivants :' and group civilities (Mesdames …, Messieurs …)", () => {
    const a = attendance("Étaient présents les conseillers municipaux suivants : Mesdames Brigitte DELPEYRAT, Claudine FAURE, Messieurs Alain LAFON, Bernard CHAUMEL.\nAbsents : Messieurs Jacques BOUYSSOU et Kevin CAMINADE.");
    expect(names(a.presentMembers)).toEqual(["DELPEYRAT", "FAURE", "LAFON", "CHAUMEL"]);
    expect(a.presentMembers.map((p) => p.civility)).toEqual(["Mme", null, "M.", null]);
    expect(names(a.absentMembers)).toEqual(["BOUYSSOU", "CAMINADE"]);
  });

  it("a syndicat's delegates: 'Délégués titulaires présents :', '… ayant donné procuration :', '… absents excusés :'", () => {
    const a = attendance("Délégués titulaires présents : Mme Martine GRELLIER, M. Yves BOSSARD.\nDélégués ayant donné procuration : M. Alain AUDRAIN à Mme Martine GRELLIER.\nDélégués absents excusés : M. Hervé DENIS.");
    expect(names(a.presentMembers)).toEqual(["GRELLIER", "BOSSARD"]);
    expect(a.proxies.map((p) => [p.from.lastName, p.to?.lastName])).toEqual([["AUDRAIN", "GRELLIER"]]);
    expect(names(a.excusedMembers)).toEqual(["DENIS"]);
  });

  it.each([
    ["Étaient présents : tous les membres en exercice à l'exception de Mme Lise REY, excusée, qui a donné pouvoir à M. Paul VIAL, et de M. Marc ROUX, absent.", [], ["ROUX"], [["REY", "VIAL"]]],
    ["Présents : tous les conseillers sauf M. Marc ROUX (excusé)", ["ROUX"], [], []],
    ["Étaient présents : Tous les conseillers municipaux en exercice, sauf Mme Lise REY (pouvoir à M. Paul VIAL) et M. Marc ROUX (absent)", [], ["ROUX"], [["REY", "VIAL"]]],
    ["Présents : l'ensemble des conseillers municipaux", [], [], []],
  ])("all the members save some, no one named present: %j", (text, excused, absent, proxies) => {
    const a = attendance(text);
    expect(a.presentMembers).toEqual([]);
    expect([names(a.excusedMembers), names(a.absentMembers), a.proxies.map((p) => [p.from.lastName, p.to?.lastName])]).toEqual([excused, absent, proxies]);
  });

  it("'Absents excusés ayant donné pouvoir :' is one label: no absent member named after its words", () => {
    const a = attendance("Présents : Mme Hélène BOURCIER, M. Julien FAVIER, Mme Agathe ROUX.\nAbsents excusés ayant donné pouvoir : M. Gérard PELLET (pouvoir à Mme Hélène BOURCIER).\nAbsent : M. Kevin RAVIX.");
    expect(names(a.presentMembers)).toEqual(["BOURCIER", "FAVIER", "ROUX"]);
    expect(names(a.absentMembers)).toEqual(["RAVIX"]);
    // (the label says the giver is excused, and the act names no excused member otherwise)
    expect(names(a.excusedMembers)).toEqual(["PELLET"]);
    expect(a.proxies.map((p) => [p.from.lastName, p.to?.lastName])).toEqual([["PELLET", "BOURCIER"]]);
  });

  it("'Étaient absents et avaient donné pouvoir :' is one label, and the body's formula after the absent is no name", () => {
    const a = attendance("ETAIENT ABSENTS ET AVAIENT DONNE POUVOIR :\nMme Anne-Marie ANTONETTI à M. Jean-Louis GRIMALDI\n\nETAIENT ABSENTS : Mme Sabrina OTTAVI, M. Thomas MONDOLONI\n\n\nL'ASSEMBLEE DE CORSE\n\nVU le Code général des collectivités territoriales,");
    expect(names(a.absentMembers)).toEqual(["OTTAVI", "MONDOLONI"]);
    expect(a.proxies.map((p) => [p.from.lastName, p.to?.lastName])).toEqual([["ANTONETTI", "GRIMALDI"]]);
  });

  it("the givers of a label that says they are excused stay out of a list of the excused of its own", () => {
    const a = attendance("Absents excusés ayant donné pouvoir : M. Gérard PELLET à Mme Hélène BOURCIER.\nAbsents excusés : Mme Lise HUET.");
    expect(names(a.excusedMembers)).toEqual(["HUET"]);
    expect(a.proxies.map((p) => [p.from.lastName, p.to?.lastName])).toEqual([["PELLET", "BOURCIER"]]);
  });

  it("'Absents ayant voté par procuration en application de l'article …' lists the givers, the count inferred", () => {
    const a = attendance("Présents :\nOdile LAFORGE, Alain GIRAUD, Paul ROCCA.\nAbsents ayant voté par procuration en application de l'article L 2121-20 du Code Général des Collectivités Territoriales :\nLucie FAVRE, Marc TORRE.\nAbsent :\nHélène MOREL.");
    expect(a.proxies.map((p) => [p.from.lastName, p.to])).toEqual([["FAVRE", null], ["TORRE", null]]);
    expect(names(a.presentMembers)).toEqual(["LAFORGE", "GIRAUD", "ROCCA"]);
    expect(names(a.absentMembers)).toEqual(["MOREL"]);
    expect(a).toMatchObject({ present: 3, represented: 2, basis: { present: "inferred", represented: "inferred" } });
  });

  it("asterisk pairs (Pr*) join a present holder to an absent giver", () => {
    const a = attendance("Présents : Jean-Pierre (Pr*), Maryse, Odile (Pr**)\nExcusés : Gaël (Pr*), Lucie (Pr**)");
    expect(a.proxies.map((p) => [p.from.firstName, p.to?.firstName ?? null])).toEqual([["Gaël", "Jean-Pierre"], ["Lucie", "Odile"]]);
    expect(names(a.presentMembers)).toEqual(["Jean-Pierre", "Maryse", "Odile"]);
    expect(a.represented).toBe(2);
    expect(a.basis.represented).toBe("inferred");
  });

  it("a proxy count in the list's tail is stated", () => {
    const a = attendance("Procurations : M. TORRE Marc à M. BACHER Bruno, Mme MOREL Hélène à M. GIRAUD Alain (2)");
    expect(a.represented).toBe(2);
    expect(a.basis.represented).toBe("stated");
  });

  it("parseProxies keeps the holder of a proxy given 'au Dr.'", () => {
    const p = parseProxies("Monsieur Marc TORRE au Dr. Paul ROCCA, Maire");
    expect(p.map((x) => [x.from.lastName, x.to?.lastName, x.to?.civility])).toEqual([["TORRE", "ROCCA", "Dr"]]);
  });

  it("parseProxies reads « X, 4ème adjointe, ayant donné procuration à Y ; … »", () => {
    const p = parseProxies("Madame Nadia OMARJEE, 4ème adjointe, ayant donné procuration à Madame Sylvie LAURET ; Madame Corinne MAUNIER ayant donné procuration à Monsieur Jean-Claude HOARAU");
    expect(p.map((x) => [x.from.lastName, x.from.role, x.to?.lastName])).toEqual([["OMARJEE", "4ème adjointe", "LAURET"], ["MAUNIER", null, "HOARAU"]]);
  });

  it("an empty 'Procuration(s) :' with full counts means no proxy", () => {
    const a = attendance("En exercice : 11\nPrésents : 10\nAbsents : 1\nProcuration(s) :\nEtai(ent) excusé(s) :\nM. TORRE Marc");
    expect(a).toMatchObject({ inOffice: 11, present: 10, absent: 1, represented: 0, proxies: [] });
    expect(a.basis.represented).toBe("inferred");
  });
});

inEveryLayout("proxies stated in sentences of their own", (shape) => {
  const { attendance, pairs } = reader(shape);
  it.each([
    ["Pouvoir de M. Paul FAVIER à Mme Lise HUET", [["FAVIER", "HUET"]]],
    ["Mme Karine JOUBERT a donné pouvoir à M. Gérard TISSOT.", [["JOUBERT", "TISSOT"]]],
    ["M. Loïc LEROY donne procuration à Mme Nora IBANEZ", [["LEROY", "IBANEZ"]]],
  ])("%j -> %j", (text, expected) => {
    const a = attendance(text);
    expect(a.proxies.map((p) => [p.from.lastName, p.to?.lastName])).toEqual(expected);
  });
});

describe("objet of the deliberation", () => {
  it("'Objet de la délibération :' gives the title after the colon", () => {
    expect(extractTitle(linesOf("Objet de la délibération : Création d'un poste d'adjoint technique"), new Evidence())).toBe("Création d'un poste d'adjoint technique");
  });
});

// a label alone on its line without its colon is a label only where the line breaks are kept: as written
describe("a label alone on its line, the names on the next (a web page's header), as written", () => {
  it("reads « Présents » / « M. Paul ROCCA, … » and « Excusés » / « M. Marc TORRE »", () => {
    const a = extractAttendance(linesOf("Présents\nM. Paul ROCCA, Mme Lise HUET, M. Jean REY\nExcusés\nM. Marc TORRE"), new Evidence());
    expect([a.presentMembers.map((p) => p.lastName), a.excusedMembers.map((p) => p.lastName)]).toEqual([["ROCCA", "HUET", "REY"], ["TORRE"]]);
  });
});
