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
});
