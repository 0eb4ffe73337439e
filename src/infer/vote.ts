// Inferred values of a show-of-hands vote, each from values already known: unanimity from the three counts (or
// from a vote against or an abstention), the counts a unanimous vote implies (no vote against, no abstention,
// `for` from the attendance), the votes expressed from for + against, and the outcome from the counts, the
// unanimity or a stated majority. A value already known (stated) is never replaced; every value set here is
// marked "inferred" in vote.basis. The stated values are read first, in src/extract/vote.ts, which calls
// inferVoteCounts, then inferOutcome, at the points where the rules apply.
import type { Attendance, Vote } from "../schema/record.js";

/**
 * Unanimity, when the text does not state it (vote.unanimous still null): true when all three counts are known
 * and there is no vote against, no abstention and at least one vote for; false as soon as a vote against or an
 * abstention is known.
 */
export function inferUnanimity(vote: Vote): void {
  if (vote.unanimous !== null) return;
  if (vote.for !== null && vote.against !== null && vote.abstentions !== null) {
    vote.unanimous = vote.against === 0 && vote.abstentions === 0 && vote.for > 0;
    vote.basis.unanimous = "inferred";
  } else if ((vote.against ?? 0) > 0 || (vote.abstentions ?? 0) > 0) {
    vote.unanimous = false;
    vote.basis.unanimous = "inferred";
  }
}

/**
 * The counts of a unanimous vote: no vote against; no abstention (unless the unanimity is "of the votes
 * expressed", which says nothing of abstentions); `for` = the members who voted (the stated voters, or present +
 * represented - not voting), or the present members only under "unanimité des présents", less the abstentions.
 */
export function inferCountsUnderUnanimity(vote: Vote, a: Attendance): void {
  if (vote.unanimous !== true) return;
  const voters = a.voters ?? (a.present !== null ? a.present + (a.represented ?? 0) - a.notVoting.length : null);
  if (vote.against === null) { vote.against = 0; vote.basis.against = "inferred"; }
  if (vote.abstentions === null && vote.unanimityScope !== "expressed") { vote.abstentions = 0; vote.basis.abstentions = "inferred"; }
  if (vote.for === null && voters !== null && a.present !== null) {
    // "à l'unanimité des présents" counts only the present members
    const n = vote.unanimityScope === "present" ? a.present - a.notVoting.length : voters;
    vote.for = Math.max(0, n - (vote.abstentions ?? 0));
    vote.basis.for = "inferred";
  }
}

/**
 * The counts a tally leaves out, when the ones it states already make up the members who voted: « Votes : 16 pour,
 * 5 contre » with 21 voters had no abstention. Only the stated voters are trusted here (a count of voters derived
 * from the attendance may miss a member who left), and a show of hands only (an election's ballots may be blank).
 */
export function inferZeroCounts(vote: Vote, a: Attendance): void {
  if (vote.kind !== "show-of-hands" || vote.basis.for !== "stated" || vote.for === null || a.voters === null || a.basis.voters !== "stated") return;
  if (vote.against !== null && vote.abstentions !== null) return;
  // (the stated voters may count the members who took no part, or not)
  const stated = vote.for + (vote.against ?? 0) + (vote.abstentions ?? 0);
  if (stated !== a.voters && stated + a.notVoting.length !== a.voters) return;
  if (vote.against === null) { vote.against = 0; vote.basis.against = "inferred"; }
  if (vote.abstentions === null) { vote.abstentions = 0; vote.basis.abstentions = "inferred"; }
}

/** Unanimity is false when the text names members or groups against or abstaining, with no figure to count. */
export function inferUnanimityFromDissent(vote: Vote, dissentNamed: boolean): void {
  if (vote.unanimous !== null || !dissentNamed) return;
  vote.unanimous = false;
  vote.basis.unanimous = "inferred";
}

/** Votes expressed = for + against, when not stated and when the text stated at least one count. */
export function inferExpressed(vote: Vote, anyStatedCount: boolean): void {
  if (vote.for !== null && vote.against !== null && vote.expressed === null && anyStatedCount) {
    vote.expressed = vote.for + vote.against;
    vote.basis.expressed = "inferred";
  }
}

/**
 * Unanimity, then the counts it implies, then the votes expressed, in this order (each rule sees the values
 * the previous ones set). Call once the stated counts and the stated unanimity are in `vote`.
 */
export function inferVoteCounts(vote: Vote, attendance: Attendance): void {
  // the counts known on entry are the stated ones
  const anyStatedCount = vote.for !== null || vote.against !== null || vote.abstentions !== null;
  inferZeroCounts(vote, attendance);
  inferUnanimity(vote);
  inferCountsUnderUnanimity(vote, attendance);
  inferExpressed(vote, anyStatedCount);
}

export interface OutcomeContext {
  /** the text says the act was voted by a majority ("à la majorité") */
  majority: boolean;
  /** the item is for information only ("prend acte", "pour information"): no outcome from unanimity or majority */
  informationOnly: boolean;
}

/**
 * The outcome, when the text does not state it (vote.outcome still null): from the counts when `for` or
 * `against` was stated (for > against adopted, for < against rejected, a tie gives nothing); from a stated
 * `for` above 0 alone; otherwise adopted under unanimity or a stated majority, unless for information only.
 */
export function inferOutcome(vote: Vote, ctx: OutcomeContext): void {
  if (vote.outcome !== null) return;
  if (vote.for !== null && vote.against !== null && (vote.basis.for === "stated" || vote.basis.against === "stated")) {
    vote.outcome = vote.for > vote.against ? "adopted" : vote.for < vote.against ? "rejected" : null;
    if (vote.outcome) vote.basis.outcome = "inferred";
  } else if (vote.for !== null && vote.basis.for === "stated" && vote.for > 0) {
    vote.outcome = "adopted";
    vote.basis.outcome = "inferred";
  } else if ((vote.unanimous || ctx.majority) && !ctx.informationOnly) {
    vote.outcome = "adopted";
    vote.basis.outcome = "inferred";
  }
}
