// The consistency rules, in one table. Each rule reads one act and returns zero or more hits: message
// parameters, the JSON pointers of the values it used (their evidence is attached to the finding) and,
// when the rule's severity must be lowered for this hit, a lower severity.
//
// Principles (standards.md §4 and §6):
// - a rule fires only on what is known: a null value is "not stated", never zero;
// - a contradiction between stated values is an error; when one of the values is inferred (basis
//   "inferred"), the inference may be what is wrong, so the hit is at most a warning;
// - when a rule cannot be evaluated for lack of data it says nothing, or an "info" (QUORUM_UNKNOWN).
import type { Act, Basis, Person } from "../schema/record.js";
import type { Severity } from "../schema/report.js";
import { regimeOn, maxProxiesPerHolder, type Regime } from "./covid.js";
import { parseCtesId, numberKey, departmentKey, INTERNAL_NUMBER_PATTERN, type CtesId } from "./ctes-id.js";
import { addYears, daysBetween, formatDate, isValidIsoDate } from "./dates.js";
import { amongMembers, cautiousDistinctCount, hasIdentifyingWord, strictKey } from "./names.js";
import { quorumReached, quorumRequired, thirdBorderline, type QuorumRule } from "./quorum.js";
import { sirenProblem, type SirenProblem } from "./siren.js";
import { CTES_ID } from "../vocab/fr.js";

export type Lang = "fr" | "en";

/** What every rule may read besides the act, computed once per act. */
export interface CheckContext {
  /** today's date (ISO), for "not in the future" */
  today: string;
  /** COVID-19 regime on the session date */
  regime: Regime;
  /** the @CTES identifier parsed, null when absent or malformed */
  ctesId: CtesId | null;
}

export interface Hit<P> {
  params: P;
  /** JSON pointers of the values the rule used ("/attendance/present") */
  pointers: string[];
  /** a lower severity than the rule's for this hit (an inferred value, an ambiguous period) */
  severity?: Severity;
  /** a more precise legal source for this hit (e.g. the COVID law that applied) */
  legalSource?: string;
}

export interface Rule<P> {
  id: string;
  /** the severity of a hit unless the hit lowers it */
  severity: Severity;
  legalSource: string;
  check(act: Act, context: CheckContext): Array<Hit<P>>;
  message: { fr: (p: P) => string; en: (p: P) => string };
}

/** A rule with its parameters' type erased, as the table holds it. */
export interface TableRule {
  id: string;
  severity: Severity;
  legalSource: string;
  run(act: Act, context: CheckContext): RuleOutput[];
}

export interface RuleOutput {
  severity: Severity;
  legalSource: string;
  pointers: string[];
  message: Record<Lang, string>;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function rule<P>(r: Rule<P>): TableRule {
  return {
    id: r.id,
    severity: r.severity,
    legalSource: r.legalSource,
    run(act, context) {
      return r.check(act, context).map((h) => ({
        severity: h.severity !== undefined && RANK[h.severity] < RANK[r.severity] ? h.severity : r.severity,
        legalSource: h.legalSource ?? r.legalSource,
        pointers: h.pointers,
        message: { fr: r.message.fr(h.params), en: r.message.en(h.params) },
      }));
    },
  };
}

// ---- helpers ------------------------------------------------------------------------------------------

/** True when any of `keys` is recorded as inferred in `basis`. A value without a basis entry counts as stated. */
function inferred(basis: Record<string, Basis>, ...keys: string[]): boolean {
  return keys.some((k) => basis[k] === "inferred");
}

/** error between stated values, warning when one of them is inferred */
function contradiction(isInferred: boolean): Severity {
  return isInferred ? "warning" : "error";
}

const AT = "/attendance/";
const VO = "/vote/";
const PR = "/prefecture/";

/** A date usable for comparisons: null when absent or not a calendar date (DATE_INVALID reports those). */
function date(d: string | null): string | null {
  return d !== null && isValidIsoDate(d) ? d : null;
}

interface DatedPointer {
  date: string;
  pointer: string;
}

function sessionOf(act: Act): DatedPointer | null {
  const d = date(act.sessionDate);
  return d === null ? null : { date: d, pointer: "/sessionDate" };
}

function decisionDate(act: Act, ctx: CheckContext): DatedPointer | null {
  if (ctx.ctesId?.date) return { date: ctx.ctesId.date, pointer: PR + "id" };
  const d = date(act.prefecture.decisionDate);
  return d === null ? null : { date: d, pointer: PR + "decisionDate" };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

function pluralEn(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whether the act is put to a vote (quorum and vote rules apply). */
function voted(act: Act): boolean {
  return act.kind !== "information" && act.vote.kind !== "none";
}

function quorumSource(act: Act): string {
  switch (act.authority.kind) {
    case "epci":
    case "syndicat":
      return "CGCT L5211-1, L2121-17";
    case "departement":
      return "CGCT L3121-14";
    case "region":
      return "CGCT L4132-13";
    default:
      return "CGCT L2121-17";
  }
}

function personName(p: Person): string {
  return p.name.trim().length > 0 ? p.name : [p.firstName, p.lastName].filter((x) => x !== null).join(" ");
}

/**
 * Members certainly not present in the room: the larger of the stated represented and absent counts, and of the
 * distinct names listed as absent, excused or giving a proxy (names also listed as present are left out).
 */
function notPresentLowerBound(act: Act): { count: number; inferredCount: boolean } {
  const a = act.attendance;
  const named = [...a.absentMembers, ...a.excusedMembers, ...a.proxies.map((p) => p.from)].filter(
    (p) => !amongMembers(p, a.presentMembers),
  );
  const candidates: Array<{ count: number; inferredCount: boolean }> = [
    { count: cautiousDistinctCount(named), inferredCount: false },
  ];
  if (a.represented !== null) candidates.push({ count: a.represented, inferredCount: inferred(a.basis, "represented") });
  if (a.absent !== null) candidates.push({ count: a.absent, inferredCount: inferred(a.basis, "absent") });
  // the largest bound wins; among equal bounds a stated one
  return candidates.reduce((best, c) =>
    c.count > best.count || (c.count === best.count && best.inferredCount && !c.inferredCount) ? c : best,
  );
}

// ---- attendance arithmetic ----------------------------------------------------------------------------

const presentExceedsInOffice = rule<{ present: number; inOffice: number }>({
  id: "PRESENT_EXCEEDS_IN_OFFICE",
  severity: "error",
  legalSource: "CGCT L2121-17",
  check(act) {
    const { present, inOffice, basis } = act.attendance;
    if (present === null || inOffice === null || present <= inOffice) return [];
    return [{ params: { present, inOffice }, pointers: [AT + "present", AT + "inOffice"], severity: contradiction(inferred(basis, "present", "inOffice")) }];
  },
  message: {
    fr: (p) => `Plus de présents que de membres en exercice : ${p.present} présents pour ${p.inOffice} membres en exercice.`,
    en: (p) => `More members present than in office: ${p.present} present for ${p.inOffice} members in office.`,
  },
});

const attendanceSum = rule<{ present: number; absent: number; represented: number | null; inOffice: number }>({
  id: "ATTENDANCE_SUM",
  severity: "error",
  legalSource: "CGCT L2121-17",
  check(act) {
    const { present, absent, represented, inOffice, basis } = act.attendance;
    if (present === null || absent === null || inOffice === null || present > inOffice) return [];
    // two conventions: "absents" includes the represented members (P + A = N) or not (P + R + A = N)
    if (present + absent === inOffice) return [];
    if (represented === null) {
      if (present + absent < inOffice) return []; // the gap may be unstated proxies
    } else if (present + represented + absent === inOffice) return [];
    const pointers = [AT + "present", AT + "absent", AT + "inOffice"];
    if (represented !== null) pointers.push(AT + "represented");
    const inf = inferred(basis, "present", "absent", "inOffice", ...(represented !== null ? ["represented"] : []));
    return [{ params: { present, absent, represented, inOffice }, pointers, severity: contradiction(inf) }];
  },
  message: {
    fr: (p) =>
      p.represented === null
        ? `Effectifs incohérents : ${p.present} présents + ${p.absent} absents = ${p.present + p.absent}, plus que les ${p.inOffice} membres en exercice.`
        : `Effectifs incohérents : ${p.present} présents, ${p.represented} représentés et ${p.absent} absents ne font pas ${p.inOffice} membres en exercice (ni ${p.present} + ${p.absent}, ni ${p.present} + ${p.represented} + ${p.absent}).`,
    en: (p) =>
      p.represented === null
        ? `Inconsistent attendance: ${p.present} present + ${p.absent} absent = ${p.present + p.absent}, more than the ${p.inOffice} members in office.`
        : `Inconsistent attendance: ${p.present} present, ${p.represented} represented and ${p.absent} absent do not make ${p.inOffice} members in office (neither ${p.present} + ${p.absent} nor ${p.present} + ${p.represented} + ${p.absent}).`,
  },
});

const representedExceedsAbsent = rule<{ represented: number; notPresent: number; present: number; inOffice: number }>({
  id: "REPRESENTED_EXCEEDS_ABSENT",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { present, represented, inOffice, basis } = act.attendance;
    if (present === null || represented === null || inOffice === null || present > inOffice) return [];
    const notPresent = inOffice - present;
    if (represented <= notPresent) return [];
    return [{
      params: { represented, notPresent, present, inOffice },
      pointers: [AT + "represented", AT + "present", AT + "inOffice"],
      severity: contradiction(inferred(basis, "present", "represented", "inOffice")),
    }];
  },
  message: {
    fr: (p) => `${plural(p.represented, "membre représenté", "membres représentés")} alors que seuls ${p.notPresent} des ${p.inOffice} membres en exercice sont absents (${p.present} présents).`,
    en: (p) => `${pluralEn(p.represented, "member", "members")} represented while only ${p.notPresent} of the ${p.inOffice} members in office are absent (${p.present} present).`,
  },
});

const votersExceedAttendance = rule<{ voters: number; bound: number; present: number | null; represented: number | null; against: "attendance" | "inOffice" }>({
  id: "VOTERS_EXCEED_ATTENDANCE",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { voters, present, represented, inOffice, basis } = act.attendance;
    if (voters === null) return [];
    if (present !== null && represented !== null) {
      const bound = present + represented;
      if (voters <= bound) return [];
      const inf = inferred(basis, "voters") || (inferred(basis, "present", "represented") && !grossExcess(voters, bound));
      return [{
        params: { voters, bound, present, represented, against: "attendance" },
        pointers: [AT + "voters", AT + "present", AT + "represented"],
        severity: contradiction(inf),
      }];
    }
    if (inOffice !== null && voters > inOffice) {
      return [{
        params: { voters, bound: inOffice, present, represented, against: "inOffice" },
        pointers: [AT + "voters", AT + "inOffice"],
        severity: contradiction(inferred(basis, "voters", "inOffice")),
      }];
    }
    return [];
  },
  message: {
    fr: (p) =>
      p.against === "attendance"
        ? `${p.voters} votants pour ${p.present} présents et ${p.represented} représentés : au plus ${p.bound} membres peuvent voter.`
        : `${p.voters} votants pour ${p.bound} membres en exercice.`,
    en: (p) =>
      p.against === "attendance"
        ? `${p.voters} voters for ${p.present} present and ${p.represented} represented: at most ${p.bound} members can vote.`
        : `${p.voters} voters for ${p.bound} members in office.`,
  },
});

const votersBelowAttendance = rule<{ voters: number; expected: number; present: number; represented: number; notVoting: number }>({
  id: "VOTERS_BELOW_ATTENDANCE",
  severity: "warning",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { voters, present, represented, notVoting } = act.attendance;
    if (voters === null || present === null || represented === null) return [];
    const expected = present + represented - notVoting.length;
    if (voters >= expected || voters > present + represented) return [];
    return [{ params: { voters, expected, present, represented, notVoting: notVoting.length }, pointers: [AT + "voters", AT + "present", AT + "represented"] }];
  },
  message: {
    fr: (p) =>
      `${p.voters} votants alors que ${p.present} présents et ${p.represented} représentés${p.notVoting > 0 ? `, moins ${p.notVoting} ne prenant pas part au vote,` : ""} font ${p.expected} : départ en cours de séance non mentionné ?`,
    en: (p) =>
      `${p.voters} voters while ${p.present} present and ${p.represented} represented${p.notVoting > 0 ? `, less ${p.notVoting} not taking part,` : ""} make ${p.expected}: an unrecorded departure?`,
  },
});

