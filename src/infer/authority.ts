// The authority's inferred values: its name from the commune an informal compte rendu keeps mentioning, and its
// name, kind, department and SIREN from the reference data (COG, src/reference/cog.ts) looked up by the SIREN or
// the name already known. Every value set here is marked "inferred" in authority.basis; a value already known is
// never replaced, and a name shared by several communes gives nothing. src/extract/authority-ref.ts first copies
// the department and SIREN stated in the @CTES identifier, then calls these functions in this order.
import type { Authority, Person } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import { authorityByName, authorityBySiren } from "../reference/cog.js";

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
