// Input problems the CLI reports as one line naming the file, with exit code 2.
export type InputErrorCode =
  | "not-found"
  | "not-a-file"
  | "special-file"
  | "link-loop"
  | "empty"
  | "binary"
  | "nul-bytes"
  | "not-pdf"
  | "truncated-pdf"
  | "damaged-pdf"
  | "encrypted-pdf"
  | "pdf-bomb"
  | "no-text-layer"
  | "ocr-empty"
  | "stamp-only"
  | "no-deliberation"
  | "too-many-pages"
  | "text-too-large"
  | "file-too-large"
  | "timeout"
  | "unreadable";

/** The figures a limit's message quotes: what the file has, and the limit (pages, bytes or seconds). */
export interface InputErrorFigures {
  /** pages, bytes; absent when only the limit is known (standard input cut at the limit) */
  count?: number;
  limit: number;
}

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    readonly detail?: string,
    readonly figures?: InputErrorFigures,
  ) {
    super(`${file}: ${code}${detail ? ` (${detail})` : ""}`);
    this.name = "InputError";
  }
}
