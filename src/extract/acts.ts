// Stage 4: normalised text -> acts. The session header is read once; each act carries its own copy of it,
// its own number, title, vote, decisions and content, and the attendance that held for it.
import type { Act, Attendance, Vote } from "../schema/record.js";
import { Evidence } from "../core/types.js";
import type { Normalised } from "../normalise/index.js";
import { segment, splitHeading, type Item } from "../segment/items.js";
import { partNumber, partsByPosition, splitDocuments, stampsWithin, tablesWithin } from "../segment/documents.js";
import { extractSession, type SessionInfo } from "./session.js";
import { extractAttendance, statedVoters } from "./attendance.js";
import { completeProxyHolders } from "./proxy-holders.js";
import { extractPrefecture, prefectureOfAct } from "./prefecture.js";
import { extractVote } from "./vote.js";
import { extractDecisions } from "./decisions.js";
import { extractContent } from "./content.js";
import { extractNumber, extractTitle } from "./identity.js";
import { applyEvents, applySessionEvent, chairForTheAct, itemPresident, sessionEvents } from "./events.js";
import { completeAuthority } from "./authority-ref.js";
import { inferSessionDate } from "../infer/session-date.js";
import { inferPresident } from "../infer/president.js";
import { LABELLED_VOTE, OUTCOME_LINE } from "../vocab/fr.js";

/** each act's own lists and counts; the persons themselves are never changed once read, so they are shared */
function copyAttendance(a: Attendance): Attendance {
  return {
    ...a,
    presentMembers: [...a.presentMembers], excusedMembers: [...a.excusedMembers], absentMembers: [...a.absentMembers],
    proxies: a.proxies.map((p) => ({ ...p })), notVoting: [...a.notVoting], events: [...a.events], basis: { ...a.basis },
  };
}

function actKind(vote: Vote): Act["kind"] {
  return vote.kind === "election" ? "election" : vote.kind === "none" ? "information" : "deliberation";
}

/**
 * The acts of a document. A set of extracts in one file (src/segment/documents.ts) gives each extract's acts from
 * its own lines, stamps and tables, as if it had come alone.
 */
export function extractActs(n: Normalised): Act[] {
  const parts = splitDocuments(n.lines);
  if (parts.length === 1) return extractDocument(n);
  // parts that start on the same source line (a text collapsed to one line) cannot be told apart by position
  const byPosition = partsByPosition(parts);
  return parts.flatMap((lines, k) => {
    const from = k === 0 ? null : lines[0]!;
    const to = parts[k + 1]?.[0] ?? null;
    const number = partNumber(lines) ?? extractNumber(lines, null, new Evidence());
    return extractDocument({ lines, tables: tablesWithin(n.tables, from, to, byPosition), stamps: stampsWithin(n.stamps, from, to, number, byPosition) });
  });
}

