// Attendance events inside an act: members who do not take part in the vote, who leave or arrive.
import type { Attendance, Person } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { NOT_VOTING } from "../vocab/fr.js";
import { parsePerson, samePerson } from "./people.js";

const MAYOR = /^(?:M(?:onsieur|\.)?\s+)?le\s+(Maire|Pr[ée]sident)$/i;

function subjectOf(text: string, at: number): Person[] {
  const before = text.slice(0, at).replace(/^.*(?:[.;:]|\bet\s+que)\s+/i, "").replace(/^\s*>?\s*/, "").trim();
  const out: Person[] = [];
  for (const part of before.split(/\s*,\s*|\s+et\s+/)) {
    const mayor = MAYOR.exec(part.trim());
    if (mayor) {
      const role = mayor[1]!.replace(/^./, (c) => c.toUpperCase());
      out.push({ name: `Le ${role}`, civility: null, firstName: null, lastName: null, role });
      continue;
    }
    const p = parsePerson(part);
    if (p && (p.lastName || p.firstName) && /^\p{Lu}/u.test(p.name)) out.push(p);
  }
  return out;
}

export function applyEvents(lines: Line[], a: Attendance, ev: Evidence): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // the subject may end the previous line ("... Le Maire" / "ne prend pas part au vote.")
    const text = i > 0 && /^\s*(?:ne|n')\s/i.test(l.text) ? `${lines[i - 1]!.text} ${l.text}` : l.text;
    const m = NOT_VOTING.exec(text);
    if (!m) continue;
    for (const p of subjectOf(text, m.index)) {
      if (!a.notVoting.some((q) => samePerson(q, p) || q.name === p.name)) a.notVoting.push(p);
    }
    ev.add("/attendance/notVoting", l);
  }
  if (a.notVoting.length && a.voters !== null && a.basis.voters === "stated") {
    // the session's voters; this act's voters exclude the members who do not take part
    a.voters = Math.max(0, a.voters - a.notVoting.length);
    a.basis.voters = "inferred";
  }
}
