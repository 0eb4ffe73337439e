import { describe, expect, it } from "vitest";
import { emptyAttendance } from "../../src/extract/attendance.js";
import { emptyVote } from "../../src/extract/vote.js";
import { inferOutcome, inferVoteCounts, type OutcomeContext } from "../../src/infer/vote.js";
import type { Attendance, Person, Vote } from "../../src/schema/record.js";

type Count = "for" | "against" | "abstentions" | "expressed";
type Scope = Vote["unanimityScope"];

/** a vote whose given counts are stated, unanimous when `scope` is given (stated unanimity) */
function vote(stated: Partial<Record<Count, number>>, scope: Scope = null): Vote {
  const v = emptyVote();
  for (const [k, n] of Object.entries(stated) as Array<[Count, number]>) {
    v[k] = n;
    v.basis[k] = "stated";
  }
  if (scope) {
    v.unanimous = true;
    v.basis.unanimous = "stated";
    v.unanimityScope = scope;
  }
  return v;
}

const person = (name: string): Person => ({ name, civility: null, firstName: null, lastName: name, role: null });

function attendance(counts: Partial<Pick<Attendance, "present" | "represented" | "voters">>, notVoting = 0): Attendance {
  return { ...emptyAttendance(), ...counts, notVoting: Array.from({ length: notVoting }, (_, i) => person(`M${i}`)) };
}

const pick = (v: Vote) => ({ for: v.for, against: v.against, abstentions: v.abstentions, expressed: v.expressed, unanimous: v.unanimous, basis: v.basis });

describe("inferVoteCounts", () => {
  it.each<[string, Vote, Attendance, ReturnType<typeof pick>]>([
    ["unanimity, 11 present + 2 represented, no count -> for 13", vote({}, "unspecified"), attendance({ present: 11, represented: 2 }),
      { for: 13, against: 0, abstentions: 0, expressed: null, unanimous: true, basis: { unanimous: "stated", against: "inferred", abstentions: "inferred", for: "inferred" } }],
    ["unanimity, stated voters 14 -> for 14", vote({}, "unspecified"), attendance({ present: 11, represented: 2, voters: 14 }),
      { for: 14, against: 0, abstentions: 0, expressed: null, unanimous: true, basis: { unanimous: "stated", against: "inferred", abstentions: "inferred", for: "inferred" } }],
    ["unanimity of the present: 11 present, 2 represented, 1 not voting -> for 10", vote({}, "present"), attendance({ present: 11, represented: 2 }, 1),
      { for: 10, against: 0, abstentions: 0, expressed: null, unanimous: true, basis: { unanimous: "stated", against: "inferred", abstentions: "inferred", for: "inferred" } }],
    ["unanimity of the votes expressed, 2 abstentions stated -> for 11", vote({ abstentions: 2 }, "expressed"), attendance({ present: 13 }),
      { for: 11, against: 0, abstentions: 2, expressed: 11, unanimous: true, basis: { abstentions: "stated", unanimous: "stated", against: "inferred", for: "inferred", expressed: "inferred" } }],
    ["unanimity of the votes expressed, no abstention count -> abstentions stay null", vote({}, "expressed"), attendance({ present: 13 }),
      { for: 13, against: 0, abstentions: null, expressed: null, unanimous: true, basis: { unanimous: "stated", against: "inferred", for: "inferred" } }],
    ["unanimity without attendance -> for stays null", vote({}, "unspecified"), attendance({}),
      { for: null, against: 0, abstentions: 0, expressed: null, unanimous: true, basis: { unanimous: "stated", against: "inferred", abstentions: "inferred" } }],
    ["no stated count, no unanimity -> nothing inferred", vote({}), attendance({ present: 11, represented: 2 }),
      { for: null, against: null, abstentions: null, expressed: null, unanimous: null, basis: {} }],
    ["14 / 0 / 0 stated -> unanimous, expressed 14", vote({ for: 14, against: 0, abstentions: 0 }), attendance({}),
      { for: 14, against: 0, abstentions: 0, expressed: 14, unanimous: true, basis: { for: "stated", against: "stated", abstentions: "stated", unanimous: "inferred", expressed: "inferred" } }],
    ["17 / 2 / 1 stated -> not unanimous, expressed 19", vote({ for: 17, against: 2, abstentions: 1 }), attendance({}),
      { for: 17, against: 2, abstentions: 1, expressed: 19, unanimous: false, basis: { for: "stated", against: "stated", abstentions: "stated", unanimous: "inferred", expressed: "inferred" } }],
    ["0 / 0 / 0 stated -> not unanimous", vote({ for: 0, against: 0, abstentions: 0 }), attendance({}),
      { for: 0, against: 0, abstentions: 0, expressed: 0, unanimous: false, basis: { for: "stated", against: "stated", abstentions: "stated", unanimous: "inferred", expressed: "inferred" } }],
    ["abstentions 2 alone -> not unanimous, nothing else", vote({ abstentions: 2 }), attendance({ present: 13 }),
      { for: null, against: null, abstentions: 2, expressed: null, unanimous: false, basis: { abstentions: "stated", unanimous: "inferred" } }],
    ["expressed stated is kept", vote({ for: 10, against: 2, abstentions: 0, expressed: 13 }), attendance({}),
      { for: 10, against: 2, abstentions: 0, expressed: 13, unanimous: false, basis: { for: "stated", against: "stated", abstentions: "stated", expressed: "stated", unanimous: "inferred" } }],
  ])("%s", (_, v, a, expected) => {
    inferVoteCounts(v, a);
    expect(pick(v)).toEqual(expected);
  });
});

