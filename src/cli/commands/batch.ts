// ctg batch <dir|glob>... --out DIR: every .pdf/.txt/.md under the inputs, converted by a pool of workers into
// a mirror of the input tree under --out, with a resumable manifest, summary.json and optionally an SCDL CSV.
// The batch machinery is imported only when this command runs (ctg parse stays quick to start).
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { BatchInterrupted } from "../../batch/run.js";
import { ocrModeFrom } from "../ocr.js";
import { pdfEngineFrom } from "./parse.js";
import { REPORT_HELP } from "../help.js";
import { EXIT, UsageError, describeWriteError, displayName, limitsFrom, sameFile, type Context, type ExitCode } from "../context.js";

export interface BatchCommandOptions {
  out: string;
  format?: string;
  scdl?: string;
  jobs?: string;
  timeout?: string;
  shard?: string;
  config?: string;
  maxMemory?: string;
  force?: boolean;
  failOn?: string;
  quiet?: boolean;
  maxPages?: string;
  maxText?: string;
  ocr?: string;
  ocrJobs?: string;
  /** pdfium | pdfjs */
  pdfEngine?: string;
  /** html: also OUT/rapport.html, the whole folder as one page */
  report?: string;
}

/** An error of the file system (ENOSPC, EROFS, EACCES...), as opposed to a bug. */
function fsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/**
 * --out must be a folder ctg can write in, and not one of the inputs: checked before anything is converted,
 * so that a read-only or full disk, or a mistyped --out, is one line and not a batch of failures. Returns the
 * line to print, or null.
 */
function outProblem(out: string, inputs: ReadonlyArray<{ abs: string }>, ctx: Context): string | null {
  const dir = resolve(out);
  const info = (() => {
    try {
      return statSync(dir);
    } catch {
      return null;
    }
  })();
  if (info && !info.isDirectory()) {
    if (inputs.some((input) => sameFile(input.abs, dir))) return ctx.m.outIsInput(displayName(out));
    return ctx.m.cannotWrite(displayName(out), ctx.m.notAFolder);
  }
  try {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      // a recursive mkdir says ENOENT under a read-only folder: the first missing level alone says why
      let first = dir;
      while (!existsSync(dirname(first)) && dirname(first) !== first) first = dirname(first);
      mkdirSync(first);
      throw error;
    }
    const probe = join(dir, `.ctg-probe-${process.pid}.ctg-tmp`);
    writeFileSync(probe, "", { flag: "wx" });
    rmSync(probe, { force: true });
  } catch (error) {
    return ctx.m.cannotWrite(displayName(out), describeWriteError(error, ctx.m));
  }
  return null;
}

const FORMATS = ["json", "yaml", "ndjson"] as const;

