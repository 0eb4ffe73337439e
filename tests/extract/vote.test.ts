import { describe, expect, it } from "vitest";
import { Evidence } from "../../src/core/types.js";
import { emptyAttendance } from "../../src/extract/attendance.js";
import { extractVote } from "../../src/extract/vote.js";
import type { Attendance } from "../../src/schema/record.js";
import { linesOf as linesOfText } from "./lines.js";
import { inEveryLayout } from "./layouts.js";

function voter(linesOf: (text: string) => ReturnType<typeof linesOfText>) {
  return (text: string, counts: Partial<Attendance> = {}) => extractVote(linesOf(text), { attendance: { ...emptyAttendance(), ...counts } }, new Evidence());
}

inEveryLayout("vote counts as written", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const vote = voter(linesOf);
  it.each([
    ["Pour : 14\nContre : 0\nAbstentions : 0", 14, 0, 0, "adopted"],
    // « adopté par N voix contre M »: N for the act, M against it (Orléans)
    ["ADOPTÉ PAR 40 VOIX CONTRE 9. IL Y A 3 ABSTENTIONS.", 40, 9, 3, "adopted"],
    ["La délibération est adoptée par trente voix contre deux.", 30, 2, null, "adopted"],
    ["ADOPTÉ PAR 38 VOIX. IL Y A 12 ABSTENTIONS.", 38, null, 12, "adopted"],
    ["Pour : 17\nContre : 2\nAbstentions : 1", 17, 2, 1, "adopted"],
    ["ONT VOTE POUR : 14\nONT VOTE CONTRE : /\nABSTENTIONS : /", 14, 0, 0, "adopted"],
    ["Par : DEUX voix POUR - ONZE voix CONTRE et 1 ABSTENTION", 2, 11, 1, "rejected"],
    ["6 voix Contre, 0 Abstention, 5 pour", 5, 6, 0, "rejected"],
    ["Vote : 14 pour / 0 contre / 0 abstention → adopté", 14, 0, 0, "adopted"],
    ["Vote : 9 pour / 3 contre / 1 abstention", 9, 3, 1, "adopted"],
    ["2 votes contre 1 abstention 9 votes pour", 9, 2, 1, "adopted"],
    ["10 votes pour. 2 Abstentions", 10, null, 2, "adopted"],
    ["adopté par 19 voix pour, 4 voix contre et 2 abstentions", 19, 4, 2, "adopted"],
    // the outcome, a colon, then the tally: no candidate named « Adopté à la majorité » elected with 33 votes
    ["(Adopté à la majorité : 33 voix pour, 6 voix contre, 2 abstentions)", 33, 6, 2, "adopted"],
    ["(Adoptée à l'unanimité : 41 voix pour)", 41, 0, 0, "adopted"],
    ["Décision adoptée : 13 voix pour, 2 abstentions", 13, null, 2, "adopted"],
    // the result line gives the outcome, the tally's lines follow it
    ["VOTE : Adopté à la majorité\nPour : 40\nContre : 8\nAbstentions : 5", 40, 8, 5, "adopted"],
    ["Pour : 73 – Contre : 14 – Abstention(s) : /", 73, 14, 0, "adopted"],
    ["Vote : Adopté\nPour : 45\nAbstentions : 8 (groupe Mulhouse Cœur Battant)", 45, null, 8, "adopted"],
    // other labels' counts before a tally of bare labels and figures; « Favorable : » as a label
    ["Votants 29 Exprimés 28 Pour 25 Contre 3 Abstention 1", 25, 3, 1, "adopted"],
    ["Votants 29\nExprimés 28 Pour 25 Contre 3 Abstention 1", 25, 3, 1, "adopted"],
    ["Favorable : 20 – Défavorable : 3", 20, 3, null, "adopted"],
    // a dash for none
    ["Pour : 15 Contre : - Abstention : -", 15, 0, 0, "adopted"],
    ["Pour : 15 – Contre : – Abstention : 1", 15, 0, 1, "adopted"],
    ["Pour : 14 Contre : 0 Abstentions : 0", 14, 0, 0, "adopted"],
    ["ONT VOTE POUR : 14 ONT VOTE CONTRE : / ABSTENTIONS : /", 14, 0, 0, "adopted"],
    // a count before a label and its names: « 1 abstention : M. X » is one tally
    ["Le Conseil, à la majorité (2 voix contre : M. Éric LAVAL, Mme Émilie VEYSSIERE ; 1 abstention : M. Gilles SOULIER) :", null, 2, 1, "adopted"],
    // a group named in brackets after the votes against
    ["ADOPTÉ À LA MAJORITÉ : 27 POUR, 6 CONTRE (groupe « Bourgoin autrement »), 0 ABSTENTION.", 27, 6, 0, "adopted"],
    ["VOTE : 11 POUR – 2 CONTRE (Mme PONS, M. SERRA) – 1 ABSTENTION (M. VIDAL)", 11, 2, 1, "adopted"],
    ["VOTE : 13 POUR – 1 ABSTENTION", 13, null, 1, "adopted"],
    // labels before their figures, without colons: « 38 Contre » is no 38 votes against
    ["Vote : Pour 38 Contre 4 Abstention 3", 38, 4, 3, "adopted"],
    // a verbatim procès-verbal's spoken tally (Millau)
    ["Qui vote contre ? Quatre voix contre. Qui s'abstient ? Pas d'abstention. Adopté à la majorité.", null, 4, 0, "adopted"],
    // a slash for none among them (Montpellier): « 12 Abstention » is no 12 abstentions
    ["Pour 43 Contre 12 Abstention /", 43, 12, 0, "adopted"],
    ["Pour 43 Contre / Abstention 12", 43, 0, 12, "adopted"],
  ])("%j -> for %s against %s abstentions %s, %s", (text, f, a, ab, outcome) => {
    const v = vote(text);
    expect([v.for, v.against, v.abstentions, v.outcome]).toEqual([f, a, ab, outcome]);
  });


  it.each([
    ["Pour : 14\nContre : 0\nAbstentions : 0", true],
    ["Pour : 12\nContre : 1\nAbstentions : 0", false],
    ["11 votes pour 2 abstentions", false],
  ])("%j -> unanimous %s (inferred)", (text, unanimous) => {
    const v = vote(text);
    expect(v.unanimous).toBe(unanimous);
    expect(v.basis.unanimous).toBe("inferred");
  });

  it("names the abstainers after the count", () => {
    const v = vote("Pour : 16\nContre : 0\nAbstentions : 2, Madame Lucie FAVRE, Monsieur Marc TORRE");
    expect(v.abstentions).toBe(2);
    expect(v.abstainers.map((p) => p.lastName)).toEqual(["FAVRE", "TORRE"]);
  });
});