const presentNamesCount = rule<{ names: number; present: number }>({
  id: "PRESENT_NAMES_COUNT",
  severity: "warning",
  legalSource: "CGCT L2121-15",
  check(act) {
    const { present, presentMembers } = act.attendance;
    if (present === null || presentMembers.length === 0 || presentMembers.length === present) return [];
    return [{ params: { names: presentMembers.length, present }, pointers: [AT + "present", AT + "presentMembers"] }];
  },
  message: {
    fr: (p) => `La liste des présents compte ${plural(p.names, "nom", "noms")} pour ${p.present} présents annoncés.`,
    en: (p) => `The list of members present holds ${pluralEn(p.names, "name", "names")} for ${p.present} present stated.`,
  },
});

// ---- quorum -------------------------------------------------------------------------------------------

interface QuorumParams {
  present: number;
  inOffice: number;
  required: number;
  rule: QuorumRule;
  /** inOffice is a lower bound: present + members named or counted as not present */
  bound: boolean;
}

const quorum = rule<QuorumParams>({
  id: "QUORUM",
  severity: "error",
  legalSource: "CGCT L2121-17",
  check(act, ctx) {
    const a = act.attendance;
    if (!voted(act) || a.present === null) return [];
    const present = a.present;
    const presentInferred = inferred(a.basis, "present");
    const ruleOf: QuorumRule = ctx.regime.kind === "covid" ? "third" : "majority";
    const source = ctx.regime.kind === "covid" ? `${quorumSource(act)} ; ${ctx.regime.window.law}` : quorumSource(act);
    const pointers = [AT + "present", AT + "inOffice", "/sessionDate"];
    const hit = (inOffice: number, bound: boolean, inf: boolean): Hit<QuorumParams> => {
      // between the first two COVID windows the one-third rule may have applied: a failure it would pass is doubtful
      const doubtful = ctx.regime.kind === "ambiguous" && quorumReached(present, inOffice, "third");
      return {
        params: { present, inOffice, required: quorumRequired(inOffice, ruleOf), rule: ruleOf, bound },
        pointers: bound ? [...pointers, AT + "represented", AT + "absent", AT + "absentMembers", AT + "excusedMembers", AT + "proxies"] : pointers,
        severity: inf || doubtful ? "warning" : "error",
        legalSource: doubtful && ctx.regime.kind === "ambiguous" ? `${source} ; ${ctx.regime.window.law}` : source,
      };
    };
    if (a.inOffice !== null && !inferred(a.basis, "inOffice")) {
      return quorumReached(present, a.inOffice, ruleOf) ? [] : [hit(a.inOffice, false, presentInferred)];
    }
    // in office unknown or inferred: the members known not to be present give a lower bound, which is enough
    // to prove the quorum missed
    const notPresent = notPresentLowerBound(act);
    const lower = present + notPresent.count;
    if (notPresent.count > 0 && !quorumReached(present, lower, ruleOf)) {
      return [hit(lower, true, presentInferred || notPresent.inferredCount)];
    }
    if (a.inOffice !== null && !quorumReached(present, a.inOffice, ruleOf)) return [hit(a.inOffice, false, true)];
    return [];
  },
  message: {
    fr: (p) => {
      const members = p.bound ? `au moins ${p.inOffice} membres (présents, représentés ou absents)` : `${p.inOffice} membres en exercice`;
      const rule = p.rule === "third" ? "le tiers des membres en exercice (règles sanitaires)" : "la majorité des membres en exercice";
      return `Quorum non atteint : ${p.present} présents pour ${members}, il en faut au moins ${p.required} (${rule}).`;
    },
    en: (p) => {
      const members = p.bound ? `at least ${p.inOffice} members (present, represented or absent)` : `${p.inOffice} members in office`;
      const rule = p.rule === "third" ? "one third of the members in office (COVID-19 rules)" : "a majority of the members in office";
      return `Quorum not reached: ${p.present} present for ${members}, at least ${p.required} are needed (${rule}).`;
    },
  },
});

