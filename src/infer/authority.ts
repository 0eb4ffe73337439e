// The authority's inferred values: its name from the commune an informal compte rendu keeps mentioning, and its
// name, kind, department and SIREN from the reference data (COG, src/reference/cog.ts) looked up by the SIREN or
// the name already known. Every value set here is marked "inferred" in authority.basis; a value already known is
// never replaced, and a name shared by several communes gives nothing. src/extract/authority-ref.ts first copies
// the department and SIREN stated in the @CTES identifier, then calls these functions in this order.
import type { Authority, Person } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { authorityByName, authorityBySiren, foldName } from "../reference/cog.js";
import { POSTAL_CODE_AND_TOWN } from "../vocab/fr.js";

/** Name, kind, department and SIREN from the reference data, by the SIREN if known, else by the name. */
export function inferAuthorityFromReference(a: Authority): void {
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
 * often as any other. Returns it with its first mention.
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

/** The authority named by the commune the text keeps mentioning (see communeFromMentions), first mention as evidence. */
export function inferAuthorityFromMentions(auth: Authority, lines: Line[], people: Person[], ev: Evidence): void {
  const found = communeFromMentions(lines, people);
  if (!found) return;
  auth.name = found.name;
  auth.kind = "commune";
  auth.basis.name = "inferred";
  ev.add("/authority/name", found.at);
}

/** The département a postal code stands in: its first two figures, three overseas; Corsica's 20xxx split at 20200. */
export function departmentOfPostalCode(code: string): string {
  if (code.startsWith("97")) return code.slice(0, 3);
  if (code.startsWith("20")) return Number(code) < 20200 ? "2A" : "2B";
  return code.slice(0, 2);
}

/**
 * The commune's département from the postal code its letterhead gives with its name ("73800 CHIGNIN" under « Mairie
 * de Chignin »), when nothing states it: inferred, the code's town being the authority's own.
 */
export function inferDepartmentFromPostalCode(auth: Authority, lines: Line[], ev: Evidence): void {
  if (auth.department || !auth.name || auth.kind !== "commune") return;
  const name = foldName(auth.name);
  // as many words of the town as the name has ("26000 VALENCE CEDEX" is Valence; "73230 Saint-Alban-Leysse" is not
  // Saint-Alban)
  const words = auth.name.trim().split(/\s+/).length;
  for (const l of lines.slice(0, 40)) {
    if (!/\d{5}/.test(l.text)) continue;
    for (const m of l.text.matchAll(POSTAL_CODE_AND_TOWN)) {
      if (foldName(m[2]!.split(/\s+/).slice(0, words).join(" ")) !== name) continue;
      auth.department = departmentOfPostalCode(m[1]!);
      auth.basis.department = "inferred";
      ev.add("/authority/department", l);
      return;
    }
  }
}