export async function runBatchCommand(inputs: readonly string[], options: BatchCommandOptions, ctx: Context): Promise<ExitCode> {
  const { messages } = await import("../../batch/messages.js");
  const m = messages(ctx.lang);
  const format = options.format ?? "json";
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(m.badFormat(format));
  const { parseShard } = await import("../../batch/shard.js");
  const shard = options.shard !== undefined ? parseShard(options.shard) : null;
  if (options.shard !== undefined && !shard) throw new UsageError(m.badShard(options.shard));
  if (options.report !== undefined && options.report !== "html") throw new UsageError(ctx.m.usage.invalidValue("--report", options.report, ["html"]));
  // the page is built from the records written in --out: ndjson writes none
  if (options.report !== undefined && format === "ndjson") throw new UsageError(REPORT_HELP[ctx.lang].reportNeedsFiles);
  if (options.failOn !== undefined && options.failOn !== "error" && options.failOn !== "warning") {
    throw new UsageError(ctx.m.usage.invalidValue("--fail-on", options.failOn, ["error", "warning"]));
  }
  const { loadConfig, ConfigError } = await import("../../config/index.js");
  try {
    const config = loadConfig(options.config, ctx.lang);
    const batchConfig = config.config.batch ?? {};
    const jobs = options.jobs !== undefined ? Number(options.jobs) : batchConfig.jobs;
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(m.badJobs(String(options.jobs)));
    const timeout = options.timeout !== undefined ? Number(options.timeout) : batchConfig.timeout;
    if (timeout !== undefined && !(timeout > 0)) throw new UsageError(m.badTimeout(String(options.timeout)));
    const memoryMb = options.maxMemory !== undefined ? Number(options.maxMemory) : batchConfig.memoire_mo;
    if (memoryMb !== undefined && (!Number.isInteger(memoryMb) || memoryMb < 16)) {
      throw new UsageError(ctx.m.usage.invalidValue("--max-memory", String(options.maxMemory), ["≥ 16 (Mo)"]));
    }
    const limits = limitsFrom({ maxPages: options.maxPages, maxText: options.maxText }, ctx.m);
    const pdfEngine = pdfEngineFrom(options.pdfEngine, ctx);
    const ocr = options.ocr !== undefined ? await ocrModeFrom(options.ocr, ctx) : (config.config.ocr?.mode ?? "auto");
    const ocrJobs = options.ocrJobs !== undefined ? Number(options.ocrJobs) : config.config.ocr?.jobs;
    if (ocrJobs !== undefined && (!Number.isInteger(ocrJobs) || ocrJobs < 1)) {
      throw new UsageError(ctx.m.usage.invalidValue("--ocr-jobs", String(options.ocrJobs), ["≥ 1"]));
    }
    const { runBatch } = await import("../../batch/run.js");
    const { expandInputs } = await import("../../batch/inputs.js");
    const found = expandInputs(inputs, { exclude: [options.out] }).files;
    if (found.length === 0) {
      ctx.fail(m.noInput(inputs.join(" ")));
      return EXIT.input;
    }
    const problem = outProblem(options.out, found, ctx);
    if (problem) {
      ctx.fail(problem);
      return EXIT.input;
    }
    // Ctrl+C or SIGTERM: no new document, workers stopped, no temporary file left, the journal keeps what finished
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    const result = await runBatch({
      signal: stop.signal,
      limits,
      inputs: [...inputs],
      out: options.out,
      format: format as (typeof FORMATS)[number],
      scdl: options.scdl ?? null,
      ...(jobs !== undefined ? { jobs } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
      ...(memoryMb !== undefined ? { memoryMb } : {}),
      ocr,
      ...(ocrJobs !== undefined ? { ocrJobs } : {}),
      ...(pdfEngine ? { pdfEngine } : {}),
      shard,
      config,
      lang: ctx.lang,
      force: Boolean(options.force),
      failOn: (options.failOn as "error" | "warning" | undefined) ?? null,
      quiet: Boolean(options.quiet),
    }).finally(() => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    });
    if (options.report === "html") {
      const [{ writeBatchReport }, { inShard }, { ruleOverrides }, { RULES }] = await Promise.all([
        import("../../write/html/batch.js"),
        import("../../batch/shard.js"),
        import("../../config/regles.js"),
        import("../../check/rules.js"),
      ]);
      const rels = found.filter((f) => inShard(f.rel, shard)).map((f) => f.rel);
      // the rules as the run applied them (ctg.config.yaml regles)
      const rules = ruleOverrides(config, RULES.map((r) => r.id), ctx.lang);
      const page = await writeBatchReport(resolve(options.out), rels, ctx.lang, rules);
      if (!options.quiet) ctx.err(`${REPORT_HELP[ctx.lang].written(displayName(page))}\n`);
    }
    return result.exitCode === 2 ? EXIT.input : result.exitCode === 1 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError) {
      ctx.fail(error.message);
      return EXIT.input;
    }
    // (the batch module is loaded lazily: its class is recognised by name)
    if (error instanceof Error && error.name === "BatchInterrupted") {
      const stopped = error as BatchInterrupted;
      ctx.fail(m.interrupted(stopped.finished, stopped.total));
      return EXIT.interrupted;
    }
    // the disk filled up or turned read-only during the run: what was finished is kept (atomic writes)
    if (fsError(error)) {
      ctx.fail(ctx.m.cannotWrite(displayName(error.path ?? options.out), describeWriteError(error, ctx.m)));
      return EXIT.input;
    }
    throw error;
  }
}

