// Decisions: the operative lines of an act, opened by a verb in capitals ("- VALIDE ...", "DÉCIDE de ...").
import type { Decision } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { DECISION_RUN_END, DECISION_VERBS, VOTES_LABEL } from "../vocab/fr.js";

const VERBS = [...DECISION_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/'/g, "'"));
const OPENING = new RegExp(`^\\s*(?:[-•–—*]\\s*|\\d+[°.)]\\s*)?(${VERBS.join("|")})(?=\\s|:|,|$)`, "u");

export function extractDecisions(lines: Line[], ev: Evidence): Decision[] {
  const out: Decision[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = OPENING.exec(lines[i]!.text);
    // "VOTE : POUR : 9 ..." is the result line, not a decision
    if (!m || VOTES_LABEL.test(lines[i]!.text)) continue;
    let text = lines[i]!.text.replace(/^\s*(?:[-•–—*]\s*|\d+[°.)]\s*)/, "").trim();
    // a decision may run over the next lines until the next decision or a closing formula
    for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
      const next = lines[j]!.text;
      if (OPENING.test(next) || DECISION_RUN_END.test(next)) break;
      if (/[.;:]$/.test(text)) break;
      text += ` ${next.trim()}`;
    }
    ev.add(`/decisions/${out.length}`, lines[i]);
    out.push({ verb: m[1]!.normalize("NFC"), text });
  }
  return out;
}
