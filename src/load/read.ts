// The file system edge of loading: a path (or "-" for standard input) to bytes, then to a LoadedSource.
import { readFile, stat } from "node:fs/promises";
import { InputError } from "./errors.js";
import { loadBytes, type LoadedSource } from "./source.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(path: string): Promise<LoadedSource> {
  if (path === "-") return loadBytes(await readStdin(), "-");
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError("not-found", path);
  }
  if (!info.isFile()) throw new InputError("not-a-file", path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError("unreadable", path, error instanceof Error ? error.message : String(error));
  }
  return loadBytes(bytes, path);
}