inEveryLayout("unanimity", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const vote = voter(linesOf);
  it.each([
    ["Le Conseil Municipal, à l'unanimité des membres présents et représentés,", "present-and-represented"],
    ["A l’unanimité des membres présents et représentés,", "present-and-represented"],
    ["Le Conseil Municipal, à l'unanimité des présents", "present"],
    ["à l'unanimité des suffrages exprimés", "expressed"],
    ["Après en avoir délibéré, le Conseil, à l'unanimité, décide", "unspecified"],
    ["Adopté à Punanimité", "unspecified"],
  ])("%j -> scope %s", (text, scope) => {
    const v = vote(text);
    expect(v.unanimous).toBe(true);
    expect(v.basis.unanimous).toBe("stated");
    expect(v.unanimityScope).toBe(scope);
    expect(v.outcome).toBe("adopted");
  });

  it.each([
    ["à l'unanimité des membres présents et représentés", { present: 18, represented: 5 }, 23],
    ["à l'unanimité des présents", { present: 12, represented: 2 }, 12],
    ["à l'unanimité", { present: 10, represented: 0, voters: 10 }, 10],
  ])("%j with %j -> for %i, against 0, abstentions 0 (inferred)", (text, counts, f) => {
    const v = vote(text, counts);
    expect([v.for, v.against, v.abstentions]).toEqual([f, 0, 0]);
    expect(v.basis).toMatchObject({ for: "inferred", against: "inferred", abstentions: "inferred" });
  });

  it.each([
    ["Vote : Pour : groupes Normandie Ensemble, Normandie Demain ; Contre : groupes RN, Communistes et Républicains ; Abstention : néant\nRésultat : ADOPTÉ", false, "inferred"],
    ["Vote : Pour : groupes Normandie Ensemble, M. ROUSSEL ; Contre : néant ; Abstention : groupe RN\nRésultat : ADOPTÉ", false, "inferred"],
    ["Adopté à la majorité\nPour : UDC, CRI, GES\nAbstention : RN", false, "inferred"],
    // (no one named against or abstaining: nothing said of unanimity)
    ["Adopté\nPour : UDC, RN, GES, CRI\nContre : NÉANT", null, undefined],
    ["Vote : Pour : groupes Normandie Ensemble, Normandie Demain ; Contre : néant ; Abstention : néant\nRésultat : ADOPTÉ", null, undefined],
  ])("groups named against or abstaining, no figure: %j -> unanimous %s", (text, unanimous, basis) => {
    const v = vote(text);
    expect([v.unanimous, v.basis.unanimous, v.outcome]).toEqual([unanimous, basis, "adopted"]);
  });

  it.each([
    ["Adoptée à l'unanimité des votants (86)", 86],
    ["Adopté à l'unanimité (87 votants)", 87],
    ["Adopté à l'unanimité (42 voix)", 42],
  ])("the votes in brackets after the unanimity: %j -> for %i (stated)", (text, f) => {
    const v = vote(text, { present: 80, represented: 8 });
    expect([v.for, v.basis.for, v.unanimous]).toEqual([f, "stated", true]);
  });

  it("unanimity with a stated count keeps the count", () => {
    const v = vote("Adopte à l'unanimité avec 21 Voix Pour", { present: 17, represented: 5 });
    expect([v.for, v.unanimous, v.outcome]).toEqual([21, true, "adopted"]);
    expect(v.basis.for).toBe("stated");
  });
});

