// Runs the built bin as a user would: node bin/ctg.js ARGS, with standard input, in a clean environment
// (no FORCE_COLOR/NO_COLOR inherited from the test runner), stdout and stderr kept apart.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = join(ROOT, "bin", "ctg.js");
export const FIXTURES = join(ROOT, "fixtures");
export const SEED_TXT = join(FIXTURES, "savas-mepin-2022-29.txt");
export const SEED_PDF = join(FIXTURES, "savas-mepin-2022-29.pdf");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export function ctg(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ["FORCE_COLOR", "NO_COLOR", "CTG_DEBUG", "NODE_OPTIONS"]) delete env[name];
  Object.assign(env, options.env ?? {});
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    child.stdin.on("error", () => undefined); // the CLI may exit before reading all of it
    child.stdin.end(options.input ?? "");
  });
}

const made: string[] = [];

/** A fresh temporary folder; removeTempDirs() (in afterAll) deletes them all. */
export function tempDir(prefix = "ctg-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
