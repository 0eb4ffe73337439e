// The vote of one act: counts in any order and in words, zero as "/", unanimity and its scope, majority,
// outcome, abstainers named, secret-ballot election results. Stated and inferred values are kept apart in
// `basis`; the inferred ones are decided in src/infer/vote.ts.
import type { Attendance, Person, Vote } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { ADOPTED, CHAIR_ELECTION, COUNT, DISSENT_NAMED, DISSENT_NEED, INFORMATION_ONLY, MAJORITY, REJECTED, UNANIMITY, UNANIMITY_SCOPE, UNANIMITY_VOTES } from "../vocab/fr.js";
import { parseCount } from "../vocab/numbers.js";
import { parsePeople, parsePerson } from "./people.js";
import { escapeRegExp } from "../core/text.js";
import { inferOutcome, inferUnanimityFromDissent, inferVoteCounts } from "../infer/vote.js";
import { ADOPTED_BY_VOTES, COUNT_BEFORE_TALLY, TALLY_LINE, VOTE_ZERO, VOTE_WORDS, VOTE_UNIT, ANY_VOTE_WORD, VOTE_LABEL_AFTER_DASH, VOTE_LABEL_BEFORE, VOTE_FOR_LABELLED_RESULT, VOTE_BARE_PAIR, VOTE_RESULT_LINE, GROUP_TALLY, GROUP_TALLY_AGAINST, GROUP_TALLY_FOR, OUTCOME_AT_TITLE_END, GROUP_TALLY_MEMBER, GROUP_TALLY_SEPARATOR } from "../vocab/fr.js";
import {
  BARE_PAIR_AGAINST, BARE_PAIR_FOR, BLANK_BALLOTS_COUNT, BLANK_OR_VOID_COUNT, BLANK_BALLOTS_LABEL, ELECTED, ELECTION_EXPRESSED_COUNT, ELECTION_RESULT_AFTER_COMMA, ELECTION_RESULT_LINE, RESULTS_SEPARATOR,
  ELECTION_COUNT_NEED, ELECTION_VOTERS_COUNT, NEXT_ROUND, NOT_A_CANDIDATE, ROUND_WORD, PROCLAIMED, RESULTS_BEFORE_PROCLAMATION, OUTCOME_ENDS_LINE, OUTCOME_OPENS_LINE, RECITAL_START, SURVEY_LINE, SURVEY_TITLE, VOTE_INTENTION, AMENDMENT_VOTE,
  TALLY_WORD_ONWARDS, UNANIMITY_EXCEPT, VOID_BALLOTS_COUNT, VOID_BALLOTS_LABEL, VOTE_OF_HEADING, VOTE_PHRASE_END,
} from "../vocab/fr.js";
import { pushAll } from "../core/arrays.js";

type Field = "for" | "against" | "abstentions" | "expressed";

export function emptyVote(): Vote {
  return {
    kind: "show-of-hands", for: null, against: null, abstentions: null, expressed: null, unanimous: null,
    unanimityScope: null, outcome: null, basis: {}, abstainers: [], opponents: [], election: null, wording: null,
  };
}

const NUM = `(${COUNT.replace("\\d{1,4}", "\\d{1,3}")}|${VOTE_ZERO})`;

/** Lines that are surely not council votes: survey results, headings "Vote des subventions", quoted law. */
function notAVoteLine(text: string): boolean {
  return (
    SURVEY_LINE.test(text) ||
    VOTE_OF_HEADING.test(text) ||
    // the recitals quote other bodies' votes ("Considérant que ... (un vote contre)")
    RECITAL_START.test(text) ||
    // a member announces how his group will vote: « … et annonce un vote contre »
    VOTE_INTENTION.test(text)
  );
}

