// Messages between the batch coordinator and its workers, and what the manifest keeps of each document.
import type { ScdlSettings } from "../config/index.js";
import type { InputErrorFigures } from "../load/errors.js";
import type { Limits } from "../load/limits.js";
import type { ScdlPart } from "../write/scdl.js";
import type { Severity } from "../schema/report.js";
import type { OcrMode } from "../ocr/engine.js";
import type { PdfEngine } from "../load/readers/types.js";
import type { RuleOverrides } from "../check/overrides.js";

export type OutputFormat = "json" | "yaml" | "ndjson";

export type FileStatus = "ok" | "warnings" | "errors" | "unreadable" | "failed";

export interface Task {
  id: number;
  abs: string;
  rel: string;
  /** absolute output file, null for ndjson (the record goes back to the coordinator) */
  out: string | null;
  format: OutputFormat;
  scdl: ScdlSettings | null;
  lang: "fr" | "en";
  /** pages, text and inflated-size limits (the time limit is the pool's) */
  limits?: Partial<Limits>;
  /** pages without text read by OCR (default auto) */
  ocr?: OcrMode;
  /** the engine that reads PDFs' text (default: src/load/readers/index.ts) */
  pdfEngine?: PdfEngine;
  /** rules switched off or re-graded by ctg.config.yaml (regles) */
  rules?: RuleOverrides;
}

export interface CompactFinding {
  rule: string;
  severity: Severity;
  act: number;
  actNumber: string | null;
  message: string;
  page: number | null;
  line: number | null;
}

export interface FileResult {
  status: FileStatus;
  sha256: string | null;
  pages: number;
  acts: number;
  counts: { error: number; warning: number; info: number };
  findings: CompactFinding[];
  /** InputError code (unreadable) or crash / timeout / memory / write / internal (failed) */
  error: { code: string; message: string; figures?: InputErrorFigures } | null;
  /** ndjson: the document line (without the newline) */
  line?: string;
  scdl?: ScdlPart;
  ms: number;
}

export type WorkerReply =
  | { type: "ready" }
  | { type: "done"; id: number; result: FileResult }
  /** the document has `pages` pages to read by OCR: the worker waits for "ocr-go" */
  | { type: "ocr-wait"; id: number; pages: number }
  /** one more page read by OCR */
  | { type: "ocr-page"; id: number };

/** From the coordinator: a document to convert, or leave to start its OCR. */
export type WorkerMessage = Task | { type: "ocr-go"; id: number };