inEveryLayout("other wordings", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const vote = voter(linesOf);
  it("à 34 voix pour et une voix contre", () => {
    const v = vote("Le Conseil, à 31 voix pour et une voix contre, approuve le projet");
    expect([v.for, v.against, v.unanimous, v.outcome]).toEqual([31, 1, false, "adopted"]);
  });

  it("à la majorité: adopted (inferred), no counts", () => {
    const v = vote("Le Conseil Municipal, après en avoir délibéré, à la majorité, décide d'approuver le budget");
    expect([v.for, v.against, v.abstentions, v.unanimous, v.outcome, v.basis.outcome]).toEqual([null, null, null, null, "adopted", "inferred"]);
  });

  it.each([
    ["Vote : adopté à l'unanimité."],
    ["ADOPTÉ À L'UNANIMITÉ"],
    ["Adoptée à l'unanimité des membres présents et représentés."],
  ])("%j: the outcome is stated, also before « Questions diverses » (no vote there)", (text) => {
    const v = vote(`${text}\nQuestions diverses : aucune.`);
    expect([v.unanimous, v.outcome, v.basis.outcome]).toEqual([true, "adopted", "stated"]);
  });

  it.each([
    // one group's figure is stated; several groups', or members named without one, are added: inferred
    ["Adoptées à la majorité.\nVote contre : Groupe Métropole Commune(s) (14)\nAbstention : Groupe Communiste et apparentés (5) ; Monsieur Hugo TESSIER", 14, "stated", 6, "inferred"],
    ["Adopté à la majorité.\nOnt voté contre : groupe Écologiste (8), groupe Socialiste (4)\nSe sont abstenus : M. Paul REY, Mme Lise VIAL", 12, "inferred", 2, "inferred"],
    // a group's name with a comma in it; « non-inscrits »; the result's label after the list, in the same unit (a PDF)
    ["Contre : néant\nAbstention : groupe Écologiste, Solidaire et Citoyen (6), groupe Union pour la Haute-Garonne (3) Résultat : ADOPTÉ", 0, "stated", 9, "inferred"],
    ["Contre : groupe Union pour la Haute-Garonne (12)\nAbstention : non-inscrits (2)\nRésultat : ADOPTÉ", 12, "stated", 2, "stated"],
  ])("a tally by groups: %j", (text, against, againstBasis, abstentions, abstentionsBasis) => {
    const v = vote(text);
    expect([v.against, v.basis.against, v.abstentions, v.basis.abstentions, v.outcome]).toEqual([against, againstBasis, abstentions, abstentionsBasis, "adopted"]);
  });

  it("the votes for by groups: « Pour : groupe Socialiste, Radical et Progressiste (28), groupe Communiste et Républicain (4), non-inscrits (2) »", () => {
    const v = vote("Pour : groupe Socialiste, Radical et Progressiste (28), groupe Communiste et Républicain (4), non-inscrits (2)\nContre : néant\nAbstention : néant\nRésultat : ADOPTÉ");
    expect([v.for, v.basis.for, v.against, v.abstentions, v.outcome]).toEqual([34, "inferred", 0, 0, "adopted"]);
  });

  it("an amendment's vote is not the act's: « cet amendement, mis aux voix, est rejeté par 40 voix contre et 13 voix pour »", () => {
    const v = vote("Mme Claire ROUX présente un amendement ; cet amendement, mis aux voix, est rejeté par 40 voix contre et 13 voix pour.\nLe budget primitif 2025 est adopté dans son ensemble par 40 voix pour, 13 voix contre et 2 abstentions.");
    expect([v.for, v.against, v.abstentions, v.outcome]).toEqual([40, 13, 2, "adopted"]);
  });

  it.each([
    // a tally by groups that does not open with « groupe », a member's apposition before his figure, the outcome after
    ["Pour : Majorité départementale (37), élue non inscrite (1) ; Contre : néant ; Abstention : groupe Var Gauche (6)\nADOPTÉ", [38, 0, 6]],
    ["Pour : Majorité départementale (37)\nContre : groupe Var Gauche (6)\nAbstention : Mme Josiane REBUFFEL, non inscrite (1)\nADOPTÉ", [37, 6, 1]],
  ])("a tally by groups: %j", (text, counts) => {
    const v = vote(text);
    expect([v.for, v.against, v.abstentions, v.outcome]).toEqual([...counts, "adopted"]);
  });

  it("a count in words and in figures: « Quarante et une (41) voix pour, huit (8) abstentions »", () => {
    const v = vote("ADOPTÉE À LA MAJORITÉ\nQuarante et une (41) voix pour, huit (8) abstentions");
    expect([v.for, v.abstentions, v.outcome]).toEqual([41, 8, "adopted"]);
  });

  it("a group without its figure gives no count", () => {
    const v = vote("Adopté à la majorité.\nVote contre : groupe Écologiste, groupe Socialiste (4)");
    expect(v.against).toBeNull();
  });

  it("a la majorité (accent dropped): adopted, no counts", () => {
    const v = vote("Le Conseil Municipal, après en avoir délibéré, a la majorité, décide d'approuver le budget");
    expect([v.for, v.against, v.abstentions, v.unanimous, v.outcome]).toEqual([null, null, null, null, "adopted"]);
    expect(v.kind).toBe("show-of-hands");
  });

  it.each([
    ["Vote des subventions aux associations"],
    ["Vote du budget primitif 2024"],
  ])("heading %j is not a vote", (text) => {
    const v = vote(text);
    expect([v.for, v.against, v.abstentions, v.outcome, v.kind]).toEqual([null, null, null, null, "none"]);
  });

  it("survey results are not a vote", () => {
    const v = vote("Le sondage auprès des habitants donne Pour : 61 / Contre : 27 sur le projet d'éclairage.");
    expect([v.for, v.against, v.kind]).toEqual([null, null, "none"]);
  });

  it.each([
    ["Résultats du sondage auprès des habitants", "none"],
    ["Questionnaire aux familles sur les rythmes scolaires", "none"],
    // a procedure the council launches by its vote
    ["Chemin rural – Désaffectation et lancement de l'enquête publique préalable à l'aliénation", "show-of-hands"],
  ])("an act titled %j: %s", (title, kind) => {
    const v = extractVote(linesOf("POUR : 16\nCONTRE : 0\nABSTENTION : 1"), { attendance: emptyAttendance(), title }, new Evidence());
    expect(v.kind).toBe(kind);
  });

  it.each([
    // a web page's outcome opening on « Votée »; a section after the act's result is not the act's
    ["Votée à l'unanimité moins une abstention.", 1, "adopted"],
    ["Votée à la majorité.\nQuestions diverses\nProchain comité syndical : mardi 10 décembre 2024.", null, "adopted"],
    ["Ont voté contre : M. Paul REY.", null, null],
  ])("%j: abstentions %s, %s", (text, abstentions, outcome) => {
    const v = vote(text);
    expect([v.abstentions, v.outcome]).toEqual([abstentions, outcome]);
  });

  it("prend acte: information, no vote", () => {
    const v = vote("Le Conseil Municipal prend acte de la tenue du débat d'orientations budgétaires.");
    expect([v.kind, v.outcome]).toEqual(["none", null]);
  });

  it("an empty vote block is no count", () => {
    const v = vote("Nombre de suffrages exprimés :\nPour :\nContre :\nAbstentions :");
    expect([v.for, v.against, v.abstentions, v.expressed]).toEqual([null, null, null, null]);
  });

  it("the voters after a unanimity are its votes, stated: « Adopté à l'unanimité des 27 votants »", () => {
    const v = vote("Adopté à l'unanimité des 27 votants.");
    expect([v.for, v.basis.for, v.unanimous]).toEqual([27, "stated", true]);
  });

  it("the votes after a unanimity, in brackets, are stated: « à l'unanimité des membres présents (7 voix) »", () => {
    const v = vote("le comité syndical approuve le compte administratif 2023 à l'unanimité des membres présents (7 voix).", { present: 8 });
    expect([v.for, v.basis.for, v.unanimous, v.unanimityScope]).toEqual([7, "stated", true, "present"]);
  });

  it("secret ballot election", () => {
    const v = vote("Nombre de votants : 15\nBulletins blancs : 1\nSuffrages exprimés : 14\nMme Lucie FAVRE : 9 voix, élue\nM. Marc TORRE : 5 voix");
    expect(v.kind).toBe("election");
    expect(v.election).toMatchObject({ voters: 15, blank: 1, expressed: 14 });
    expect(v.election?.candidates.map((c) => [c.votes, c.elected])).toEqual([[9, true], [5, null]]);
    // the votes for: the one candidate elected's, inferred
    expect([v.for, v.basis.for]).toEqual([9, "inferred"]);
    expect(v.outcome).toBe("adopted");
  });

  it("an adjoint elected: ballots counted, blank and void together, the proclamation names who is elected", () => {
    const v = vote("Premier tour de scrutin :\nNombre de bulletins : 15\nBulletins blancs ou nuls : 2\nSuffrages exprimés : 13\nMajorité absolue : 7\nA obtenu : M. Laurent MASSON : 13 voix.\nM. Laurent MASSON, ayant obtenu la majorité absolue, est proclamé deuxième adjoint au maire.");
    expect(v.kind).toBe("election");
    expect(v.election).toMatchObject({ voters: 15, blank: null, void: null, blankOrVoid: 2, expressed: 13 });
    expect(v.election?.candidates.map((c) => [c.name, c.votes, c.elected])).toEqual([["M. Laurent MASSON", 13, true]]);
  });

  it("results after a label, a comma before the votes, one after the other: « M. Paul REY, 12 voix ; Mme Zoé VIAL, 3 voix »", () => {
    const v = vote("Résultat du vote à bulletin secret : M. Paul REY, 12 voix ; Mme Zoé VIAL, 3 voix.\nM. Paul REY est élu premier adjoint.");
    expect(v.election?.candidates.map((c) => [c.name, c.votes, c.elected])).toEqual([["M. Paul REY", 12, true], ["Mme Zoé VIAL", 3, null]]);
    expect(v.outcome).toBe("adopted");
  });

  it("two rounds: the second round's results replace the first's, the winner's votes are the votes for (inferred)", () => {
    const v = vote("Premier tour de scrutin\nNombre de votants : 53\nSuffrages exprimés : 51\nMme Sandrine KELLER : 24 voix\nM. Karim BOUAZIZ : 19 voix\nM. Paul RIEDER : 8 voix\nSecond tour de scrutin\nNombre de votants : 53\nSuffrages exprimés : 45\nMme Sandrine KELLER : 37 voix\nM. Karim BOUAZIZ : 8 voix\nMme Sandrine KELLER, ayant obtenu la majorité absolue au second tour, est proclamée 16e adjointe.");
    expect(v.election).toMatchObject({ voters: 53, expressed: 45 });
    expect(v.election?.candidates.map((c) => [c.votes, c.elected])).toEqual([[37, true], [8, null]]);
    expect([v.for, v.basis.for]).toEqual([37, "inferred"]);
  });

  it("a designation by show of hands: the one « désignée », the abstentions printed with the results", () => {
    const v = vote("VOTE :\nMme Solenn DIRAISON : 43 voix\nMme Hélène PELLÉ : 8 voix\nAbstentions : 3\nMme Solenn DIRAISON est désignée.");
    expect(v.election?.candidates.map((c) => [c.votes, c.elected])).toEqual([[43, true], [8, null]]);
    expect([v.for, v.abstentions, v.basis.abstentions]).toEqual([43, 3, "stated"]);
  });

  it("a list's election, its adjoints « proclamés » in the plural", () => {
    const v = vote("Nombre de votants : 15\nSuffrages exprimés : 14\nOnt obtenu :\nListe conduite par Mme Anne PERRIN : 14 voix\nLa liste conduite par Mme Anne PERRIN ayant obtenu la majorité absolue, sont proclamés adjoints : Mme Anne PERRIN, M. Luc ROUX.");
    expect(v.election?.candidates.map((c) => [c.votes, c.elected])).toEqual([[14, true]]);
    expect(v.outcome).toBe("adopted");
  });

  it("a tally after a subject and its comma is no candidate", () => {
    const v = vote("Le budget, 12 voix pour, 2 contre");
    expect([v.kind, v.for, v.against]).toEqual(["show-of-hands", 12, 2]);
  });

  it("the official model's « suffrages déclarés nuls par le bureau » and the proclamation run on after the last result", () => {
    const v = vote("Nombre de votants (enveloppes déposées) : 15\nNombre de suffrages déclarés nuls par le bureau : 1\nNombre de suffrages blancs : 1\nNombre de suffrages exprimés : 13\nM. Pierre VIALLET : 11 voix\nMme Agnès CURTET : 2 voix M. Pierre VIALLET a été proclamé maire.");
    expect(v.election).toMatchObject({ voters: 15, void: 1, blank: 1, expressed: 13 });
    expect(v.election?.candidates.map((c) => [c.votes, c.elected])).toEqual([[11, true], [2, null]]);
  });

  it("the official form's labels: « Nombre de votants (enveloppes déposées) », « suffrages exprimés [b - c - d] »", () => {
    const v = vote("b. Nombre de votants (enveloppes déposées) : 23\nc. Nombre de votes blancs : 1\nd. Nombre de votes nuls : 0\ne. Nombre de suffrages exprimés [b - c - d] : 22\nMme Odile LAFORGE : 22 voix, élue");
    expect(v.election).toMatchObject({ voters: 23, expressed: 22 });
  });
});