const quorumBorderline = rule<{ present: number; inOffice: number; law: string }>({
  id: "QUORUM_BORDERLINE",
  severity: "info",
  legalSource: "CGCT L2121-17",
  check(act, ctx) {
    const { present, inOffice } = act.attendance;
    if (!voted(act) || ctx.regime.kind !== "covid" || present === null || inOffice === null) return [];
    if (!thirdBorderline(present, inOffice)) return [];
    return [{ params: { present, inOffice, law: ctx.regime.window.law }, pointers: [AT + "present", AT + "inOffice", "/sessionDate"], legalSource: ctx.regime.window.law }];
  },
  message: {
    fr: (p) => `Quorum atteint de justesse : ${p.present} présents, exactement le tiers des ${p.inOffice} membres en exercice (${p.law}, arrondi non précisé par le texte).`,
    en: (p) => `Quorum only just reached: ${p.present} present, exactly one third of the ${p.inOffice} members in office (${p.law}; the text does not define the rounding).`,
  },
});

const quorumUnknown = rule<{ missing: "present" | "inOffice" }>({
  id: "QUORUM_UNKNOWN",
  severity: "info",
  legalSource: "CGCT L2121-17",
  check(act) {
    const { present, inOffice } = act.attendance;
    if (!voted(act) || (present === null) === (inOffice === null)) return [];
    // with present known, QUORUM may already have proved a failure from a lower bound
    if (present !== null && quorumFindsSomething(act)) return [];
    return [{ params: { missing: present === null ? "present" : "inOffice" }, pointers: [present === null ? AT + "inOffice" : AT + "present"] }];
  },
  message: {
    fr: (p) => `Quorum non vérifiable : ${p.missing === "present" ? "nombre de présents" : "nombre de membres en exercice"} non indiqué.`,
    en: (p) => `Quorum cannot be checked: ${p.missing === "present" ? "number of members present" : "number of members in office"} not stated.`,
  },
});

function quorumFindsSomething(act: Act): boolean {
  return quorum.run(act, { today: "9999-12-31", regime: regimeOn(date(act.sessionDate)), ctesId: null }).length > 0;
}

// ---- votes --------------------------------------------------------------------------------------------

type Bound = "voters" | "attendance" | "inOffice" | "presentWithProxies";

interface VoteBound {
  bound: number;
  kind: Bound;
  pointers: string[];
  inferredBound: boolean;
}

/**
 * The largest number of votes the act allows: voters, else present + represented, else members in office, else
 * each member present with the proxies one may hold (CGCT L2121-20: one, two in COVID windows).
 */
function voteBound(act: Act, regime: Regime): VoteBound | null {
  const a = act.attendance;
  if (a.voters !== null) return { bound: a.voters, kind: "voters", pointers: [AT + "voters"], inferredBound: inferred(a.basis, "voters") };
  if (a.present !== null && a.represented !== null) {
    return { bound: a.present + a.represented, kind: "attendance", pointers: [AT + "present", AT + "represented"], inferredBound: inferred(a.basis, "present", "represented") };
  }
  if (a.inOffice !== null) return { bound: a.inOffice, kind: "inOffice", pointers: [AT + "inOffice"], inferredBound: inferred(a.basis, "inOffice") };
  if (a.present !== null) {
    return { bound: a.present * (1 + maxProxiesPerHolder(regime)), kind: "presentWithProxies", pointers: [AT + "present"], inferredBound: inferred(a.basis, "present") };
  }
  return null;
}

/**
 * An inferred count (e.g. members counted on a list of names) can be off by a few names, not by half:
 * a value more than twice an inferred bound stays an error.
 */
function grossExcess(value: number, bound: number): boolean {
  return value > 2 * bound;
}

function boundLabel(kind: Bound, bound: number, lang: Lang): string {
  if (lang === "fr") {
    switch (kind) {
      case "voters": return `${bound} votants`;
      case "attendance": return `${bound} présents ou représentés`;
      case "inOffice": return `${bound} membres en exercice`;
      case "presentWithProxies": return `${bound} voix au plus (présents et pouvoirs qu'ils peuvent détenir)`;
    }
  }
  switch (kind) {
    case "voters": return `${bound} voters`;
    case "attendance": return `${bound} members present or represented`;
    case "inOffice": return `${bound} members in office`;
    case "presentWithProxies": return `${bound} votes at most (members present and the proxies they may hold)`;
  }
}

function votesText(p: { for: number | null; against: number | null; abstentions: number | null }, lang: Lang): string {
  const parts: string[] = [];
  if (lang === "fr") {
    if (p.for !== null) parts.push(`${p.for} pour`);
    if (p.against !== null) parts.push(`${p.against} contre`);
    if (p.abstentions !== null) parts.push(plural(p.abstentions, "abstention", "abstentions"));
  } else {
    if (p.for !== null) parts.push(`${p.for} for`);
    if (p.against !== null) parts.push(`${p.against} against`);
    if (p.abstentions !== null) parts.push(pluralEn(p.abstentions, "abstention", "abstentions"));
  }
  return parts.join(", ");
}

interface SumParams {
  sum: number;
  for: number | null;
  against: number | null;
  abstentions: number | null;
  bound: number;
  kind: Bound;
}

const voteSumExceeds = rule<SumParams>({
  id: "VOTE_SUM_EXCEEDS_VOTERS",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act, ctx) {
    const v = act.vote;
    if (!voted(act)) return [];
    const known = (["for", "against", "abstentions"] as const).filter((k) => v[k] !== null);
    if (known.length === 0) return [];
    const sum = known.reduce((s, k) => s + (v[k] ?? 0), 0);
    const b = voteBound(act, ctx.regime);
    if (b === null || sum <= b.bound) return [];
    // the stated figures alone must exceed a stated bound for an error (inferred zeros only lower the sum)
    const statedSum = known.filter((k) => !inferred(v.basis, k)).reduce((s, k) => s + (v[k] ?? 0), 0);
    const certain = statedSum > b.bound && (!b.inferredBound || grossExcess(statedSum, b.bound));
    return [{
      params: { sum, for: v.for, against: v.against, abstentions: v.abstentions, bound: b.bound, kind: b.kind },
      pointers: [...known.map((k) => VO + k), ...b.pointers],
      severity: certain ? "error" : "warning",
    }];
  },
  message: {
    fr: (p) => `Plus de voix que de votants : ${votesText(p, "fr")} (${p.sum} voix) pour ${boundLabel(p.kind, p.bound, "fr")}.`,
    en: (p) => `More votes than voters: ${votesText(p, "en")} (${p.sum} votes) for ${boundLabel(p.kind, p.bound, "en")}.`,
  },
});

const voteSumBelow = rule<{ sum: number; voters: number; for: number; against: number; abstentions: number }>({
  id: "VOTE_SUM_BELOW_VOTERS",
  severity: "warning",
  legalSource: "CGCT L2121-20",
  check(act) {
    const v = act.vote;
    const voters = act.attendance.voters;
    if (v.kind !== "show-of-hands" || voters === null || v.for === null || v.against === null || v.abstentions === null) return [];
    if (act.attendance.notVoting.length > 0) return [];
    // figures inferred from "à l'unanimité" say nothing about members who did not vote
    if (inferred(v.basis, "for", "against", "abstentions")) return [];
    const sum = v.for + v.against + v.abstentions;
    if (sum >= voters) return [];
    return [{ params: { sum, voters, for: v.for, against: v.against, abstentions: v.abstentions }, pointers: [VO + "for", VO + "against", VO + "abstentions", AT + "voters"] }];
  },
  message: {
    fr: (p) => `Les voix (${votesText(p, "fr")}, soit ${p.sum}) ne font pas les ${p.voters} votants : non-participation au vote non mentionnée ?`,
    en: (p) => `The votes (${votesText(p, "en")}, ${p.sum} in all) do not make the ${p.voters} voters: members not taking part left unrecorded?`,
  },
});

