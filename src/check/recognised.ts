// Whether a record holds a deliberation at all: a text without any of what every act carries (a number, a title,
// a session date, attendance, a vote, a decision, a prefecture stamp, the council or authority it comes from) is
// no deliberation, and `ctg check` says so instead of « aucune remarque ».
import type { Act, CtgDocument } from "../schema/record.js";

export function isRecognisedAct(act: Act): boolean {
  const a = act.attendance;
  const v = act.vote;
  return (
    act.number !== null ||
    act.title !== null ||
    act.sessionDate !== null ||
    act.body !== null ||
    act.authority.name !== null ||
    act.prefecture.id !== null ||
    act.decisions.length > 0 ||
    [a.inOffice, a.present, a.absent, a.represented, a.voters].some((n) => n !== null) ||
    a.presentMembers.length + a.proxies.length > 0 ||
    [v.for, v.against, v.abstentions, v.unanimous, v.outcome].some((x) => x !== null)
  );
}

/** True when at least one act of the document is recognised as a deliberation. */
export function holdsDeliberation(doc: CtgDocument): boolean {
  return doc.acts.some(isRecognisedAct);
}
