// The chair inferred from the attendance: when the text names no chair (no « sous la présidence de », no signature),
// the member listed present with the role « Maire » (or « Président(e) » in an intercommunality) chairs the
// session, as the CGCT has it (L2121-14: the mayor presides the municipal council; L5211-2 for the president of an
// EPCI). Marked "inferred" in the act's basis, with the list's line as evidence.
import type { Act, Attendance, Person } from "../schema/record.js";
import type { Evidence } from "../core/types.js";
import { CHAIR_ROLE } from "../vocab/fr.js";

export function inferPresident(session: { president: Person | null }, attendance: Attendance, basis: Act["basis"], ev: Evidence): void {
  if (session.president !== null) return;
  const chairs = attendance.presentMembers.filter((p) => CHAIR_ROLE.test(p.role ?? ""));
  if (chairs.length !== 1) return;
  session.president = chairs[0]!;
  basis.president = "inferred";
  const at = ev.items["/attendance/presentMembers"];
  if (at) ev.items["/president"] = at;
}