const expressedMismatch = rule<{ expressed: number; for: number; against: number; abstentions: number | null; withAbstentions: boolean }>({
  id: "EXPRESSED_MISMATCH",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act) {
    const v = act.vote;
    if (v.expressed === null || v.for === null || v.against === null || v.expressed === v.for + v.against) return [];
    // a frequent clerk's slip: abstentions counted among the votes cast
    const withAbstentions = v.abstentions !== null && v.abstentions > 0 && v.expressed === v.for + v.against + v.abstentions;
    const inf = inferred(v.basis, "expressed", "for", "against");
    return [{
      params: { expressed: v.expressed, for: v.for, against: v.against, abstentions: v.abstentions, withAbstentions },
      pointers: [VO + "expressed", VO + "for", VO + "against", ...(withAbstentions ? [VO + "abstentions"] : [])],
      severity: withAbstentions ? "warning" : contradiction(inf),
    }];
  },
  message: {
    fr: (p) =>
      p.withAbstentions
        ? `${p.expressed} suffrages exprimés comptent les ${p.abstentions} abstentions : les suffrages exprimés sont ${p.for} pour + ${p.against} contre = ${p.for + p.against}.`
        : `${p.expressed} suffrages exprimés annoncés, mais ${p.for} pour et ${p.against} contre en font ${p.for + p.against}.`,
    en: (p) =>
      p.withAbstentions
        ? `${p.expressed} votes cast include the ${p.abstentions} abstentions: votes cast are ${p.for} for + ${p.against} against = ${p.for + p.against}.`
        : `${p.expressed} votes cast stated, but ${p.for} for and ${p.against} against make ${p.for + p.against}.`,
  },
});

const outcomeAdopted = rule<{ for: number; against: number }>({
  id: "OUTCOME_ADOPTED",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act) {
    const v = act.vote;
    if (v.outcome !== "adopted" || v.for === null || v.against === null || v.for >= v.against) return [];
    return [{ params: { for: v.for, against: v.against }, pointers: [VO + "outcome", VO + "for", VO + "against"], severity: contradiction(inferred(v.basis, "for", "against", "outcome")) }];
  },
  message: {
    fr: (p) => `Délibération déclarée adoptée avec ${p.for} voix pour et ${p.against} contre : la majorité absolue des suffrages exprimés n'est pas atteinte.`,
    en: (p) => `Deliberation stated as adopted with ${p.for} for and ${p.against} against: no absolute majority of the votes cast.`,
  },
});

const outcomeRejected = rule<{ for: number; against: number }>({
  id: "OUTCOME_REJECTED",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act) {
    const v = act.vote;
    if (v.outcome !== "rejected" || v.for === null || v.against === null || v.for <= v.against) return [];
    return [{ params: { for: v.for, against: v.against }, pointers: [VO + "outcome", VO + "for", VO + "against"], severity: contradiction(inferred(v.basis, "for", "against", "outcome")) }];
  },
  message: {
    fr: (p) => `Délibération déclarée rejetée alors que ${p.for} voix pour l'emportent sur ${p.against} contre.`,
    en: (p) => `Deliberation stated as rejected although ${p.for} for outweigh ${p.against} against.`,
  },
});

const outcomeTie = rule<{ votes: number }>({
  id: "OUTCOME_TIE",
  severity: "warning",
  legalSource: "CGCT L2121-20",
  check(act) {
    const v = act.vote;
    if (v.kind !== "show-of-hands" || v.outcome !== "adopted" || v.for === null || v.against === null || v.for !== v.against || v.for === 0) return [];
    return [{ params: { votes: v.for }, pointers: [VO + "outcome", VO + "for", VO + "against"] }];
  },
  message: {
    fr: (p) => `Partage des voix (${p.votes} pour, ${p.votes} contre) : l'adoption suppose la voix prépondérante du président, à mentionner (sauf scrutin secret, où la proposition est rejetée).`,
    en: (p) => `Tied vote (${p.votes} for, ${p.votes} against): adoption rests on the president's casting vote, which should be stated (in a secret ballot the motion fails).`,
  },
});

// ---- unanimity ----------------------------------------------------------------------------------------

const unanimityAgainst = rule<{ against: number }>({
  id: "UNANIMITY_AGAINST",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act) {
    const v = act.vote;
    if (v.unanimous !== true || v.against === null || v.against === 0) return [];
    return [{ params: { against: v.against }, pointers: [VO + "unanimous", VO + "against"], severity: contradiction(inferred(v.basis, "against", "unanimous")) }];
  },
  message: {
    fr: (p) => `Unanimité annoncée avec ${plural(p.against, "voix contre", "voix contre")}.`,
    en: (p) => `Unanimity stated with ${pluralEn(p.against, "vote", "votes")} against.`,
  },
});

const unanimityAbstentions = rule<{ abstentions: number }>({
  id: "UNANIMITY_ABSTENTIONS",
  severity: "info",
  legalSource: "CGCT L2121-20",
  check(act) {
    const v = act.vote;
    if (v.unanimous !== true || v.abstentions === null || v.abstentions === 0 || v.unanimityScope === "expressed") return [];
    return [{ params: { abstentions: v.abstentions }, pointers: [VO + "unanimous", VO + "abstentions"] }];
  },
  message: {
    fr: (p) => `Unanimité avec ${plural(p.abstentions, "abstention", "abstentions")} : il s'agit de l'unanimité des suffrages exprimés.`,
    en: (p) => `Unanimity with ${pluralEn(p.abstentions, "abstention", "abstentions")}: this is unanimity of the votes cast.`,
  },
});

const unanimityPresentWithProxies = rule<{ represented: number }>({
  id: "UNANIMITY_PRESENT_WITH_PROXIES",
  severity: "warning",
  legalSource: "CGCT L2121-20",
  check(act) {
    const v = act.vote;
    const a = act.attendance;
    if (v.unanimous !== true || v.unanimityScope !== "present") return [];
    const represented = Math.max(a.represented ?? 0, a.proxies.length);
    if (represented === 0) return [];
    return [{ params: { represented }, pointers: [VO + "unanimous", AT + "represented", AT + "proxies"] }];
  },
  message: {
    fr: (p) => `« Unanimité des présents » alors que ${plural(p.represented, "membre représenté a", "membres représentés ont")} aussi voté : préciser « des présents et représentés ».`,
    en: (p) => `"Unanimity of those present" while ${pluralEn(p.represented, "represented member", "represented members")} also voted: say "present and represented".`,
  },
});

// ---- proxies ------------------------------------------------------------------------------------------

const proxiesExceedPresent = rule<{ represented: number; present: number; factor: number }>({
  id: "PROXIES_EXCEED_PRESENT",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act, ctx) {
    const { represented, present, basis } = act.attendance;
    if (represented === null || present === null) return [];
    const factor = maxProxiesPerHolder(ctx.regime);
    if (represented <= present * factor) return [];
    const doubtful = ctx.regime.kind === "ambiguous" && represented <= present * 2;
    return [{
      params: { represented, present, factor },
      pointers: [AT + "represented", AT + "present", "/sessionDate"],
      severity: doubtful ? "warning" : contradiction(inferred(basis, "represented", "present")),
      legalSource: ctx.regime.kind === "covid" ? `CGCT L2121-20 ; ${ctx.regime.window.law}` : undefined,
    }];
  },
  message: {
    fr: (p) =>
      `${plural(p.represented, "pouvoir", "pouvoirs")} pour ${p.present} présents : chaque présent ne peut détenir ${p.factor === 2 ? "que deux pouvoirs (règles sanitaires)" : "qu'un seul pouvoir"}.`,
    en: (p) => `${pluralEn(p.represented, "proxy", "proxies")} for ${p.present} present: each member present may hold ${p.factor === 2 ? "two proxies at most (COVID-19 rules)" : "only one proxy"}.`,
  },
});

const proxyHolderMultiple = rule<{ holder: string; count: number; max: number }>({
  id: "PROXY_HOLDER_MULTIPLE",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act, ctx) {
    const max = maxProxiesPerHolder(ctx.regime);
    const byHolder = new Map<string, number[]>();
    act.attendance.proxies.forEach((p, i) => {
      if (p.to === null) return;
      const key = strictKey(p.to);
      if (key.length === 0) return;
      byHolder.set(key, [...(byHolder.get(key) ?? []), i]);
    });
    const hits: Array<Hit<{ holder: string; count: number; max: number }>> = [];
    for (const indexes of byHolder.values()) {
      if (indexes.length <= max) continue;
      const first = act.attendance.proxies[indexes[0] ?? 0]?.to;
      if (!first) continue;
      const doubtful = ctx.regime.kind === "ambiguous" && indexes.length <= 2;
      hits.push({
        params: { holder: personName(first), count: indexes.length, max },
        pointers: indexes.map((i) => `${AT}proxies/${i}`),
        severity: doubtful ? "warning" : "error",
        legalSource: ctx.regime.kind === "covid" ? `CGCT L2121-20 ; ${ctx.regime.window.law}` : undefined,
      });
    }
    return hits;
  },
  message: {
    fr: (p) => `${p.holder} détient ${p.count} pouvoirs : ${p.max === 2 ? "deux au plus (règles sanitaires)" : "un seul est permis"}.`,
    en: (p) => `${p.holder} holds ${p.count} proxies: ${p.max === 2 ? "two at most (COVID-19 rules)" : "only one is allowed"}.`,
  },
});

