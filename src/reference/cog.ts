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
let index: Index | undefined;

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

type Index = { byName: Map<string, Packed[]>; bySiren: Map<string, Packed> };

/** The prebuilt index `npm run build` writes beside this module (scripts/build-reference.mjs). */
export const PREBUILT_INDEX = new URL("./authorities.tsv", import.meta.url);

/** Folded name and packed entry of every commune and EPCI of the package's data, in its order. */
export function referenceEntries(): Array<[string, Packed]> {
  const out: Array<[string, Packed]> = [];
  const add = (ref: AuthorityRef) => out.push([foldName(ref.name), pack(ref)]);
  for (const c of readData<CommuneEntry[]>("communes.json")) {
    if (c.type !== "commune-actuelle") continue;
    add({ name: c.nom, kind: "commune", department: c.departement, siren: c.siren ?? null });
  }
  for (const e of readData<EpciEntry[]>("epci.json")) {
    const depts = new Set(e.membres.map((m) => departmentOf(m.code)));
    add({ name: e.nom, kind: "epci", department: depts.size === 1 ? [...depts][0]! : null, siren: e.code });
  }
  return out;
}

/** The prebuilt index as a file: one « folded name TAB packed entry » line per entry. */
export function formatIndex(entries: ReadonlyArray<readonly [string, Packed]>): string {
  return entries.map(([key, p]) => `${key}\t${p}\n`).join("");
}

export function indexOf(entries: Iterable<readonly [string, Packed]>): Index {
  const byName = new Map<string, Packed[]>();
  const bySiren = new Map<string, Packed>();
  for (const [key, p] of entries) {
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
    const siren = p.slice(p.lastIndexOf("|") + 1);
    if (siren) bySiren.set(siren, p);
  }
  return { byName, bySiren };
}

/** The prebuilt file's entries; null when it is absent (dist/ built by tsc alone). */
export function prebuiltEntries(file: URL = PREBUILT_INDEX): Array<[string, Packed]> | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const out: Array<[string, Packed]> = [];
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) out.push([line.slice(0, tab), line.slice(tab + 1)]);
  }
  return out;
}

// The prebuilt index (2 MB of lines, about 50 ms) is read when present; else the package's 12.6 MB of JSON is
// parsed and its 37,000 names folded (250-300 ms and 40-70 MB more per worker), with the same result.
function load(): Index {
  index ??= indexOf(prebuiltEntries() ?? referenceEntries());
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
