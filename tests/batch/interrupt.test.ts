// A batch stopped at any moment loses nothing: Ctrl+C (SIGINT) stops cleanly (one line, exit 130, no temporary
// file, the journal keeps what finished), SIGKILL at moments drawn at random leaves no partial output, and each
// re-run finishes the rest without redoing what was done. An --out inside the input folder is never read back.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../src/batch/index.js";
import { BIN, corpus, seedVariant, tempDir } from "./helpers.js";

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** the documents finished so far: the manifest with its journal replayed */
const finished = (out: string): string[] => Object.keys(readManifest(out)?.files ?? {});

/** Starts a slowed-down batch (test hook in the worker) and waits until `after` documents are in the journal. */
async function startAndWait(input: string, out: string, after: number) {
  const child = spawn(process.execPath, [BIN, "batch", input, "-o", out, "--jobs", "2"], {
    env: { ...process.env, CTG_BATCH_TEST_DELAY_MS: "200" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && finished(out).length < after) await new Promise((r) => setTimeout(r, 20));
  return { child, exited, stderr: () => stderr };
}

const corpusOf = (n: number) => corpus(Object.fromEntries(Array.from({ length: n }, (_, i) => [`lot-${i % 3}/acte-${i}.txt`, seedVariant(i)])));

describe("ctg batch stopped at any moment", () => {
  it("Ctrl+C: one line, exit 130, no temporary file, and the re-run does only the rest", async () => {
    const input = corpusOf(12);
    const out = tempDir("out");
    const run = await startAndWait(input, out, 3);
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(130);
    const lines = run.stderr().trim().split("\n");
    expect(lines.at(-1)).toMatch(/^ctg: interrompu : \d+ document\(s\) sur 12 terminé\(s\) et enregistré\(s\), aucun fichier partiel ; relancer la même commande pour reprendre$/);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    expect(allFiles(out).filter((f) => f.endsWith(".ctg-tmp"))).toEqual([]);
    const done = finished(out);
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.length).toBeLessThan(12);

    const rerun = spawnSync(process.execPath, [BIN, "batch", input, "-o", out, "--quiet"], { encoding: "utf8" });
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.skipped).toBe(done.length);
    expect(summary.converted).toBe(12 - done.length);
  }, 90_000);

  it("SIGKILL at three moments drawn at random, then re-runs: every output whole, nothing done twice", async () => {
    const input = corpusOf(15);
    const out = tempDir("out");
    // moments drawn once per run of the test suite; printed so that a failure can be replayed
    const moments = Array.from({ length: 3 }, () => 1 + Math.floor(Math.random() * 4));
    console.log(`SIGKILL after ${moments.join(", ")} more document(s)`);
    const writtenAt = new Map<string, number>();
    for (const more of moments) {
      const before = finished(out).length;
      const run = await startAndWait(input, out, before + more);
      run.child.kill("SIGKILL");
      await run.exited;
      // whatever is there is whole JSON (atomic rename); finished documents keep the output of their first run
      for (const f of allFiles(out).filter((x) => x.endsWith(".txt.json"))) {
        expect(JSON.parse(readFileSync(f, "utf8")).schemaVersion).toBe("1.0.0");
      }
      for (const rel of finished(out)) {
        const mtime = statSync(join(out, `${rel}.json`)).mtimeMs;
        if (writtenAt.has(rel)) expect(mtime).toBe(writtenAt.get(rel));
        else writtenAt.set(rel, mtime);
      }
    }
    const rerun = spawnSync(process.execPath, [BIN, "batch", input, "-o", out, "--quiet"], { encoding: "utf8" });
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.documents).toBe(15);
    expect(summary.skipped + summary.converted).toBe(15);
    expect(summary.skipped).toBe(writtenAt.size);
    for (const [rel, mtime] of writtenAt) expect(statSync(join(out, `${rel}.json`)).mtimeMs).toBe(mtime);
    expect(allFiles(out).filter((f) => f.endsWith(".txt.json"))).toHaveLength(15);
    expect(allFiles(out).filter((f) => f.endsWith(".ctg-tmp"))).toEqual([]);
  }, 120_000);

  it("--out inside the input folder: its outputs are never taken for inputs, run after run", () => {
    const input = corpusOf(3);
    const out = join(input, "sortie");
    for (let i = 0; i < 2; i++) {
      const run = spawnSync(process.execPath, [BIN, "batch", input, "-o", out, "--quiet"], { encoding: "utf8" });
      expect(run.status).toBe(0);
      expect(JSON.parse(readFileSync(join(out, "summary.json"), "utf8")).documents).toBe(3);
    }
    expect(allFiles(out).filter((f) => f.endsWith(".json") && !/summary|manifest/.test(f))).toHaveLength(3);
  });
});