const PATTERNS = Object.fromEntries(
  (["expressed", "for", "against", "abstentions"] as Field[]).map((field) => {
    const w = VOTE_WORDS[field];
    return [field, {
      // the field's word, without which neither pattern below matches (a line is tested for it first: speed)
      word: new RegExp(w, "i"),
      // label then value: "Pour : 14", "Contre : /", "Abstentions : 3, Madame X", "ONT VOTE POUR : 14"
      // ("Contre : -": a dash for none, before the next label or the end)
      after: new RegExp(`(?:^|[\\s(,;.:/–—-])${w}(?:\\s*[»"])?\\s*[:=]\\s*(?:${NUM}|([-–—])(?=\\s*(?:$|[;,.)]|${VOTE_LABEL_AFTER_DASH})))?(?=$|[\\s,;.)/\\]–—-])`, "i"),
      // value then label: "14 voix pour", "DEUX voix POUR", "5 pour", "1 ABSTENTION", "par 19 voix « Pour »"
      // without "voix"/"votes", "30 pour" must end its phrase ("5 pour", "14 pour / 0 contre"): "CDG 30 pour des conseils" is prose
      before: new RegExp(
        `(?:^|[\\s(,;:/–—-])${NUM}\\s*(?:(?:${VOTE_UNIT}\\s*(?:[«"]\\s*)?${w}(?![\\p{L}]))|(?:[«"]\\s*)?${w}(?![\\p{L}])${field === "for" || field === "against" ? VOTE_PHRASE_END : ""})`,
        "iu",
      ),
    }];
  }),
) as Record<Field, { word: RegExp; after: RegExp; before: RegExp }>;

/** Reads "Pour : 14", "14 voix pour", "ONT VOTE CONTRE : /", "Par : DEUX voix POUR", "5 pour". */
function countsIn(text: string): Partial<Record<Field, number | null>> {
  const out: Partial<Record<Field, number | null>> = {};
  if (!ANY_VOTE_WORD.test(text) || notAVoteLine(text)) return out;
  // "Pour : 14" needs its colon (or "="), "14 voix pour" its figure or number word before the field's word
  const labelled = /[:=]/.test(text);
  for (const field of ["expressed", "for", "against", "abstentions"] as Field[]) {
    if (!PATTERNS[field].word.test(text)) continue;
    const after = labelled ? PATTERNS[field].after.exec(text) : null;
    const before = PATTERNS[field].before.exec(text);
    if (field === "expressed") {
      if (after) out.expressed = after[1] ? (parseCount(after[1]) ?? null) : after[2] ? 0 : null;
      continue;
    }
    // "Pour : 14 Contre : 0": 14 belongs to "Pour :", not to "Contre"
    const label = before ? VOTE_LABEL_BEFORE.exec(text.slice(0, before.index + before[0].indexOf(before[1]!))) : null;
    const owned = label !== null && (label[2] !== undefined || label[1] === undefined);
    if (before && !owned && parseCount(before[1]) !== undefined) out[field] = parseCount(before[1])!;
    else if (after) out[field] = after[1] ? (parseCount(after[1]) ?? null) : after[2] ? 0 : null;
  }
  // « adopté par 40 voix contre 9 »: 40 for, 9 against (read above as 40 against)
  const by = ADOPTED_BY_VOTES.exec(text);
  const forBy = by ? parseCount(by[1]!) : undefined;
  if (by && forBy !== undefined) {
    out.for = forBy;
    const againstBy = by[2] !== undefined ? parseCount(by[2]) : undefined;
    if (againstBy !== undefined) out.against = againstBy;
  }
  return out;
}

/**
 * A tally by groups and members (GROUP_TALLY): the figures in brackets added, one for each member named without one;
 * null when a part is neither (a group without its figure). Stated when the text gives the one figure, else inferred.
 */
function groupTally(text: string): { field: "for" | "against" | "abstentions"; value: number; stated: boolean } | null {
  const m = GROUP_TALLY.exec(text);
  if (!m) return null;
  const field = GROUP_TALLY_FOR.test(m[1]!) ? "for" : GROUP_TALLY_AGAINST.test(m[1]!) ? "against" : "abstentions";
  let value = 0;
  let parts = 0;
  // (the list's closing punctuation and an outcome after it in the same unit go: « … groupe Var Gauche (6) ADOPTÉ »)
  for (const part of m[2]!.replace(OUTCOME_AT_TITLE_END, "").replace(/[.;,\s]+$/, "").split(GROUP_TALLY_SEPARATOR).filter(Boolean)) {
    const figure = /\((\d{1,3})\)\s*$/.exec(part);
    if (figure) value += Number(figure[1]);
    else if (GROUP_TALLY_MEMBER.test(part) && parsePerson(part)) value += 1;
    else return null;
    parts++;
  }
  return parts > 0 ? { field, value, stated: parts === 1 && /\(\d{1,3}\)/.test(m[2]!) } : null;
}

