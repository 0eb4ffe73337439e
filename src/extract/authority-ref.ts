// Completes the authority of a session: the department and SIREN stated in the @CTES identifier, then the values
// inferred (src/infer/authority.ts) from the commune the text keeps mentioning and from the reference data (COG).
// Inferred values are marked "inferred" in authority.basis.
import type { Attendance, Prefecture } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import type { SessionInfo } from "./session.js";
import { inferAuthorityFromMentions, inferAuthorityFromReference, inferDepartmentFromPostalCode } from "../infer/authority.js";

/**
 * The authority of a session, completed: department and SIREN from the @CTES identifier (stated there), the commune
 * an informal compte rendu keeps naming, then the reference data.
 */
export function completeAuthority(session: SessionInfo, prefecture: Prefecture, attendance: Attendance, lines: Line[], ev: Evidence): void {
  const auth = session.authority;
  if (!auth.department && prefecture.department) { auth.department = prefecture.department; auth.basis.department = "stated"; }
  if (!auth.siren && prefecture.siren) { auth.siren = prefecture.siren; auth.basis.siren = "stated"; }
  // a council of a commune only: the minutes of an EPCI name its member communes all the time
  if (!auth.name && !auth.siren && session.body !== "conseil communautaire" && session.body !== "comité syndical") {
    const a = attendance;
    const people = [...a.presentMembers, ...a.excusedMembers, ...a.absentMembers, ...a.proxies.flatMap((p) => (p.to ? [p.from, p.to] : [p.from]))];
    inferAuthorityFromMentions(auth, lines, people, ev);
  }
  inferDepartmentFromPostalCode(auth, lines, ev);
  inferAuthorityFromReference(auth);
  if (auth.siren && ev.items["/prefecture/siren"]) ev.items["/authority/siren"] ??= ev.items["/prefecture/siren"]!;
  if (auth.department && ev.items["/prefecture/department"]) ev.items["/authority/department"] ??= ev.items["/prefecture/department"]!;
}
