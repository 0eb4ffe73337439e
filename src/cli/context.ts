// What a command needs from the outside world: the language, the messages, and the two output streams.
import { messages, type Lang, type Messages } from "../i18n/index.js";
import { InputError } from "../load/errors.js";

export const EXIT = {
  ok: 0,
  /** ctg check: at least one finding of severity error */
  findings: 1,
  /** unreadable input, unwritable output, or a command line ctg does not understand */
  input: 2,
  /** a bug in ctg (EX_SOFTWARE) */
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The worse of two exit codes: internal > input > findings > ok. */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  const rank = (c: ExitCode) => [EXIT.ok, EXIT.findings, EXIT.input, EXIT.internal].indexOf(c);
  return rank(a) >= rank(b) ? a : b;
}

/** A command line ctg does not understand; reported as one line, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface Context {
  lang: Lang;
  m: Messages;
  out(text: string): void;
  /** one line on standard error, "ctg: " prefixed */
  fail(line: string): void;
  err(text: string): void;
}

export function makeContext(lang: Lang): Context {
  return {
    lang,
    m: messages(lang),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    fail: (line) => void process.stderr.write(`ctg: ${oneLine(line)}\n`),
  };
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** The one line for an input error: the file as the user named it ("-" is standard input). */
export function describeInputError(error: InputError, m: Messages): string {
  const file = error.file === "-" ? m.stdin : error.file;
  // the detail of a recognised cause is pdf.js' wording, in English: the cause says enough
  const detail = error.code === "unreadable" && error.detail ? shortDetail(error.detail, m) : undefined;
  return m.inputError(error.code, file, detail);
}

function shortDetail(detail: string, m: Messages): string {
  const code = /^(E[A-Z]+)\b/.exec(detail)?.[1];
  if (code && m.fsCauses[code]) return m.fsCauses[code]!;
  const line = oneLine(detail);
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

/** Why writing failed, in the user's language when the Node error code is a known one. */
export function describeWriteError(error: unknown, m: Messages): string {
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
  if (code && m.fsCauses[code]) return m.fsCauses[code]!;
  return oneLine(error instanceof Error ? error.message : String(error));
}
