import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, JOURNAL_FILE } from "../../src/batch/index.js";
import { BIN, corpus, seedVariant, tempDir } from "./helpers.js";

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("ctg batch killed in the middle", () => {
  it("resumes without redoing finished documents and leaves no partial file", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10; i++) files[`lot-${i < 5 ? "a" : "b"}/acte-${i}.txt`] = seedVariant(i);
    const input = corpus(files);
    const out = tempDir("out");

    // slowed down (test hook in the worker) so that the kill lands mid-run
    const child = spawn(process.execPath, [BIN, "batch", input, "-o", out, "--jobs", "1", "--quiet"], {
      env: { ...process.env, CTG_BATCH_TEST_DELAY_MS: "250" },
      stdio: "ignore",
    });
    const journal = join(out, JOURNAL_FILE);
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const lines = existsSync(journal) ? readFileSync(journal, "utf8").split("\n").filter(Boolean).length : 0;
      if (lines >= 3) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));

    const before = readManifest(out);
    const finished = Object.keys(before?.files ?? {});
    expect(finished.length).toBeGreaterThanOrEqual(3);
    expect(finished.length).toBeLessThan(10);
    // every output present is complete (atomic rename), and is one of the finished documents
    const outputs = allFiles(out).filter((f) => f.endsWith(".txt.json"));
    for (const f of outputs) expect(JSON.parse(readFileSync(f, "utf8")).schemaVersion).toBe("1.0.0");
    const mtimes = new Map(finished.map((rel) => [rel, statSync(join(out, `${rel}.json`)).mtimeMs]));

    const rerun = spawnSync(process.execPath, [BIN, "batch", input, "-o", out, "--jobs", "1", "--quiet"], { encoding: "utf8" });
    expect(rerun.stderr).toBe("");
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.documents).toBe(10);
    expect(summary.skipped).toBe(finished.length);
    expect(summary.converted).toBe(10 - finished.length);
    for (const [rel, mtime] of mtimes) expect(statSync(join(out, `${rel}.json`)).mtimeMs).toBe(mtime);
    expect(allFiles(out).filter((f) => f.endsWith(".txt.json"))).toHaveLength(10);
    expect(allFiles(out).filter((f) => f.includes(".ctg-tmp"))).toEqual([]);
    expect(existsSync(journal)).toBe(false);
  }, 60_000);
});