function extractDocument(n: Normalised): Act[] {
  const { header, items } = segment(n.lines);
  const sessionEv = new Evidence();
  const session: SessionInfo = extractSession(header, n.lines, sessionEv);
  const attendance = extractAttendance(header, sessionEv);
  completeProxyHolders(attendance, n.lines, sessionEv);
  const prefecture = extractPrefecture(n.stamps, sessionEv);
  const sessionBasis: Act["basis"] = session.sessionDate ? { sessionDate: "stated" } : {};
  // no session date in the text: the @CTES identifier's decision date (src/infer/session-date.ts)
  inferSessionDate(session, prefecture, sessionBasis, sessionEv);
  // no chair named: the member present as « Maire » (src/infer/president.ts)
  inferPresident(session, attendance, sessionBasis, sessionEv);
  completeAuthority(session, prefecture, attendance, n.lines, sessionEv);

  const base = (ev: Evidence): Omit<Act, "kind" | "number" | "title" | "vote" | "decisions" | "content" | "evidence" | "attendance"> & { evidence: Evidence } => {
    ev.merge(sessionEv);
    return {
      authority: { ...session.authority },
      body: session.body,
      sessionDate: session.sessionDate,
      convocationDate: session.convocationDate,
      place: session.place,
      president: session.president,
      secretary: session.secretary,
      prefecture: { ...prefecture },
      basis: { ...sessionBasis },
      evidence: ev,
    };
  };

  if (items.length === 0) {
    const ev = new Evidence();
    const number = extractNumber(n.lines, prefecture.internalNumber, ev);
    const title = extractTitle(n.lines, ev);
    const att = copyAttendance(attendance);
    applyEvents(n.lines, att, ev, false);
    const vote = extractVote(n.lines, { attendance: att }, ev);
    const chair = chairForTheAct(n.lines, ev);
    const b = base(ev);
    return [{
      ...b,
      ...(chair ? { president: chair } : {}),
      kind: actKind(vote),
      number, title, attendance: att, vote,
      decisions: extractDecisions(n.lines, ev),
      content: extractContent(n.lines, n.tables, ev),
      evidence: ev.items,
    }];
  }
  // arrivals count from the item where they are stated; departures from the next one on
  let running = copyAttendance(attendance);
  let pendingDepartures: ReturnType<typeof sessionEvents> = [];
  return splitVotes(items).map((item) => {
    const ev = new Evidence();
    if (item.number) ev.add("/number", item.numberAt ?? item.heading);
    if (item.title) ev.add("/title", item.heading);
    const events = sessionEvents(item.lines);
    for (const e of pendingDepartures) applySessionEvent(running, e, ev);
    for (const e of events.filter((x) => x.kind === "arrival")) applySessionEvent(running, e, ev);
    pendingDepartures = events.filter((x) => x.kind === "departure");
    const att = copyAttendance(running);
    running = copyAttendance(running);
    applyEvents(item.lines, att, ev);
    // the act's own count of voters, stated in its text, holds for it (a member who left, a proxy that went with her)
    const voters = statedVoters(item.lines);
    if (voters) {
      att.voters = voters.value;
      att.basis.voters = "stated";
      ev.add("/attendance/voters", voters.at);
    }
    const president = itemPresident(item.lines, ev);
    const vote = extractVote(item.lines, { attendance: att, title: item.title }, ev);
    const b = base(ev);
    return {
      ...b,
      prefecture: prefectureOfAct(prefecture, n.stamps, item.number, ev),
      president: president ?? b.president,
      kind: actKind(vote),
      number: item.number,
      title: item.title,
      attendance: att,
      vote,
      decisions: extractDecisions(item.lines, ev),
      content: extractContent(item.lines, [], ev),
      evidence: ev.items,
    } satisfies Act;
  });
}

/**
 * A section that holds several decisions gives one act per decision: labelled votes ("DM1 budget communal :
 * Vote : ...") are titled by their label; outcome lines ("ADOPTÉ à l'unanimité.") close a paragraph that opens
 * with the decision's subject.
 */
function splitVotes(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const votes = item.lines.filter((l) => LABELLED_VOTE.test(l.text));
    if (votes.length >= 2) {
      for (const v of votes) out.push({ number: item.number, title: LABELLED_VOTE.exec(v.text)![1]!.trim(), heading: v, lines: [v] });
      continue;
    }
    const closing = item.lines.map((l, i) => (OUTCOME_LINE.test(l.text) ? i : -1)).filter((i) => i >= 0);
    if (closing.length >= 2) {
      let from = 0;
      closing.forEach((end, k) => {
        const block = item.lines.slice(from, end + 1);
        // the first paragraph keeps the section's heading when it is the outcome alone
        const titleLine = k === 0 && block.length <= 1 ? null : block[0]!;
        out.push({ number: item.number, title: titleLine ? splitHeading(titleLine.text.trim()).title : item.title, heading: titleLine ?? item.heading, lines: block });
        from = end + 1;
      });
      continue;
    }
    out.push(item);
  }
  return out;
}

