// Nothing invented: a value the text does not give stays null (or an empty list). For each field family, one
// act written in full, then the same act without that family's lines, in every layout: the family is empty and
// the rest of the act is still read (so the excerpt is a real act, not an empty one).
import { expect, it } from "vitest";
import { parseText as parseAsWritten } from "../../src/parse.js";
import type { Act } from "../../src/schema/record.js";
import { inEveryLayout } from "./layouts.js";

const FULL = {
  authority: "COMMUNE DE SAINT-ALBAN-DES-PRÉS",
  form: "DELIBERATION DU CONSEIL MUNICIPAL",
  session: "Séance du 12 mars 2024",
  convocation: "Date de convocation : 5 mars 2024",
  counts: "Nombre de conseillers en exercice : 15\nPrésents : 12\nVotants : 13",
  present: "Présents : M. Paul BERTIN, Mme Claire DUVAL, M. Hugo FERRAND",
  proxies: "Pouvoirs : Mme Anne VIDAL à M. Paul BERTIN",
  absent: "Absents : M. Jules WEBER",
  secretary: "Secrétaire de séance : Mme Claire DUVAL",
  president: "Sous la présidence de M. Paul BERTIN, Maire",
  number: "2024-17",
  title: "OBJET : Tarifs de la cantine scolaire",
  decision: "Le Conseil Municipal, après en avoir délibéré,\nDÉCIDE de fixer le prix du repas à 3,20 euros.",
  vote: "Pour : 13 Contre : 0 Abstentions : 0",
  stamp: "Envoyé en préfecture le 14/03/2024\nReçu en préfecture le 14/03/2024\nID : 038-213804768-20240312-2024_17-DE",
};
type Part = keyof typeof FULL;

const without = (...parts: Part[]) => (Object.keys(FULL) as Part[]).filter((k) => !parts.includes(k)).map((k) => FULL[k]).join("\n");

/** what each family reads, as one value to compare */
const FAMILIES: Array<[string, Part[], (a: Act) => unknown, unknown]> = [
  ["session date", ["session", "stamp"], (a) => a.sessionDate, null],
  ["convocation date", ["convocation"], (a) => a.convocationDate, null],
  ["counts", ["counts"], (a) => [a.attendance.inOffice, a.attendance.voters], [null, null]],
  ["present members", ["present"], (a) => a.attendance.presentMembers, []],
  ["proxies", ["proxies"], (a) => [a.attendance.proxies, a.attendance.represented], [[], null]],
  ["absent members", ["absent"], (a) => [a.attendance.absentMembers, a.attendance.absent], [[], null]],
  ["secretary", ["secretary"], (a) => a.secretary, null],
  ["president", ["president"], (a) => a.president, null],
  ["number", ["number"], (a) => a.number, null],
  ["title", ["title"], (a) => a.title, null],
  ["decisions", ["decision"], (a) => a.decisions, []],
  ["vote", ["vote"], (a) => [a.vote.for, a.vote.against, a.vote.abstentions, a.vote.unanimous, a.vote.outcome], [null, null, null, null, null]],
  ["prefecture stamp", ["stamp"], (a) => [a.prefecture.id, a.prefecture.sentDate, a.prefecture.receivedDate], [null, null, null]],
];

inEveryLayout("nothing invented", (shape) => {
  const act = (text: string) => parseAsWritten(shape(text)).acts[0]!;

  it("the full act gives every family", () => {
    const a = act(without());
    expect([a.sessionDate, a.convocationDate, a.attendance.inOffice, a.attendance.voters, a.secretary?.lastName, a.president?.lastName, a.number, a.title])
      .toEqual(["2024-03-12", "2024-03-05", 15, 13, "DUVAL", "BERTIN", "2024-17", "Tarifs de la cantine scolaire"]);
    expect([a.attendance.presentMembers.length, a.attendance.proxies.length, a.attendance.absentMembers.length, a.decisions.length, a.vote.for, a.prefecture.id])
      .toEqual([3, 1, 1, 1, 13, "038-213804768-20240312-2024_17-DE"]);
  });

  it.each(FAMILIES)("without its %s, the act says null", (_family, parts, read, empty) => {
    const a = act(without(...parts));
    expect(read(a)).toEqual(empty);
    // the rest is still read: the title (or, when the title is what is left out, the vote)
    expect(parts.includes("title") ? a.vote.for : a.title).not.toBeNull();
  });

  it("without the session's date, the @CTES identifier's date is taken and marked inferred", () => {
    const a = act(without("session"));
    expect([a.sessionDate, a.basis.sessionDate]).toEqual(["2024-03-12", "inferred"]);
  });

  it("a count that is not written stays null even when the lists could give it: present is counted, and says so", () => {
    const a = act(without("counts"));
    expect([a.attendance.present, a.attendance.basis.present]).toEqual([3, "inferred"]);
  });
});
