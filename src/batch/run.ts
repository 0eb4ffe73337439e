// `ctg batch`: folders and globs of deliberations to one output per document (mirroring the input tree under
// --out), a manifest for incremental and resumable runs, an optional SCDL CSV and a summary.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism, freemem } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import type { Writable } from "node:stream";
import { SCHEMA_VERSION } from "../schema/record.js";
import { scdlSettings, type LoadedConfig, type ScdlSettings } from "../config/index.js";
import { assembleScdl } from "../scdl/assemble.js";
import { expandInputs, outputPathFor, type InputFile } from "./inputs.js";
import { inShard, type Shard } from "./shard.js";
import { removeStaleTemps, writeFileAtomic } from "./fsutil.js";
import { ManifestStore, SUMMARY_FILE, type ManifestEntry } from "./manifest.js";
import { WorkerPool } from "./pool.js";
import { Progress, type ProgressStream } from "./progress.js";
import { formatSummary, summarize, type BatchSummary } from "./summary.js";
import { messages, type Lang } from "./messages.js";
import { messages as reportMessages } from "../i18n/index.js";
import { RULES } from "../check/rules.js";
import { rulesOff, type RuleOverrides } from "../check/overrides.js";
import { ruleOverrides } from "../config/regles.js";
import type { FileResult, OutputFormat, Task } from "./protocol.js";
import type { Limits } from "../load/limits.js";
import type { OcrMode } from "../ocr/engine.js";
import type { PdfEngine } from "../load/readers/types.js";

export interface BatchOptions {
  inputs: string[];
  out: string;
  format?: OutputFormat;
  /** SCDL CSV file to write (all acts of the documents of this run, sorted by path) */
  scdl?: string | null;
  jobs?: number;
  /** per document, seconds */
  timeout?: number;
  /** heap cap per worker, MB */
  memoryMb?: number;
  shard?: Shard | null;
  config?: LoadedConfig;
  lang?: Lang;
  /** redo every document, even unchanged ones */
  force?: boolean;
  failOn?: "error" | "warning" | null;
  /** where ndjson records go (default stdout) */
  ndjson?: Writable;
  /** progress and summary (default stderr) */
  log?: ProgressStream;
  quiet?: boolean;
  /** pages, text and inflated-size limits per document (the time limit is `timeout`) */
  limits?: Partial<Limits>;
  /** pages without text read by OCR (default auto) */
  ocr?: OcrMode;
  /** documents read by OCR at once (default: as many as jobs, within the free memory) */
  ocrJobs?: number;
  /** the engine that reads PDFs' text (default: src/load/readers/index.ts) */
  pdfEngine?: PdfEngine;
  /** aborted (Ctrl+C): no new document is started, the workers stop, their temporary files are removed */
  signal?: AbortSignal;
}

export interface BatchResult {
  summary: BatchSummary;
  exitCode: 0 | 1 | 2;
  summaryPath: string;
}

/** The run was stopped by its signal: what was finished is in the journal, nothing partial is left. */
export class BatchInterrupted extends Error {
  constructor(
    readonly finished: number,
    readonly total: number,
  ) {
    super(`batch interrupted after ${finished} of ${total} documents`);
    this.name = "BatchInterrupted";
  }
}

