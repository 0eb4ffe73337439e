// Input problems the CLI reports as one line naming the file, with exit code 2.
export type InputErrorCode =
  | "not-found"
  | "not-a-file"
  | "empty"
  | "binary"
  | "not-pdf"
  | "truncated-pdf"
  | "encrypted-pdf"
  | "no-text-layer"
  | "stamp-only"
  | "unreadable";

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    readonly detail?: string,
  ) {
    super(`${file}: ${code}${detail ? ` (${detail})` : ""}`);
    this.name = "InputError";
  }
}
