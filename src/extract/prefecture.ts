// The prefecture record of an act from the stamps read during normalisation.
import type { Prefecture } from "../schema/record.js";
import type { Evidence } from "../core/types.js";
import { bestId, type Stamps } from "../normalise/stamps.js";
import { CTES_ID_STRICT } from "../vocab/fr.js";
import { compactDate } from "../vocab/dates.js";
import { departmentFromCtes } from "../vocab/departments.js";

export function extractPrefecture(stamps: Stamps, ev: Evidence): Prefecture {
  const p: Prefecture = {
    id: null, department: null, siren: null, decisionDate: null, internalNumber: null, nature: null,
    sentDate: null, receivedDate: null, publishedDate: null,
  };
  const best = bestId(stamps);
  if (best) {
    const m = CTES_ID_STRICT.exec(best.id);
    p.id = best.id;
    ev.add("/prefecture/id", best.at);
    // other identifiers read in other copies of the stamp: the report compares them
    stamps.ids.filter((x) => x.id !== best.id).forEach((x, i) => ev.add(`/prefecture/id/${i + 1}`, x.at, x.id));
    if (m) {
      p.department = departmentFromCtes(m[1]!);
      p.siren = m[2]!;
      p.decisionDate = compactDate(m[3]!) ?? null;
      p.internalNumber = m[4]!;
      p.nature = m[5]!;
      for (const k of ["department", "siren", "decisionDate", "internalNumber", "nature"]) ev.add(`/prefecture/${k}`, best.at);
    }
  }
  if (stamps.sent) { p.sentDate = stamps.sent.value; ev.add("/prefecture/sentDate", stamps.sent.at); }
  if (stamps.received) { p.receivedDate = stamps.received.value; ev.add("/prefecture/receivedDate", stamps.received.at); }
  if (stamps.published) { p.publishedDate = stamps.published.value; ev.add("/prefecture/publishedDate", stamps.published.at); }
  return p;
}
