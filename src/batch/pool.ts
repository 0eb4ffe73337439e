// A pool of warm worker threads, one task each at a time. Every document is isolated: a crash (uncaught
// error, process.exit), the time limit (terminate) or the heap cap (resourceLimits) fails that document
// alone and the slot gets a fresh worker; the batch goes on. OCR takes ~200 MB per reader: at most `ocrJobs`
// documents are read by OCR at once (a worker asks, waits for leave, and its time limit grows with its pages).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileResult, Task, WorkerMessage, WorkerReply } from "./protocol.js";
import { OCR_MS_PER_PAGE } from "../ocr/engine.js";

export interface PoolOptions {
  size: number;
  /** per document, milliseconds; 0 = no limit */
  timeoutMs: number;
  /** heap cap per worker (old generation), MB */
  memoryMb: number;
  /** documents read by OCR at the same time (default 1) */
  ocrJobs?: number;
  /** a page was read by OCR */
  onOcrPage?: () => void;
}

/** dist/batch/worker.js: beside this module when it runs from dist, else the built copy (tests run src/). */
export function workerFile(): string {
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return fileURLToPath(here);
  const built = fileURLToPath(new URL("../../dist/batch/worker.js", import.meta.url));
  if (existsSync(built)) return built;
  throw new Error(`worker not built: run \`npx tsc -p .\` (looked for ${built})`);
}

interface Slot {
  worker: Worker;
  job: { task: Task; resolve: (r: FileResult) => void; timer: NodeJS.Timeout | null } | null;
  /** this slot's document holds one of the OCR leaves */
  ocr: boolean;
}

function failure(code: string, message: string, figures?: { limit: number }): FileResult {
  const error = { code, message, ...(figures ? { figures } : {}) };
  return { status: "failed", sha256: null, pages: 0, acts: 0, counts: { error: 0, warning: 0, info: 0 }, findings: [], error, ms: 0 };
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: Task; resolve: (r: FileResult) => void }> = [];
  /** documents waiting for leave to run OCR, first come first served */
  private readonly ocrWaiting: Array<{ slot: Slot; id: number; pages: number }> = [];
  private ocrRunning = 0;
  private readonly file = workerFile();
  private closed = false;
  /** workers replaced after a crash, time-out or memory exhaustion */
  respawns = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) {
      const slot = { job: null, ocr: false } as unknown as Slot;
      this.start(slot);
      this.slots.push(slot);
    }
  }

  /** Gives `slot` a new worker whose events concern this slot only while it is the slot's worker. */
  private start(slot: Slot): void {
    const worker = new Worker(this.file, {
      // a small young generation: -45 MB of RSS per worker on this corpus at 8 MB, about -6 MB more at 4 MB, no
      // measurable slowdown (600 small PDFs, 2 jobs: 255–263 → 247–248 MB peak, 6.7–7.0 → 6.5–6.7 s)
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    slot.worker = worker;
    worker.on("message", (msg: WorkerReply) => {
      if (slot.worker !== worker || msg.type === "ready" || !slot.job || slot.job.task.id !== msg.id) return;
      if (msg.type === "done") this.finish(slot, msg.result);
      else if (msg.type === "ocr-page") this.options.onOcrPage?.();
      else {
        this.ocrWaiting.push({ slot, id: msg.id, pages: msg.pages });
        this.grantOcr();
      }
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const code = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash";
      this.replace(slot, failure(code, error.message));
    });
    worker.on("exit", (exitCode) => {
      if (slot.worker !== worker || this.closed) return;
      this.replace(slot, failure("crash", `worker exited with code ${exitCode}`));
    });
  }

  /** Gives leave to the waiting documents while fewer than ocrJobs are read by OCR. */
  private grantOcr(): void {
    while (this.ocrRunning < Math.max(1, this.options.ocrJobs ?? 1) && this.ocrWaiting.length > 0) {
      const { slot, id, pages } = this.ocrWaiting.shift()!;
      if (slot.job?.task.id !== id) continue;
      slot.ocr = true;
      this.ocrRunning++;
      // the time limit starts again, with the time OCR takes per page on top (the wait did not count)
      this.arm(slot, slot.job, this.options.timeoutMs + pages * OCR_MS_PER_PAGE);
      slot.worker.postMessage({ type: "ocr-go", id } satisfies WorkerMessage);
    }
  }

  /** The slot's document gives back its OCR leave, or leaves the queue for one. */
  private dropOcr(slot: Slot): void {
    const waiting = this.ocrWaiting.findIndex((w) => w.slot === slot);
    if (waiting !== -1) this.ocrWaiting.splice(waiting, 1);
    if (slot.ocr) {
      slot.ocr = false;
      this.ocrRunning--;
      this.grantOcr();
    }
  }

  private arm(slot: Slot, job: NonNullable<Slot["job"]>, ms: number): void {
    if (job.timer) clearTimeout(job.timer);
    job.timer = null;
    if (this.options.timeoutMs <= 0) return;
    job.timer = setTimeout(() => {
      if (slot.job === job) {
        const seconds = ms / 1000;
        this.replace(slot, failure("timeout", `no result after ${Math.round(seconds)} s`, { limit: seconds }));
      }
    }, ms);
  }

  private finish(slot: Slot, result: FileResult): void {
    const job = slot.job;
    if (!job) return;
    if (job.timer) clearTimeout(job.timer);
    slot.job = null;
    this.dropOcr(slot);
    job.resolve(result);
    this.pump();
  }

  /** Fails the slot's current document with `result`, kills its worker and starts a fresh one. */
  private replace(slot: Slot, result: FileResult): void {
    if (this.closed) return;
    const old = slot.worker;
    this.respawns++;
    this.start(slot);
    void old.terminate().catch(() => undefined);
    if (slot.job) this.finish(slot, result);
    else this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (slot.job) continue;
      const next = this.queue.shift();
      if (!next) return;
      const job: NonNullable<Slot["job"]> = { task: next.task, resolve: next.resolve, timer: null };
      slot.job = job;
      this.arm(slot, job, this.options.timeoutMs);
      slot.worker.postMessage(next.task satisfies WorkerMessage);
    }
  }

  run(task: Task): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  /** Stops every worker. Documents in flight or queued are dropped (after an interrupt): their time limits are
   * cleared, so that nothing keeps the process alive or starts a worker again. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    this.ocrWaiting.length = 0;
    for (const slot of this.slots) {
      if (slot.job?.timer) clearTimeout(slot.job.timer);
      slot.job = null;
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }
}