inEveryLayout("opinions are not counts", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const vote = voter(linesOf);
  it.each([
    "Le Conseil émet un vote favorable à la résolution relative à la modification des statuts.",
    "La commission a rendu un avis favorable sur le projet.",
    "La commission émet un avis favorable : 12 dossiers sont retenus.",
    // a vote announced in the debate
    "M. Paul DUPONT, au nom du groupe Angers Écologique et Solidaire, regrette la baisse des crédits et annonce un vote contre.",
    "Mme Léa VIAL indique que son groupe votera contre.",
  ])("%j -> no count", (text) => {
    const v = vote(text);
    expect([v.for, v.against]).toEqual([null, null]);
  });
});

inEveryLayout("labels followed by bare figures", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const vote = voter(linesOf);
  it.each([
    ["Résultat du vote : Pour 12, Contre 2, Abstention 1", [12, 2, 1]],
    ["POUR 9 CONTRE 0", [9, 0, null]],
    ["La convention est conclue pour 3 ans.", [null, null, null]],
  ])("%j -> %j", (text, counts) => {
    const v = vote(text as string);
    expect([v.for, v.against, v.abstentions]).toEqual(counts);
  });
});

inEveryLayout("prose and explicit result lines", (shape) => {
  const linesOf = (text: string) => linesOfText(shape(text));
  const vote = voter(linesOf);
  it("'CDG 30 pour des conseils' is not a count", () => {
    expect(vote("Le service du CDG 30 pour des conseils en matière de retraite.").for).toBeNull();
  });

  it("the 'Vote :' line wins over a unanimity quoted in the recitals", () => {
    const v = vote("Considérant que le conseil communautaire s'est prononcé à l'unanimité pour l'intégration,\nVote : 3 ABSTENTIONS / 7 POUR");
    expect([v.for, v.abstentions, v.unanimous]).toEqual([7, 3, false]);
  });
});

