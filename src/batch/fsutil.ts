// Batch outputs and the manifest are written atomically (src/write/atomic.ts), into folders created as needed;
// the temporary files a killed run left behind are swept at the next start.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { TEMP_SUFFIX, writeFileAtomic as writeAtomic, writeFileAtomicSync as writeAtomicSync } from "../write/atomic.js";

export { TEMP_SUFFIX };

/** Batch outputs and the manifest: atomic, into folders created as needed (a killed run is what they guard against). */
export function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  return writeAtomic(target, data, { mkdir: true });
}

export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  writeAtomicSync(target, data, { mkdir: true });
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
