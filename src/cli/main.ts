// The ctg command line. bin/ctg.js calls main(process.argv); main never calls process.exit (so that standard
// output is flushed), it sets process.exitCode and returns it.
//
// Exit codes: 0 success; 1 `ctg check` found an error; 2 input unreadable, output unwritable or command line
// not understood; 70 internal error (a bug in ctg).
import { readFileSync } from "node:fs";
import { Command, CommanderError, type Help } from "commander";
import { isLang, LANGS, type Lang } from "../i18n/index.js";
import { BATCH_HELP, PDF_ENGINE_HELP, REPORT_FORMAT_NAMES, REPORT_HELP, SCDL_CHECK_HELP } from "./help.js";
import type { BatchCommandOptions } from "./commands/batch.js";
import type { CheckOptions } from "./commands/check.js";
import type { MergeCommandOptions } from "./commands/merge.js";
import type { ParseOptions } from "./commands/parse.js";
import type { ReportOptions } from "./commands/report.js";
import { EXIT, UsageError, makeContext, oneLine, type Context, type ExitCode } from "./context.js";

function version(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    if (pkg && typeof pkg === "object" && "version" in pkg && typeof pkg.version === "string") return pkg.version;
  } catch {
    // fall through
  }
  return "0.0.0";
}

/**
 * The language is needed before commander parses anything (help and errors are translated), so --lang is
 * read here first. Returns the language, or the invalid value given.
 */
export function findLang(args: readonly string[]): { lang: Lang; invalid?: string } {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    if (arg === "--lang") found = args[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) found = arg.slice("--lang=".length);
  }
  if (found === undefined) return { lang: "fr" };
  return isLang(found) ? { lang: found } : { lang: "fr", invalid: found };
}

function buildProgram(ctx: Context, setCode: (code: ExitCode) => void): Command {
  const h = ctx.m.help;
  const b = BATCH_HELP[ctx.lang];
  const titles: Record<string, string> = h.titles;
  const program = new Command("ctg");
  program
    .description(h.program)
    .usage(h.programUsage)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.out(s),
      writeErr: (s) => ctx.err(s),
      // errors are translated and printed by main()
      outputError: () => undefined,
    })
    .configureHelp({ styleTitle: (title: string) => titles[title] ?? title } satisfies Partial<Help>)
    .showSuggestionAfterError(false)
    .helpOption("-h, --help", h.helpOption)
    .helpCommand("help [command]", h.helpCommand)
    .version(version(), "-V, --version", h.versionOption)
    .option("--lang <lang>", h.lang);

  program
    .command("parse")
    .description(h.parse)
    .argument(`<${h.fileArgument}>`, h.parseFile)
    .option("-f, --format <format>", h.parseFormat)
    .option(`-o, --out <${h.pathArgument}>`, h.parseOut)
    .option("--no-report", h.parseNoReport)
    .option(`--config <${h.pathArgument}>`, b.parseConfig)
    .option("--max-pages <n>", h.maxPages)
    .option("--max-text <mo>", h.maxText)
    .option("--timeout <s>", h.timeout)
    .option("--ocr <mode>", h.ocr)
    .option("--pdf-engine <engine>", PDF_ENGINE_HELP[ctx.lang])
    .option("--lang <lang>", h.lang)
    .action(async (file: string, options: ParseOptions) => setCode(await (await import("./commands/parse.js")).runParse(file, options, ctx)));

  program
    .command("check")
    .description(h.check)
    .argument(`<${h.filesArgument}>`, h.checkFiles)
    .option("-f, --format <format>", h.checkFormat([...REPORT_FORMAT_NAMES]))
    .option("--fail-on <level>", b.checkFailOn)
    .option("--min-severity <level>", h.minSeverity)
    .option(`--config <${h.pathArgument}>`, b.config)
    .option("--max-pages <n>", h.maxPages)
    .option("--max-text <mo>", h.maxText)
    .option("--timeout <s>", h.timeout)
    .option("--ocr <mode>", h.ocr)
    .option("--pdf-engine <engine>", PDF_ENGINE_HELP[ctx.lang])
    .option("--lang <lang>", h.lang)
    .action(async (files: string[], options: CheckOptions) => setCode(await (await import("./commands/check.js")).runCheck(files, options, ctx)));

  program
    .command("batch")
    .description(b.batch)
    .argument("<inputs...>", b.inputs)
    .requiredOption(`-o, --out <${h.pathArgument}>`, b.out)
    .option("-f, --format <format>", b.format)
    .option(`--scdl <${h.pathArgument}>`, b.scdl)
    .option("-j, --jobs <n>", b.jobs)
    .option("--timeout <s>", b.timeout)
    .option("--shard <k/n>", b.shard)
    .option(`--config <${h.pathArgument}>`, b.config)
    .option("--max-memory <mb>", b.maxMemory)
    .option("--max-pages <n>", h.maxPages)
    .option("--max-text <mo>", h.maxText)
    .option("--ocr <mode>", h.ocr)
    .option("--ocr-jobs <n>", b.ocrJobs)
    .option("--pdf-engine <engine>", PDF_ENGINE_HELP[ctx.lang])
    .option("--report <format>", REPORT_HELP[ctx.lang].batchReport)
    .option("--force", b.force)
    .option("--fail-on <level>", b.failOn)
    .option("-q, --quiet", b.quiet)
    .option("--lang <lang>", h.lang)
    .action(async (inputs: string[], options: BatchCommandOptions) => setCode(await (await import("./commands/batch.js")).runBatchCommand(inputs, options, ctx)));

  program
    .command("merge")
    .description(b.merge)
    .argument("<dirs...>", b.dirs)
    .requiredOption(`-o, --out <${h.pathArgument}>`, b.mergeOut)
    .option(`--scdl <${h.pathArgument}>`, b.mergeScdl)
    .option("-q, --quiet", b.quiet)
    .option("--lang <lang>", h.lang)
    .action(async (dirs: string[], options: MergeCommandOptions) => setCode(await (await import("./commands/merge.js")).runMergeCommand(dirs, options, ctx)));

  const r = REPORT_HELP[ctx.lang];
  program
    .command("report")
    .description(r.report)
    .argument(`<${h.filesArgument}>`, r.files)
    .option(`-o, --out <${h.pathArgument}>`, r.out)
    .option("--max-pages <n>", h.maxPages)
    .option("--max-text <mo>", h.maxText)
    .option("--timeout <s>", h.timeout)
    .option("--ocr <mode>", h.ocr)
    .option(`--config <${h.pathArgument}>`, b.config)
    .option("--lang <lang>", h.lang)
    .action(async (files: string[], options: ReportOptions) => setCode(await (await import("./commands/report.js")).runReport(files, options, ctx)));

  program
    .command("scdl-check")
    .description(SCDL_CHECK_HELP[ctx.lang].description)
    .argument(`<${h.fileArgument}>`, SCDL_CHECK_HELP[ctx.lang].file)
    .option("--lang <lang>", h.lang)
    .action(async (file: string) => setCode(await (await import("./commands/scdl-check.js")).runScdlCheck(file, ctx)));

  program
    .command("schema")
    .description(h.schema)
    .option("--lang <lang>", h.lang)
    .action(async () => setCode((await import("./commands/schema.js")).runSchema(ctx)));

  return program;
}