const proxyHolderNotPresent = rule<{ holder: string; giver: string }>({
  id: "PROXY_HOLDER_NOT_PRESENT",
  severity: "warning",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { proxies, presentMembers } = act.attendance;
    if (presentMembers.length === 0) return [];
    const hits: Array<Hit<{ holder: string; giver: string }>> = [];
    proxies.forEach((p, i) => {
      if (p.to === null || !hasIdentifyingWord(p.to) || amongMembers(p.to, presentMembers)) return;
      hits.push({ params: { holder: personName(p.to), giver: personName(p.from) }, pointers: [`${AT}proxies/${i}`, AT + "presentMembers"] });
    });
    return hits;
  },
  message: {
    fr: (p) => `${p.holder}, qui détient le pouvoir de ${p.giver}, ne figure pas parmi les présents.`,
    en: (p) => `${p.holder}, who holds the proxy of ${p.giver}, is not among the members present.`,
  },
});

const proxyGiverPresent = rule<{ giver: string }>({
  id: "PROXY_GIVER_PRESENT",
  severity: "warning",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { proxies, presentMembers } = act.attendance;
    if (presentMembers.length === 0) return [];
    const hits: Array<Hit<{ giver: string }>> = [];
    proxies.forEach((p, i) => {
      if (!hasIdentifyingWord(p.from) || !amongMembers(p.from, presentMembers)) return;
      hits.push({ params: { giver: personName(p.from) }, pointers: [`${AT}proxies/${i}`, AT + "presentMembers"] });
    });
    return hits;
  },
  message: {
    fr: (p) => `${p.giver} a donné pouvoir mais figure aussi parmi les présents.`,
    en: (p) => `${p.giver} gave a proxy but is also listed among the members present.`,
  },
});

const proxyCount = rule<{ listed: number; represented: number }>({
  id: "PROXY_COUNT",
  severity: "warning",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { proxies, represented } = act.attendance;
    if (proxies.length === 0 || represented === null || proxies.length === represented) return [];
    return [{ params: { listed: proxies.length, represented }, pointers: [AT + "represented", AT + "proxies"] }];
  },
  message: {
    fr: (p) => `${plural(p.listed, "pouvoir nommé", "pouvoirs nommés")} pour ${plural(p.represented, "représenté annoncé", "représentés annoncés")}.`,
    en: (p) => `${pluralEn(p.listed, "proxy", "proxies")} named for ${p.represented} represented stated.`,
  },
});

// ---- secretary and president --------------------------------------------------------------------------

function notAmongPresent(role: "secretary" | "president") {
  return (act: Act): Array<Hit<{ name: string }>> => {
    const person = act[role];
    const present = act.attendance.presentMembers;
    if (person === null || present.length === 0 || !hasIdentifyingWord(person) || amongMembers(person, present)) return [];
    return [{ params: { name: personName(person) }, pointers: [`/${role}`, AT + "presentMembers"] }];
  };
}

const secretaryNotPresent = rule<{ name: string }>({
  id: "SECRETARY_NOT_PRESENT",
  severity: "warning",
  legalSource: "CGCT L2121-15",
  check: notAmongPresent("secretary"),
  message: {
    fr: (p) => `Le secrétaire de séance, ${p.name}, ne figure pas parmi les membres présents.`,
    en: (p) => `The secretary of the session, ${p.name}, is not among the members present.`,
  },
});

const presidentNotPresent = rule<{ name: string }>({
  id: "PRESIDENT_NOT_PRESENT",
  severity: "warning",
  legalSource: "CGCT L2121-14",
  check: notAmongPresent("president"),
  message: {
    fr: (p) => `Le président de séance, ${p.name}, ne figure pas parmi les membres présents.`,
    en: (p) => `The president of the session, ${p.name}, is not among the members present.`,
  },
});

// ---- @CTES identifier and SIREN -----------------------------------------------------------------------

const ctesIdSyntax = rule<{ id: string; reason: "shape" | "date" }>({
  id: "CTES_ID_SYNTAX",
  severity: "error",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    const id = act.prefecture.id;
    if (id === null) return [];
    if (ctx.ctesId === null) return [{ params: { id, reason: "shape" }, pointers: [PR + "id"] }];
    if (ctx.ctesId.date === null) return [{ params: { id, reason: "date" }, pointers: [PR + "id"] }];
    return [];
  },
  message: {
    fr: (p) =>
      p.reason === "shape"
        ? `Identifiant @CTES mal formé : « ${p.id} » (attendu DPT-SIREN-AAAAMMJJ-NUMÉRO-NATURE).`
        : `Identifiant @CTES « ${p.id} » : la date de décision n'est pas une date du calendrier.`,
    en: (p) =>
      p.reason === "shape"
        ? `Malformed @CTES identifier: "${p.id}" (expected DPT-SIREN-YYYYMMDD-NUMBER-NATURE).`
        : `@CTES identifier "${p.id}": the decision date is not a calendar date.`,
  },
});

type IdPart = "department" | "siren" | "date" | "number" | "nature";

const ID_PART_LABELS: Record<IdPart, { fr: string; en: string }> = {
  department: { fr: "département", en: "department" },
  siren: { fr: "SIREN", en: "SIREN" },
  date: { fr: "date de décision", en: "decision date" },
  number: { fr: "numéro interne", en: "internal number" },
  nature: { fr: "nature", en: "nature" },
};

function differingPart(a: CtesId, b: CtesId): IdPart | null {
  if (a.siren !== b.siren) return "siren";
  if (a.rawDate !== b.rawDate) return "date";
  if (numberKey(a.internalNumber) !== numberKey(b.internalNumber)) return "number";
  if (a.department !== b.department) return "department";
  if (a.nature !== b.nature) return "nature";
  return null;
}

/**
 * The same stamp is printed on every page: two well-formed identifiers that differ mean a typed or altered
 * stamp. The extractor keeps the most frequent reading in /prefecture/id and cites the others as evidence
 * under /prefecture/id/<n>; OCR debris that is not a well-formed identifier is ignored.
 */
const stampIdConflict = rule<{ id: string; other: string; part: IdPart }>({
  id: "STAMP_ID_CONFLICT",
  severity: "error",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    const id = act.prefecture.id;
    if (id === null || ctx.ctesId === null) return [];
    const hits: Array<Hit<{ id: string; other: string; part: IdPart }>> = [];
    const seen = new Set<string>();
    for (const [pointer, item] of Object.entries(act.evidence)) {
      if (!pointer.startsWith(PR + "id/")) continue;
      for (const m of item.text.matchAll(CTES_ID)) {
        const other = parseCtesId(m[0]);
        if (other === null || seen.has(m[0])) continue;
        const part = differingPart(ctx.ctesId, other);
        if (part === null) continue;
        seen.add(m[0]);
        hits.push({ params: { id, other: m[0], part }, pointers: [PR + "id", pointer] });
      }
    }
    return hits;
  },
  message: {
    fr: (p) => `Les tampons de l'acte portent des identifiants @CTES différents (${ID_PART_LABELS[p.part].fr}) : « ${p.id} » et « ${p.other} ».`,
    en: (p) => `The act's stamps carry different @CTES identifiers (${ID_PART_LABELS[p.part].en}): "${p.id}" and "${p.other}".`,
  },
});

const ctesNumberSyntax = rule<{ number: string }>({
  id: "CTES_NUMBER_SYNTAX",
  severity: "warning",
  legalSource: "@CTES (NumeroInterne)",
  check(_act, ctx) {
    if (ctx.ctesId === null || INTERNAL_NUMBER_PATTERN.test(ctx.ctesId.internalNumber)) return [];
    return [{ params: { number: ctx.ctesId.internalNumber }, pointers: [PR + "id"] }];
  },
  message: {
    fr: (p) => `Numéro interne @CTES « ${p.number} » non conforme : 1 à 15 caractères, lettres, chiffres, « - », « _ » ou espace, commençant et finissant par une lettre ou un chiffre.`,
    en: (p) => `@CTES internal number "${p.number}" does not conform: 1 to 15 letters, digits, "-", "_" or spaces, starting and ending with a letter or digit.`,
  },
});

