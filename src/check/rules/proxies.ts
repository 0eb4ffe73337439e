// Consistency rules: proxies.
import { maxProxiesPerHolder } from "../covid.js";
import { amongMembers, hasIdentifyingWord, strictKey } from "../names.js";
import { Hit, rule, inferred, contradiction, AT, plural, pluralEn, personName } from "./kit.js";

export const proxiesExceedPresent = rule<{ represented: number; present: number; factor: number }>({
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
  checks: {
    fr: "Signale plus de membres représentés que les présents ne peuvent détenir de pouvoirs : un chacun, deux pendant les périodes COVID-19 ; avertissement si un nombre est déduit, ou à l'automne 2020 si deux chacun suffiraient.",
    en: "Fires when there are more members represented than the members present may hold proxies for: one each, two in the COVID-19 windows; a warning when a count is inferred, or in autumn 2020 when two each would suffice.",
  },
  example: { represented: 9, present: 8, factor: 1 },
});

export const proxyHolderMultiple = rule<{ holder: string; count: number; max: number }>({
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
  checks: {
    fr: "Signale chaque membre nommé comme détenteur de plus de pouvoirs que permis : un, deux pendant les périodes COVID-19 (avertissement pour deux à l'automne 2020).",
    en: "Fires for each member named as holding more proxies than allowed: one, two in the COVID-19 windows (a warning for two in autumn 2020).",
  },
  example: { holder: "Mme Sylvie Marchand", count: 2, max: 1 },
});

export const proxyHolderNotPresent = rule<{ holder: string; giver: string }>({
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
  checks: {
    fr: "Signale chaque pouvoir dont le détenteur nommé ne figure pas sur la liste des présents (rien si aucune liste n'est imprimée ou si le détenteur n'est pas nommé, par exemple « le Maire »).",
    en: "Fires for each proxy whose named holder is not on the list of members present (silent when no list is printed or the holder is not named, e.g. « le Maire »).",
  },
  example: { holder: "M. Bernard Lefèvre", giver: "Mme Claire Dubois" },
});

export const proxyGiverPresent = rule<{ giver: string }>({
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
  checks: {
    fr: "Signale chaque membre qui a donné pouvoir tout en figurant sur la liste des présents.",
    en: "Fires for each member who gave a proxy yet is also on the list of members present.",
  },
  example: { giver: "M. Jean Martin" },
});

export const proxyCount = rule<{ listed: number; represented: number }>({
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
  checks: {
    fr: "Signale un nombre de pouvoirs nommés différent du nombre de représentés annoncé (rien si aucun pouvoir n'est nommé).",
    en: "Fires when the number of proxies named differs from the number of members represented stated (silent when no proxy is named).",
  },
  example: { listed: 2, represented: 3 },
});
