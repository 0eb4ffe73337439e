// Consistency rules: votes.
import { Lang, rule, inferred, contradiction, AT, VO, plural, pluralEn, voted, boundLabel, grossExcess, voteBound, Bound } from "./kit.js";

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

export const voteSumExceeds = rule<SumParams>({
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
  checks: {
    fr: "Pour un acte soumis au vote, signale plus de voix (pour + contre + abstentions) que le nombre de voix possible (votants, sinon présents + représentés, sinon membres en exercice, sinon chaque présent avec les pouvoirs qu'il peut détenir) ; avertissement sauf si les seuls chiffres énoncés dépassent une borne énoncée, ou plus du double d'une borne déduite.",
    en: "For an act put to a vote, fires when for + against + abstentions exceed the most votes possible (voters, else present + represented, else members in office, else each member present with the proxies one may hold); a warning unless the stated figures alone exceed a stated bound, or an inferred one more than twofold.",
  },
  example: { sum: 17, for: 14, against: 2, abstentions: 1, bound: 15, kind: "voters" },
});

export const voteSumBelow = rule<{ sum: number; voters: number; for: number; against: number; abstentions: number }>({
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
  checks: {
    fr: "Dans un vote à main levée dont les voix pour, contre et les abstentions sont toutes énoncées, signale un total inférieur au nombre de votants quand aucun membre n'est nommé comme ne prenant pas part au vote (rien si un chiffre est déduit, par exemple de « à l'unanimité »).",
    en: "In a show-of-hands vote with for, against and abstentions all stated, fires when they add up to fewer than the voters and no member is named as not taking part (silent when a figure is inferred, e.g. from « à l'unanimité »).",
  },
  example: { sum: 14, voters: 15, for: 12, against: 1, abstentions: 1 },
});

export const expressedMismatch = rule<{ expressed: number; for: number; against: number; abstentions: number | null; withAbstentions: boolean }>({
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
  checks: {
    fr: "Signale des suffrages exprimés différents de pour + contre ; avertissement si un chiffre est déduit ou si les suffrages exprimés comptent simplement les abstentions, erreur de plume fréquente.",
    en: "Fires when the votes cast (suffrages exprimés) differ from for + against; a warning when a figure is inferred or when the votes cast merely include the abstentions, a frequent clerk's slip.",
  },
  example: { expressed: 15, for: 12, against: 2, abstentions: 0, withAbstentions: false },
});

export const outcomeAdopted = rule<{ for: number; against: number }>({
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
  checks: {
    fr: "Signale une délibération déclarée adoptée avec moins de voix pour que contre ; avertissement si un chiffre ou le résultat est déduit.",
    en: "Fires when a deliberation stated as adopted has fewer votes for than against; a warning when a figure or the outcome is inferred.",
  },
  example: { for: 6, against: 9 },
});

export const outcomeRejected = rule<{ for: number; against: number }>({
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
  checks: {
    fr: "Signale une délibération déclarée rejetée avec plus de voix pour que contre ; avertissement si un chiffre ou le résultat est déduit.",
    en: "Fires when a deliberation stated as rejected has more votes for than against; a warning when a figure or the outcome is inferred.",
  },
  example: { for: 9, against: 5 },
});

export const outcomeTie = rule<{ votes: number }>({
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
  checks: {
    fr: "Signale un vote à main levée déclaré adopté avec partage des voix (hors zéro partout) : l'adoption repose alors sur la voix prépondérante du président, que l'acte devrait mentionner.",
    en: "Fires when a show-of-hands vote stated as adopted is tied (and not zero to zero): adoption then rests on the president's casting vote, which the act should state.",
  },
  example: { votes: 7 },
});