const sirenChecksum = rule<{ siren: string; problem: SirenProblem }>({
  id: "SIREN_CHECKSUM",
  severity: "error",
  legalSource: "INSEE, SIREN (clé de Luhn)",
  check(act, ctx) {
    const sources: Array<[string | null | undefined, string]> = [
      [ctx.ctesId?.siren, PR + "id"],
      [act.prefecture.siren, PR + "siren"],
      [act.authority.siren, "/authority/siren"],
    ];
    const bySiren = new Map<string, string[]>();
    for (const [value, pointer] of sources) {
      if (value === null || value === undefined) continue;
      const key = value.replace(/\s+/g, "");
      bySiren.set(key, [...(bySiren.get(key) ?? []), pointer]);
    }
    const hits: Array<Hit<{ siren: string; problem: SirenProblem }>> = [];
    for (const [siren, pointers] of bySiren) {
      const problem = sirenProblem(siren);
      if (problem !== null) hits.push({ params: { siren, problem }, pointers });
    }
    return hits;
  },
  message: {
    fr: (p) => (p.problem === "format" ? `SIREN « ${p.siren} » invalide : 9 chiffres attendus.` : `SIREN ${p.siren} invalide : la clé de contrôle (Luhn) est fausse.`),
    en: (p) => (p.problem === "format" ? `Invalid SIREN "${p.siren}": 9 digits expected.` : `Invalid SIREN ${p.siren}: wrong check digit (Luhn).`),
  },
});

const sirenMismatch = rule<{ idSiren: string; other: string; where: "prefecture" | "authority" }>({
  id: "SIREN_MISMATCH",
  severity: "warning",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    if (ctx.ctesId === null) return [];
    const idSiren = ctx.ctesId.siren;
    const hits: Array<Hit<{ idSiren: string; other: string; where: "prefecture" | "authority" }>> = [];
    const compare = (value: string | null, where: "prefecture" | "authority", pointer: string): void => {
      if (value === null) return;
      const other = value.replace(/\s+/g, "");
      if (/^\d{9}$/.test(other) && other !== idSiren) hits.push({ params: { idSiren, other, where }, pointers: [PR + "id", pointer] });
    };
    compare(act.prefecture.siren, "prefecture", PR + "siren");
    compare(act.authority.siren, "authority", "/authority/siren");
    return hits;
  },
  message: {
    fr: (p) => `Le SIREN de l'identifiant @CTES (${p.idSiren}) diffère de celui ${p.where === "authority" ? "de la collectivité" : "du tampon de la préfecture"} (${p.other}).`,
    en: (p) => `The SIREN in the @CTES identifier (${p.idSiren}) differs from the ${p.where === "authority" ? "authority's" : "stamp's"} (${p.other}).`,
  },
});

const ctesDepartment = rule<{ idDepartment: string; department: string }>({
  id: "CTES_DEPARTMENT",
  severity: "warning",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    if (ctx.ctesId === null) return [];
    const hits: Array<Hit<{ idDepartment: string; department: string }>> = [];
    for (const [value, pointer] of [[act.authority.department, "/authority/department"], [act.prefecture.department, PR + "department"]] as const) {
      if (value === null) continue;
      const key = departmentKey(value);
      if (key !== null && key !== ctx.ctesId.department) hits.push({ params: { idDepartment: ctx.ctesId.department, department: value }, pointers: [PR + "id", pointer] });
    }
    return hits.slice(0, 1);
  },
  message: {
    fr: (p) => `Le département de l'identifiant @CTES (${p.idDepartment}) diffère de celui de la collectivité (${p.department}).`,
    en: (p) => `The department in the @CTES identifier (${p.idDepartment}) differs from the authority's (${p.department}).`,
  },
});

/** An ID decision date this far before the session cannot be the session's decision. */
const ID_DATE_TOLERANCE_DAYS = 30;

const ctesDateImplausible = rule<{ idDate: string; other: string; against: "session" | "sent" | "received" }>({
  id: "CTES_DATE_IMPLAUSIBLE",
  severity: "error",
  legalSource: "@CTES (identifiant d'acte) ; CGCT L2131-1",
  check(act, ctx) {
    const d = decisionDate(act, ctx);
    if (d === null) return [];
    const session = date(act.sessionDate);
    const sent = date(act.prefecture.sentDate);
    const received = date(act.prefecture.receivedDate);
    if (session !== null && daysBetween(d.date, session) > ID_DATE_TOLERANCE_DAYS) {
      return [{ params: { idDate: d.date, other: session, against: "session" }, pointers: [d.pointer, "/sessionDate"] }];
    }
    if (sent !== null && d.date > sent) return [{ params: { idDate: d.date, other: sent, against: "sent" }, pointers: [d.pointer, PR + "sentDate"] }];
    if (received !== null && d.date > received) {
      return [{ params: { idDate: d.date, other: received, against: "received" }, pointers: [d.pointer, PR + "receivedDate"] }];
    }
    return [];
  },
  message: {
    fr: (p) =>
      p.against === "session"
        ? `Date de décision de l'identifiant @CTES (${formatDate(p.idDate, "fr")}) antérieure de plus de ${ID_DATE_TOLERANCE_DAYS} jours à la séance du ${formatDate(p.other, "fr")}.`
        : `Date de décision de l'identifiant @CTES (${formatDate(p.idDate, "fr")}) postérieure à ${p.against === "sent" ? "l'envoi" : "la réception"} en préfecture le ${formatDate(p.other, "fr")}.`,
    en: (p) =>
      p.against === "session"
        ? `Decision date in the @CTES identifier (${p.idDate}) more than ${ID_DATE_TOLERANCE_DAYS} days before the session of ${p.other}.`
        : `Decision date in the @CTES identifier (${p.idDate}) after the act was ${p.against === "sent" ? "sent to" : "received by"} the prefecture on ${p.other}.`,
  },
});

const ctesDateSession = rule<{ idDate: string; session: string }>({
  id: "CTES_DATE_SESSION",
  severity: "warning",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    const d = decisionDate(act, ctx);
    const session = date(act.sessionDate);
    if (d === null || session === null || d.date === session) return [];
    if (ctesDateImplausible.run(act, ctx).length > 0) return []; // already an error
    return [{ params: { idDate: d.date, session }, pointers: [d.pointer, "/sessionDate"] }];
  },
  message: {
    fr: (p) => `La date de décision de l'identifiant @CTES (${formatDate(p.idDate, "fr")}) n'est pas celle de la séance (${formatDate(p.session, "fr")}) : certaines collectivités y portent la date de transmission.`,
    en: (p) => `The decision date in the @CTES identifier (${p.idDate}) is not the session date (${p.session}); some authorities put the transmission date there.`,
  },
});

const ctesNumberMismatch = rule<{ idNumber: string; number: string }>({
  id: "CTES_NUMBER_MISMATCH",
  severity: "warning",
  legalSource: "@CTES (NumeroInterne)",
  check(act, ctx) {
    if (ctx.ctesId === null || act.number === null) return [];
    const a = numberKey(ctx.ctesId.internalNumber);
    const b = numberKey(act.number);
    if (a.length === 0 || b.length === 0 || a === b) return [];
    return [{ params: { idNumber: ctx.ctesId.internalNumber, number: act.number }, pointers: [PR + "id", "/number"] }];
  },
  message: {
    fr: (p) => `Le numéro interne de l'identifiant @CTES (« ${p.idNumber} ») ne correspond pas au numéro de l'acte (« ${p.number} »).`,
    en: (p) => `The internal number in the @CTES identifier ("${p.idNumber}") does not match the act number ("${p.number}").`,
  },
});

const NATURE_LABELS: Record<string, { fr: string; en: string }> = {
  DE: { fr: "délibération", en: "deliberation" },
  AR: { fr: "acte réglementaire", en: "regulatory act" },
  AI: { fr: "acte individuel", en: "individual act" },
  CC: { fr: "contrat, convention et avenant", en: "contract, agreement or amendment" },
  BF: { fr: "document budgétaire et financier", en: "budget or financial document" },
  AU: { fr: "autre", en: "other" },
};

