// One input of `ctg check` and `ctg report`: read within its limits, parsed, refused when nothing of a deliberation
// is in it, checked with the configured rules. An unreadable input throws its InputError, as readInputWithin does.
import { InputError } from "../load/errors.js";
import { readInputWithin } from "../load/read.js";
import type { Limits } from "../load/limits.js";
import type { OcrMode } from "../ocr/engine.js";
import type { PdfEngine } from "../load/readers/types.js";
import type { RuleOverrides } from "../check/overrides.js";
import type { CtgDocument } from "../schema/record.js";
import type { Report } from "../schema/report.js";
import type { Lang } from "../i18n/index.js";

export interface CheckInputOptions {
  limits: Partial<Limits>;
  mode: OcrMode;
  pdfEngine?: PdfEngine | undefined;
  rules: RuleOverrides;
  lang: Lang;
}

export async function checkInput(file: string, options: CheckInputOptions): Promise<{ doc: CtgDocument; report: Report }> {
  const { loaded, deadline } = await readInputWithin(file, {
    limits: options.limits,
    ocr: { mode: options.mode },
    ...(options.pdfEngine ? { pdfEngine: options.pdfEngine } : {}),
  });
  // the pipeline is imported once a file is read (a list of bad files fails in half the time)
  const [{ parseLoaded }, { checkDocument }, { holdsDeliberation }] = await Promise.all([
    import("../parse.js"),
    import("../check/index.js"),
    import("../check/recognised.js"),
  ]);
  const doc = deadline.run(() => parseLoaded(loaded));
  // a text with nothing of a deliberation is no act without findings: it is reported as such, exit 2
  if (!holdsDeliberation(doc)) throw new InputError("no-deliberation", loaded.source.path);
  const report = deadline.run(() => checkDocument(doc, { lang: options.lang, rules: options.rules }));
  return { doc, report };
}
