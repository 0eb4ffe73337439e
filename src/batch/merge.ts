// `ctg merge DIR... --out DIR`: joins the output folders of sharded batch runs (outputs, manifests, summaries
// and SCDL rows) into one, as if a single run had converted everything.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { assembleScdl } from "../scdl/assemble.js";
import { TEMP_SUFFIX, removeStaleTemps, writeFileAtomic, writeFileAtomicSync } from "./fsutil.js";
import { MANIFEST_FILE, SUMMARY_FILE, emptyManifest, readManifest, type ManifestEntry } from "./manifest.js";
import { formatSummary, summarize, type BatchSummary } from "./summary.js";
import { messages, type Lang } from "./messages.js";
import { toolVersion } from "./run.js";
import type { ProgressStream } from "./progress.js";

export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MergeError";
  }
}

export interface MergeOptions {
  dirs: string[];
  out: string;
  /** SCDL CSV to write; default OUT/deliberations-scdl.csv when the shards carry SCDL rows */
  scdl?: string | null;
  lang?: Lang;
  log?: ProgressStream;
  quiet?: boolean;
}

export const DEFAULT_MERGED_SCDL = "deliberations-scdl.csv";

function copyAtomic(src: string, dst: string): void {
  mkdirSync(dirname(dst), { recursive: true });
  const tmp = `${dst}.${process.pid}.${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`;
  copyFileSync(src, tmp);
  renameSync(tmp, dst);
}

export async function mergeOutputs(options: MergeOptions): Promise<{ summary: BatchSummary; summaryPath: string; conflicts: number }> {
  const lang = options.lang ?? "fr";
  const m = messages(lang);
  const log = options.log ?? process.stderr;
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  removeStaleTemps(out);
  const merged = emptyManifest(toolVersion(), null);
  const origin = new Map<string, string>();
  let conflicts = 0;
  let converted = 0;
  let skipped = 0;
  let durationMs = 0;
  let startedAt: string | null = null;
  for (const dirArg of options.dirs) {
    const dir = resolve(dirArg);
    const manifest = readManifest(dir);
    if (!manifest) throw new MergeError(m.mergeNoManifest(dirArg));
    for (const rel of Object.keys(manifest.files).sort()) {
      const entry = manifest.files[rel]!;
      const seen = origin.get(rel);
      if (seen !== undefined) {
        if (merged.files[rel]?.sha256 !== entry.sha256) {
          conflicts++;
          if (!options.quiet) log.write(`ctg: ${m.mergeConflict(rel, seen, dirArg)}\n`);
        }
        continue;
      }
      if (entry.output) {
        const src = join(dir, ...entry.output.split("/"));
        const dst = join(out, ...entry.output.split("/"));
        if (src !== dst && existsSync(src)) copyAtomic(src, dst);
      }
      merged.files[rel] = entry;
      origin.set(rel, dirArg);
    }
    const summaryFile = join(dir, SUMMARY_FILE);
    if (existsSync(summaryFile)) {
      const s = JSON.parse(readFileSync(summaryFile, "utf8")) as Partial<BatchSummary>;
      converted += s.converted ?? 0;
      skipped += s.skipped ?? 0;
      durationMs = Math.max(durationMs, s.durationMs ?? 0);
      if (s.startedAt && (!startedAt || s.startedAt < startedAt)) startedAt = s.startedAt;
    }
  }
  writeFileAtomicSync(join(out, MANIFEST_FILE), JSON.stringify(merged) + "\n");
  const entries = Object.keys(merged.files)
    .sort()
    .map((rel) => [rel, merged.files[rel]!] as const satisfies readonly [string, ManifestEntry]);
  const hasScdl = entries.some(([, e]) => e.scdl);
  const scdlFile = options.scdl ? resolve(options.scdl) : hasScdl ? join(out, DEFAULT_MERGED_SCDL) : null;
  const scdlAssembled = scdlFile ? assembleScdl(entries.map(([rel, e]) => [rel, e.scdl] as const), lang) : undefined;
  if (scdlFile && scdlAssembled) await writeFileAtomic(scdlFile, scdlAssembled.csv);
  const summary = summarize(entries, {
    version: merged.version,
    shard: null,
    ...(startedAt ? { startedAt } : {}),
    ...(durationMs ? { durationMs } : {}),
    converted,
    skipped,
    scdlFile,
    ...(scdlAssembled ? { scdlAssembled } : {}),
    lang,
  });
  const summaryPath = join(out, SUMMARY_FILE);
  await writeFileAtomic(summaryPath, JSON.stringify(summary, null, 2) + "\n");
  if (!options.quiet) {
    log.write(`ctg: ${m.merged(entries.length, options.dirs.length, out)}\n`);
    log.write(formatSummary(summary, lang, summaryPath));
  }
  return { summary, summaryPath, conflicts };
}
