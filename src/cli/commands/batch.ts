// ctg batch <dir|glob>... --out DIR: every .pdf/.txt/.md under the inputs, converted by a pool of workers into
// a mirror of the input tree under --out, with a resumable manifest, summary.json and optionally an SCDL CSV.
// The batch machinery is imported only when this command runs (ctg parse stays quick to start).
import { EXIT, UsageError, type Context, type ExitCode } from "../context.js";

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
    const { runBatch } = await import("../../batch/run.js");
    const { expandInputs } = await import("../../batch/inputs.js");
    if (expandInputs(inputs, { exclude: [options.out] }).files.length === 0) {
      ctx.fail(m.noInput(inputs.join(" ")));
      return EXIT.input;
    }
    const result = await runBatch({
      inputs: [...inputs],
      out: options.out,
      format: format as (typeof FORMATS)[number],
      scdl: options.scdl ?? null,
      ...(jobs !== undefined ? { jobs } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
      ...(memoryMb !== undefined ? { memoryMb } : {}),
      shard,
      config,
      lang: ctx.lang,
      force: Boolean(options.force),
      failOn: (options.failOn as "error" | "warning" | undefined) ?? null,
      quiet: Boolean(options.quiet),
    });
    return result.exitCode === 2 ? EXIT.input : result.exitCode === 1 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError) {
      ctx.fail(error.message);
      return EXIT.input;
    }
    throw error;
  }
}
