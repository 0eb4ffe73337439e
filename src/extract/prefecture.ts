// The prefecture record of an act from the stamps read during normalisation.
import type { Prefecture } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { bestId, type Stamps } from "../normalise/stamps.js";
import { CTES_ID_STRICT } from "../vocab/fr.js";
import { compactDate } from "../vocab/dates.js";
import { foldActNumber } from "../vocab/fold.js";
import { departmentFromCtes } from "../vocab/departments.js";

export function extractPrefecture(stamps: Stamps, ev: Evidence): Prefecture {
  const p: Prefecture = {
    id: null, department: null, siren: null, decisionDate: null, internalNumber: null, nature: null,
    sentDate: null, receivedDate: null, publishedDate: null,
  };
  readId(p, stamps, bestId(stamps), ev);
  if (stamps.sent) { p.sentDate = stamps.sent.value; ev.add("/prefecture/sentDate", stamps.sent.at); }
  if (stamps.received) { p.receivedDate = stamps.received.value; ev.add("/prefecture/receivedDate", stamps.received.at); }
  if (stamps.published) { p.publishedDate = stamps.published.value; ev.add("/prefecture/publishedDate", stamps.published.at); }
  return p;
}

/**
 * The prefecture record of one act of minutes whose acts each carry their own stamp (« … ID : 045-…-CS2024_19-DE »
 * under each): the identifier whose act number is the act's own, when there is one; the document's otherwise.
 */
export function prefectureOfAct(document: Prefecture, stamps: Stamps, number: string | null, ev: Evidence): Prefecture {
  if (!number || stamps.ids.length < 2) return { ...document };
  const own = stamps.ids.find((x) => {
    const m = CTES_ID_STRICT.exec(x.id);
    return m !== null && foldActNumber(m[4]!) === foldActNumber(number);
  });
  if (!own || own.id === document.id) return { ...document };
  const p = { ...document };
  for (const k of ["id", "department", "siren", "decisionDate", "internalNumber", "nature"]) ev.replace(`/prefecture/${k}`, own.at);
  readId(p, { ...stamps, ids: [own] }, own, ev);
  return p;
}

function readId(p: Prefecture, stamps: Stamps, best: { id: string; at: Line } | null, ev: Evidence): void {
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
}
