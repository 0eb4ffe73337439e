// Consistency rules: unanimity.
import { rule, inferred, contradiction, AT, VO, plural, pluralEn } from "./kit.js";

export const unanimityAgainst = rule<{ against: number }>({
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

export const unanimityAbstentions = rule<{ abstentions: number }>({
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

export const unanimityPresentWithProxies = rule<{ represented: number }>({
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
