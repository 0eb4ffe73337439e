// Attendance events inside an act: members who do not take part in the vote, who leave or arrive.
import type { Attendance, Person } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { ARRIVAL, CHAIR_LEAVES, DEPARTURE, DEPARTURE_WITH_PROXY, MOVEMENT_WORD, NOT_VOTING, NOT_VOTING_NEED, PRESIDENCY, PRESIDENCY_WORD } from "../vocab/fr.js";
import { parsePeople, parsePerson, samePerson } from "./people.js";
import { BEFORE_CIVILITY, MAYOR_AS_SUBJECT } from "../vocab/fr.js";


function subjectOf(text: string, at: number): Person[] {
  const before = text.slice(0, at).replace(/^.*(?:[.;:]|\bet\s+que)\s+/i, "").replace(/^\s*>?\s*/, "").trim();
  const out: Person[] = [];
  for (const whole of before.split(/\s*,\s*|\s+et\s+/)) {
    // the words of the line before belong to it: « … aux associations sportives Monsieur Karim BELKACEM », « Adopté à
    // l'unanimité Mme le Maire »: the subject starts at its civility
    const civility = [...whole.matchAll(BEFORE_CIVILITY)].pop();
    const part = civility ? whole.slice(civility.index + 1) : whole;
    const mayor = MAYOR_AS_SUBJECT.exec(part.trim());
    if (mayor) {
      const role = mayor[2]!.replace(/^./, (c) => c.toUpperCase());
      const article = /^la$/i.test(mayor[1]!) ? "La" : "Le";
      out.push({ name: `${article} ${role}`, civility: null, firstName: null, lastName: null, role });
      continue;
    }
    const p = parsePerson(part);
    if (p && (p.lastName || p.firstName) && /^\p{Lu}/u.test(p.name)) out.push(p);
  }
  return out;
}

/** the members a label names after its colon: "M. Hervé MOULARD", "Mme Lucie FAVRE et M. Marc TORRE." */
function namesAfter(text: string): Person[] {
  return parsePeople(text.replace(/[.;]\s*$/, "")).filter((p) => !!(p.lastName || p.firstName) && /^\p{Lu}/u.test(p.name));
}

/**
 * `sessionCounts`: the counts in `a` are the session's (minutes: each item's voters leave out its non-voters); an
 * extract's own counts are its act's and already leave them out (« Votants : 93 » under « … ne prennent pas part au
 * vote »), so they stay as stated.
 */
export function applyEvents(lines: Line[], a: Attendance, ev: Evidence, sessionCounts = true): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // the subject may begin on the previous line ("... Le Maire" / "ne prend pas part au vote.", "... Le" /
    // "Maire ne prend pas part au vote."): subjectOf keeps only the last clause
    const previous = i > 0 ? lines[i - 1]!.text : "";
    const joined = previous !== "" && !/[.;:!?]\s*$/.test(previous);
    if (!NOT_VOTING_NEED.test(l.text) && !(joined && NOT_VOTING_NEED.test(previous))) continue;
    const text = joined ? `${previous} ${l.text}` : l.text;
    const m = NOT_VOTING.exec(text);
    if (!m) continue;
    // a label: « Ne prend pas part au vote : M. Hervé MOULARD » names them after its colon
    const label = /^\s*:\s*(\S.*)$/.exec(text.slice(m.index + m[0].length));
    const who = label && text.slice(0, m.index).trim() === (joined ? previous.trim() : "") ? namesAfter(label[1]!) : subjectOf(text, m.index);
    for (const p of who) {
      if (!a.notVoting.some((q) => samePerson(q, p) || q.name === p.name)) a.notVoting.push(p);
    }
    ev.add("/attendance/notVoting", l);
  }
  if (sessionCounts && a.notVoting.length && a.voters !== null && a.basis.voters === "stated") {
    // the session's voters; this act's voters exclude the members who do not take part
    a.voters = Math.max(0, a.voters - a.notVoting.length);
    a.basis.voters = "inferred";
  }
}

