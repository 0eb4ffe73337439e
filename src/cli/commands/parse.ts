// ctg parse FILE: the record on standard output (or --out), the consistency report on standard error.
// Not a gate: exit 0 whatever the report says; 2 when the input cannot be read or the output written; with
// --format scdl, 1 when a deliberation is left out of the CSV or none is published (the reasons on stderr).
// The pipeline and the writers are imported once the input is read: a bad input fails in half the time.
import { InputError } from "../../load/errors.js";
import { readInputWithin } from "../../load/read.js";
import type { Report } from "../../schema/report.js";
import { writeOutput } from "../../write/atomic.js";
import { colorLevel } from "../color.js";
import { configured, ocrModeFrom } from "../ocr.js";
import { isPdfEngine, PDF_ENGINES, type PdfEngine } from "../../load/readers/types.js";
import {
  EXIT,
  UsageError,
  describeInputError,
  describeWriteError,
  displayName,
  limitsFrom,
  sameFile,
  type Context,
  type ExitCode,
  type LimitOptions,
} from "../context.js";

export const PARSE_FORMATS = ["json", "yaml", "scdl"] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];

export interface ParseOptions extends LimitOptions {
  format?: string;
  out?: string;
  report: boolean;
  /** ctg.config.yaml for --format scdl and ocr.mode */
  config?: string;
  /** auto | always | never */
  ocr?: string;
  /** pdfium | pdfjs */
  pdfEngine?: string;
}


/** The engine --pdf-engine names, undefined when absent (the default then applies). */
export function pdfEngineFrom(option: string | undefined, ctx: Context): PdfEngine | undefined {
  if (option === undefined) return undefined;
  if (!isPdfEngine(option)) throw new UsageError(ctx.m.usage.invalidValue("--pdf-engine", option, PDF_ENGINES));
  return option;
}


export async function runParse(file: string, options: ParseOptions, ctx: Context): Promise<ExitCode> {
  const format = options.format ?? "json";
  if (!(PARSE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(ctx.m.usage.invalidValue("--format", format, PARSE_FORMATS));
  }
  const limits = limitsFrom(options, ctx.m);
  const pdfEngine = pdfEngineFrom(options.pdfEngine, ctx);
  // writing the record over its own source would lose the act: refused before anything is read
  if (options.out !== undefined && file !== "-" && sameFile(file, options.out)) {
    ctx.fail(ctx.m.outIsInput(displayName(options.out)));
    return EXIT.input;
  }
  const mode = await configured(() => ocrModeFrom(options.ocr, ctx, options.config), ctx);
  if (mode === null) return EXIT.input;
  // the rules ctg.config.yaml switches off or re-grades apply to the report on standard error too
  const rules = options.report ? await configured(async () => (await import("./check.js")).ruleOverridesFrom(options.config, ctx.lang), ctx) : {};
  if (rules === null) return EXIT.input;
  let doc;
  let checked: Report | null;
  try {
    // reading and parsing: both may find the input unusable (a scan whose only text is the stamp), and both
    // run within the time limit of one file
    const { loaded, deadline } = await readInputWithin(file, { limits, ocr: { mode }, ...(pdfEngine ? { pdfEngine } : {}) });
    // the rules are loaded only for a report (--no-report prints the record alone)
    const [{ parseLoaded }, check] = await Promise.all([import("../../parse.js"), options.report ? import("../../check/index.js") : null]);
    ({ doc, checked } = deadline.run(() => {
      const parsed = parseLoaded(loaded);
      return { doc: parsed, checked: check ? check.checkDocument(parsed, { lang: ctx.lang, rules }) : null };
    }));
  } catch (error) {
    if (error instanceof InputError) {
      ctx.fail(describeInputError(error, ctx.m));
      return EXIT.input;
    }
    throw error;
  }
  // everything is computed before anything is written: a failure leaves no half output
  let text: string;
  // --format scdl: 1 when a deliberation was left out of the CSV or no row was published (the reasons on stderr)
  let scdlFailed = false;
  if (format === "scdl") {
    const { scdlForDocument } = await import("../../write/scdl.js");
    const { ConfigError } = await import("../../config/index.js");
    try {
      const scdl = await scdlForDocument(doc, { ...(options.config ? { configPath: options.config } : {}), lang: ctx.lang });
      text = scdl.csv;
      scdlFailed = scdl.failed;
      for (const note of scdl.notes) ctx.fail(note);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      ctx.fail(error.message);
      return EXIT.input;
    }
  } else {
    text = format === "yaml" ? (await import("../../write/yaml.js")).toYaml(doc) : (await import("../../write/json.js")).toJson(doc);
  }
  const report = checked ? (await import("../../write/report/index.js")).formatReports([checked], "text", { lang: ctx.lang, color: colorLevel("stderr") }) : "";
  if (options.out !== undefined) {
    try {
      await writeOutput(options.out, text);
    } catch (error) {
      ctx.fail(ctx.m.cannotWrite(displayName(options.out), describeWriteError(error, ctx.m)));
      return EXIT.input;
    }
  } else {
    ctx.out(text);
  }
  ctx.err(report);
  return scdlFailed ? EXIT.findings : EXIT.ok;
}
