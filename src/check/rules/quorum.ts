// Consistency rules: quorum.
import type { Act } from "../../schema/record.js";
import { regimeOn } from "../covid.js";
import { quorumReached, quorumRequired, thirdBorderline, type QuorumRule } from "../quorum.js";
import { Hit, rule, inferred, AT, date, voted, quorumSource, notPresentLowerBound } from "./kit.js";

interface QuorumParams {
  present: number;
  inOffice: number;
  required: number;
  rule: QuorumRule;
  /** inOffice is a lower bound: present + members named or counted as not present */
  bound: boolean;
}

export const quorum = rule<QuorumParams>({
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

export const quorumBorderline = rule<{ present: number; inOffice: number; law: string }>({
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

export const quorumUnknown = rule<{ missing: "present" | "inOffice" }>({
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
