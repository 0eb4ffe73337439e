// Reference data of French communes and EPCI (Code officiel géographique, DGCL SIRENs), from the
// @etalab/decoupage-administratif package. Loaded lazily, once per process, only when an act leaves the
// authority's department or SIREN unknown.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { stripAccents } from "../vocab/fold.js";

interface CommuneEntry { code: string; nom: string; departement: string; siren?: string; type: string }
interface EpciEntry { code: string; nom: string; type: string; membres: Array<{ code: string }> }

export interface AuthorityRef {
  name: string;
  kind: "commune" | "epci";
  department: string | null;
  siren: string | null;
}

/** name|kind|department|siren, packed: 37,000 small strings weigh far less than as many objects */
type Packed = string;
let index: { byName: Map<string, Packed[]>; bySiren: Map<string, Packed> } | undefined;

function pack(r: AuthorityRef): Packed {
  return `${r.name}|${r.kind}|${r.department ?? ""}|${r.siren ?? ""}`;
}

function unpack(p: Packed): AuthorityRef {
  const [name, kind, department, siren] = p.split("|") as [string, "commune" | "epci", string, string];
  return { name, kind, department: department || null, siren: siren || null };
}

export function foldName(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/\bcommunaute\s+de\s+communes\b/g, "cc")
    .replace(/\bcommunaute\s+d\s*(?:'\s*)?agglomeration\b/g, "ca")
    .replace(/\bcommunaute\s+urbaine\b/g, "cu")
    .replace(/\bsaint\b/g, "st").replace(/\bsainte\b/g, "ste")
    .replace(/[^a-z0-9]+/g, " ").trim();
}

function departmentOf(insee: string): string {
  return insee.startsWith("97") ? insee.slice(0, 3) : insee.slice(0, 2);
}

/** Reads a data file of the package without keeping it in the module cache (it is dropped once indexed). */
function readData<T>(file: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), "utf8")) as T;
}

function load(): NonNullable<typeof index> {
  if (index) return index;
  const byName = new Map<string, Packed[]>();
  const bySiren = new Map<string, Packed>();
  const add = (ref: AuthorityRef) => {
    const key = foldName(ref.name);
    const p = pack(ref);
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
    if (ref.siren) bySiren.set(ref.siren, p);
  };
  for (const c of readData<CommuneEntry[]>("communes.json")) {
    if (c.type !== "commune-actuelle") continue;
    add({ name: c.nom, kind: "commune", department: c.departement, siren: c.siren ?? null });
  }
  for (const e of readData<EpciEntry[]>("epci.json")) {
    const depts = new Set(e.membres.map((m) => departmentOf(m.code)));
    add({ name: e.nom, kind: "epci", department: depts.size === 1 ? [...depts][0]! : null, siren: e.code });
  }
  index = { byName, bySiren };
  return index;
}

/** The authority whose SIREN this is, if it is a commune or an EPCI of the reference data. */
export function authorityBySiren(siren: string): AuthorityRef | undefined {
  const p = load().bySiren.get(siren);
  return p === undefined ? undefined : unpack(p);
}

/** The authority of that name when exactly one has it (homonyms give nothing). */
export function authorityByName(name: string, kind?: "commune" | "epci"): AuthorityRef | undefined {
  const found = (load().byName.get(foldName(name)) ?? []).map(unpack).filter((r) => !kind || r.kind === kind);
  return found.length === 1 ? found[0] : undefined;
}
