// Atomic file writing: the data goes to a temporary file beside the target, then is renamed over it. A reader
// (or a run killed half-way) sees the old file or the new one, never half of one; on failure the temporary file
// is removed and the target is left as it was. Temporary files end in TEMP_SUFFIX so that a later run can sweep
// those a killed process left behind.
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, open, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export const TEMP_SUFFIX = ".ctg-tmp";

export interface AtomicOptions {
  /** create the target's folder first */
  mkdir?: boolean;
  /** flush the data to disk before the rename (survives a power cut, not only a killed process) */
  sync?: boolean;
}

function tempName(target: string): string {
  return `${target}.${process.pid}.${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicOptions = {}): Promise<void> {
  if (options.mkdir) await mkdir(dirname(target), { recursive: true });
  const temp = tempName(target);
  let created = false;
  try {
    const handle = await open(temp, "wx", 0o644);
    created = true;
    try {
      await handle.writeFile(data);
      if (options.sync) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    if (created) await rm(temp, { force: true });
    throw error;
  }
}

export function writeFileAtomicSync(target: string, data: string | Uint8Array, options: AtomicOptions = {}): void {
  if (options.mkdir) mkdirSync(dirname(target), { recursive: true });
  const temp = tempName(target);
  try {
    writeFileSync(temp, data, { flag: "wx", mode: 0o644 });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * An output named by --out: atomically (a temporary file renamed over the target, removed on failure) for a regular
 * file; straight into a device or a pipe (/dev/stdout, /dev/full), which cannot be renamed over and keeps no half file.
 */
export async function writeOutput(out: string, text: string): Promise<void> {
  const info = await stat(out).catch(() => null);
  if (info && !info.isFile() && !info.isDirectory()) await writeFile(out, text);
  else await writeFileAtomic(out, text, { sync: true });
}