const ctesNature = rule<{ nature: string }>({
  id: "CTES_NATURE",
  severity: "warning",
  legalSource: "@CTES (nature de l'acte)",
  check(act, ctx) {
    if (act.kind === "information") return [];
    const nature = ctx.ctesId?.nature ?? act.prefecture.nature;
    if (nature === null || nature === "DE" || NATURE_LABELS[nature] === undefined) return [];
    // budget deliberations sent as BF and minutes sent as AU are common practice
    return [{ params: { nature }, pointers: [ctx.ctesId ? PR + "id" : PR + "nature"], severity: nature === "BF" || nature === "AU" ? "info" : "warning" }];
  },
  message: {
    fr: (p) => `Délibération transmise avec la nature @CTES ${p.nature} (${NATURE_LABELS[p.nature]?.fr ?? "?"}) au lieu de DE (délibération).`,
    en: (p) => `Deliberation transmitted with @CTES nature ${p.nature} (${NATURE_LABELS[p.nature]?.en ?? "?"}) instead of DE (deliberation).`,
  },
});

// ---- dates --------------------------------------------------------------------------------------------

type DateField = "sessionDate" | "convocationDate" | "sentDate" | "receivedDate" | "publishedDate";

/** French: the noun, its form after "date", with its article, and its gender (for agreement). */
const DATE_LABELS: Record<DateField, { fr: string; frOf: string; frThe: string; feminine: boolean; en: string }> = {
  sessionDate: { fr: "séance", frOf: "de séance", frThe: "la séance", feminine: true, en: "session" },
  convocationDate: { fr: "convocation", frOf: "de convocation", frThe: "la convocation", feminine: true, en: "convocation" },
  sentDate: { fr: "envoi en préfecture", frOf: "d'envoi en préfecture", frThe: "l'envoi en préfecture", feminine: false, en: "sending to the prefecture" },
  receivedDate: { fr: "réception en préfecture", frOf: "de réception en préfecture", frThe: "la réception en préfecture", feminine: true, en: "receipt by the prefecture" },
  publishedDate: { fr: "publication", frOf: "de publication", frThe: "la publication", feminine: true, en: "publication" },
};

function capitalise(s: string): string {
  return (s[0] ?? "").toUpperCase() + s.slice(1);
}

function dateFields(act: Act): Array<{ field: DateField; value: string | null; pointer: string }> {
  return [
    { field: "sessionDate", value: act.sessionDate, pointer: "/sessionDate" },
    { field: "convocationDate", value: act.convocationDate, pointer: "/convocationDate" },
    { field: "sentDate", value: act.prefecture.sentDate, pointer: PR + "sentDate" },
    { field: "receivedDate", value: act.prefecture.receivedDate, pointer: PR + "receivedDate" },
    { field: "publishedDate", value: act.prefecture.publishedDate, pointer: PR + "publishedDate" },
  ];
}

const dateInvalid = rule<{ field: DateField; value: string }>({
  id: "DATE_INVALID",
  severity: "error",
  legalSource: "ISO 8601",
  check(act) {
    return dateFields(act)
      .filter((f) => f.value !== null && !isValidIsoDate(f.value))
      .map((f) => ({ params: { field: f.field, value: f.value ?? "" }, pointers: [f.pointer] }));
  },
  message: {
    fr: (p) => `Date ${DATE_LABELS[p.field].frOf} impossible : ${p.value}.`,
    en: (p) => `Impossible ${DATE_LABELS[p.field].en} date: ${p.value}.`,
  },
});

const datesOrder = rule<{ earlier: DateField; later: DateField; earlierDate: string; laterDate: string }>({
  id: "DATES_ORDER",
  severity: "error",
  legalSource: "CGCT L2131-1",
  check(act) {
    const session = date(act.sessionDate);
    const sent = date(act.prefecture.sentDate);
    const received = date(act.prefecture.receivedDate);
    const hits: Array<Hit<{ earlier: DateField; later: DateField; earlierDate: string; laterDate: string }>> = [];
    const pairs: Array<[DateField, string | null, DateField, string | null]> = [
      ["sessionDate", session, "sentDate", sent],
      ["sessionDate", session, "receivedDate", received],
      ["sentDate", sent, "receivedDate", received],
    ];
    for (const [earlier, e, later, l] of pairs) {
      if (e === null || l === null || e <= l) continue;
      hits.push({
        params: { earlier, later, earlierDate: e, laterDate: l },
        pointers: [earlier === "sessionDate" ? "/sessionDate" : PR + earlier, PR + later],
      });
    }
    return hits;
  },
  message: {
    fr: (p) =>
      `Dates incohérentes : ${DATE_LABELS[p.later].fr} le ${formatDate(p.laterDate, "fr")}, ${DATE_LABELS[p.later].feminine ? "antérieure" : "antérieur"} à ${DATE_LABELS[p.earlier].frThe} du ${formatDate(p.earlierDate, "fr")}.`,
    en: (p) => `Dates out of order: ${DATE_LABELS[p.later].en} on ${p.laterDate}, before the ${DATE_LABELS[p.earlier].en} of ${p.earlierDate}.`,
  },
});

const publishedBeforeSession = rule<{ published: string; session: string }>({
  id: "PUBLISHED_BEFORE_SESSION",
  severity: "error",
  legalSource: "CGCT L2131-1",
  check(act) {
    const session = date(act.sessionDate);
    const published = date(act.prefecture.publishedDate);
    if (session === null || published === null || published >= session) return [];
    return [{ params: { published, session }, pointers: [PR + "publishedDate", "/sessionDate"] }];
  },
  message: {
    fr: (p) => `Acte publié le ${formatDate(p.published, "fr")}, avant la séance du ${formatDate(p.session, "fr")}.`,
    en: (p) => `Act published on ${p.published}, before the session of ${p.session}.`,
  },
});

const convocationAfterSession = rule<{ convocation: string; session: string }>({
  id: "CONVOCATION_AFTER_SESSION",
  severity: "error",
  legalSource: "CGCT L2121-10",
  check(act) {
    const session = date(act.sessionDate);
    const convocation = date(act.convocationDate);
    if (session === null || convocation === null || convocation <= session) return [];
    return [{ params: { convocation, session }, pointers: ["/convocationDate", "/sessionDate"] }];
  },
  message: {
    fr: (p) => `Convocation datée du ${formatDate(p.convocation, "fr")}, après la séance du ${formatDate(p.session, "fr")}.`,
    en: (p) => `Convocation dated ${p.convocation}, after the session of ${p.session}.`,
  },
});

/** Three clear days (L2121-11): the day of sending and the day of the session do not count. */
const CLEAR_DAYS = 3;

const convocationDelay = rule<{ convocation: string; session: string; clearDays: number }>({
  id: "CONVOCATION_DELAY",
  severity: "warning",
  legalSource: "CGCT L2121-11, L2121-12",
  check(act) {
    const session = date(act.sessionDate);
    const convocation = date(act.convocationDate);
    if (session === null || convocation === null || convocation > session) return [];
    const clearDays = Math.max(0, daysBetween(convocation, session) - 1);
    if (clearDays >= CLEAR_DAYS) return [];
    return [{ params: { convocation, session, clearDays }, pointers: ["/convocationDate", "/sessionDate"] }];
  },
  message: {
    fr: (p) => `Convocation du ${formatDate(p.convocation, "fr")} pour la séance du ${formatDate(p.session, "fr")} : ${plural(p.clearDays, "jour franc", "jours francs")}, moins que les trois jours francs requis (hors urgence).`,
    en: (p) => `Convocation of ${p.convocation} for the session of ${p.session}: ${pluralEn(p.clearDays, "clear day", "clear days")}, fewer than the three required (save in an emergency).`,
  },
});

const dateInFuture = rule<{ field: DateField; value: string; today: string }>({
  id: "DATE_IN_FUTURE",
  severity: "error",
  legalSource: "CGCT L2121-23",
  check(act, ctx) {
    return dateFields(act)
      .filter((f) => f.value !== null && isValidIsoDate(f.value) && f.value > ctx.today)
      .map((f) => ({ params: { field: f.field, value: f.value ?? "", today: ctx.today }, pointers: [f.pointer] }));
  },
  message: {
    fr: (p) => `Date ${DATE_LABELS[p.field].frOf} dans le futur : ${formatDate(p.value, "fr")} (nous sommes le ${formatDate(p.today, "fr")}).`,
    en: (p) => `${capitalise(DATE_LABELS[p.field].en)} date in the future: ${p.value} (today is ${p.today}).`,
  },
});

