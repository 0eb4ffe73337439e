// Proxies listed by their givers only ("Absents ayant voté par procuration : A, B, C") often get their holder
// later, where members come and go: "M. Passet avec sa procuration (H. Martin) sort de séance". The holder is
// stated there; it completes the proxy it names, never one that already has a holder.
import type { Attendance, Person } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { PROXY_HOLDER_MENTIONS, PROXY_MENTION_WORD } from "../vocab/fr.js";
import { foldLetters as fold } from "../vocab/fold.js";

/** "H. Martin", "Mme Deloncle", "Lannelongue": the surname and the initial of the first name, if given */
function reference(ref: string): { surname: string; initial: string | null } {
  const words = ref.replace(/^(?:M\.|Mme|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s+/, "").trim().split(/\s+|(?<=\.)(?=\p{Lu})/u);
  const initial = words.length > 1 ? words[0]!.charAt(0) : null;
  return { surname: fold(words[words.length - 1]!), initial: initial && fold(initial) };
}


function refersTo(p: Person, ref: { surname: string; initial: string | null }): boolean {
  // (« El Atmani » refers to Sarah EL ATMANI: the particle aside, the surname's last word)
  if (!p.lastName || (fold(p.lastName) !== ref.surname && fold(p.lastName.split(/\s+/).pop()!) !== ref.surname)) return false;
  return ref.initial === null || !p.firstName || fold(p.firstName).charAt(0) === ref.initial;
}

export function completeProxyHolders(a: Attendance, lines: Line[], ev: Evidence): void {
  if (!a.proxies.some((p) => p.to === null)) return;
  for (const line of lines) {
    // every mention names the proxy: the patterns run only on the lines that do
    if (!PROXY_MENTION_WORD.test(line.text)) continue;
    for (const re of PROXY_HOLDER_MENTIONS) {
      re.lastIndex = 0;
      for (const m of line.text.matchAll(re)) {
        const pairs: Array<[string, string]> = m[4] ? [[m[1]!, m[3]!], [m[2]!, m[4]!]] : [[m[1]!, m[2]!]];
        for (const [holderRef, giverRef] of pairs) complete(a, holderRef, giverRef, line, ev);
      }
    }
  }
}

/** "H. Martin" gave the proxy that "M. Passet" holds: set it when each names exactly one member */
function complete(a: Attendance, holderRef: string, giverRef: string, line: Line, ev: Evidence): void {
  const giver = reference(giverRef);
  const givers = a.proxies.filter((p) => refersTo(p.from, giver));
  if (givers.length !== 1 || givers[0]!.to !== null) return;
  // the holder is the present member of that surname, when there is exactly one
  const holder = reference(holderRef);
  const known = a.presentMembers.filter((p) => refersTo(p, holder));
  if (known.length !== 1) return;
  givers[0]!.to = known[0]!;
  ev.add("/attendance/proxies", line);
}
