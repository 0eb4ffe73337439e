// Builds acts for the rule tests: every field null or empty unless given, validated by the record schema so a
// test can only use shapes the extractor can produce.
import { Act, CtgDocument, SCHEMA_VERSION } from "../../src/schema/record.js";
import type { Attendance, Authority, Person, Prefecture, Proxy, Vote } from "../../src/schema/record.js";

export interface ActOverrides extends Partial<Omit<Act, "attendance" | "vote" | "prefecture" | "authority">> {
  attendance?: Partial<Attendance>;
  vote?: Partial<Vote>;
  prefecture?: Partial<Prefecture>;
  authority?: Partial<Authority>;
}

/** "M. Paul RENAUDIN" -> a person with its civility split off. */
export function person(written: string): Person {
  const m = /^(M\.|Mme|Mlle|Dr)\s+(.*)$/.exec(written.trim());
  return { name: m?.[2] ?? written.trim(), civility: m?.[1] ?? null, firstName: null, lastName: null };
}

export function proxy(from: string, to: string | null): Proxy {
  return { from: person(from), to: to === null ? null : person(to) };
}

export function makeAct(o: ActOverrides = {}): Act {
  const act: Act = {
    kind: o.kind ?? "deliberation",
    authority: { name: null, kind: null, department: null, siren: null, basis: {}, ...o.authority },
    body: o.body ?? null,
    number: o.number ?? null,
    title: o.title ?? null,
    sessionDate: o.sessionDate ?? null,
    convocationDate: o.convocationDate ?? null,
    place: o.place ?? null,
    president: o.president ?? null,
    secretary: o.secretary ?? null,
    attendance: {
      inOffice: null,
      present: null,
      absent: null,
      represented: null,
      voters: null,
      presentMembers: [],
      excusedMembers: [],
      absentMembers: [],
      proxies: [],
      notVoting: [],
      events: [],
      basis: {},
      ...o.attendance,
    },
    vote: {
      kind: "show-of-hands",
      for: null,
      against: null,
      abstentions: null,
      expressed: null,
      unanimous: null,
      unanimityScope: null,
      outcome: null,
      basis: {},
      abstainers: [],
      opponents: [],
      election: null,
      wording: null,
      ...o.vote,
    },
    prefecture: {
      id: null,
      department: null,
      siren: null,
      decisionDate: null,
      internalNumber: null,
      nature: null,
      sentDate: null,
      receivedDate: null,
      publishedDate: null,
      ...o.prefecture,
    },
    decisions: o.decisions ?? [],
    content: o.content ?? { exposedBy: null, orientations: [], governance: [], term: null, parties: [] },
    basis: {},
    evidence: o.evidence ?? {},
  };
  return Act.parse(act);
}

export function makeDoc(...acts: Act[]): CtgDocument {
  return CtgDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    source: { path: "tests/deliberation.txt", sha256: "0".repeat(64), mediaType: "text/plain", pages: 1 },
    acts,
  });
}

/** Fifteen councillors of an imaginary commune, "M. Prénom NOM" as acts print them. */
export const COUNCIL = [
  "M. Paul RENAUDIN", "Mme Claire VAUTRIN", "M. Jean-Marc FOURNERET", "Mme Odile BESSARD", "M. Henri LACOMBE",
  "Mme Sylvie GRANJON", "M. Luc MOUTARDIER", "Mme Agnès PERRET", "M. Yves CHAMBOST", "Mme Nadine ROUSSET",
  "M. Éric DELAYE", "Mme Hélène BOUVIER", "M. Gilles TERRASSON", "Mme Marie-Laure CHEVROT", "M. Bruno VALLIN",
];

/**
 * A consistent act like the ones councils transmit: 15 in office, 12 present, 2 proxies, 1 absent, 14 voters,
 * 12 for, 2 abstentions, adopted; session 2023-06-12, @CTES stamp sent and received 2023-06-15.
 */
export function consistentAct(o: ActOverrides = {}): Act {
  const { attendance, vote, prefecture, authority, evidence, ...rest } = o;
  const present = COUNCIL.slice(0, 12).map(person);
  return makeAct({
    authority: { name: "Saint-Aubin-le-Vieux", kind: "commune", department: "38", siren: "213804768", ...authority },
    body: "conseil municipal",
    number: "2023-41",
    title: "Tarifs de la cantine scolaire",
    sessionDate: "2023-06-12",
    convocationDate: "2023-06-05",
    president: person("M. Paul RENAUDIN"),
    secretary: person("Mme Odile BESSARD"),
    attendance: {
      inOffice: 15,
      present: 12,
      absent: 3,
      represented: 2,
      voters: 14,
      presentMembers: present,
      excusedMembers: [person("M. Bruno VALLIN")],
      proxies: [proxy("Mme Marie-Laure CHEVROT", "Mme Claire VAUTRIN"), proxy("M. Gilles TERRASSON", "M. Henri LACOMBE")],
      basis: { inOffice: "stated", present: "stated", absent: "stated", represented: "stated", voters: "stated" },
      ...attendance,
    },
    vote: {
      for: 12,
      against: 0,
      abstentions: 2,
      expressed: 12,
      outcome: "adopted",
      basis: { for: "stated", against: "stated", abstentions: "stated", expressed: "stated" },
      ...vote,
    },
    prefecture: {
      id: "038-213804768-20230612-2023_41-DE",
      department: "038",
      siren: "213804768",
      decisionDate: "2023-06-12",
      internalNumber: "2023_41",
      nature: "DE",
      sentDate: "2023-06-15",
      receivedDate: "2023-06-15",
      publishedDate: "2023-06-16",
      ...prefecture,
    },
    evidence: {
      "/attendance/inOffice": { page: 1, line: 12, text: "En exercice : 15" },
      "/attendance/present": { page: 1, line: 13, text: "Présents : 12" },
      "/attendance/voters": { page: 1, line: 15, text: "Votants : 14" },
      "/vote/for": { page: 2, line: 40, text: "Pour : 12" },
      "/prefecture/id": { page: 1, line: 5, text: "ID : 038-213804768-20230612-2023_41-DE" },
      "/prefecture/sentDate": { page: 1, line: 3, text: "Envoyé en préfecture le 15/06/2023" },
      "/prefecture/receivedDate": { page: 1, line: 4, text: "Reçu en préfecture le 15/06/2023" },
      "/sessionDate": { page: 1, line: 8, text: "Séance du 12 juin 2023" },
      ...evidence,
    },
    ...rest,
  });
}
