// The session date inferred from the @CTES identifier: when the text states no session date, the decision date
// that the prefecture's identifier carries is the only source. Marked "inferred" in the act's basis, with the
// identifier's evidence line as the session date's evidence.
import type { Act, Prefecture } from "../schema/record.js";
import type { Evidence } from "../core/types.js";

export function inferSessionDate(session: { sessionDate: string | null }, prefecture: Prefecture, basis: Act["basis"], ev: Evidence): void {
  if (session.sessionDate || !prefecture.decisionDate) return;
  session.sessionDate = prefecture.decisionDate;
  basis.sessionDate = "inferred";
  const at = ev.items["/prefecture/decisionDate"];
  if (at) ev.items["/sessionDate"] = at;
}
