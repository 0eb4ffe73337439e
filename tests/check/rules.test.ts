// One line per case: an act (a consistent act with a few values changed), the rule expected to fire and its
// severity, or null when the rule must stay silent.
import { describe, expect, it } from "vitest";
import type { Severity } from "../../src/schema/report.js";
import { RULES } from "../../src/check/rules.js";
import { COUNCIL, consistentAct, makeAct, person, proxy, type ActOverrides } from "./factory.js";
import { check, findings } from "./helpers.js";

const at = (a: ActOverrides["attendance"]): ActOverrides => ({ attendance: a });
const vo = (v: ActOverrides["vote"]): ActOverrides => ({ vote: v });
const pr = (p: ActOverrides["prefecture"]): ActOverrides => ({ prefecture: p });
const names = (n: number) => COUNCIL.slice(0, n).map(person);
const election = (voters: number, blank: number | null, candidates: Array<[string, number, boolean]>, expressed: number | null = null, blankOrVoid: number | null = null) =>
  vo({
    kind: "election",
    for: null,
    against: null,
    abstentions: null,
    expressed: null,
    outcome: null,
    election: { voters, blank, void: blankOrVoid === null ? 0 : null, blankOrVoid, expressed, candidates: candidates.map(([name, votes, elected]) => ({ name, votes, elected })) },
  });

type Case = [string, ActOverrides, string, Severity | null];

