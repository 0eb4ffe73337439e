// Reference data of French communes and EPCI (Code officiel géographique, DGCL SIRENs), from the
// @etalab/decoupage-administratif package. Loaded lazily, once per process, only when an act leaves the
// authority's department or SIREN unknown.
import { createRequire } from "node:module";

interface CommuneEntry { code: string; nom: string; departement: string; siren?: string; type: string }
interface EpciEntry { code: string; nom: string; type: string; membres: Array<{ code: string }> }

export interface AuthorityRef {
  name: string;
  kind: "commune" | "epci";
  department: string | null;
  siren: string | null;
}

let index: { byName: Map<string, AuthorityRef[]>; bySiren: Map<string, AuthorityRef> } | undefined;

export function foldName(name: string): string {
  return name
    .normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/\bcommunaute\s+de\s+communes\b/g, "cc")
    .replace(/\bcommunaute\s+d\s*'?\s*agglomeration\b/g, "ca")
    .replace(/\bcommunaute\s+urbaine\b/g, "cu")
    .replace(/\bsaint\b/g, "st").replace(/\bsainte\b/g, "ste")
    .replace(/[^a-z0-9]+/g, " ").trim();
}

function departmentOf(insee: string): string {
  return insee.startsWith("97") ? insee.slice(0, 3) : insee.slice(0, 2);
}

function load(): NonNullable<typeof index> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const communes = require("@etalab/decoupage-administratif/data/communes.json") as CommuneEntry[];
  const epci = require("@etalab/decoupage-administratif/data/epci.json") as EpciEntry[];
  const byName = new Map<string, AuthorityRef[]>();
  const bySiren = new Map<string, AuthorityRef>();
  const add = (ref: AuthorityRef) => {
    const key = foldName(ref.name);
    byName.set(key, [...(byName.get(key) ?? []), ref]);
    if (ref.siren) bySiren.set(ref.siren, ref);
  };
  for (const c of communes) {
    if (c.type !== "commune-actuelle") continue;
    add({ name: c.nom, kind: "commune", department: c.departement, siren: c.siren ?? null });
  }
  for (const e of epci) {
    const depts = new Set(e.membres.map((m) => departmentOf(m.code)));
    add({ name: e.nom, kind: "epci", department: depts.size === 1 ? [...depts][0]! : null, siren: e.code });
  }
  index = { byName, bySiren };
  return index;
}

/** The authority whose SIREN this is, if it is a commune or an EPCI of the reference data. */
export function authorityBySiren(siren: string): AuthorityRef | undefined {
  return load().bySiren.get(siren);
}

/** The authority of that name when exactly one has it (homonyms give nothing). */
export function authorityByName(name: string, kind?: "commune" | "epci"): AuthorityRef | undefined {
  const found = (load().byName.get(foldName(name)) ?? []).filter((r) => !kind || r.kind === kind);
  return found.length === 1 ? found[0] : undefined;
}
