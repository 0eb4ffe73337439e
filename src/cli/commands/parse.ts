// ctg parse FILE: the record on standard output (or --out), the consistency report on standard error.
// Not a gate: exit 0 whatever the report says; 2 when the input cannot be read or the output written.
import { checkDocument } from "../../check/index.js";
import { InputError } from "../../load/errors.js";
import { readInput } from "../../load/read.js";
import { parseLoaded } from "../../parse.js";
import { writeFileAtomic } from "../../write/atomic.js";
import { toJson } from "../../write/json.js";
import { formatReports } from "../../write/report/index.js";
import { toYaml } from "../../write/yaml.js";
import { colorLevel } from "../color.js";
import { EXIT, UsageError, describeInputError, describeWriteError, type Context, type ExitCode } from "../context.js";

export const PARSE_FORMATS = ["json", "yaml", "scdl"] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];

export interface ParseOptions {
  format?: string;
  out?: string;
  report: boolean;
  /** ctg.config.yaml for --format scdl */
  config?: string;
}

export async function runParse(file: string, options: ParseOptions, ctx: Context): Promise<ExitCode> {
  const format = options.format ?? "json";
  if (!(PARSE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(ctx.m.usage.invalidValue("--format", format, PARSE_FORMATS));
  }
  let doc;
  try {
    // reading and parsing: both may find the input unusable (a scan whose only text is the stamp)
    doc = parseLoaded(await readInput(file));
  } catch (error) {
    if (error instanceof InputError) {
      ctx.fail(describeInputError(error, ctx.m));
      return EXIT.input;
    }
    throw error;
  }
  // everything is computed before anything is written: a failure leaves no half output
  let text: string;
  if (format === "scdl") {
    const { scdlForDocument } = await import("../../write/scdl.js");
    const { ConfigError } = await import("../../config/index.js");
    try {
      const scdl = await scdlForDocument(doc, { ...(options.config ? { configPath: options.config } : {}), lang: ctx.lang });
      text = scdl.csv;
      for (const note of scdl.notes) ctx.fail(note);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      ctx.fail(error.message);
      return EXIT.input;
    }
  } else {
    text = format === "yaml" ? toYaml(doc) : toJson(doc);
  }
  const report = options.report
    ? formatReports([checkDocument(doc, { lang: ctx.lang })], "text", { lang: ctx.lang, color: colorLevel("stderr") })
    : "";
  if (options.out !== undefined) {
    try {
      await writeFileAtomic(options.out, text, { sync: true });
    } catch (error) {
      ctx.fail(ctx.m.cannotWrite(options.out, describeWriteError(error, ctx.m)));
      return EXIT.input;
    }
  } else {
    ctx.out(text);
  }
  ctx.err(report);
  return EXIT.ok;
}