const CASES: Case[] = [
  // attendance arithmetic
  ["present above in office", at({ present: 16, absent: null }), "PRESENT_EXCEEDS_IN_OFFICE", "error"],
  ["present above in office, present inferred", at({ present: 16, absent: null, basis: { present: "inferred" } }), "PRESENT_EXCEEDS_IN_OFFICE", "warning"],
  ["in office lowered to a third", at({ inOffice: 5 }), "PRESENT_EXCEEDS_IN_OFFICE", "error"],
  ["consistent counts", {}, "PRESENT_EXCEEDS_IN_OFFICE", null],
  ["present + absent over in office", at({ absent: 4 }), "ATTENDANCE_SUM", "error"],
  ["absent excluding the represented (P + R + A = N)", at({ absent: 1 }), "ATTENDANCE_SUM", null],
  ["gap left by unstated proxies", at({ absent: 2, represented: null }), "ATTENDANCE_SUM", null],
  ["over in office with proxies unstated", at({ absent: 4, represented: null }), "ATTENDANCE_SUM", "error"],
  ["absent count inferred", at({ absent: 4, basis: { absent: "inferred" } }), "ATTENDANCE_SUM", "warning"],
  ["more represented than members not present", at({ represented: 4, voters: 16 }), "REPRESENTED_EXCEEDS_ABSENT", "error"],
  ["represented = members not present", at({ represented: 3, voters: 15 }), "REPRESENTED_EXCEEDS_ABSENT", null],
  ["voters above present + represented", at({ voters: 15 }), "VOTERS_EXCEED_ATTENDANCE", "error"],
  ["voters above in office, attendance unknown", at({ voters: 16, present: null, represented: null, absent: null }), "VOTERS_EXCEED_ATTENDANCE", "error"],
  ["voters inferred", at({ voters: 15, basis: { voters: "inferred" } }), "VOTERS_EXCEED_ATTENDANCE", "warning"],
  ["voters below present + represented", at({ voters: 13 }), "VOTERS_BELOW_ATTENDANCE", "warning"],
  ["one member not taking part", at({ voters: 13, notVoting: [person("M. Yves CHAMBOST")] }), "VOTERS_BELOW_ATTENDANCE", null],
  ["eleven names for twelve present", at({ presentMembers: names(11) }), "PRESENT_NAMES_COUNT", "warning"],
  ["no list of names", at({ presentMembers: [] }), "PRESENT_NAMES_COUNT", null],

  // quorum
  ["7 present of 15", at({ present: 7 }), "QUORUM", "error"],
  ["8 present of 15", at({ present: 8 }), "QUORUM", null],
  ["7 of 15 inside a COVID window (one third)", { sessionDate: "2021-06-04", attendance: { present: 7 } }, "QUORUM", null],
  ["4 of 15 inside a COVID window", { sessionDate: "2021-06-04", attendance: { present: 4 } }, "QUORUM", "error"],
  ["5 of 15 inside a COVID window: just one third", { sessionDate: "2021-06-04", attendance: { present: 5 } }, "QUORUM_BORDERLINE", "info"],
  ["7 of 15 between the 2020 windows (debated)", { sessionDate: "2020-10-01", attendance: { present: 7 } }, "QUORUM", "warning"],
  ["4 of 15 between the 2020 windows", { sessionDate: "2020-10-01", attendance: { present: 4 } }, "QUORUM", "error"],
  ["present count inferred", at({ present: 7, basis: { present: "inferred" } }), "QUORUM", "warning"],
  ["in office unknown, named absents keep the quorum", at({ inOffice: null, present: 7 }), "QUORUM", null],
  ["in office unknown, no absent stated: quorum cannot be checked", at({ inOffice: null, present: 7, absent: null, excusedMembers: [] }), "QUORUM_UNKNOWN", "info"],
  ["in office unknown, 7 + 2 represented + 3 absent = 12 at most: reached", at({ inOffice: null, present: 7 }), "QUORUM_UNKNOWN", null],
  ["in office unknown, 7 + 2 + 6 = 15 at most, 13 at least: undecided", at({ inOffice: null, present: 7, absent: 6 }), "QUORUM_UNKNOWN", "info"],
  ["in office unknown, represented counted on proxies, absent on names", at({ inOffice: null, present: 7, absent: null, represented: null }), "QUORUM_UNKNOWN", null],
  ["in office unknown, proxies not stated at all", at({ inOffice: null, present: 7, represented: null, proxies: [] }), "QUORUM_UNKNOWN", "info"],
  ["in office unknown, COVID window: 5 + 2 + 3 reaches one third", { sessionDate: "2021-06-04", attendance: { inOffice: null, present: 5 } }, "QUORUM_UNKNOWN", null],
  ["in office unknown, 6 present and 8 absent", at({ inOffice: null, present: 6, absent: 8 }), "QUORUM", "error"],
  ["in office unknown, bound proves the failure: no info", at({ inOffice: null, present: 6, absent: 8 }), "QUORUM_UNKNOWN", null],
  ["in office inferred", at({ present: 7, basis: { inOffice: "inferred" } }), "QUORUM", "warning"],
  ["in office inferred, stated counts prove the failure", at({ present: 6, absent: 8, basis: { inOffice: "inferred" } }), "QUORUM", "error"],
  ["information item: no quorum rule", { kind: "information", vote: { kind: "none" }, attendance: { present: 3 } }, "QUORUM", null],
  ["consistent act", {}, "QUORUM_UNKNOWN", null],

  // votes
  ["votes for raised by 40", vo({ for: 52 }), "VOTE_SUM_EXCEEDS_VOTERS", "error"],
  ["votes for raised by 40, voters unknown", { vote: { for: 52 }, attendance: { voters: null } }, "VOTE_SUM_EXCEEDS_VOTERS", "error"],
  ["votes for raised by 40, only in office known", { vote: { for: 52 }, attendance: { voters: null, present: null, represented: null } }, "VOTE_SUM_EXCEEDS_VOTERS", "error"],
  ["votes for inferred", vo({ for: 52, basis: { for: "inferred" } }), "VOTE_SUM_EXCEEDS_VOTERS", "warning"],
  ["for stated above voters, zeros inferred from unanimity", vo({ for: 64, expressed: null, abstentions: 0, unanimous: true, basis: { for: "stated", against: "inferred", abstentions: "inferred" } }), "VOTE_SUM_EXCEEDS_VOTERS", "error"],
  ["13 votes for 12 present + represented counted on names", { vote: { for: 13, abstentions: 0, expressed: 13 }, attendance: { voters: null, present: 10, represented: 2, basis: { present: "inferred", represented: "inferred" } } }, "VOTE_SUM_EXCEEDS_VOTERS", "warning"],
  ["53 votes for 14 counted on names", { vote: { for: 49, abstentions: 4, expressed: 49 }, attendance: { voters: null, present: 12, represented: 2, basis: { present: "inferred", represented: "inferred" } } }, "VOTE_SUM_EXCEEDS_VOTERS", "error"],
  ["only present known: one proxy each at most", { vote: { for: 52 }, attendance: { voters: null, represented: null, inOffice: null, absent: null } }, "VOTE_SUM_EXCEEDS_VOTERS", "error"],
  ["only present known: within two votes each", { vote: { for: 22 }, attendance: { voters: null, represented: null, inOffice: null, absent: null } }, "VOTE_SUM_EXCEEDS_VOTERS", null],
  ["votes short of voters", vo({ for: 10, expressed: 10 }), "VOTE_SUM_BELOW_VOTERS", "warning"],
  ["votes short of voters, for inferred from unanimity of those present", vo({ for: 12, abstentions: 0, unanimous: true, basis: { for: "inferred", against: "inferred", abstentions: "inferred" } }), "VOTE_SUM_BELOW_VOTERS", null],
  ["votes short of voters, abstentions unknown", vo({ for: 10, abstentions: null, expressed: 10 }), "VOTE_SUM_BELOW_VOTERS", null],
  ["expressed counting the abstentions", vo({ expressed: 14 }), "EXPRESSED_MISMATCH", "warning"],
  ["expressed off by one", vo({ expressed: 13 }), "EXPRESSED_MISMATCH", "error"],
  ["adopted without majority", vo({ for: 5, against: 7 }), "OUTCOME_ADOPTED", "error"],
  ["rejected with a majority for", vo({ outcome: "rejected" }), "OUTCOME_REJECTED", "error"],
  ["rejected with majority against", vo({ for: 5, against: 7, outcome: "rejected" }), "OUTCOME_REJECTED", null],
  ["tie adopted", vo({ for: 6, against: 6 }), "OUTCOME_TIE", "warning"],
  ["unanimous with one against", vo({ unanimous: true, for: 11, against: 1 }), "UNANIMITY_AGAINST", "error"],
  ["unanimous with abstentions", vo({ unanimous: true }), "UNANIMITY_ABSTENTIONS", "info"],
  ["unanimity of votes cast with abstentions", vo({ unanimous: true, unanimityScope: "expressed" }), "UNANIMITY_ABSTENTIONS", null],
  ["unanimity of those present with proxies", vo({ unanimous: true, unanimityScope: "present" }), "UNANIMITY_PRESENT_WITH_PROXIES", "warning"],
  ["unanimity of present and represented", vo({ unanimous: true, unanimityScope: "present-and-represented" }), "UNANIMITY_PRESENT_WITH_PROXIES", null],

  // proxies
  ["6 proxies for 5 present", at({ present: 5, represented: 6 }), "PROXIES_EXCEED_PRESENT", "error"],
  ["6 proxies for 5 present in a COVID window", { sessionDate: "2021-01-29", attendance: { present: 5, represented: 6 } }, "PROXIES_EXCEED_PRESENT", null],
  ["7 proxies for 3 present in a COVID window", { sessionDate: "2021-01-29", attendance: { present: 3, represented: 7 } }, "PROXIES_EXCEED_PRESENT", "error"],
  ["two proxies to one holder", at({ proxies: [proxy("Mme Marie-Laure CHEVROT", "Mme Claire VAUTRIN"), proxy("M. Gilles TERRASSON", "Mme Claire VAUTRIN")] }), "PROXY_HOLDER_MULTIPLE", "error"],
  ["two proxies to one holder in a COVID window", { sessionDate: "2021-06-04", attendance: { proxies: [proxy("Mme Marie-Laure CHEVROT", "Mme Claire VAUTRIN"), proxy("M. Gilles TERRASSON", "Mme Claire VAUTRIN")] } }, "PROXY_HOLDER_MULTIPLE", null],
  ["holder not present", at({ proxies: [proxy("Mme Marie-Laure CHEVROT", "M. Bruno VALLIN"), proxy("M. Gilles TERRASSON", "M. Henri LACOMBE")] }), "PROXY_HOLDER_NOT_PRESENT", "warning"],
  ["holder written surname first", at({ proxies: [proxy("Mme Marie-Laure CHEVROT", "VAUTRIN Claire"), proxy("M. Gilles TERRASSON", "LACOMBE H.")] }), "PROXY_HOLDER_NOT_PRESENT", null],
  ["giver listed as present", at({ proxies: [proxy("M. Luc MOUTARDIER", "Mme Claire VAUTRIN"), proxy("M. Gilles TERRASSON", "M. Henri LACOMBE")] }), "PROXY_GIVER_PRESENT", "warning"],
  ["one proxy named for two represented", at({ proxies: [proxy("M. Gilles TERRASSON", "M. Henri LACOMBE")] }), "PROXY_COUNT", "warning"],

  // secretary and president
  ["secretary absent", { secretary: person("M. Bruno VALLIN") }, "SECRETARY_NOT_PRESENT", "warning"],
  ["secretary surname first", { secretary: person("BESSARD Odile") }, "SECRETARY_NOT_PRESENT", null],
  ["secretary with an initial", { secretary: person("Mme BESSARD O.") }, "SECRETARY_NOT_PRESENT", null],
  ["president as 'le Maire'", { president: person("le Maire") }, "PRESIDENT_NOT_PRESENT", null],
  ["president gave a proxy", { president: person("M. Gilles TERRASSON") }, "PRESIDENT_NOT_PRESENT", "warning"],
  // compte administratif: the mayor withdraws for the vote
  ["CA, mayor's withdrawal not stated", { title: "Adoption du compte administratif 2023" }, "CA_MAYOR_WITHDRAWAL", "warning"],
  ["CA, 'Le Maire' does not take part", { title: "Adoption du compte administratif 2023", attendance: { notVoting: [{ name: "Le Maire", civility: null, firstName: null, lastName: null, role: "Maire" }] } }, "CA_MAYOR_WITHDRAWAL", null],
  ["not a CA", { title: "Tarifs de la cantine scolaire" }, "CA_MAYOR_WITHDRAWAL", null],

  // @CTES identifier and SIREN
  ["another stamp with a broken SIREN", { evidence: { "/prefecture/id/1": { page: 1, line: 5, text: "ID : 038-213804761-20230612-2023_41-DE" } } }, "STAMP_ID_CONFLICT", "error"],
  ["another stamp a year earlier", { evidence: { "/prefecture/id/1": { page: 3, line: 2, text: "ID : 038-213804768-20220612-2023_41-DE" } } }, "STAMP_ID_CONFLICT", "error"],
  ["another stamp read by OCR as debris", { evidence: { "/prefecture/id/1": { page: 2, line: 9, text: "voi; : 630.213804768-20230612-2023_41-de" } } }, "STAMP_ID_CONFLICT", null],
  ["another stamp read by OCR with an impossible date", { evidence: { "/prefecture/id/1": { page: 2, line: 9, text: "ID : 038-213804768-20230641-2023_41-DE", source: "ocr", confidence: 74 } } }, "STAMP_ID_CONFLICT", null],
  ["another stamp writing the number with a hyphen", { evidence: { "/prefecture/id/1": { page: 2, line: 9, text: "ID : 038-213804768-20230612-2023-41-DE" } } }, "STAMP_ID_CONFLICT", null],
  ["department on two digits", pr({ id: "38-213804768-20230612-2023_41-DE" }), "CTES_ID_SYNTAX", "error"],
  ["impossible date in the ID", pr({ id: "038-213804768-20230231-2023_41-DE" }), "CTES_ID_SYNTAX", "error"],
  ["internal number of 16 characters", pr({ id: "038-213804768-20230612-2023_41_CANTINES-DE" }), "CTES_NUMBER_SYNTAX", "warning"],
  ["SIREN check digit broken in the ID", pr({ id: "038-213804761-20230612-2023_41-DE", siren: null }), "SIREN_CHECKSUM", "error"],
  ["SIREN of the authority mistyped", { authority: { siren: "213804769" } }, "SIREN_CHECKSUM", "error"],
  ["SIREN of eight digits", { authority: { siren: "21380476" } }, "SIREN_CHECKSUM", "error"],
  ["ID SIREN differs from the authority's", pr({ id: "030-213001100-20230612-2023_41-DE", siren: null, department: null }), "SIREN_MISMATCH", "warning"],
  ["ID department differs", { authority: { department: "73" } }, "CTES_DEPARTMENT", "warning"],
  ["Corsican department", { authority: { department: "2B" }, prefecture: { id: "02B-212000962-20230612-2023_41-DE", siren: null, department: null } }, "CTES_DEPARTMENT", null],
  ["ID carries the transmission date", pr({ id: "038-213804768-20230615-2023_41-DE" }), "CTES_DATE_SESSION", "warning"],
  ["ID carries the transmission date: no error", pr({ id: "038-213804768-20230615-2023_41-DE" }), "CTES_DATE_IMPLAUSIBLE", null],
  ["ID date a year before the session", pr({ id: "038-213804768-20220612-2023_41-DE" }), "CTES_DATE_IMPLAUSIBLE", "error"],
  ["ID date a year before: one finding only", pr({ id: "038-213804768-20220612-2023_41-DE" }), "CTES_DATE_SESSION", null],
  ["ID date after sending", pr({ id: "038-213804768-20230616-2023_41-DE" }), "CTES_DATE_IMPLAUSIBLE", "error"],
  ["ID date 23 days before the session", pr({ id: "038-213804768-20230520-2023_41-DE" }), "CTES_DATE_IMPLAUSIBLE", null],
  ["act number written with a slash", { number: "2023/41" }, "CTES_NUMBER_MISMATCH", null],
  ["act number with a DEL prefix", { number: "DEL-2023-41" }, "CTES_NUMBER_MISMATCH", null],
  ["act number differs", { number: "2023-42" }, "CTES_NUMBER_MISMATCH", "warning"],
  ["budget deliberation sent as BF", pr({ id: "038-213804768-20230612-2023_41-BF" }), "CTES_NATURE", "info"],
  ["minutes sent as AU", pr({ id: "038-213804768-20230612-2023_41-AU" }), "CTES_NATURE", "info"],
  ["deliberation sent as AR", pr({ id: "038-213804768-20230612-2023_41-AR" }), "CTES_NATURE", "warning"],
  ["deliberation sent as DE", {}, "CTES_NATURE", null],

  // dates
  ["received before sent", pr({ receivedDate: "2022-01-01" }), "DATES_ORDER", "error"],
  ["sent before the session", pr({ sentDate: "2023-06-10" }), "DATES_ORDER", "error"],
  ["published before the session", pr({ publishedDate: "2023-06-11" }), "PUBLISHED_BEFORE_SESSION", "error"],
  ["convocation after the session", { convocationDate: "2023-06-13" }, "CONVOCATION_AFTER_SESSION", "error"],
  ["convocation two days before", { convocationDate: "2023-06-10" }, "CONVOCATION_DELAY", "warning"],
  ["convocation with three clear days", { convocationDate: "2023-06-08" }, "CONVOCATION_DELAY", null],
  ["session in the future", { sessionDate: "2026-01-15", convocationDate: null, prefecture: { id: null, sentDate: null, receivedDate: null, publishedDate: null } }, "DATE_IN_FUTURE", "error"],
  ["30 February", { sessionDate: "2023-02-30" }, "DATE_INVALID", "error"],
  ["session and ID a year before sending", { sessionDate: "2022-06-12", convocationDate: null, prefecture: { id: "038-213804768-20220612-2023_41-DE" } }, "TRANSMISSION_IMPLAUSIBLE", "error"],
  ["sent 50 days after the decision", pr({ sentDate: "2023-08-01", receivedDate: "2023-08-01", publishedDate: null }), "TRANSMISSION_LATE", "warning"],
  ["sent 3 days after the decision", {}, "TRANSMISSION_LATE", null],

  // elections
  ["ballots above voters", election(14, 1, [["Mme Claire VAUTRIN", 10, true], ["M. Henri LACOMBE", 4, false]]), "ELECTION_SUM", "error"],
  ["ballots = voters", election(14, 1, [["Mme Claire VAUTRIN", 10, true], ["M. Henri LACOMBE", 3, false]]), "ELECTION_SUM", null],
  ["several seats on one ballot", election(14, 0, [["A. ROUX", 14, true], ["B. BLANC", 14, true], ["C. NOIR", 13, true]]), "ELECTION_SUM", null],
  ["one candidate above voters", election(14, 0, [["A. ROUX", 15, true], ["B. BLANC", 14, true]]), "ELECTION_SUM", "error"],
  ["expressed = voters - blank", election(14, 1, [["Mme Claire VAUTRIN", 13, true]], 13), "ELECTION_EXPRESSED", null],
  ["expressed off", election(14, 1, [["Mme Claire VAUTRIN", 13, true]], 14), "ELECTION_EXPRESSED", "error"],
  // « Bulletins blancs ou nuls : 2 »: the two counted together
  ["expressed = voters - blank or void", election(15, null, [["M. Laurent MASSON", 13, true]], 13, 2), "ELECTION_EXPRESSED", null],
  ["expressed off, blank or void", election(15, null, [["M. Laurent MASSON", 13, true]], 14, 2), "ELECTION_EXPRESSED", "error"],
  ["ballots above voters, blank or void", election(15, null, [["M. Laurent MASSON", 14, true]], null, 2), "ELECTION_SUM", "error"],
];