/** The one line for a commander error, in the user's language. */
function usageLine(error: CommanderError, ctx: Context): string {
  const u = ctx.m.usage;
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "commander.unknownOption":
      return u.unknownOption(quoted);
    case "commander.unknownCommand":
      return u.unknownCommand(quoted);
    case "commander.missingArgument":
      return u.missingArgument(quoted);
    case "commander.optionMissingArgument":
      return u.optionMissingArgument(/--[\w-]+/.exec(quoted)?.[0] ?? quoted);
    case "commander.excessArguments":
      return u.excessArguments();
    default:
      return u.other(error.message.replace(/^error:\s*/i, ""));
  }
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const args = argv.slice(2);
  const { lang, invalid } = findLang(args);
  const ctx = makeContext(lang);
  // `ctg parse big.pdf | head`: a closed pipe is not an error worth a message
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return;
    ctx.fail(ctx.m.internalError(oneLine(error.message)));
    process.exitCode = EXIT.internal;
  });
  let code: ExitCode = EXIT.ok;
  const setCode = (c: ExitCode) => {
    code = c;
  };
  const command = args.find((a) => !a.startsWith("-"));
  const helpHint = ctx.m.usage.seeHelp(command && ["parse", "check", "report", "scdl-check", "schema", "batch", "merge"].includes(command) ? `ctg ${command}` : "ctg");
  try {
    if (invalid !== undefined) throw new UsageError(ctx.m.usage.invalidValue("--lang", invalid, LANGS));
    await buildProgram(ctx, setCode).parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") code = EXIT.ok;
      else if (error.code === "commander.help") code = EXIT.input; // `ctg` alone: help on stderr
      else {
        ctx.fail(`${usageLine(error, ctx)} (${helpHint})`);
        code = EXIT.input;
      }
    } else if (error instanceof UsageError) {
      ctx.fail(`${error.message} (${helpHint})`);
      code = EXIT.input;
    } else {
      ctx.fail(ctx.m.internalError(oneLine(error instanceof Error ? error.message : String(error))));
      if (process.env.CTG_DEBUG && error instanceof Error && error.stack) ctx.err(`${error.stack}\n`);
      code = EXIT.internal;
    }
  }
  process.exitCode = code;
  return code;
}
