// Attendance events inside an act: members who do not take part in the vote, who leave or arrive.
import type { Attendance, Person } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { NOT_VOTING } from "../vocab/fr.js";
import { parsePeople, parsePerson, samePerson } from "./people.js";

function subjectOf(text: string, at: number): Person[] {
  const before = text.slice(0, at).replace(/^.*?(?:[.;]|\bet\s+que)\s+/i, "").trim();
  if (/^(?:M(?:onsieur|\.)?\s+)?le\s+Maire$/i.test(before) || /^Le\s+Maire$/i.test(before)) {
    return [{ name: "Le Maire", civility: null, firstName: null, lastName: null, role: "Maire" }];
  }
  const cleaned = before.replace(/^(?:Madame|Monsieur|Mme|M\.)\s+/, (m) => m).replace(/\s*,\s*$/, "");
  const people = parsePeople(cleaned.replace(/\s+et\s+/g, ", "));
  return people.length ? people : (parsePerson(cleaned) ? [parsePerson(cleaned)!] : []);
}

export function applyEvents(lines: Line[], a: Attendance, ev: Evidence): void {
  for (const l of lines) {
    const m = NOT_VOTING.exec(l.text);
    if (!m) continue;
    for (const p of subjectOf(l.text, m.index)) {
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
