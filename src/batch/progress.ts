// Progress of a batch on stderr: one redrawn line on a terminal (bar, done/total, files/s, ETA, failures),
// plain log lines otherwise (each failure, and a progress line every tenth of the work or 10 s).
import { displayName, messages as inputMessages } from "../i18n/index.js";
import type { InputErrorCode } from "../load/errors.js";
import { duration, messages, num, type Lang } from "./messages.js";
import type { FileResult } from "./protocol.js";

/**
 * The one line of a document that failed, naming it as the other commands do: an unreadable one with the same
 * cause as `ctg parse` gives, a time-out with its limit, a crash or a failed write with what happened.
 */
export function failureLine(rel: string, result: Pick<FileResult, "status" | "error">, lang: Lang): string {
  const m = messages(lang);
  const im = inputMessages(lang);
  const name = displayName(rel);
  const sep = lang === "en" ? ": " : " : ";
  const code = result.error?.code ?? "";
  const figures = result.error?.figures;
  if (result.status === "unreadable" && code in CODES) {
    const detail = code === "unreadable" && result.error?.message && result.error.message !== code ? oneLine(result.error.message) : undefined;
    return im.inputError(code as InputErrorCode, name, detail, figures);
  }
  if (code === "timeout") return im.inputError("timeout", name, undefined, figures);
  if (code === "memory") return `${name}${sep}${m.failed}${sep}${m.memory}`;
  if (code === "write") {
    const cause = im.fsCauses[result.error?.message ?? ""] ?? result.error?.message ?? "";
    return `${name}${sep}${m.failed}${sep}${m.writeFailed(cause)}`;
  }
  const detail = result.error?.message ? `${sep}${oneLine(result.error.message)}` : "";
  return `${name}${sep}${m.failed} (${code === "crash" ? m.crash : code}${detail})`;
}

function oneLine(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, " ").trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** The input error codes (a manifest written by another version may hold others). */
const CODES: Record<InputErrorCode, true> = {
  "not-found": true,
  "not-a-file": true,
  "special-file": true,
  "link-loop": true,
  empty: true,
  binary: true,
  "nul-bytes": true,
  "not-pdf": true,
  "truncated-pdf": true,
  "damaged-pdf": true,
  "encrypted-pdf": true,
  "pdf-bomb": true,
  "no-text-layer": true,
  "ocr-empty": true,
  "stamp-only": true,
  "no-deliberation": true,
  "too-many-pages": true,
  "text-too-large": true,
  "file-too-large": true,
  timeout: true,
  unreadable: true,
};

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class Progress {
  private done = 0;
  private unreadable = 0;
  private failed = 0;
  private ocrPages = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastLog = Date.now();
  private nextLogAt: number;
  private readonly m;
  private readonly tty: boolean;

  constructor(
    private readonly total: number,
    private readonly lang: Lang,
    private readonly stream: ProgressStream = process.stderr,
    private readonly quiet = false,
  ) {
    this.m = messages(lang);
    this.tty = Boolean(stream.isTTY);
    this.nextLogAt = Math.max(1, Math.ceil(total / 10));
  }

  private line(): string {
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const eta = rate > 0 ? ((this.total - this.done) / rate) * 1000 : 0;
    const line = this.m.progressLine(this.done, this.total, num(rate, this.lang, rate > 0 && rate < 0.1 ? 2 : 1), rate > 0 ? duration(eta, this.lang) : "?", this.unreadable, this.failed);
    return this.ocrPages > 0 ? `${line}${this.m.ocrPages(this.ocrPages)}` : line;
  }

  private draw(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 20;
    const filled = this.total > 0 ? Math.round((this.done / this.total) * width) : width;
    let text = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.line()}`;
    const cols = this.stream.columns ?? 100;
    if (text.length > cols - 1) text = text.slice(0, cols - 1);
    this.stream.write(`\r\x1b[K${text}`);
  }

  /** A page was read by OCR: a scan takes seconds a page, the bar shows them go by. */
  ocrPage(): void {
    this.ocrPages++;
    if (this.tty && !this.quiet) this.draw();
  }

  /** A document finished (converted or failed). */
  tick(rel: string, result: FileResult): void {
    this.done++;
    const failed = result.status === "unreadable" || result.status === "failed";
    if (result.status === "unreadable") this.unreadable++;
    if (result.status === "failed") this.failed++;
    if (this.quiet) return;
    if (failed) {
      const msg = `ctg: ${failureLine(rel, result, this.lang)}`;
      if (this.tty) this.stream.write(`\r\x1b[K${msg}\n`);
      else this.stream.write(`${msg}\n`);
    }
    if (this.tty) this.draw(this.done === this.total);
    else if (this.done >= this.nextLogAt || Date.now() - this.lastLog >= 10_000 || this.done === this.total) {
      this.stream.write(`ctg: ${this.line()}\n`);
      this.lastLog = Date.now();
      while (this.nextLogAt <= this.done) this.nextLogAt += Math.max(1, Math.ceil(this.total / 10));
    }
  }

  end(): void {
    if (this.tty && !this.quiet && this.total > 0) this.stream.write(`\r\x1b[K`);
  }
}