export interface SessionEvent {
  kind: "arrival" | "departure";
  person: Person;
  at: Line;
  /** a departure that hands over a proxy: the member is represented, the votes cast stay the same */
  proxy?: boolean;
}

function firstMatch(patterns: RegExp[], text: string): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[1]!.trim();
  }
  return undefined;
}

/** Arrivals and departures stated in an item's lines. */
export function sessionEvents(lines: Line[]): SessionEvent[] {
  const out: SessionEvent[] = [];
  for (const l of lines) {
    if (!MOVEMENT_WORD.test(l.text)) continue;
    for (const [kind, patterns] of [["arrival", ARRIVAL], ["departure", DEPARTURE]] as const) {
      const who = firstMatch(patterns, l.text);
      const person = who ? parsePerson(who) : null;
      if (person && (person.lastName || person.firstName)) out.push({ kind, person, at: l, ...(kind === "departure" && DEPARTURE_WITH_PROXY.test(l.text) ? { proxy: true } : {}) });
    }
  }
  return out;
}

/**
 * Moves a member who arrived into the present list (and out of the absent lists), or one who left out of it.
 * Counts change only when they were known; the changed count is marked inferred.
 */
export function applySessionEvent(a: Attendance, e: SessionEvent, ev: Evidence): void {
  const inList = (list: Person[]) => list.findIndex((p) => samePerson(p, e.person));
  a.events.push({ kind: e.kind, person: e.person, note: e.at.text.trim().slice(0, 200) });
  if (e.kind === "arrival") {
    if (inList(a.presentMembers) >= 0) return;
    for (const list of [a.absentMembers, a.excusedMembers]) {
      const k = inList(list);
      if (k >= 0) list.splice(k, 1);
    }
    a.presentMembers.push(e.person);
    if (a.present !== null) { a.present += 1; a.basis.present = "inferred"; }
    if (a.absent !== null && a.absent > 0) { a.absent -= 1; a.basis.absent = "inferred"; }
  } else {
    const k = inList(a.presentMembers);
    if (k >= 0) a.presentMembers.splice(k, 1);
    if (k < 0 && a.presentMembers.length > 0) return;
    if (a.present !== null && a.present > 0) { a.present -= 1; a.basis.present = "inferred"; }
    if (e.proxy) {
      // represented from now on: one vote fewer in person, one more by proxy
      if (a.represented !== null) { a.represented += 1; a.basis.represented = "inferred"; }
      ev.add("/attendance/represented", e.at);
      return;
    }
    a.absentMembers.push(e.person);
    if (a.absent !== null) { a.absent += 1; a.basis.absent = "inferred"; }
  }
  if (a.voters !== null) {
    a.voters += e.kind === "arrival" ? 1 : -1;
    a.basis.voters = "inferred";
  }
  ev.add(`/attendance/${e.kind === "arrival" ? "presentMembers" : "absentMembers"}`, e.at);
}

/** Who presided this item when the presidency changed hands (the mayor withdraws for the compte administratif). */
export function itemPresident(lines: Line[], ev: Evidence): Person | null {
  for (const l of lines) {
    // (every pattern holds « présid »: the others skip a line without it)
    const who = PRESIDENCY_WORD.test(l.text) ? firstMatch(PRESIDENCY, l.text) : undefined;
    const p = who ? parsePerson(who) : null;
    if (p && (p.lastName || p.firstName)) {
      ev.add("/president", l);
      return p;
    }
  }
  return null;
}

/**
 * An extract's own chair when the session's leaves the room for the act: « Monsieur le Maire ayant quitté la salle …,
 * la séance est présidée par Monsieur Xavier ROUQUETTE, Premier Adjoint » (the session's chair named before stays
 * the session's).
 */
export function chairForTheAct(lines: Line[], ev: Evidence): Person | null {
  for (let i = 0; i < lines.length; i++) {
    if (!CHAIR_LEAVES.test(lines[i]!.text)) continue;
    const p = itemPresident(lines.slice(i, i + 3), ev);
    if (p) return p;
  }
  return null;
}
