// Completes the authority from the reference data (COG): the department and SIREN of a commune named in the
// text, or the name of the authority whose SIREN the @CTES identifier gives. Values found this way are marked
// "inferred" in authority.basis; a name shared by several communes gives nothing.
import type { Attendance, Authority, Person, Prefecture } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import type { SessionInfo } from "./session.js";
import { authorityByName, authorityBySiren } from "../reference/cog.js";

export function enrichAuthority(a: Authority): void {
  // nothing to complete: do not load the reference data
  if (a.name && a.department && a.siren && a.kind) return;
  const ref = a.siren ? authorityBySiren(a.siren) : a.name ? authorityByName(a.name, a.kind === "epci" ? "epci" : a.kind === "commune" ? "commune" : undefined) : undefined;
  if (!ref) return;
  if (!a.name) { a.name = ref.name; a.basis.name = "inferred"; }
  if (!a.kind) { a.kind = ref.kind; a.basis.kind = "inferred"; }
  if (!a.department && ref.department) { a.department = ref.department; a.basis.department = "inferred"; }
  if (!a.siren && ref.siren) { a.siren = ref.siren; a.basis.siren = "inferred"; }
}

/**
 * When the text names no authority, the commune an informal compte rendu keeps mentioning ("à Couthenans",
 * "l'école de Couthenans") is its own: a commune of the reference data named at least three times, twice as
 * often as any other. Marked inferred, with the first mention as evidence.
 */
export function communeFromMentions(lines: Line[], people: Person[] = []): { name: string; at: Line } | undefined {
  // "pouvoir donné à Yves": a member's name is not a commune, even when a commune bears it
  const names = new Set(people.flatMap((p) => [p.firstName, p.lastName]).filter((x): x is string => !!x).map((x) => x.toLowerCase()));
  const counts = new Map<string, { n: number; at: Line }>();
  const mention = /(?<![\p{L}])(?:à|a|de|d'|pour|avec|sur|vers|commune\s+de)\s*([A-ZÀ-Ý][\p{L}']+(?:-[\p{L}']+)*)/gu;
  for (const l of lines) {
    for (const m of l.text.matchAll(mention)) {
      const name = m[1]!;
      if (names.has(name.toLowerCase())) continue;
      if (name.length < 3 || name === name.toUpperCase() && name.length < 4) continue;
      const ref = authorityByName(name, "commune");
      if (!ref) continue;
      const c = counts.get(ref.name) ?? { n: 0, at: l };
      c.n++;
      counts.set(ref.name, c);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n);
  const [first, second] = ranked;
  if (!first || first[1].n < 3 || (second && first[1].n < 2 * second[1].n)) return undefined;
  return { name: first[0], at: first[1].at };
}

/**
 * The authority of a session, completed: department and SIREN from the @CTES identifier (stated there), the commune
 * an informal compte rendu keeps naming, then the reference data.
 */
export function completeAuthority(session: SessionInfo, prefecture: Prefecture, attendance: Attendance, lines: Line[], ev: Evidence): void {
  const auth = session.authority;
  if (!auth.department && prefecture.department) { auth.department = prefecture.department; auth.basis.department = "stated"; }
  if (!auth.siren && prefecture.siren) { auth.siren = prefecture.siren; auth.basis.siren = "stated"; }
  // a council of a commune only: the minutes of an EPCI name its member communes all the time
  if (!auth.name && !auth.siren && session.body !== "conseil communautaire" && session.body !== "comité syndical") {
    const a = attendance;
    const people = [...a.presentMembers, ...a.excusedMembers, ...a.absentMembers, ...a.proxies.flatMap((p) => (p.to ? [p.from, p.to] : [p.from]))];
    const found = communeFromMentions(lines, people);
    if (found) {
      auth.name = found.name;
      auth.kind = "commune";
      auth.basis.name = "inferred";
      ev.add("/authority/name", found.at);
    }
  }
  enrichAuthority(auth);
  if (auth.siren && ev.items["/prefecture/siren"]) ev.items["/authority/siren"] ??= ev.items["/prefecture/siren"]!;
  if (auth.department && ev.items["/prefecture/department"]) ev.items["/authority/department"] ??= ev.items["/prefecture/department"]!;
}
