// Atomic writes for batch outputs and the manifest: write a temporary file beside the target, then rename
// (atomic on one file system), so a killed run leaves either the old file or the new one, never half of one.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export const TEMP_SUFFIX = ".ctg-tmp";

function tempName(target: string): string {
  return `${target}.${process.pid}.${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const tmp = tempName(target);
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = tempName(target);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Removes temporary files a killed run left under `dir`; returns how many. */
export function removeStaleTemps(dir: string): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) removed += removeStaleTemps(full);
    else if (e.name.endsWith(TEMP_SUFFIX)) {
      rmSync(full, { force: true });
      removed++;
    }
  }
  return removed;
}
