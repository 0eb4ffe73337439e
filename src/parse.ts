// The pure core: loaded pages -> validated record. load -> normalise -> segment -> extract -> validate.
import { CtgDocument, SCHEMA_VERSION, type Act } from "./schema/record.js";
import { normalise } from "./normalise/index.js";
import { loadBytes, loadString, type LoadedSource } from "./load/source.js";
import { extractActs } from "./extract/acts.js";

export function parseLoaded(loaded: LoadedSource): CtgDocument {
  const normalised = normalise(loaded.pages);
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
