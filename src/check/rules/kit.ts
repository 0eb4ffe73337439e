// Shared pieces of the rules table: the rule shape, rule() which erases a rule's parameter type, and the
// helpers several rule families use.
import type { Act, Basis, Person } from "../../schema/record.js";
import type { Severity } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import { maxProxiesPerHolder, type Regime } from "../covid.js";
import { type CtesId } from "../ctes-id.js";
import { isValidIsoDate } from "../dates.js";
import { amongMembers, cautiousDistinctCount } from "../names.js";

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
  /** what the rule checks, in one plain sentence per language (docs/rules.md) */
  checks: { fr: string; en: string };
  /** realistic message parameters: docs/rules.md shows the messages they render */
  example: P;
}

/** A rule with its parameters' type erased, as the table holds it. */
export interface TableRule {
  id: string;
  severity: Severity;
  legalSource: string;
  /** what the rule checks, in one plain sentence per language */
  checks: Record<Lang, string>;
  /** the rule's messages rendered on its example parameters */
  exampleMessage: Record<Lang, string>;
  run(act: Act, context: CheckContext): RuleOutput[];
}

export interface RuleOutput {
  severity: Severity;
  legalSource: string;
  pointers: string[];
  message: Record<Lang, string>;
}


export function rule<P>(r: Rule<P>): TableRule {
  return {
    id: r.id,
    severity: r.severity,
    legalSource: r.legalSource,
    checks: { fr: r.checks.fr, en: r.checks.en },
    exampleMessage: { fr: r.message.fr(r.example), en: r.message.en(r.example) },
    run(act, context) {
      return r.check(act, context).map((h) => ({
        severity: h.severity !== undefined && !atLeast(h.severity, r.severity) ? h.severity : r.severity,
        legalSource: h.legalSource ?? r.legalSource,
        pointers: h.pointers,
        message: { fr: r.message.fr(h.params), en: r.message.en(h.params) },
      }));
    },
  };
}

/** True when any of `keys` is recorded as inferred in `basis`. A value without a basis entry counts as stated. */
export function inferred(basis: Record<string, Basis>, ...keys: string[]): boolean {
  return keys.some((k) => basis[k] === "inferred");
}

/** error between stated values, warning when one of them is inferred */
export function contradiction(isInferred: boolean): Severity {
  return isInferred ? "warning" : "error";
}

export const AT = "/attendance/";
export const VO = "/vote/";
export const PR = "/prefecture/";

/** A date usable for comparisons: null when absent or not a calendar date (DATE_INVALID reports those). */
export function date(d: string | null): string | null {
  return d !== null && isValidIsoDate(d) ? d : null;
}

export interface DatedPointer {
  date: string;
  pointer: string;
}

export function sessionOf(act: Act): DatedPointer | null {
  const d = date(act.sessionDate);
  return d === null ? null : { date: d, pointer: "/sessionDate" };
}

export function decisionDate(act: Act, ctx: CheckContext): DatedPointer | null {
  if (ctx.ctesId?.date) return { date: ctx.ctesId.date, pointer: PR + "id" };
  const d = date(act.prefecture.decisionDate);
  return d === null ? null : { date: d, pointer: PR + "decisionDate" };
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

export function pluralEn(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whether the act is put to a vote (quorum and vote rules apply). */
export function voted(act: Act): boolean {
  return act.kind !== "information" && act.vote.kind !== "none";
}

export function quorumSource(act: Act): string {
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

export function personName(p: Person): string {
  return p.name.trim().length > 0 ? p.name : [p.firstName, p.lastName].filter((x) => x !== null).join(" ");
}

/**
 * Members certainly not present in the room: the larger of the stated represented and absent counts, and of the
 * distinct names listed as absent, excused or giving a proxy (names also listed as present are left out).
 */
export function notPresentLowerBound(act: Act): { count: number; inferredCount: boolean } {
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

export function boundLabel(kind: Bound, bound: number, lang: Lang): string {
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

/**
 * An inferred count (e.g. members counted on a list of names) can be off by a few names, not by half:
 * a value more than twice an inferred bound stays an error.
 */
export function grossExcess(value: number, bound: number): boolean {
  return value > 2 * bound;
}

/**
 * The largest number of votes the act allows: voters, else present + represented, else members in office, else
 * each member present with the proxies one may hold (CGCT L2121-20: one, two in COVID windows).
 */
export function voteBound(act: Act, regime: Regime): VoteBound | null {
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

export type Bound = "voters" | "attendance" | "inOffice" | "presentWithProxies";

/** The first transmission date known: sent, else received. */
export function transmission(act: Act): { date: string; field: "sentDate" | "receivedDate" } | null {
  const sent = date(act.prefecture.sentDate);
  if (sent !== null) return { date: sent, field: "sentDate" };
  const received = date(act.prefecture.receivedDate);
  return received === null ? null : { date: received, field: "receivedDate" };
}

export interface VoteBound {
  bound: number;
  kind: Bound;
  pointers: string[];
  inferredBound: boolean;
}
