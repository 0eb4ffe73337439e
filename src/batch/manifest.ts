// The batch manifest in --out: for each input (relative path) its sha256, the tool version, the output file
// and the status. A snapshot (ctg-manifest.json, replaced atomically) plus an append-only journal
// (ctg-manifest.journal, one JSON line per finished document) so that a run killed at any moment resumes
// without redoing a finished document; the journal is folded into the snapshot every few seconds and at the end.
import { appendFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomicSync } from "./fsutil.js";
import type { CompactFinding, FileStatus, OutputFormat } from "./protocol.js";
import type { ScdlPart } from "../write/scdl.js";

export const MANIFEST_FILE = "ctg-manifest.json";
export const JOURNAL_FILE = "ctg-manifest.journal";
export const SUMMARY_FILE = "summary.json";

export interface ManifestEntry {
  sha256: string | null;
  size: number;
  mtimeMs: number;
  /** tool version + schema version that produced the output */
  version: string;
  format: OutputFormat;
  /** output file relative to --out ("/"-separated); null for ndjson and for documents that failed */
  output: string | null;
  status: FileStatus;
  error: { code: string; message: string; figures?: { count?: number; limit: number } } | null;
  pages: number;
  acts: number;
  counts: { error: number; warning: number; info: number };
  findings: CompactFinding[];
  /** hash of the SCDL settings the rows were made with; null without --scdl */
  scdlKey: string | null;
  scdl: ScdlPart | null;
  ms: number;
  finishedAt: string;
}

export interface Manifest {
  tool: "ctg";
  manifestVersion: 1;
  version: string;
  shard: string | null;
  createdAt: string;
  updatedAt: string;
  files: Record<string, ManifestEntry>;
}

export function emptyManifest(version: string, shard: string | null): Manifest {
  const now = new Date().toISOString();
  return { tool: "ctg", manifestVersion: 1, version, shard, createdAt: now, updatedAt: now, files: {} };
}

function isManifest(v: unknown): v is Manifest {
  return typeof v === "object" && v !== null && (v as Manifest).tool === "ctg" && typeof (v as Manifest).files === "object";
}

/** Snapshot plus journal of `dir`; null when there is no manifest there. A torn last journal line is ignored. */
export function readManifest(dir: string): Manifest | null {
  const snapshot = join(dir, MANIFEST_FILE);
  const journal = join(dir, JOURNAL_FILE);
  let manifest: Manifest | null = null;
  if (existsSync(snapshot)) {
    const parsed: unknown = JSON.parse(readFileSync(snapshot, "utf8"));
    if (!isManifest(parsed)) throw new Error(`${snapshot}: not a ctg manifest`);
    manifest = parsed;
  }
  if (existsSync(journal)) {
    manifest ??= emptyManifest("", null);
    for (const line of readFileSync(journal, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const { rel, entry } = JSON.parse(line) as { rel: string; entry: ManifestEntry };
        if (typeof rel === "string" && entry) manifest.files[rel] = entry;
      } catch {
        // the line a kill cut short
      }
    }
  }
  return manifest;
}

export class ManifestStore {
  private sinceFlush = 0;
  private lastFlush = Date.now();
  readonly manifest: Manifest;

  constructor(
    private readonly dir: string,
    version: string,
    shard: string | null,
    private readonly flushEveryMs = 3000,
  ) {
    this.manifest = readManifest(dir) ?? emptyManifest(version, shard);
    this.manifest.version = version;
    this.manifest.shard = shard;
  }

  get(rel: string): ManifestEntry | undefined {
    return this.manifest.files[rel];
  }

  /** Records a finished document: one journal line at once, a snapshot every few seconds. */
  set(rel: string, entry: ManifestEntry): void {
    this.manifest.files[rel] = entry;
    appendFileSync(join(this.dir, JOURNAL_FILE), JSON.stringify({ rel, entry }) + "\n");
    this.sinceFlush++;
    if (Date.now() - this.lastFlush >= this.flushEveryMs) this.flush();
  }

  /** Writes the snapshot atomically, then empties the journal (replaying it again would be harmless). */
  flush(): void {
    this.manifest.updatedAt = new Date().toISOString();
    writeFileAtomicSync(join(this.dir, MANIFEST_FILE), JSON.stringify(this.manifest) + "\n");
    rmSync(join(this.dir, JOURNAL_FILE), { force: true });
    this.sinceFlush = 0;
    this.lastFlush = Date.now();
  }
}