describe("the counts a tally leaves out, when the stated ones make up the voters", () => {
  const stated = (voters: number, notVoting = 0): Attendance => ({ ...attendance({ voters }, notVoting), basis: { voters: "stated" } });
  const counts = (v: Vote) => [v.for, v.against, v.abstentions, v.unanimous, v.basis.against, v.basis.abstentions];
  it.each<[string, Vote, Attendance, ReturnType<typeof counts>]>([
    ["« 16 pour, 5 contre », 21 voters stated -> no abstention", vote({ for: 16, against: 5 }), stated(21), [16, 5, 0, false, "stated", "inferred"]],
    ["« 36 voix pour et 4 abstentions », 40 voters -> none against", vote({ for: 36, abstentions: 4 }), stated(40), [36, 0, 4, false, "inferred", "stated"]],
    ["« 21 pour », 21 voters -> none against, no abstention, unanimous", vote({ for: 21 }), stated(21), [21, 0, 0, true, "inferred", "inferred"]],
    ["voters stated for the session, one member not voting -> the rest", vote({ for: 18, against: 2 }), stated(21, 1), [18, 2, 0, false, "stated", "inferred"]],
    ["the counts fall short of the voters -> nothing", vote({ for: 16, against: 4 }), stated(21), [16, 4, null, false, "stated", undefined]],
    ["voters not stated -> nothing", vote({ for: 16, against: 5 }), attendance({ present: 21 }), [16, 5, null, false, "stated", undefined]],
  ])("%s", (_, v, a, expected) => {
    inferVoteCounts(v, a);
    expect(counts(v)).toEqual(expected);
  });

  it("an election's ballots are left alone (blank ballots count among the voters)", () => {
    const v = { ...vote({ for: 19 }), kind: "election" as const };
    inferVoteCounts(v, stated(21));
    expect([v.against, v.abstentions]).toEqual([null, null]);
  });
});

describe("inferOutcome", () => {
  const none: OutcomeContext = { majority: false, informationOnly: false };
  const majority: OutcomeContext = { majority: true, informationOnly: false };
  const info: OutcomeContext = { majority: false, informationOnly: true };
  const unanimous = (): Vote => { const v = vote({}, "unspecified"); inferVoteCounts(v, attendance({ present: 11, represented: 2 })); return v; };
  it.each<[string, Vote, OutcomeContext, Vote["outcome"], Vote["basis"]["outcome"]]>([
    ["for 9 > against 3 stated -> adopted", vote({ for: 9, against: 3 }), none, "adopted", "inferred"],
    ["for 2 < against 11 stated -> rejected", vote({ for: 2, against: 11 }), none, "rejected", "inferred"],
    ["for 5 = against 5 -> no outcome", vote({ for: 5, against: 5 }), none, null, undefined],
    ["for 10 stated alone -> adopted", vote({ for: 10 }), none, "adopted", "inferred"],
    ["for 0 stated alone -> no outcome", vote({ for: 0 }), none, null, undefined],
    ["counts inferred from unanimity -> adopted by the unanimity", unanimous(), none, "adopted", "inferred"],
    ["unanimity on an information item -> no outcome", unanimous(), info, null, undefined],
    ["stated majority, no count -> adopted", vote({}), majority, "adopted", "inferred"],
    ["nothing stated -> no outcome", vote({}), none, null, undefined],
  ])("%s", (_, v, ctx, outcome, basis) => {
    inferOutcome(v, ctx);
    expect([v.outcome, v.basis.outcome]).toEqual([outcome, basis]);
  });

  it("keeps a stated outcome", () => {
    const v = vote({ for: 2, against: 11 });
    v.outcome = "adopted";
    v.basis.outcome = "stated";
    inferOutcome(v, none);
    expect([v.outcome, v.basis.outcome]).toEqual(["adopted", "stated"]);
  });
});
