// The consistency rules, in one table. Each rule reads one act and returns zero or more hits: message
// parameters, the JSON pointers of the values it used (their evidence is attached to the finding) and,
// when the rule's severity must be lowered for this hit, a lower severity.
//
// Principles (standards.md §4 and §6):
// - a rule fires only on what is known: a null value is "not stated", never zero;
// - a contradiction between stated values is an error; when one of the values is inferred (basis
//   "inferred"), the inference may be what is wrong, so the hit is at most a warning;
// - when a rule cannot be evaluated for lack of data it says nothing, or an "info" (QUORUM_UNKNOWN).
import type { Act } from "../schema/record.js";
import { regimeOn } from "./covid.js";
import { parseCtesId } from "./ctes-id.js";
import { date, type CheckContext, type TableRule } from "./rules/kit.js";
import { presentExceedsInOffice, attendanceSum, representedExceedsAbsent, votersExceedAttendance, votersBelowAttendance, presentNamesCount } from "./rules/attendance.js";
import { quorum, quorumBorderline, quorumUnknown } from "./rules/quorum.js";
import { voteSumExceeds, voteSumBelow, expressedMismatch, outcomeAdopted, outcomeRejected, outcomeTie } from "./rules/votes.js";
import { unanimityAgainst, unanimityAbstentions, unanimityPresentWithProxies } from "./rules/unanimity.js";
import { proxiesExceedPresent, proxyHolderMultiple, proxyHolderNotPresent, proxyGiverPresent, proxyCount } from "./rules/proxies.js";
import { secretaryNotPresent, presidentNotPresent, compteAdministratif } from "./rules/session.js";
import { ctesIdSyntax, stampIdConflict, ctesNumberSyntax, sirenChecksum, sirenMismatch, ctesDepartment, ctesDateImplausible, ctesDateSession, ctesNumberMismatch, ctesNature } from "./rules/ctes.js";
import { dateInvalid, datesOrder, publishedBeforeSession, convocationAfterSession, convocationDelay, dateInFuture, transmissionImplausible, transmissionLate } from "./rules/dates.js";
import { electionSum, electionExpressed } from "./rules/elections.js";

export type { CheckContext, Hit, Lang, Rule, RuleOutput, TableRule } from "./rules/kit.js";

// ---- the table ----------------------------------------------------------------------------------------

export const RULES: readonly TableRule[] = [
  presentExceedsInOffice,
  attendanceSum,
  representedExceedsAbsent,
  votersExceedAttendance,
  votersBelowAttendance,
  presentNamesCount,
  quorum,
  quorumBorderline,
  quorumUnknown,
  voteSumExceeds,
  voteSumBelow,
  expressedMismatch,
  outcomeAdopted,
  outcomeRejected,
  outcomeTie,
  unanimityAgainst,
  unanimityAbstentions,
  unanimityPresentWithProxies,
  proxiesExceedPresent,
  proxyHolderMultiple,
  proxyHolderNotPresent,
  proxyGiverPresent,
  proxyCount,
  secretaryNotPresent,
  presidentNotPresent,
  compteAdministratif,
  ctesIdSyntax,
  stampIdConflict,
  ctesNumberSyntax,
  sirenChecksum,
  sirenMismatch,
  ctesDepartment,
  ctesDateImplausible,
  ctesDateSession,
  ctesNumberMismatch,
  ctesNature,
  dateInvalid,
  datesOrder,
  publishedBeforeSession,
  convocationAfterSession,
  convocationDelay,
  dateInFuture,
  transmissionImplausible,
  transmissionLate,
  electionSum,
  electionExpressed,
];

/** The context of one act: COVID regime on its session date, its @CTES identifier parsed. */
export function contextFor(act: Act, today: string): CheckContext {
  return {
    today,
    regime: regimeOn(date(act.sessionDate)),
    ctesId: act.prefecture.id === null ? null : parseCtesId(act.prefecture.id),
  };
}
