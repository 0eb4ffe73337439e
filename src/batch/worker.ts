// A warm batch worker (node:worker_threads): converts one document per task message and writes its output
// atomically. It runs from dist/ (the coordinator resolves dist/batch/worker.js). A crash, a time limit or
// the heap cap kills this worker only; the coordinator fails that document and starts a fresh worker.
import { createHash } from "node:crypto";
import { parentPort } from "node:worker_threads";
import { parseBytes } from "../parse.js";
import { checkDocument } from "../check/index.js";
import { holdsDeliberation } from "../check/recognised.js";
import { InputError } from "../load/errors.js";
import { withDefaults } from "../load/limits.js";
import { readFileBytes } from "../load/read.js";
import { documentToScdl } from "../write/scdl.js";
import { writeFileAtomic } from "./fsutil.js";
import type { CompactFinding, FileResult, FileStatus, Task, WorkerMessage, WorkerReply } from "./protocol.js";
import type { OcrOptions } from "../load/source.js";
import { toJson } from "../write/json.js";
import { toYaml } from "../write/yaml.js";

const port = parentPort;
if (!port) throw new Error("src/batch/worker.ts runs as a worker thread only");

// Test hooks (tests/batch only): slow every document down, or crash / hang / exhaust the heap on a path.
const testDelay = Number(process.env.CTG_BATCH_TEST_DELAY_MS ?? 0);
const testCrash = process.env.CTG_BATCH_TEST_CRASH;
const testHang = process.env.CTG_BATCH_TEST_HANG;
const testOom = process.env.CTG_BATCH_TEST_OOM;

function testHooks(rel: string): Promise<void> | void {
  if (testCrash && rel.includes(testCrash)) process.exit(3);
  if (testHang && rel.includes(testHang)) for (;;);
  if (testOom && rel.includes(testOom)) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array<number>(1_000_000).fill(Math.random()));
  }
  if (testDelay > 0) return new Promise((r) => setTimeout(r, testDelay));
}

const empty = { error: 0, warning: 0, info: 0 };

function inputErrorOf(error: InputError): NonNullable<FileResult["error"]> {
  return { code: error.code, message: error.detail ?? error.code, ...(error.figures ? { figures: error.figures } : {}) };
}

/** Leaves to run OCR, by task id, as the coordinator gives them. */
const ocrLeaves = new Map<number, () => void>();

/** OCR in a batch: the coordinator says when (it caps the documents read at once) and counts the pages. */
function ocrFor(task: Task): OcrOptions {
  return {
    mode: task.ocr ?? "auto",
    gate: (pages) =>
      new Promise<() => void>((resolve) => {
        // the leave is given back when the document is done (the coordinator frees it then)
        ocrLeaves.set(task.id, () => resolve(() => undefined));
        port!.postMessage({ type: "ocr-wait", id: task.id, pages } satisfies WorkerReply);
      }),
    onPage: () => port!.postMessage({ type: "ocr-page", id: task.id } satisfies WorkerReply),
  };
}

async function convert(task: Task): Promise<FileResult> {
  const started = performance.now();
  await testHooks(task.rel);
  // the pool keeps the time: no deadline in here
  const limits = withDefaults({ ...task.limits, timeoutMs: 0 });
  let bytes: Uint8Array;
  try {
    // a regular file only (a FIFO or /dev/zero would never end), never more than the limit
    bytes = await readFileBytes(task.abs, task.rel, limits);
  } catch (error) {
    const e = error instanceof InputError ? error : new InputError("unreadable", task.rel, error instanceof Error ? error.message : String(error));
    return { status: "unreadable", sha256: null, pages: 0, acts: 0, counts: empty, findings: [], error: inputErrorOf(e), ms: performance.now() - started };
  }
  try {
    const doc = await parseBytes(bytes, task.rel, limits, ocrFor(task), task.pdfEngine);
    // a text with nothing of a deliberation is reported as such, as `ctg check` does (no empty record written)
    if (!holdsDeliberation(doc)) throw new InputError("no-deliberation", task.rel);
    const report = checkDocument(doc, { lang: task.lang, ...(task.rules ? { rules: task.rules } : {}) });
    const status: FileStatus = report.counts.error > 0 ? "errors" : report.counts.warning > 0 ? "warnings" : "ok";
    const findings: CompactFinding[] = report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      act: f.act,
      actNumber: f.actNumber,
      message: f.message,
      page: f.evidence[0]?.page ?? null,
      line: f.evidence[0]?.line ?? null,
    }));
    const result: FileResult = {
      status,
      sha256: doc.source.sha256,
      pages: doc.source.pages,
      acts: doc.acts.length,
      counts: report.counts,
      findings,
      error: null,
      ms: 0,
    };
    if (task.format === "ndjson") result.line = JSON.stringify(doc);
    else if (task.out) {
      // the same YAML and JSON as `ctg parse` writes; a full or read-only disk fails this document, cleanly
      try {
        await writeFileAtomic(task.out, task.format === "yaml" ? toYaml(doc) : toJson(doc));
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        const message = error instanceof Error ? error.message : String(error);
        return { status: "failed", sha256: null, pages: 0, acts: 0, counts: empty, findings: [], error: { code: "write", message: code || message }, ms: performance.now() - started };
      }
    }
    if (task.scdl) {
      result.scdl = documentToScdl(doc, task.scdl, { urlPath: task.rel, lang: task.lang });
    }
    result.ms = performance.now() - started;
    return result;
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof InputError) {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      return { status: "unreadable", sha256, pages: 0, acts: 0, counts: empty, findings: [], error: inputErrorOf(error), ms };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { status: "failed", sha256: null, pages: 0, acts: 0, counts: empty, findings: [], error: { code: "internal", message }, ms };
  }
}

port.on("message", (message: WorkerMessage) => {
  if ("type" in message) {
    ocrLeaves.get(message.id)?.();
    ocrLeaves.delete(message.id);
    return;
  }
  const task = message;
  void convert(task).then((result) => {
    const reply: WorkerReply = { type: "done", id: task.id, result };
    port.postMessage(reply);
  });
});
port.postMessage({ type: "ready" } satisfies WorkerReply);