describe("rules", () => {
  it.each(CASES)("%s -> %s %s", (_label, overrides, rule, severity) => {
    const hits = findings(consistentAct(overrides), rule);
    if (severity === null) expect(hits).toEqual([]);
    else expect(hits.map((f) => f.severity)).toContain(severity);
  });

  it("a consistent act has no finding", () => {
    expect(check(consistentAct()).findings).toEqual([]);
  });

  it("an act with nothing known has no finding", () => {
    expect(check(makeAct()).findings).toEqual([]);
  });

  it("every rule id in the table is unique and upper snake case", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
  });
});

describe("messages", () => {
  it.each([
    ["fr", at({ present: 7 }), "QUORUM", "Quorum non atteint : 7 présents pour 15 membres en exercice, il en faut au moins 8 (la majorité des membres en exercice)."],
    ["en", at({ present: 7 }), "QUORUM", "Quorum not reached: 7 present for 15 members in office, at least 8 are needed (a majority of the members in office)."],
    ["fr", { sessionDate: "2021-06-04", attendance: { present: 4 } }, "QUORUM", "Quorum non atteint : 4 présents pour 15 membres en exercice, il en faut au moins 5 (le tiers des membres en exercice (règles sanitaires))."],
    ["fr", at({ inOffice: null, present: 6, absent: 8 }), "QUORUM", "Quorum non atteint : 6 présents pour au moins 14 membres (présents, représentés ou absents), il en faut au moins 8 (la majorité des membres en exercice)."],
    ["fr", vo({ for: 52 }), "VOTE_SUM_EXCEEDS_VOTERS", "Plus de voix que de votants : 52 pour, 0 contre, 2 abstentions (54 voix) pour 14 votants."],
    ["en", vo({ for: 52 }), "VOTE_SUM_EXCEEDS_VOTERS", "More votes than voters: 52 for, 0 against, 2 abstentions (54 votes) for 14 voters."],
    ["fr", pr({ id: "038-213804761-20230612-2023_41-DE", siren: null }), "SIREN_CHECKSUM", "SIREN 213804761 invalide : la clé de contrôle (Luhn) est fausse."],
    ["en", pr({ id: "038-213804761-20230612-2023_41-DE", siren: null }), "SIREN_CHECKSUM", "Invalid SIREN 213804761: wrong check digit (Luhn)."],
    ["fr", pr({ receivedDate: "2023-06-14" }), "DATES_ORDER", "Dates incohérentes : réception en préfecture le 14/06/2023, antérieure à l'envoi en préfecture du 15/06/2023."],
    ["fr", pr({ sentDate: "2023-06-10", receivedDate: null }), "DATES_ORDER", "Dates incohérentes : envoi en préfecture le 10/06/2023, antérieur à la séance du 12/06/2023."],
    ["en", pr({ receivedDate: "2023-06-14" }), "DATES_ORDER", "Dates out of order: receipt by the prefecture on 2023-06-14, before the sending to the prefecture of 2023-06-15."],
    ["fr", pr({ id: "038-213804768-20220612-2023_41-DE" }), "CTES_DATE_IMPLAUSIBLE", "Date de décision de l'identifiant @CTES (12/06/2022) antérieure de plus de 30 jours à la séance du 12/06/2023."],
    ["fr", { evidence: { "/prefecture/id/1": { page: 1, line: 5, text: "ID : 038-213804761-20230612-2023_41-DE" } } }, "STAMP_ID_CONFLICT", "Les tampons de l'acte portent des identifiants @CTES différents (SIREN) : « 038-213804768-20230612-2023_41-DE » et « 038-213804761-20230612-2023_41-DE »."],
    ["fr", { vote: { for: 52 }, attendance: { voters: null, represented: null, inOffice: null, absent: null } }, "VOTE_SUM_EXCEEDS_VOTERS", "Plus de voix que de votants : 52 pour, 0 contre, 2 abstentions (54 voix) pour 24 voix au plus (présents et pouvoirs qu'ils peuvent détenir)."],
    ["fr", vo({ unanimous: true }), "UNANIMITY_ABSTENTIONS", "Unanimité avec 2 abstentions : il s'agit de l'unanimité des suffrages exprimés."],
    ["fr", { secretary: person("M. Bruno VALLIN") }, "SECRETARY_NOT_PRESENT", "Le secrétaire de séance, Bruno VALLIN, ne figure pas parmi les membres présents."],
  ] as Array<["fr" | "en", ActOverrides, string, string]>)("%s %s", (lang, overrides, rule, message) => {
    expect(findings(consistentAct(overrides), rule, lang).map((f) => f.message)).toEqual([message]);
  });
});

