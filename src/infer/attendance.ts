// Inferred attendance counts of a session, each derived from stated values only: the present members from
// the voters and the represented, or from the present list; the voters from the present and the represented; the represented from the proxies read, or 0 when
// the act prints an empty "Procuration(s) :" label; the absent from the lists of the absent and the
// excused, their proxies' givers aside, when the other counts do not say otherwise. A count already known (stated) is
// never replaced; every value set here is marked "inferred" in attendance.basis and carries no evidence line of its own.
import type { Attendance } from "../schema/record.js";
import { samePerson } from "../extract/people.js";

/** What the extractor read in the text that the inference needs besides the counts and lists. */
export interface AttendanceFacts {
  /** a present list ("Présents : A, B, C") was read, so its length is a count */
  presentList: boolean;
  /** "Procuration(s) :" printed with nothing after it: the act says there was no proxy */
  emptyProxyLabel: boolean;
  /** an absent list ("Absents : A, B", "Était absente : C") was read: with the excused, its members, the proxies' givers aside, are counted */
  absentList?: boolean;
}

type InferredCount = "present" | "represented" | "absent" | "voters";

function setInferred(a: Attendance, field: InferredCount, value: number): void {
  if (a[field] !== null) return;
  a[field] = value;
  a.basis[field] = "inferred";
}

/** Completes `a` in place, in this order (the first rule that gives a count wins). */
export function inferAttendanceCounts(a: Attendance, facts: AttendanceFacts): void {
  // present = voters - represented, from a stated number of voters (not when the represented outnumber the voters:
  // the counts contradict each other and the check says so, no negative count is made up)
  if (a.present === null && a.voters !== null && a.represented !== null && a.basis.voters === "stated" && a.voters >= a.represented) {
    setInferred(a, "present", a.voters - a.represented);
  }
  // present = the length of the present list
  if (a.present === null && a.presentMembers.length > 0 && facts.presentList) {
    setInferred(a, "present", a.presentMembers.length);
  }
  // represented = the number of proxies read
  if (a.represented === null && a.proxies.length > 0) setInferred(a, "represented", a.proxies.length);
  // represented = 0 when the other counts are known, no proxy was read and the proxy label is empty
  if (a.represented === null && a.present !== null && a.absent !== null && a.inOffice !== null && a.proxies.length === 0 && facts.emptyProxyLabel) {
    setInferred(a, "represented", 0);
  }
  // voters = present + represented, both stated, when the act prints no number of voters (CGCT L2121-20: a member
  // present votes, a proxy gives one vote more); a departure or a member who takes no part changes an act's own
  if (a.voters === null && a.present !== null && a.represented !== null && a.basis.present === "stated" && a.basis.represented === "stated") {
    setInferred(a, "voters", a.present + a.represented);
  }
  // absent = the members the lists of the absent and the excused name, their proxies' givers aside (« Était absente :
  // Mme Camille ROGER »), when the members in office less the present and the represented, if known, are as many
  // (the excused alone, with no list of the absent, only when that difference confirms them: « Excusés : M. Pascal
  // CAMBON, Mme Maryse BRU » with 45 in office, 36 present and 7 represented)
  if (a.absent === null) {
    const lists = facts.absentList || a.excusedMembers.length > 0;
    const listed = lists ? [...a.absentMembers, ...a.excusedMembers].filter((p) => !a.proxies.some((q) => samePerson(q.from, p))).length : null;
    const rest = a.inOffice !== null && a.present !== null && a.represented !== null ? a.inOffice - a.present - a.represented : null;
    if (listed !== null && listed > 0 && (rest === null ? facts.absentList === true : listed === rest)) setInferred(a, "absent", listed);
  }
}
