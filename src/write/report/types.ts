import type { Lang } from "../../i18n/index.js";
import type { Report } from "../../schema/report.js";

/** chalk colour levels: 0 none, 1 basic, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

export interface FormatOptions {
  lang: Lang;
  /** colour level of the stream the text goes to; formats other than text ignore it */
  color: ColorLevel;
}

/** Reports to the text written on the stream, final newline included. */
export type ReportFormatter = (reports: readonly Report[], options: FormatOptions) => string;
