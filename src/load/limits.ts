// Limits on one input, so that a hostile or absurd file fails alone, quickly and with a clear line instead of
// hanging, exhausting memory or producing a record nobody can use. The CLI sets them from --max-pages,
// --max-text and --timeout; the defaults are far above any real deliberation (the largest minutes seen are a
// few hundred pages and well under a megabyte of text).
import { runInNewContext } from "node:vm";
import { InputError } from "./errors.js";

export const MB = 1024 * 1024;

export interface Limits {
  /** pages of a PDF */
  maxPages: number;
  /** bytes of a text file; characters of the text extracted from a PDF */
  maxTextBytes: number;
  /** bytes of a PDF file */
  maxPdfBytes: number;
  /** bytes one compressed PDF stream (other than an image) may inflate to */
  maxInflatedStream: number;
  /** bytes all of them together may inflate to */
  maxInflatedTotal: number;
  /** milliseconds for one file, reading to record; 0 = no limit */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxPages: 2000,
  maxTextBytes: 10 * MB,
  maxPdfBytes: 512 * MB,
  maxInflatedStream: 100 * MB,
  maxInflatedTotal: 400 * MB,
  timeoutMs: 60_000,
});

export function withDefaults(limits: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...(limits ?? {}) };
}

/**
 * The time left for one file. Asynchronous work (reading, pdf.js) races a timer; synchronous work (the
 * pipeline) runs under node:vm's watchdog, which interrupts even a runaway regular expression.
 */
export class Deadline {
  private end: number;

  constructor(
    readonly ms: number,
    readonly file: string,
  ) {
    this.end = ms > 0 ? performance.now() + ms : Infinity;
  }

  error(): InputError {
    return new InputError("timeout", this.file, undefined, { limit: this.ms / 1000 });
  }

  /** More time for slow work the limit was not set for (a page read by OCR). */
  extend(ms: number): void {
    this.end += ms;
  }

  remaining(): number {
    return this.end - performance.now();
  }

  check(): void {
    if (this.remaining() <= 0) throw this.error();
  }

  /** `work` or the time-out, whichever comes first; `onTimeout` stops the work (it keeps running otherwise). */
  async race<T>(work: Promise<T>, onTimeout?: () => unknown): Promise<T> {
    if (this.end === Infinity) return work;
    this.check();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void Promise.resolve()
          .then(onTimeout)
          .catch(() => undefined);
        reject(this.error());
      }, Math.max(1, this.remaining()));
    });
    try {
      return await Promise.race([work, expired]);
    } finally {
      clearTimeout(timer);
      // a rejection of the loser is not an unhandled one
      work.catch(() => undefined);
    }
  }

  /** Runs synchronous `work`, interrupted when the time is up. */
  run<T>(work: () => T): T {
    if (this.end === Infinity) return work();
    this.check();
    try {
      return runInNewContext("work()", { work }, { timeout: Math.max(1, Math.floor(this.remaining())) }) as T;
    } catch (error) {
      // the watchdog's error comes from the script's own context: not an instance of this realm's Error
      if ((error as { code?: string } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw this.error();
      throw error;
    }
  }
}
