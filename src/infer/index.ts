// Stage 5 of the pipeline: the values ctg derives instead of reading them. The record keeps stated and inferred
// values apart: each `basis` map says, per field, "stated" (read in the text) or "inferred" (derived here). An
// inferred value never replaces a stated one, and each rule uses values known before it runs, so the extractors
// call these functions at fixed points, after the stated values they depend on are read:
//   attendance.ts    inferAttendanceCounts   present, represented            called by extractAttendance (src/extract/attendance.ts)
//   vote.ts          inferVoteCounts         unanimous, against, abstentions, for, expressed
//                    inferOutcome            outcome                         both called by extractVote (src/extract/vote.ts)
//   session-date.ts  inferSessionDate        sessionDate from the @CTES id    called by extractActs (src/extract/acts.ts)
//   president.ts     inferPresident          president: the member present as « Maire »
//                                                                             called by extractActs (src/extract/acts.ts)
//   authority.ts     inferAuthorityFromMentions, inferAuthorityFromReference
//                                            authority name, kind, department, SIREN (the reference data:
//                                            src/reference/cog.ts)           called by completeAuthority (src/extract/authority-ref.ts)
// Not here: the counts an act's attendance events change (a member arriving or leaving moves present, absent and
// voters by one; members not taking part lower the voters). They follow the lists that src/extract/events.ts
// updates (applySessionEvent, applyEvents) and are marked "inferred" there.
export { inferAttendanceCounts, type AttendanceFacts } from "./attendance.js";
export { inferVoteCounts, inferUnanimity, inferCountsUnderUnanimity, inferExpressed, inferOutcome, type OutcomeContext } from "./vote.js";
export { inferSessionDate } from "./session-date.js";
export { inferPresident } from "./president.js";
export { inferAuthorityFromReference, inferAuthorityFromMentions, communeFromMentions } from "./authority.js";
