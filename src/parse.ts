// The pure core: loaded pages -> validated record. load -> normalise -> segment -> extract -> validate.
import { CtgDocument, SCHEMA_VERSION, type Act } from "./schema/record.js";
import { normalise } from "./normalise/index.js";
import { loadBytes, loadString, type LoadedSource } from "./load/source.js";
import { extractActs } from "./extract/acts.js";
import { InputError } from "./load/errors.js";

export function parseLoaded(loaded: LoadedSource): CtgDocument {
  const normalised = normalise(loaded.pages);
  // a scanned act whose only text is the prefecture stamp added on each page is a scan, not an empty act
  const body = normalised.lines.reduce((n, l) => n + l.text.replace(/\s+/g, "").length, 0);
  if (loaded.source.mediaType === "application/pdf" && normalised.stamps.seen && body < 20 * Math.max(1, loaded.source.pages)) {
    throw new InputError("stamp-only", loaded.source.path);
  }
  const acts: Act[] = extractActs(normalised);
  return CtgDocument.parse({ schemaVersion: SCHEMA_VERSION, source: loaded.source, acts });
}

/** Text in memory to a record (no file system). */
export function parseText(text: string, path = "<text>"): CtgDocument {
  return parseLoaded(loadString(text, path));
}

/** Bytes of a PDF or text file to a record; `path` names the source in the record and in errors. */
export async function parseBytes(bytes: Uint8Array, path: string): Promise<CtgDocument> {
  return parseLoaded(await loadBytes(bytes, path));
}
