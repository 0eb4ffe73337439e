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

/** Help texts of `ctg batch` and `ctg merge` (kept here so main.ts only wires them). */
export const BATCH_HELP = {
  fr: {
    batch: "convertit des dossiers de délibérations (PDF, texte) en enregistrements, en parallèle et avec reprise",
    inputs: "dossiers, fichiers ou motifs (ex. 'actes/**/*.pdf')",
    out: "dossier de sortie (arborescence des entrées, manifeste, summary.json)",
    format: "format des enregistrements : json (défaut), yaml ou ndjson (une ligne par document sur la sortie standard)",
    scdl: "écrit aussi le CSV SCDL « Délibérations » de tous les actes dans ce fichier",
    jobs: "nombre de processus de conversion (défaut : tous les cœurs)",
    timeout: "temps maximal par document, en secondes (défaut : 60)",
    shard: "ne traite que la part K sur N des documents (ex. 2/4), pour répartir sur plusieurs machines",
    config: "fichier de configuration (défaut : ctg.config.yaml du dossier courant ou d'un parent)",
    maxMemory: "mémoire maximale par processus de conversion, en Mo (défaut : 512)",
    force: "reconvertit aussi les documents inchangés",
    failOn: "code de sortie 1 si une remarque atteint ce niveau : error ou warning",
    quiet: "n'affiche ni progression ni résumé",
    merge: "réunit les dossiers de sortie de plusieurs `ctg batch --shard`",
    dirs: "dossiers de sortie à réunir",
    mergeOut: "dossier réuni",
    mergeScdl: "fichier CSV SCDL réuni (défaut : deliberations-scdl.csv dans --out si les parts en ont)",
    checkFailOn: "niveau qui fait échouer la vérification (code 1) : error (défaut) ou warning",
    parseConfig: "fichier de configuration pour --format scdl (défaut : ctg.config.yaml du dossier courant ou d'un parent)",
  },
  en: {
    batch: "convert folders of deliberations (PDF, text) into records, in parallel and resumably",
    inputs: "folders, files or patterns (e.g. 'acts/**/*.pdf')",
    out: "output folder (mirror of the inputs, manifest, summary.json)",
    format: "record format: json (default), yaml or ndjson (one line per document on standard output)",
    scdl: "also write the SCDL « Délibérations » CSV of every act to this file",
    jobs: "number of conversion workers (default: all cores)",
    timeout: "time limit per document, in seconds (default: 60)",
    shard: "only process share K of N of the documents (e.g. 2/4), to spread them over machines",
    config: "configuration file (default: ctg.config.yaml in the current folder or a parent)",
    maxMemory: "memory cap per conversion worker, in MB (default: 512)",
    force: "convert unchanged documents again",
    failOn: "exit code 1 when a finding reaches this level: error or warning",
    quiet: "print neither progress nor summary",
    merge: "join the output folders of several `ctg batch --shard` runs",
    dirs: "output folders to join",
    mergeOut: "joined folder",
    mergeScdl: "joined SCDL CSV file (default: deliberations-scdl.csv in --out when the shards have rows)",
    checkFailOn: "level that fails the check (exit code 1): error (default) or warning",
    parseConfig: "configuration file for --format scdl (default: ctg.config.yaml in the current folder or a parent)",
  },
} as const;
