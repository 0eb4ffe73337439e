// Temporary corpora for the batch tests, built from the bundled seed act (never from ../shared).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SEED_TXT = join(ROOT, "fixtures", "savas-mepin-2022-29.txt");
export const SEED_PDF = join(ROOT, "fixtures", "savas-mepin-2022-29.pdf");
export const BIN = join(ROOT, "bin", "ctg.js");

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ctg-${prefix}-`));
}

/** Writes `files` (relative path -> source file to copy, or literal content) under a new temp folder. */
export function corpus(files: Record<string, string | Buffer | { copy: string }>): string {
  const dir = tempDir("in");
  for (const [rel, what] of Object.entries(files)) {
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof what === "object" && !Buffer.isBuffer(what)) copyFileSync(what.copy, target);
    else writeFileSync(target, what);
  }
  return dir;
}

/** The seed act with its number changed, so that every copy is a distinct document. */
export function seedVariant(i: number): string {
  return readFileSync(SEED_TXT, "utf8").replace(/2022-29/g, `2022-${100 + i}`);
}
