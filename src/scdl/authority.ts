// Which configured authority an act belongs to, for the SCDL columns COLL_NOM and COLL_SIRET. The act's own
// word comes first: the SIREN of its @CTES identifier (stated), then the SIREN the reference data (COG) gives
// for the authority it names (src/infer/authority.ts), then that name. An act whose authority contradicts the
// configuration, or has no row in it, gets no identity: it is never written with another authority's.
import type { Act } from "../schema/record.js";
import type { ScdlAuthority, ScdlSettings } from "../config/index.js";
import { authorityBySiren, foldName } from "../reference/cog.js";

export type AuthorityMatch =
  | { ok: true; authority: ScdlAuthority }
  | {
      ok: false;
      /** contradiction: the act says X, the configuration's row says Y; no-row: the table has none for X;
       *  ambiguous: several rows bear the act's name; unknown: the act names no authority and has no @CTES SIREN */
      reason: "contradiction" | "no-row" | "ambiguous" | "unknown";
      /** what the act says: a SIREN (from the @CTES stamp or the COG) and/or a name */
      act: { siren: string | null; sirenFrom: "ctes" | "cog" | null; name: string | null };
      /** the configured row it contradicts */
      row?: ScdlAuthority;
    };

/** A name without the words that commonly precede it in an official name: "Commune de Savas-Mépin" → "savas mepin". */
export function bareName(name: string): string {
  return foldName(name)
    .replace(/^(?:commune|ville|mairie|municipalite)\s+(?:de\s+|d\s+|du\s+|des\s+)?/, "")
    .replace(/^(?:la|le|les|l)\s+/, "");
}

function rowNames(row: ScdlAuthority): string[] {
  const names = [bareName(row.nom)];
  const ref = authorityBySiren(row.siren);
  if (ref) names.push(bareName(ref.name));
  return names;
}

function sameName(row: ScdlAuthority, name: string): boolean {
  return rowNames(row).includes(bareName(name));
}

export function matchAuthority(act: Act, settings: ScdlSettings): AuthorityMatch {
  const ctes = act.prefecture.siren;
  const siren = ctes ?? act.authority.siren;
  const said = { siren, sirenFrom: ctes ? ("ctes" as const) : siren ? ("cog" as const) : null, name: act.authority.name };
  const rows = settings.authorities;
  if (settings.mode === "one") {
    const row = rows[0]!;
    if (siren) return siren === row.siren ? { ok: true, authority: row } : { ok: false, reason: "contradiction", act: said, row };
    if (said.name && !sameName(row, said.name)) return { ok: false, reason: "contradiction", act: said, row };
    // nothing in the act names another authority: the one configured is its own
    return { ok: true, authority: row };
  }
  if (siren) {
    const row = rows.find((r) => r.siren === siren);
    if (row) return { ok: true, authority: row };
    const named = said.name ? rows.find((r) => sameName(r, said.name!)) : undefined;
    return named ? { ok: false, reason: "contradiction", act: said, row: named } : { ok: false, reason: "no-row", act: said };
  }
  if (said.name) {
    const named = rows.filter((r) => sameName(r, said.name!));
    if (named.length === 1) return { ok: true, authority: named[0]! };
    return { ok: false, reason: named.length ? "ambiguous" : "no-row", act: said };
  }
  return { ok: false, reason: "unknown", act: said };
}
