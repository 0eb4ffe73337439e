// Consistency rules: elections.
import type { Severity } from "../../schema/report.js";
import { rule, inferred, contradiction, VO, plural, boundLabel, grossExcess, voteBound, Bound } from "./kit.js";

/** The blank and void ballots as the act counts them: "1 blanc + 1 nul", or "2 blancs ou nuls" counted together. */
function ballots(p: { blank: number; void: number; blankOrVoid?: number | null }, lang: "fr" | "en"): string {
  if (p.blankOrVoid !== undefined && p.blankOrVoid !== null) {
    return lang === "fr" ? plural(p.blankOrVoid, "blanc ou nul", "blancs ou nuls") : `${p.blankOrVoid} blank or void`;
  }
  return lang === "fr" ? `${plural(p.blank, "blanc", "blancs")} + ${plural(p.void, "nul", "nuls")}` : `${p.blank} blank + ${p.void} void`;
}

export const electionSum = rule<{ total: number; candidates: number; blank: number; void: number; blankOrVoid?: number | null; bound: number; kind: Bound; candidate: string | null }>({
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
    const total = candidates + blank + voidBallots + (e.blankOrVoid ?? 0);
    const base = { candidates, blank, void: voidBallots, blankOrVoid: e.blankOrVoid, bound: b.bound, kind: b.kind };
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
        ? `Élection : ${p.candidates} voix aux candidats + ${ballots(p, "fr")} = ${p.total} bulletins pour ${boundLabel(p.kind, p.bound, "fr")}.`
        : `Élection : ${p.candidate} obtient ${p.total} voix pour ${boundLabel(p.kind, p.bound, "fr")}.`,
    en: (p) =>
      p.candidate === null
        ? `Election: ${p.candidates} votes for candidates + ${ballots(p, "en")} = ${p.total} ballots for ${boundLabel(p.kind, p.bound, "en")}.`
        : `Election: ${p.candidate} gets ${p.total} votes for ${boundLabel(p.kind, p.bound, "en")}.`,
  },
  checks: {
    fr: "Dans une élection, signale des voix aux candidats, bulletins blancs et nuls compris, plus nombreuses que les votants (sinon que les voix possibles d'après les présences) ou, quand plusieurs sièges sont pourvus, un candidat qui à lui seul les dépasse ; avertissement si cette borne est déduite et que le total n'en dépasse pas le double.",
    en: "In an election, fires when the candidates' votes plus blank and void ballots exceed the voters (else the most votes the attendance allows), or, when several seats are filled, when one candidate alone exceeds them; a warning when that bound is inferred and exceeded no more than twofold.",
  },
  example: { total: 17, candidates: 15, blank: 1, void: 1, bound: 15, kind: "voters", candidate: null },
});

export const electionExpressed = rule<{ expressed: number; voters: number; blank: number; void: number; blankOrVoid?: number | null }>({
  id: "ELECTION_EXPRESSED",
  severity: "error",
  legalSource: "CGCT L2121-21",
  check(act) {
    const e = act.vote.election;
    if (e === null || e.expressed === null || e.voters === null || (e.blank === null && e.void === null && e.blankOrVoid === null)) return [];
    const blank = e.blank ?? 0;
    const voidBallots = e.void ?? 0;
    if (e.expressed === e.voters - blank - voidBallots - (e.blankOrVoid ?? 0)) return [];
    return [{ params: { expressed: e.expressed, voters: e.voters, blank, void: voidBallots, blankOrVoid: e.blankOrVoid }, pointers: [VO + "election"] }];
  },
  message: {
    fr: (p) => `Élection : ${p.expressed} suffrages exprimés, alors que ${p.voters} votants − ${ballots(p, "fr").replace(" + ", " − ")} = ${p.voters - p.blank - p.void - (p.blankOrVoid ?? 0)}.`,
    en: (p) => `Election: ${p.expressed} votes cast, while ${p.voters} voters − ${ballots(p, "en").replace(" + ", " − ")} = ${p.voters - p.blank - p.void - (p.blankOrVoid ?? 0)}.`,
  },
  checks: {
    fr: "Dans une élection, signale des suffrages exprimés différents des votants moins les bulletins blancs et nuls, comptés à part ou ensemble (rien si ni les blancs ni les nuls ne sont indiqués).",
    en: "In an election, fires when the votes cast differ from the voters less blank and void ballots, counted apart or together (silent when neither blank nor void is stated).",
  },
  example: { expressed: 14, voters: 15, blank: 2, void: 0 },
});
