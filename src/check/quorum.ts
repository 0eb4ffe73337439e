// Quorum (CGCT L2121-17, L3121-14, L4132-13, applied to EPCI by L5211-1): more than half of the members in
// office physically present, i.e. floor(N/2) + 1 (proxies do not count). Inside a COVID window: one third,
// with `present * 3 >= N` taken as passing (rounding is not defined by the texts; standards.md §4.7).

export type QuorumRule = "majority" | "third";

/** Smallest number of present members that reaches the quorum for `inOffice` members. */
export function quorumRequired(inOffice: number, rule: QuorumRule): number {
  return rule === "majority" ? Math.floor(inOffice / 2) + 1 : Math.ceil(inOffice / 3);
}

export function quorumReached(present: number, inOffice: number, rule: QuorumRule): boolean {
  return rule === "majority" ? present * 2 > inOffice : present * 3 >= inOffice;
}

/** Exactly one third present: passes under the COVID rule, but only by the rounding the texts leave open. */
export function thirdBorderline(present: number, inOffice: number): boolean {
  return present * 3 === inOffice;
}

/**
 * The quorum decided both ways from bounds on the members in office: "reached" when even `upper` members in office
 * are outnumbered by more than the rule's share, "missed" when even `lower` are not, null when the bounds leave it
 * open. `upper` is null when nothing bounds the members in office from above.
 */
export function quorumDecided(present: number, lower: number, upper: number | null, rule: QuorumRule): "reached" | "missed" | null {
  if (!quorumReached(present, lower, rule)) return "missed";
  if (upper !== null && quorumReached(present, upper, rule)) return "reached";
  return null;
}