// A small table of the vote in a PDF's text layer, its labels on one line and its figures one space apart on the
// next: paired by their order, so as written only (collapsed or re-wrapped, labels and figures are one run that
// nothing pairs; the test below holds that no count is read from it then)
describe("labels on one line, their figures on the next (as written)", () => {
  const vote = voter(linesOfText);
  it.each([
    ["Votants Exprimés Pour Contre\n18 17 17 0\nAbstention : 1 (M. Roland GRANDPERRIN).", [17, 0, 1]],
    ["Votants Pour Contre Abstentions\n19 14 3 2", [14, 3, 2]],
    ["Pour Contre Abstention\n12 / 1", [12, 0, 1]],
    // as many figures as labels, or nothing
    ["Votants Exprimés Pour Contre\n18 17 17", [null, null, null]],
  ])("%j -> %j", (text, counts) => {
    const v = vote(text);
    expect([v.for, v.against, v.abstentions]).toEqual(counts);
  });
});

inEveryLayout("labels and figures run together", (shape) => {
  const vote = voter((text: string) => linesOfText(shape(text)));
  it("« Votants Exprimés Pour Contre 18 17 17 0 »: no count paired by guess", () => {
    const v = vote("Votants Exprimés Pour Contre 18 17 17 0");
    expect([v.for, v.against]).toEqual([null, null]);
  });
});
