// ctg report FILE... [--out rapport.html]: the consistency reports of the files as one self-contained HTML page
// (src/write/html/render.ts) a clerk opens in a browser. Not a gate: exit 0 whatever the findings; 2 when a file
// could not be read (it is named on standard error and in the page, the others are reported) or the page could
// not be written (nothing partial is left: the page is written atomically).
import { expandCheckArgs } from "../../batch/inputs.js";
import { InputError } from "../../load/errors.js";
import { checkInput } from "../check-input.js";
import { writeOutput } from "../../write/atomic.js";
import type { HtmlDocument, HtmlUnreadable } from "../../write/html/render.js";
import { configured, ocrModeFrom } from "../ocr.js";
import { ruleOverridesFrom } from "./check.js";
import {
  EXIT,
  UsageError,
  describeInputError,
  describeWriteError,
  displayName,
  limitsFrom,
  oneLine,
  sameFile,
  worse,
  type Context,
  type ExitCode,
  type LimitOptions,
} from "../context.js";

export interface ReportOptions extends LimitOptions {
  /** the HTML file to write; standard output when absent */
  out?: string;
  /** auto | always | never */
  ocr?: string;
  /** ctg.config.yaml (ocr.mode, regles); the nearest one by default */
  config?: string;
}


export async function runReport(args: readonly string[], options: ReportOptions, ctx: Context): Promise<ExitCode> {
  const files = expandCheckArgs(args);
  if (files.filter((f) => f === "-").length > 1) throw new UsageError(ctx.m.usage.stdinTwice());
  const out = options.out;
  if (out !== undefined) {
    const input = files.find((f) => f !== "-" && sameFile(f, out));
    if (input !== undefined) {
      ctx.fail(ctx.m.outIsInput(displayName(out)));
      return EXIT.input;
    }
  }
  const limits = limitsFrom(options, ctx.m);
  const mode = await configured(() => ocrModeFrom(options.ocr, ctx, options.config), ctx);
  if (mode === null) return EXIT.input;
  // the rules ctg.config.yaml switches off or re-grades apply as in ctg check
  const rules = await configured(() => ruleOverridesFrom(options.config, ctx.lang), ctx);
  if (rules === null) return EXIT.input;

  let code: ExitCode = EXIT.ok;
  const documents: HtmlDocument[] = [];
  const unreadable: HtmlUnreadable[] = [];
  for (const file of files) {
    const name = file === "-" ? ctx.m.stdin : displayName(file);
    try {
      const { doc, report } = await checkInput(file, { limits, mode, rules, lang: ctx.lang });
      documents.push({ name, doc, report });
    } catch (error) {
      if (!(error instanceof InputError)) {
        ctx.fail(ctx.m.internalError(`${name}${ctx.m.report.separator}${oneLine(error instanceof Error ? error.message : String(error))}`));
        code = worse(code, EXIT.internal);
        continue;
      }
      const line = describeInputError(error, ctx.m);
      ctx.fail(line);
      unreadable.push({ name, message: line });
      code = worse(code, EXIT.input);
    }
  }
  const [{ renderHtmlReport }, { packageVersion }] = await Promise.all([import("../../write/html/render.js"), import("../../write/html/version.js")]);
  const html = renderHtmlReport({ documents, unreadable, lang: ctx.lang, version: packageVersion() });
  if (out === undefined) {
    ctx.out(html);
    return code;
  }
  try {
    await writeOutput(out, html);
  } catch (error) {
    ctx.fail(ctx.m.cannotWrite(displayName(out), describeWriteError(error, ctx.m)));
    return worse(code, EXIT.input);
  }
  return code;
}

