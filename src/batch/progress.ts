// Progress of a batch on stderr: one redrawn line on a terminal (bar, done/total, files/s, ETA, failures),
// plain log lines otherwise (each failure, and a progress line every tenth of the work or 10 s).
import { duration, messages, num, type Lang } from "./messages.js";
import type { FileResult } from "./protocol.js";

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class Progress {
  private done = 0;
  private fails = 0;
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
    return this.m.progressLine(this.done, this.total, num(rate, this.lang, 1), rate > 0 ? duration(eta, this.lang) : "?", this.fails);
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

  /** A document finished (converted or failed). */
  tick(rel: string, result: FileResult): void {
    this.done++;
    const failed = result.status === "unreadable" || result.status === "failed";
    if (failed) this.fails++;
    if (this.quiet) return;
    if (failed) {
      const kind = result.status === "unreadable" ? this.m.unreadable : this.m.failed;
      const code = result.error?.code ?? "";
      const why = code === "timeout" ? this.m.timeout : code === "memory" ? this.m.memory : code === "crash" ? this.m.crash : code;
      const sep = this.lang === "en" ? ": " : " : ";
      const detail = result.error?.message && result.error.message !== code ? `${sep}${result.error.message}` : "";
      const msg = `ctg: ${kind}${sep}${rel} (${why}${detail})`;
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
