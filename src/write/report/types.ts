import type { Lang } from "../../i18n/index.js";
import type { Report, Severity } from "../../schema/report.js";

/** chalk colour levels: 0 none, 1 basic, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** A file that could not be read or holds no deliberation: an error entry of every CI report. */
export interface Unreadable {
  path: string;
  /** the InputError code ("encrypted-pdf", "no-deliberation", …) */
  code: string;
  /** the one line said on standard error, file name included */
  message: string;
}

export interface FormatOptions {
  lang: Lang;
  /** colour level of the stream the text goes to; formats other than text ignore it */
  color: ColorLevel;
  /** lowest severity that fails the gate (`--fail-on`): JUnit turns those findings into a failure */
  failOn?: Severity;
  /** lowest severity shown (`--min-severity`); the GitHub format hides info findings unless told */
  minSeverity?: Severity;
  /** files that could not be read, reported as errors by the CI formats */
  unreadable?: readonly Unreadable[];
}

/** Reports to the text written on the stream, final newline included. */
export type ReportFormatter = (reports: readonly Report[], options: FormatOptions) => string;