/** Names after a count: "Abstentions : 3, Madame X, Monsieur Y" or "5 abstentions (V. B., M. S.)". */
function namesAfter(text: string, field: "abstentions" | "against"): Person[] {
  const w = VOTE_WORDS[field];
  const m = new RegExp(`${w}\\s*(?::\\s*)?(?:${COUNT}\\s*)?[,:(]\\s*([^)]+)`, "i").exec(text) ??
    new RegExp(`${COUNT}\\s*${w}\\s*\\(([^)]+)\\)`, "i").exec(text);
  if (!m) return [];
  return parsePeople(m[1]!.replace(TALLY_WORD_ONWARDS, ""));
}

function electionIn(lines: Line[], allLines: Line[] = lines): Vote["election"] {
  const candidates: Array<{ name: string; votes: number; elected: boolean | null }> = [];
  let blank: number | null = null;
  let voidBallots: number | null = null;
  let blankOrVoid: number | null = null;
  let voters: number | null = null;
  let expressed: number | null = null;
  // a second round: its results replace the first's (a candidate of both rounds is counted once, with the last);
  // a line that opens it is read in two parts, the first round's results run on before it (« … : 8 voix Second tour … »)
  // (no candidate without a count: most acts' lines are not read further)
  if (!lines.some((l) => ELECTION_COUNT_NEED.test(l.text))) return null;
  const parts = lines.flatMap((l) => {
    const round = ROUND_WORD.test(l.text) && !PROCLAIMED.test(l.text) ? NEXT_ROUND.exec(l.text) : null;
    return round ? [{ text: l.text.slice(0, round.index) }, { text: l.text.slice(round.index), round: true }] : [{ text: l.text }];
  });
  for (const l of parts) {
    if ("round" in l && candidates.length > 0) {
      candidates.length = 0;
      blank = voidBallots = blankOrVoid = voters = expressed = null;
    }
    if (!ELECTION_COUNT_NEED.test(l.text)) continue;
    // results one after the other on a line: « M. Paul REY, 12 voix ; Mme Zoé VIAL, 3 voix. »
    let results = 0;
    for (const segment of l.text.includes(";") ? l.text.split(RESULTS_SEPARATOR) : [l.text]) {
      const m = ELECTION_RESULT_LINE.exec(segment) ?? (segment.includes(",") ? ELECTION_RESULT_AFTER_COMMA.exec(segment) : null);
      if (!m || NOT_A_CANDIDATE.test(m[1]!.trim()) || m[1]!.trim().split(/\s+/).length > 4) continue;
      const name = m[1]!.trim();
      const n = Number(m[2]);
      if (BLANK_BALLOTS_LABEL.test(name)) blank = n;
      else if (VOID_BALLOTS_LABEL.test(name)) voidBallots = n;
      else candidates.push({ name, votes: n, elected: ELECTED.test(m[3]!) ? true : null });
      results++;
    }
    if (results > 0) continue;
    const bv = BLANK_OR_VOID_COUNT.exec(l.text);
    if (bv) blankOrVoid = Number(bv[1]);
    const b = BLANK_BALLOTS_COUNT.exec(l.text);
    if (b) blank = Number(b[1]);
    const n = VOID_BALLOTS_COUNT.exec(l.text);
    if (n) voidBallots = Number(n[1]);
    const v = ELECTION_VOTERS_COUNT.exec(l.text);
    if (v) voters = Number(v[1]);
    const e = ELECTION_EXPRESSED_COUNT.exec(l.text);
    if (e) expressed = Number(e[1]);
  }
  if (candidates.length === 0) return null;
  // "M. Laurent MASSON, ayant obtenu la majorité absolue, est proclamé deuxième adjoint": the one candidate named
  // in a proclamation is elected (not a candidate whose surname the sentence does not hold)
  for (const l of allLines) {
    if (!PROCLAIMED.test(l.text)) continue;
    // (a result run on before the proclamation, « Mme Agnès CURTET : 2 voix M. Pierre VIALLET a été proclamé maire »:
    // the sentence after the last count)
    const sentence = l.text.replace(RESULTS_BEFORE_PROCLAMATION, "");
    const named = candidates.filter((c) => {
      const last = parsePerson(c.name)?.lastName;
      return last !== null && last !== undefined && last.length >= 2 && new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, "u").test(sentence);
    });
    if (named.length === 1) named[0]!.elected = true;
  }
  return { voters, blank, void: voidBallots, blankOrVoid, expressed, candidates };
}

