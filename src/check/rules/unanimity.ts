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
  checks: {
    fr: "Signale un acte déclaré adopté à l'unanimité qui compte des voix contre ; avertissement si ce nombre ou l'unanimité est déduit.",
    en: "Fires when an act stated as unanimous records votes against; a warning when the count or the unanimity is inferred.",
  },
  example: { against: 2 },
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
  checks: {
    fr: "Relève qu'une unanimité avec abstentions est celle des suffrages exprimés (rien si l'acte le précise déjà).",
    en: "Notes that a unanimity with abstentions is a unanimity of the votes cast (silent when the act already says so).",
  },
  example: { abstentions: 2 },
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
  checks: {
    fr: "Signale « unanimité des présents » alors que des membres étaient représentés par pouvoir (comptés ou nommés) et ont donc aussi voté.",
    en: "Fires when an act says « unanimité des présents » while members were represented by proxy (counted or named), since they voted too.",
  },
  example: { represented: 2 },
});
