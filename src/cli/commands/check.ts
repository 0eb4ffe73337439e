// ctg check FILE...: only the consistency reports. Exit 1 when a finding is an error, 2 when a file could not
// be read (the others are still checked and reported; the bad one is one line on standard error). The rules
// ctg.config.yaml switches off or re-grades (`regles`) are read here and given to the checker as data.
import { expandCheckArgs } from "../../batch/inputs.js";
import { InputError } from "../../load/errors.js";
import { checkInput } from "../check-input.js";
import type { Report } from "../../schema/report.js";
import { atLeast } from "../../core/severity.js";
import { formatReports, reportFormats, type Unreadable } from "../../write/report/index.js";
import { colorLevel } from "../color.js";
import { configured, ocrModeFrom } from "../ocr.js";
import { pdfEngineFrom } from "./parse.js";
import { findConfig } from "../../config/find.js";
import type { RuleOverrides } from "../../check/overrides.js";
import {
  EXIT,
  UsageError,
  describeInputError,
  displayName,
  limitsFrom,
  oneLine,
  worse,
  type Context,
  type ExitCode,
  type LimitOptions,
} from "../context.js";

export interface CheckOptions extends LimitOptions {
  format?: string;
  /** lowest severity that gives exit code 1: error (default) or warning */
  failOn?: string;
  /** lowest severity shown: info, warning or error (github: warning unless told) */
  minSeverity?: string;
  /** auto | always | never */
  ocr?: string;
  /** pdfium | pdfjs */
  pdfEngine?: string;
  /** ctg.config.yaml (ocr.mode, regles); the nearest one by default */
  config?: string;
}

/**
 * The rules switched off or re-graded by ctg.config.yaml (`regles`): none without a file; an unknown rule id is a
 * ConfigError naming the file. The configuration and the rules table are imported only when a file exists.
 */
export async function ruleOverridesFrom(configPath: string | undefined, lang: "fr" | "en"): Promise<RuleOverrides> {
  if (configPath === undefined && findConfig() === null) return {};
  const [{ loadConfig }, { ruleOverrides }, { RULES }] = await Promise.all([
    import("../../config/index.js"),
    import("../../config/regles.js"),
    import("../../check/rules.js"),
  ]);
  return ruleOverrides(loadConfig(configPath, lang), RULES.map((r) => r.id), lang);
}

export async function runCheck(args: readonly string[], options: CheckOptions, ctx: Context): Promise<ExitCode> {
  const format = options.format ?? "text";
  const failOn = options.failOn ?? "error";
  if (failOn !== "error" && failOn !== "warning") throw new UsageError(ctx.m.usage.invalidValue("--fail-on", failOn, ["error", "warning"]));
  const minSeverity = options.minSeverity;
  if (minSeverity !== undefined && minSeverity !== "info" && minSeverity !== "warning" && minSeverity !== "error") {
    throw new UsageError(ctx.m.usage.invalidValue("--min-severity", minSeverity, ["info", "warning", "error"]));
  }
  // folders and globs stand for the documents in them
  const files = expandCheckArgs(args);
  if (!reportFormats().includes(format)) throw new UsageError(ctx.m.usage.invalidValue("--format", format, reportFormats()));
  if (files.filter((f) => f === "-").length > 1) throw new UsageError(ctx.m.usage.stdinTwice());
  const limits = limitsFrom(options, ctx.m);
  const pdfEngine = pdfEngineFrom(options.pdfEngine, ctx);
  const mode = await configured(() => ocrModeFrom(options.ocr, ctx, options.config), ctx);
  if (mode === null) return EXIT.input;
  const rules = await configured(() => ruleOverridesFrom(options.config, ctx.lang), ctx);
  if (rules === null) return EXIT.input;

  let code: ExitCode = EXIT.ok;
  const reports: Report[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of files) {
    try {
      const { report } = await checkInput(file, { limits, mode, pdfEngine, rules, lang: ctx.lang });
      reports.push(report);
      if (report.findings.some((f) => atLeast(f.severity, failOn))) {
        code = worse(code, EXIT.findings);
      }
    } catch (error) {
      if (error instanceof InputError) {
        const line = describeInputError(error, ctx.m);
        ctx.fail(line);
        unreadable.push({ path: file === "-" ? ctx.m.stdin : displayName(file), code: error.code, message: line });
        code = worse(code, EXIT.input);
      } else {
        // a bug met on one file does not hide the reports of the others
        const name = file === "-" ? ctx.m.stdin : displayName(file);
        ctx.fail(ctx.m.internalError(`${name}${ctx.m.report.separator}${oneLine(error instanceof Error ? error.message : String(error))}`));
        code = worse(code, EXIT.internal);
      }
    }
  }
  ctx.out(formatReports(reports, format, { lang: ctx.lang, color: colorLevel("stdout"), failOn, unreadable, ...(minSeverity ? { minSeverity } : {}) }));
  return code;
}