/** How many of « pour », « contre », « abstention » the bare label-and-figure pairs of a line give (VOTE_BARE_PAIR). */
function bareFields(pairs: RegExpMatchArray[]): number {
  return new Set(pairs.map((m) => m[1]!.toLowerCase().slice(0, 4))).size;
}

export interface VoteContext {
  attendance: Attendance;
  /** the act's title: a survey's results ("Résultats des sondages") are not a council vote */
  title?: string | null;
}

export function extractVote(allLines: Line[], ctx: VoteContext, ev: Evidence): Vote {
  const vote = emptyVote();
  // an explicit result line ("Vote : Unanimité", "VOTES : Pour : ...") is the vote: the running text around it may
  // quote other bodies' votes ("le conseil communautaire à l'unanimité")
  // (with the tally's lines under it, whatever the result line says: « VOTE : Adopté à la majorité » / « Pour : 40 » / …)
  const results = allLines.flatMap((l, i) => {
    if (!VOTE_RESULT_LINE.test(l.text)) return [];
    let end = i + (/:\s*$/.test(l.text) ? 4 : 1);
    while (end < allLines.length && end < i + 8 && TALLY_LINE.test(allLines[end]!.text)) end++;
    return allLines.slice(i, end);
  });
  // (not a result line that gives neither a count nor an outcome: « Vote : Le groupe X vote contre ; … » / « Le budget
  // est adopté par 36 voix pour, 11 voix contre et 6 abstentions »)
  const givesResult = (text: string) => /\d/.test(text) || OUTCOME_OPENS_LINE.test(text) || OUTCOME_ENDS_LINE.test(text);
  const decisive = results.some((l) => givesResult(l.text) || UNANIMITY.test(l.text));
  const read = results.length > 0 && decisive ? results : allLines;
  // an amendment's vote is not the act's, when another line gives the act's: « cet amendement, mis aux voix, est rejeté
  // par 40 voix contre et 13 voix pour » / « … est adopté dans son ensemble par 40 voix pour, 13 voix contre »
  // (the sentence may run over two units, cut before its outcome: « … cet amendement, mis aux voix, est » / « rejeté par … »)
  const inAmendment = read.map((l, i) => ANY_VOTE_WORD.test(l.text) && (AMENDMENT_VOTE.test(l.text) || (i > 0 && AMENDMENT_VOTE.test(read[i - 1]!.text) && !/[.!?]\s*$/.test(read[i - 1]!.text))));
  const actsOwn = read.some((l, i) => !inAmendment[i] && ANY_VOTE_WORD.test(l.text) && givesResult(l.text));
  const lines = inAmendment.some(Boolean) && actsOwn ? read.filter((_l, i) => !inAmendment[i]) : read;
  if (ctx.title && SURVEY_TITLE.test(ctx.title)) {
    vote.kind = "none";
    return vote;
  }
  const stated: Partial<Record<Field, number | null>> = {};
  const byGroups: Partial<Record<"for" | "against" | "abstentions", { value: number; stated: boolean }>> = {};
  let unanimityLine: Line | undefined;
  let majorityLine: Line | undefined;
  let outcomeLine: Line | undefined;
  let informationOnly = false;
  // a line without any vote word holds no count, on its own (the patterns below are skipped) or with the next
  const voteWord = lines.map((l) => ANY_VOTE_WORD.test(l.text));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    // a "Vote :" label alone: the counts follow on the next lines ("− Pour : 16", "− Abstentions : 3, ...")
    const found = voteWord[i] ? countsIn(text) : {};
    // "Pour le changement de prestataire : 13 votes" (a result line labelled by what was voted)
    const labelled = voteWord[i] ? VOTE_FOR_LABELLED_RESULT.exec(text) : null;
    if (labelled && found.for === undefined) found.for = Number(labelled[1]);
    // "Pour 12, Contre 2, Abstention 1": labels followed by bare figures count only when two or more stand
    // together (a lone "pour 3 ans" is prose)
    const bare = voteWord[i] ? [...text.matchAll(VOTE_BARE_PAIR)] : [];
    if (bareFields(bare) >= 2) {
      // when the line's first figure follows a label ("Pour 38 Contre 4 Abstention 3"), every figure is its label's:
      // "38 Contre" there is no 38 votes against
      const first = bare[0]!;
      // (or the figures before it are other labels' own: "Votants 29 Exprimés 28 Pour 25 Contre 3")
      const labelFirst = first.index + first[0].length - first[2]!.length === text.search(/\d/) || COUNT_BEFORE_TALLY.test(text.slice(0, first.index));
      for (const m of bare) {
        const k: Field = BARE_PAIR_FOR.test(m[1]!) ? "for" : BARE_PAIR_AGAINST.test(m[1]!) ? "against" : "abstentions";
        if (found[k] === undefined || labelFirst) found[k] = /^\d/.test(m[2]!) ? Number(m[2]) : 0;
      }
    }
    // counts split over two lines ("par 20 voix" / "Pour, et" / "5 Abstentions")
    const next = lines[i + 1]?.text;
    // (not onto a tally of bare labels and figures, which reads on its own: "Votants 29" / "Exprimés 28 Pour 25 Contre 3")
    const nextIsTally = next !== undefined && voteWord[i + 1] === true && bareFields([...next.matchAll(VOTE_BARE_PAIR)]) >= 2;
    if (next && !nextIsTally && (voteWord[i] || voteWord[i + 1]) && !/[.!]\s*$/.test(text)) {
      const pair = countsIn(`${text} ${next}`);
      for (const [k, v] of Object.entries(pair) as Array<[Field, number | null]>) {
        // (also a label without its value when the next line says none: "Contre :" / "- Abstention : -", a dash cut off
        // as a bullet; not any figure: "Contre :" at a page's foot, then the next page's number « 43 »)
        if ((found[k] === undefined || (found[k] === null && v === 0)) && v !== null && countsIn(next)[k] === undefined) found[k] = v;
      }
    }
    for (const [k, v] of Object.entries(found) as Array<[Field, number | null]>) {
      if (stated[k] !== undefined && stated[k] !== null) continue;
      if (v === null && stated[k] === null) continue;
      stated[k] = v;
      if (v !== null) ev.add(`/vote/${k}`, line);
      vote.wording ??= v !== null ? text.trim() : null;
    }
    const groups = voteWord[i] && text.includes(":") && (found.against ?? null) === null && (found.abstentions ?? null) === null ? groupTally(text) : null;
    // (a tally by groups read whole is the field's, not a figure of one group read as the count: « Pour : Majorité
    // départementale (37), élue non inscrite (1) »)
    if (groups && found[groups.field] !== undefined && found[groups.field] !== null) {
      delete found[groups.field];
      if (stated[groups.field] !== undefined) delete stated[groups.field];
    }
    if (groups && (found[groups.field] ?? null) === null && byGroups[groups.field] === undefined && (stated[groups.field] === undefined || stated[groups.field] === null)) {
      byGroups[groups.field] = groups;
      ev.add(`/vote/${groups.field}`, line);
    }
    if (found.abstentions) pushAll(vote.abstainers, namesAfter(text, "abstentions"));
    if (found.against) pushAll(vote.opponents, namesAfter(text, "against"));
    if (!unanimityLine && UNANIMITY.test(text) && !UNANIMITY_EXCEPT.test(text) && !CHAIR_ELECTION.test(text)) unanimityLine = line;
    if (!majorityLine && MAJORITY.test(text)) majorityLine = line;
    if (!outcomeLine && (OUTCOME_OPENS_LINE.test(text) || OUTCOME_ENDS_LINE.test(text))) outcomeLine = line;
    // (not a section after the act's own result: « Votée à la majorité. » / « Questions diverses »)
    if (INFORMATION_ONLY.test(text) && !unanimityLine && !majorityLine && !outcomeLine) informationOnly = true;
  }
  // (the proclamation may stand after the result lines: « VOTE : » / the results / « Mme X est désignée. »)
  const election = electionIn(lines, allLines);
  if (election) {
    vote.kind = "election";
    vote.election = election;
    vote.outcome = election.candidates.some((c) => c.elected) ? "adopted" : null;
    if (vote.outcome) vote.basis.outcome = "stated";
    // the votes for: a printed « Pour : 54 », else the votes of the one candidate elected (inferred)
    const elected = election.candidates.filter((c) => c.elected);
    if (typeof stated.for === "number") {
      vote.for = stated.for;
      vote.basis.for = "stated";
    } else if (elected.length === 1) {
      vote.for = elected[0]!.votes;
      vote.basis.for = "inferred";
    }
    // abstentions printed with the results of a designation by show of hands (« Abstentions : 3 »)
    for (const k of ["against", "abstentions"] as const) {
      const v = stated[k];
      if (typeof v === "number") {
        vote[k] = v;
        vote.basis[k] = "stated";
      }
    }
    return vote;
  }
  for (const k of ["for", "against", "abstentions", "expressed"] as Field[]) {
    const v = stated[k];
    if (v !== undefined && v !== null) {
      vote[k] = v;
      vote.basis[k] = "stated";
    }
  }
  // a tally by groups: the figure the text gives for one group is stated, a sum of several (or of members named) inferred
  for (const k of ["for", "against", "abstentions"] as const) {
    const g = byGroups[k];
    if (g && vote[k] === null) {
      vote[k] = g.value;
      vote.basis[k] = g.stated ? "stated" : "inferred";
    }
  }
  const anyCount = vote.for !== null || vote.against !== null || vote.abstentions !== null;
  // unanimity
  if (unanimityLine) {
    vote.unanimous = true;
    vote.basis.unanimous = "stated";
    vote.wording ??= unanimityLine.text.trim();
    ev.add("/vote/unanimous", unanimityLine);
    vote.unanimityScope = "unspecified";
    // "des membres présents et" / "représentés": the scope may run over two lines
    const k = lines.indexOf(unanimityLine);
    const scopeText = `${unanimityLine.text} ${lines[k + 1]?.text ?? ""}`;
    for (const [re, scope] of UNANIMITY_SCOPE) if (re.test(scopeText)) { vote.unanimityScope = scope; break; }
    // the votes written after the unanimity: "à l'unanimité des membres présents (7 voix)"
    const votes = vote.for === null ? UNANIMITY_VOTES.exec(scopeText) : null;
    if (votes) {
      vote.for = Number(votes[1] ?? votes[2]);
      vote.basis.for = "stated";
      ev.add("/vote/for", unanimityLine);
    }
  }
  // inferred unanimity (when not stated), the counts unanimity implies, the votes expressed: src/infer/vote.ts
  inferVoteCounts(vote, ctx.attendance);
  // (members or groups named against or abstaining, no figure: not unanimous)
  const dissent = vote.unanimous === null ? lines.find((l) => DISSENT_NEED.test(l.text) && DISSENT_NAMED.test(l.text)) : undefined;
  inferUnanimityFromDissent(vote, dissent !== undefined);
  if (dissent) ev.add("/vote/unanimous", dissent);
  // outcome: stated on an outcome line, else inferred (src/infer/vote.ts)
  const outcomeText = outcomeLine?.text ?? "";
  if (outcomeLine && REJECTED.test(outcomeText)) {
    vote.outcome = "rejected";
    vote.basis.outcome = "stated";
  } else if (outcomeLine && ADOPTED.test(outcomeText)) {
    vote.outcome = "adopted";
    vote.basis.outcome = "stated";
  } else {
    inferOutcome(vote, { majority: majorityLine !== undefined, informationOnly });
  }
  if (outcomeLine) ev.add("/vote/outcome", outcomeLine);
  if (!anyCount && vote.unanimous === null && !majorityLine && !outcomeLine) vote.kind = "none";
  // (an outcome stated on its own line stands: « Vote : adopté à l'unanimité. » before « Questions diverses »)
  if (informationOnly && !anyCount && vote.basis.outcome !== "stated") {
    vote.outcome = null;
    delete vote.basis.outcome;
    if (vote.unanimous === null) vote.kind = "none";
  }
  return vote;
}
