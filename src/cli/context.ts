// What a command needs from the outside world: the language, the messages, and the two output streams.
import { statSync } from "node:fs";
import { displayName, messages, type Lang, type Messages } from "../i18n/index.js";

export { displayName };
import { InputError } from "../load/errors.js";
import { MB, type Limits } from "../load/limits.js";

export const EXIT = {
  ok: 0,
  /** ctg check: at least one finding of severity error */
  findings: 1,
  /** unreadable input, unwritable output, or a command line ctg does not understand */
  input: 2,
  /** a bug in ctg (EX_SOFTWARE) */
  internal: 70,
  /** ctg batch stopped by Ctrl+C (SIGINT) or SIGTERM: 128 + 2, as a shell reports it */
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The worse of two exit codes: internal > input > findings > ok. */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  const rank = (c: ExitCode) => [EXIT.ok, EXIT.findings, EXIT.input, EXIT.interrupted, EXIT.internal].indexOf(c);
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
export function describeInputError(error: InputError, m: Messages, name: string = error.file): string {
  const file = name === "-" ? m.stdin : displayName(name);
  // the detail of a recognised cause is pdf.js' wording, in English: the cause says enough
  const detail = error.code === "unreadable" && error.detail ? shortDetail(error.detail, m) : undefined;
  return m.inputError(error.code, file, detail, error.figures);
}

/** Limit options as given on the command line (strings), checked; a bad value is a usage error. */
export interface LimitOptions {
  maxPages?: string;
  maxText?: string;
  timeout?: string;
}

export function limitsFrom(options: LimitOptions, m: Messages): Partial<Limits> {
  const limits: Partial<Limits> = {};
  if (options.maxPages !== undefined) {
    const n = Number(options.maxPages);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(m.usage.invalidValue("--max-pages", options.maxPages, ["≥ 1"]));
    limits.maxPages = n;
  }
  if (options.maxText !== undefined) {
    const n = Number(options.maxText);
    if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(m.usage.invalidValue("--max-text", options.maxText, ["> 0 (Mo)"]));
    limits.maxTextBytes = Math.round(n * MB);
  }
  if (options.timeout !== undefined) {
    const n = Number(options.timeout);
    if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(m.usage.invalidValue("--timeout", options.timeout, ["> 0 (s)"]));
    limits.timeoutMs = Math.round(n * 1000);
  }
  return limits;
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

/** True when both paths name the same existing file (the same inode: also through a link). */
export function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
