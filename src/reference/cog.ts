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

/**
 * The index, compact: the prebuilt file's bytes, its lines sorted by folded name (a binary search finds a name), and
 * the lines' order by SIREN beside them. About 2 MB a worker where maps of 37,000 strings took 12.6 MB of heap.
 */
export interface Index {
  byName(key: string): Packed[];
  bySiren(siren: string): Packed | undefined;
}

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

/** The prebuilt index as a file: one « folded name TAB packed entry » line per entry, sorted by folded name (the
 * data's order kept among equal names). Folded names are ASCII, so their bytes sort as their characters. */
export function formatIndex(entries: ReadonlyArray<readonly [string, Packed]>): string {
  const sorted = entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
  return sorted.map(([[key, p]]) => `${key}\t${p}\n`).join("");
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/** The index over a file formatted by formatIndex. */
export function indexOfFile(bytes: Buffer): Index {
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    starts.push(at);
    const end = bytes.indexOf(NEWLINE, at);
    at = end < 0 ? bytes.length : end + 1;
  }
  const lineStart = Int32Array.from(starts);
  const count = lineStart.length;
  const lineEnd = (k: number) => (k + 1 < count ? lineStart[k + 1]! - 1 : bytes[bytes.length - 1] === NEWLINE ? bytes.length - 1 : bytes.length);
  const packedOf = (k: number) => bytes.toString("utf8", bytes.indexOf(TAB, lineStart[k]!) + 1, lineEnd(k));
  // the key of line k against `key` (ASCII): negative, zero or positive
  const compare = (k: number, key: Buffer) => {
    const from = lineStart[k]!;
    for (let i = 0; ; i++) {
      const a = bytes[from + i]!;
      const aEnded = a === TAB;
      const bEnded = i >= key.length;
      if (aEnded || bEnded) return aEnded && bEnded ? 0 : aEnded ? -1 : 1;
      if (a !== key[i]) return a - key[i]!;
    }
  };
  // the SIRENs, the last field of each line, sorted with their lines
  const sirens = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const end = lineEnd(k);
    const bar = bytes.lastIndexOf(0x7c, end - 1);
    sirens[k] = bar >= lineStart[k]! && end > bar + 1 ? Number(bytes.toString("latin1", bar + 1, end)) : NaN;
  }
  const bySirenOrder = Int32Array.from({ length: count }, (_, k) => k).filter((k) => !Number.isNaN(sirens[k]!));
  bySirenOrder.sort((a, b) => sirens[a]! - sirens[b]! || a - b);
  return {
    byName(key) {
      const wanted = Buffer.from(key, "latin1");
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(mid, wanted) < 0) lo = mid + 1;
        else hi = mid;
      }
      const out: Packed[] = [];
      for (let k = lo; k < count && compare(k, wanted) === 0; k++) out.push(packedOf(k));
      return out;
    },
    bySiren(siren) {
      if (!/^\d{9}$/.test(siren)) return undefined;
      const wanted = Number(siren);
      let lo = 0;
      let hi = bySirenOrder.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sirens[bySirenOrder[mid]!]! < wanted) lo = mid + 1;
        else hi = mid;
      }
      // (a SIREN given twice in the data: the last line's entry, as a map filled in the data's order kept it)
      let found: number | undefined;
      for (let m = lo; m < bySirenOrder.length && sirens[bySirenOrder[m]!] === wanted; m++) found = bySirenOrder[m];
      return found === undefined ? undefined : packedOf(found);
    },
  };
}

/** The prebuilt file's bytes; null when it is absent (dist/ built by tsc alone). */
export function prebuiltIndexFile(file: URL = PREBUILT_INDEX): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

// The prebuilt index (2 MB, a few ms) is read when present; else the package's 12.6 MB of JSON is parsed and its
// 37,000 names folded (250-300 ms and 40-70 MB more per worker), with the same result.
function load(): Index {
  index ??= indexOfFile(prebuiltIndexFile() ?? Buffer.from(formatIndex(referenceEntries()), "utf8"));
  return index;
}

/** The authority whose SIREN this is, if it is a commune or an EPCI of the reference data. */
export function authorityBySiren(siren: string): AuthorityRef | undefined {
  const p = load().bySiren(siren);
  return p === undefined ? undefined : unpack(p);
}

/** The authority of that name when exactly one has it (homonyms give nothing). */
export function authorityByName(name: string, kind?: "commune" | "epci"): AuthorityRef | undefined {
  const found = load().byName(foldName(name)).map(unpack).filter((r) => !kind || r.kind === kind);
  return found.length === 1 ? found[0] : undefined;
}
