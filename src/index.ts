// Library entry point: `import { parseDeliberation } from "ctg"`.
import { readInput } from "./load/read.js";
import { parseLoaded } from "./parse.js";
import type { CtgDocument } from "./schema/record.js";

export { parseText, parseBytes, parseLoaded } from "./parse.js";
export { checkDocument } from "./check/index.js";
export { InputError } from "./load/errors.js";
export * from "./schema/record.js";
export * from "./schema/report.js";

/** Reads a PDF or text file (or "-" for standard input) and returns the same document as `ctg parse`. */
export async function parseDeliberation(path: string): Promise<CtgDocument> {
  return parseLoaded(await readInput(path));
}
