// What the CLI says to a clerk, as one interface with a French and an English implementation.
import type { InputErrorCode, InputErrorFigures } from "../load/errors.js";
import type { Severity } from "../schema/report.js";

export type Lang = "fr" | "en";
export const LANGS: readonly Lang[] = ["fr", "en"];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export interface Messages {
  /** How standard input ("-") is named in messages. */
  stdin: string;
  /** One line naming the file and why it cannot be read (without the "ctg: " prefix). */
  inputError(code: InputErrorCode, file: string, detail?: string, figures?: InputErrorFigures): string;
  cannotWrite(file: string, detail: string): string;
  /** --out names the input itself: refused, nothing written */
  outIsInput(file: string): string;
  /** why an --out that must be a folder is not one */
  notAFolder: string;
  /** Why a file could not be read or written, by Node error code (ENOENT, EACCES, ...). */
  fsCauses: Record<string, string>;
  internalError(detail: string): string;

  usage: {
    unknownOption(option: string): string;
    unknownCommand(command: string): string;
    missingArgument(argument: string): string;
    optionMissingArgument(option: string): string;
    excessArguments(): string;
    invalidValue(option: string, value: string, allowed: readonly string[]): string;
    stdinTwice(): string;
    other(message: string): string;
    /** Appended to a usage error: where to find help. */
    seeHelp(command: string): string;
  };

  help: {
    program: string;
    titles: Record<"Usage:" | "Options:" | "Commands:" | "Arguments:" | "Global Options:", string>;
    helpOption: string;
    helpCommand: string;
    versionOption: string;
    programUsage: string;
    pathArgument: string;
    fileArgument: string;
    filesArgument: string;
    parse: string;
    parseFile: string;
    parseFormat: string;
    parseOut: string;
    parseNoReport: string;
    check: string;
    checkFiles: string;
    checkFormat(formats: readonly string[]): string;
    minSeverity: string;
    schema: string;
    lang: string;
    maxPages: string;
    maxText: string;
    timeout: string;
    ocr: string;
  };

  report: {
    severity: Record<Severity, string>;
    /** "acte n° 2022-29" or "acte 3" when the act has no number (index is 0-based). */
    act(index: number, number: string | null): string;
    page(page: number, line: number): string;
    quote(text: string): string;
    /** summary line of one file */
    summary(path: string, acts: number, counts: Record<Severity, number>): string;
    total(files: number, counts: Record<Severity, number>): string;
    separator: string;
    /**
     * One finding shared by several acts (the same rule, message and evidence): "actes n° 1, 2, 5"; more than ten:
     * "les 40 actes" when they are all the `total` acts of the document, else the first 8 and the count.
     */
    acts(acts: ReadonlyArray<{ index: number; number: string | null }>, total?: number): string;
    /** a finding whose level ctg.config.yaml changed, and why */
    regraded(from: Severity, to: Severity, reason: string): string;
    /** the rules ctg.config.yaml switched off, with their reasons: one line */
    rulesOff(rules: ReadonlyArray<{ rule: string; reason: string }>): string;
  };
}