/** The first transmission date known: sent, else received. */
function transmission(act: Act): { date: string; field: "sentDate" | "receivedDate" } | null {
  const sent = date(act.prefecture.sentDate);
  if (sent !== null) return { date: sent, field: "sentDate" };
  const received = date(act.prefecture.receivedDate);
  return received === null ? null : { date: received, field: "receivedDate" };
}

const transmissionImplausible = rule<{ decided: string; transmitted: string; field: "sentDate" | "receivedDate" }>({
  id: "TRANSMISSION_IMPLAUSIBLE",
  severity: "error",
  legalSource: "CGCT L2131-1",
  check(act, ctx) {
    const t = transmission(act);
    if (t === null) return [];
    // the earliest decision date the act states: a year-off typo in the ID or the session date shows here
    const candidates = [decisionDate(act, ctx), sessionOf(act)].filter((c): c is DatedPointer => c !== null);
    const earliest = candidates.reduce<DatedPointer | null>((a, b) => (a === null || b.date < a.date ? b : a), null);
    if (earliest === null) return [];
    if (t.date < addYears(earliest.date, 1)) return [];
    return [{ params: { decided: earliest.date, transmitted: t.date, field: t.field }, pointers: [earliest.pointer, PR + t.field] }];
  },
  message: {
    fr: (p) => `Acte du ${formatDate(p.decided, "fr")} ${p.field === "sentDate" ? "envoyé" : "reçu"} en préfecture le ${formatDate(p.transmitted, "fr")}, plus d'un an après : une des deux dates est probablement erronée.`,
    en: (p) => `Act of ${p.decided} ${p.field === "sentDate" ? "sent to" : "received by"} the prefecture on ${p.transmitted}, more than a year later: one of the two dates is probably wrong.`,
  },
});

/** Transmission later than this after the decision is unusual (standards.md §6, check 9). */
const LATE_TRANSMISSION_DAYS = 31;

const transmissionLate = rule<{ decided: string; transmitted: string; days: number }>({
  id: "TRANSMISSION_LATE",
  severity: "warning",
  legalSource: "CGCT L2131-1",
  check(act, ctx) {
    const t = transmission(act);
    const d = decisionDate(act, ctx) ?? sessionOf(act);
    if (t === null || d === null) return [];
    const days = daysBetween(d.date, t.date);
    if (days <= LATE_TRANSMISSION_DAYS || t.date >= addYears(d.date, 1)) return [];
    return [{ params: { decided: d.date, transmitted: t.date, days }, pointers: [d.pointer, PR + t.field] }];
  },
  message: {
    fr: (p) => `Acte du ${formatDate(p.decided, "fr")} transmis en préfecture le ${formatDate(p.transmitted, "fr")}, ${p.days} jours plus tard : délai inhabituel, l'acte n'est exécutoire qu'après transmission.`,
    en: (p) => `Act of ${p.decided} transmitted to the prefecture on ${p.transmitted}, ${p.days} days later: an unusual delay; the act is enforceable only once transmitted.`,
  },
});

// ---- secret-ballot elections --------------------------------------------------------------------------

const electionSum = rule<{ total: number; candidates: number; blank: number; void: number; bound: number; kind: Bound; candidate: string | null }>({
  id: "ELECTION_SUM",
  severity: "error",
  legalSource: "CGCT L2121-21",
  check(act, ctx) {
    const e = act.vote.election;
    if (e === null || e.candidates.length === 0) return [];
    const b: { bound: number; kind: Bound; pointers: string[]; inf: boolean } | null =
      e.voters !== null
        ? { bound: e.voters, kind: "voters", pointers: [VO + "election/voters"], inf: inferred(act.vote.basis, "voters") }
        : (() => {
            const vb = voteBound(act, ctx.regime);
            return vb === null ? null : { bound: vb.bound, kind: vb.kind, pointers: vb.pointers, inf: vb.inferredBound };
          })();
    if (b === null) return [];
    const candidates = e.candidates.reduce((s, c) => s + c.votes, 0);
    const blank = e.blank ?? 0;
    const voidBallots = e.void ?? 0;
    const total = candidates + blank + voidBallots;
    const base = { candidates, blank, void: voidBallots, bound: b.bound, kind: b.kind };
    const pointers = [VO + "election", ...b.pointers];
    const severity = (value: number): Severity => contradiction(b.inf && !grossExcess(value, b.bound));
    // a ballot may carry several names when several seats are filled: then only each candidate is bounded
    const seats = e.candidates.filter((c) => c.elected === true).length;
    if (seats <= 1 && total > b.bound) return [{ params: { ...base, total, candidate: null }, pointers, severity: severity(total) }];
    const over = e.candidates.find((c) => c.votes > b.bound);
    if (over) return [{ params: { ...base, total: over.votes, candidate: over.name }, pointers, severity: severity(over.votes) }];
    return [];
  },
  message: {
    fr: (p) =>
      p.candidate === null
        ? `Élection : ${p.candidates} voix aux candidats + ${plural(p.blank, "blanc", "blancs")} + ${plural(p.void, "nul", "nuls")} = ${p.total} bulletins pour ${boundLabel(p.kind, p.bound, "fr")}.`
        : `Élection : ${p.candidate} obtient ${p.total} voix pour ${boundLabel(p.kind, p.bound, "fr")}.`,
    en: (p) =>
      p.candidate === null
        ? `Election: ${p.candidates} votes for candidates + ${p.blank} blank + ${p.void} void = ${p.total} ballots for ${boundLabel(p.kind, p.bound, "en")}.`
        : `Election: ${p.candidate} gets ${p.total} votes for ${boundLabel(p.kind, p.bound, "en")}.`,
  },
});

const electionExpressed = rule<{ expressed: number; voters: number; blank: number; void: number }>({
  id: "ELECTION_EXPRESSED",
  severity: "error",
  legalSource: "CGCT L2121-21",
  check(act) {
    const e = act.vote.election;
    if (e === null || e.expressed === null || e.voters === null || (e.blank === null && e.void === null)) return [];
    const blank = e.blank ?? 0;
    const voidBallots = e.void ?? 0;
    if (e.expressed === e.voters - blank - voidBallots) return [];
    return [{ params: { expressed: e.expressed, voters: e.voters, blank, void: voidBallots }, pointers: [VO + "election"] }];
  },
  message: {
    fr: (p) => `Élection : ${p.expressed} suffrages exprimés, alors que ${p.voters} votants − ${plural(p.blank, "blanc", "blancs")} − ${plural(p.void, "nul", "nuls")} = ${p.voters - p.blank - p.void}.`,
    en: (p) => `Election: ${p.expressed} votes cast, while ${p.voters} voters − ${p.blank} blank − ${p.void} void = ${p.voters - p.blank - p.void}.`,
  },
});

// ---- the table ----------------------------------------------------------------------------------------

export const RULES: readonly TableRule[] = [
  presentExceedsInOffice,
  attendanceSum,
  representedExceedsAbsent,
  votersExceedAttendance,
  votersBelowAttendance,
  presentNamesCount,
  quorum,
  quorumBorderline,
  quorumUnknown,
  voteSumExceeds,
  voteSumBelow,
  expressedMismatch,
  outcomeAdopted,
  outcomeRejected,
  outcomeTie,
  unanimityAgainst,
  unanimityAbstentions,
  unanimityPresentWithProxies,
  proxiesExceedPresent,
  proxyHolderMultiple,
  proxyHolderNotPresent,
  proxyGiverPresent,
  proxyCount,
  secretaryNotPresent,
  presidentNotPresent,
  ctesIdSyntax,
  stampIdConflict,
  ctesNumberSyntax,
  sirenChecksum,
  sirenMismatch,
  ctesDepartment,
  ctesDateImplausible,
  ctesDateSession,
  ctesNumberMismatch,
  ctesNature,
  dateInvalid,
  datesOrder,
  publishedBeforeSession,
  convocationAfterSession,
  convocationDelay,
  dateInFuture,
  transmissionImplausible,
  transmissionLate,
  electionSum,
  electionExpressed,
];

/** The context of one act: COVID regime on its session date, its @CTES identifier parsed. */
export function contextFor(act: Act, today: string): CheckContext {
  return {
    today,
    regime: regimeOn(date(act.sessionDate)),
    ctesId: act.prefecture.id === null ? null : parseCtesId(act.prefecture.id),
  };
}