describe("report", () => {
  it("counts match the findings and errors come first", () => {
    const report = check(consistentAct({ attendance: { present: 7, presentMembers: names(11) }, vote: { unanimous: true } }));
    const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
    expect(report.counts).toEqual({ error: count("error"), warning: count("warning"), info: count("info") });
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.counts.warning).toBeGreaterThan(0);
    expect(report.counts.info).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.severity)).toEqual([...report.findings.map((f) => f.severity)].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
  });

  it("a finding cites the evidence of the values it used, skipping those without evidence", () => {
    const [f] = findings(consistentAct(at({ present: 7 })), "QUORUM");
    expect(f).toMatchObject({ act: 0, actNumber: "2023-41", legalSource: "CGCT L2121-17", severity: "error" });
    expect(f?.evidence).toEqual([
      { page: 1, line: 13, text: "Présents : 12" },
      { page: 1, line: 12, text: "En exercice : 15" },
      { page: 1, line: 8, text: "Séance du 12 juin 2023" },
    ]);
  });

  it("a list pointer gathers the evidence of its elements", () => {
    const act = consistentAct({
      attendance: { proxies: [proxy("Mme Marie-Laure CHEVROT", "Mme Claire VAUTRIN"), proxy("M. Gilles TERRASSON", "Mme Claire VAUTRIN")] },
      evidence: {
        "/attendance/proxies/0": { page: 1, line: 20, text: "Mme Marie-Laure CHEVROT à Mme Claire VAUTRIN" },
        "/attendance/proxies/1": { page: 1, line: 21, text: "M. Gilles TERRASSON à Mme Claire VAUTRIN" },
      },
    });
    const [f] = findings(act, "PROXY_HOLDER_MULTIPLE");
    expect(f?.message).toBe("Claire VAUTRIN détient 2 pouvoirs : un seul est permis.");
    expect(f?.evidence.map((e) => e.line)).toEqual([20, 21]);
  });

  it("cites the EPCI article for an intercommunal council and the COVID law inside a window", () => {
    expect(findings(consistentAct({ authority: { kind: "epci" }, attendance: { present: 7 } }), "QUORUM")[0]?.legalSource).toBe("CGCT L5211-1, L2121-17");
    expect(findings(consistentAct({ sessionDate: "2021-06-04", attendance: { present: 4 } }), "QUORUM")[0]?.legalSource).toBe("CGCT L2121-17 ; loi n° 2020-1379 art. 6");
  });

  it("reports each act of a document with its index", async () => {
    const { checkDocument } = await import("../../src/check/index.js");
    const { makeDoc } = await import("./factory.js");
    const report = checkDocument(makeDoc(consistentAct(), consistentAct({ number: "2023-42", attendance: { present: 7 } })), { today: "2025-12-01" });
    expect(report.acts).toBe(2);
    expect(new Set(report.findings.map((f) => f.act))).toEqual(new Set([1]));
    expect(report.findings.find((f) => f.rule === "QUORUM")?.actNumber).toBe("2023-42");
  });
});