let cachedVersion: string | null = null;
/** package version + schema version: outputs made by another version are redone. */
export function toolVersion(): string {
  if (cachedVersion) return cachedVersion;
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
  cachedVersion = `${pkg.version ?? "0.0.0"}+schema.${SCHEMA_VERSION}`;
  return cachedVersion;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Memory one document read by OCR may take: the tesseract.js reader (its thread, WebAssembly memory and the
 * French model, ~200 MB of RSS measured by bench/ocr.mjs) plus a rendered page and its decoded pixels.
 */
export const OCR_MB_PER_READER = 400;

/** OCR is CPU-bound: one reader per worker, as many as the free memory holds at OCR_MB_PER_READER each. */
export function defaultOcrJobs(jobs: number, free: number = freemem()): number {
  return Math.max(1, Math.min(jobs, Math.floor(free / (OCR_MB_PER_READER * 1024 * 1024))));
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const EXTENSION: Record<OutputFormat, string> = { json: ".json", yaml: ".yaml", ndjson: "" };

/** "" without overrides, else "+regles-" and a hash of them (a run with other rules redoes every document). */
function rulesKeyOf(rules: RuleOverrides): string {
  return Object.keys(rules).length ? `+regles-${createHash("sha256").update(JSON.stringify(rules)).digest("hex").slice(0, 12)}` : "";
}

function scdlKeyOf(id: ScdlSettings | null): string | null {
  return id ? createHash("sha256").update(JSON.stringify(id)).digest("hex").slice(0, 16) : null;
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const startedAt = new Date();
  const lang = options.lang ?? "fr";
  const m = messages(lang);
  const log = options.log ?? process.stderr;
  const format = options.format ?? "json";
  const outDir = resolve(options.out);
  // rules switched off or re-graded (ctg.config.yaml regles) change the findings: part of what makes an output current
  const rules = ruleOverrides(options.config ?? { path: null, config: {} }, RULES.map((r) => r.id), lang);
  const version = toolVersion() + rulesKeyOf(rules);
  const identity = options.scdl ? scdlSettings(options.config ?? { path: null, config: {} }, lang) : null;
  const scdlKey = scdlKeyOf(identity);

  mkdirSync(outDir, { recursive: true });
  const stale = removeStaleTemps(outDir);
  if (stale && !options.quiet) log.write(`ctg: ${m.staleTemps(stale)}\n`);

  const expanded = expandInputs(options.inputs, { exclude: [outDir] });
  for (const arg of expanded.unmatched) if (!options.quiet) log.write(`ctg: ${m.unmatched(arg)}\n`);
  const files = expanded.files.filter((f) => inShard(f.rel, options.shard ?? null));
  const shardText = options.shard ? `${options.shard.index}/${options.shard.count}` : null;
  const store = new ManifestStore(outDir, version, shardText);

  // Which documents need work: unchanged ones (same content, version, format, SCDL settings, output
  // still there) are skipped. Size and mtime unchanged spare hashing the file.
  const todo: Array<{ file: InputFile; size: number; mtimeMs: number }> = [];
  let skipped = 0;
  // The workers start at the first document that needs work, so that their start-up (modules, reference
  // data) runs while the rest of the inputs are checked against the manifest; a re-run with nothing to
  // do starts none.
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), Math.max(1, files.length)));
  let progress: Progress | undefined;
  const started: { pool: WorkerPool | null } = { pool: null };
  const startPool = (): void => {
    started.pool ??= new WorkerPool({
      size: jobs,
      timeoutMs: (options.timeout ?? 60) * 1000,
      memoryMb: options.memoryMb ?? 512,
      ocrJobs: Math.min(jobs, options.ocrJobs ?? defaultOcrJobs(jobs)),
      onOcrPage: () => progress?.ocrPage(),
    });
  };
  for (const file of files) {
    let size = 0;
    let mtimeMs = 0;
    let regular = false;
    try {
      const st = statSync(file.abs);
      size = st.size;
      mtimeMs = st.mtimeMs;
      regular = st.isFile();
    } catch {
      // vanished since the walk, or a link that loops: the worker reports it unreadable
    }
    const entry = store.get(file.rel);
    if (!options.force && entry && upToDate(entry, { format, version, scdlKey, outDir })) {
      if (entry.size === size && entry.mtimeMs === mtimeMs) {
        skipped++;
        continue;
      }
      // only a regular file is hashed (a FIFO or /dev/zero would never end)
      if (regular && entry.sha256 && entry.sha256 === (await sha256File(file.abs).catch(() => null))) {
        store.set(file.rel, { ...entry, size, mtimeMs });
        skipped++;
        continue;
      }
    }
    todo.push({ file, size, mtimeMs });
    startPool();
  }

  const shown = new Progress(todo.length, lang, log, options.quiet);
  progress = shown;
  const pool = started.pool;
  const ndjson = options.ndjson ?? process.stdout;
  let next = 0;
  let taskId = 0;
  let finished = 0;
  const signal = options.signal;
  // an abort ends the wait for the documents in flight: their workers are stopped below, never awaited
  const aborted = new Promise<null>((resolve) => {
    if (signal?.aborted) resolve(null);
    signal?.addEventListener("abort", () => resolve(null), { once: true });
  });
  const lane = async (): Promise<void> => {
    while (pool && next < todo.length && !signal?.aborted) {
      const { file, size, mtimeMs } = todo[next++]!;
      const outAbs = format === "ndjson" ? null : outputPathFor(outDir, file.rel, EXTENSION[format]);
      const task: Task = { id: ++taskId, abs: file.abs, rel: file.rel, out: outAbs, format, scdl: identity, lang, ocr: options.ocr ?? "auto", ...(options.pdfEngine ? { pdfEngine: options.pdfEngine } : {}), ...(options.limits ? { limits: options.limits } : {}), ...(Object.keys(rules).length ? { rules } : {}) };
      const result: FileResult | null = await Promise.race([pool.run(task), aborted]);
      if (result === null) return;
      if (result.line !== undefined && !ndjson.write(result.line + "\n")) await once(ndjson, "drain");
      const converted = result.status !== "unreadable" && result.status !== "failed";
      store.set(file.rel, {
        sha256: result.sha256,
        size,
        mtimeMs,
        version,
        format,
        output: converted && outAbs ? relative(outDir, outAbs).split(sep).join("/") : null,
        status: result.status,
        error: result.error,
        pages: result.pages,
        acts: result.acts,
        counts: result.counts,
        findings: result.findings,
        scdlKey,
        scdl: result.scdl ?? null,
        ms: Math.round(result.ms),
        finishedAt: new Date().toISOString(),
      });
      shown.tick(file.shown ?? file.rel, result);
      finished++;
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs * 2 }, lane));
  } finally {
    await pool?.close();
    shown.end();
    store.flush();
  }
  if (signal?.aborted) {
    // the stopped workers may have left a temporary file half-written: none stays, the journal keeps the rest
    removeStaleTemps(outDir);
    throw new BatchInterrupted(skipped + finished, files.length);
  }

  const entries = files.map((f) => [f.rel, store.get(f.rel)!] as const).filter(([, e]) => e !== undefined);
  const scdlFile = options.scdl ? resolve(options.scdl) : null;
  // DELIB_ID once per authority in the file: a later duplicate is left out with its reason (src/scdl/assemble.ts)
  const scdlAssembled = scdlFile ? assembleScdl(entries.map(([rel, e]) => [rel, e.scdl] as const), lang) : undefined;
  if (scdlFile && scdlAssembled) await writeFileAtomic(scdlFile, scdlAssembled.csv);
  // the rules switched off, with the reasons: in summary.json, and said once for the whole run
  const off = rulesOff(rules, RULES.map((r) => r.id));
  const summary = summarize(entries, {
    rulesOff: off,
    version,
    shard: shardText,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    converted: todo.length,
    skipped,
    scdlFile: options.scdl ?? null,
    ...(scdlAssembled ? { scdlAssembled } : {}),
    lang,
  });
  const summaryPath = join(outDir, SUMMARY_FILE);
  await writeFileAtomic(summaryPath, JSON.stringify(summary, null, 2) + "\n");
  if (!options.quiet) log.write(formatSummary(summary, lang, summaryPath));
  if (off.length && !options.quiet) log.write(`ctg: ${reportMessages(lang).report.rulesOff(off)}\n`);
  return { summary, exitCode: exitCodeOf(summary, options.failOn ?? null), summaryPath };
}

/**
 * 2 when a document could not be converted; 1 when findings reach --fail-on, or with --scdl when a
 * deliberation was left out of the CSV or the CSV holds no row; else 0.
 */
export function exitCodeOf(s: BatchSummary, failOn: "error" | "warning" | null): 0 | 1 | 2 {
  if (s.status.unreadable + s.status.failed > 0) return 2;
  if (s.scdl?.file && (s.scdl.failed > 0 || s.scdl.rows === 0)) return 1;
  if (failOn === "error" && s.findings.error > 0) return 1;
  if (failOn === "warning" && s.findings.error + s.findings.warning > 0) return 1;
  return 0;
}

function upToDate(
  entry: ManifestEntry,
  want: { format: OutputFormat; version: string; scdlKey: string | null; outDir: string },
): boolean {
  if (entry.version !== want.version || entry.format !== want.format) return false;
  if (entry.status === "failed") return false;
  if (want.scdlKey && entry.status !== "unreadable" && entry.scdlKey !== want.scdlKey) return false;
  if (entry.output) return existsSync(join(want.outDir, ...entry.output.split("/")));
  return want.format === "ndjson" || entry.status === "unreadable";
}
