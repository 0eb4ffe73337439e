// Consistency rules: quorum.
import type { Act } from "../../schema/record.js";
import { quorumDecided, quorumReached, quorumRequired, thirdBorderline, type QuorumRule } from "../quorum.js";
import { amongMembers, strictKey } from "../names.js";
import { Hit, rule, inferred, AT, voted, quorumSource, notPresentLowerBound, type CheckContext } from "./kit.js";

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
  checks: {
    fr: "Pour un acte soumis au vote, signale moins de présents que le quorum n'en exige : plus de la moitié des membres en exercice, le tiers pendant les périodes COVID-19 de 2020–2022 (les pouvoirs ne comptent pas) ; si le nombre de membres en exercice manque ou est déduit, les présents et les membres connus comme non présents en donnent un minimum ; avertissement si un nombre est déduit ou si, à l'automne 2020, la règle du tiers serait satisfaite.",
    en: "For an act put to a vote, fires when fewer members are present than the quorum requires: more than half the members in office, one third in the COVID-19 windows of 2020–2022 (proxies do not count); with the members in office unstated or inferred, present plus the members known not to be present gives a lower bound; a warning when a count is inferred or, in autumn 2020, when the one-third rule would pass.",
  },
  example: { present: 7, inOffice: 15, required: 8, rule: "majority", bound: false },
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
  checks: {
    fr: "Pendant une période COVID-19, relève un quorum atteint par exactement le tiers des membres en exercice, qui ne passe que par un arrondi que le texte ne fixe pas.",
    en: "In a COVID-19 window, notes a quorum met by exactly one third of the members in office, which passes only by a rounding the law leaves open.",
  },
  example: { present: 5, inOffice: 15, law: "loi n° 2020-1379 art. 6" },
});

export const quorumUnknown = rule<{ missing: "present" | "inOffice" }>({
  id: "QUORUM_UNKNOWN",
  severity: "info",
  legalSource: "CGCT L2121-17",
  check(act, ctx) {
    const { present, inOffice } = act.attendance;
    if (!voted(act) || (present === null) === (inOffice === null)) return [];
    // with present known, the roll call may decide it anyway: QUORUM proves a failure from a lower bound, and
    // present + represented + absent, all stated, prove it reached
    if (present !== null && quorumSettled(act, present, ctx)) return [];
    // the counts of the session, the same lines on every act of one set of minutes (reports group them)
    const pointers = present === null ? [AT + "inOffice"] : [AT + "present", AT + "represented", AT + "absent"];
    return [{ params: { missing: present === null ? "present" : "inOffice" }, pointers }];
  },
  message: {
    fr: (p) => `Quorum non vérifiable : ${p.missing === "present" ? "nombre de présents" : "nombre de membres en exercice"} non indiqué.`,
    en: (p) => `Quorum cannot be checked: ${p.missing === "present" ? "number of members present" : "number of members in office"} not stated.`,
  },
  checks: {
    fr: "Pour un acte soumis au vote, indique que le quorum n'est pas vérifiable parce qu'un seul des deux nombres, présents ou membres en exercice, est indiqué (rien si aucun ne l'est, si l'échec du quorum est établi malgré tout, ou si présents, représentés et absents, tous indiqués, suffisent à l'établir atteint).",
    en: "For an act put to a vote, notes that the quorum cannot be checked because only one of the number present and the number in office is stated (silent when neither is, when a quorum failure is proved anyway, or when present, represented and absent, all stated, are enough to prove it reached).",
  },
  example: { missing: "inOffice" },
});

/**
 * The members in office as a complete roll call gives them: present + represented + absent, the represented
 * stated or counted on the proxies, the absent stated or counted on the absent and excused members who gave no
 * proxy. When the absent count already includes the represented, the sum counts them twice: an upper bound, the
 * safe side for proving the quorum reached. Null when one of the three is not stated at all.
 */
export function rollCallTotal(act: Act): number | null {
  const a = act.attendance;
  if (a.present === null) return null;
  const givers = a.proxies.map((p) => p.from);
  const represented = a.represented ?? (a.proxies.length > 0 ? new Set(givers.map(strictKey)).size : null);
  const named = [...a.absentMembers, ...a.excusedMembers];
  const absentOnly = named.filter((p) => !amongMembers(p, givers) && !amongMembers(p, a.presentMembers));
  const absent = a.absent ?? (named.length > 0 ? new Set(absentOnly.map(strictKey)).size : null);
  return represented === null || absent === null ? null : a.present + represented + absent;
}

/** True when the quorum is decided for an act whose members in office are not stated: proved missed or reached. */
function quorumSettled(act: Act, present: number, ctx: CheckContext): boolean {
  const ruleOf: QuorumRule = ctx.regime.kind === "covid" ? "third" : "majority";
  const lower = present + notPresentLowerBound(act).count;
  return quorumDecided(present, lower, rollCallTotal(act), ruleOf) !== null;
}
