import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runBatch, readManifest, SUMMARY_FILE } from "../../src/batch/index.js";
import { parseText } from "../../src/parse.js";
import { corpus, seedVariant, SEED_PDF, SEED_TXT, tempDir } from "./helpers.js";

const HOOKS = ["CTG_BATCH_TEST_CRASH", "CTG_BATCH_TEST_HANG", "CTG_BATCH_TEST_OOM", "CTG_BATCH_TEST_DELAY_MS"];
afterEach(() => {
  for (const h of HOOKS) delete process.env[h];
});

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full).map((f) => `${e.name}/${f}`));
    else out.push(e.name);
  }
  return out.sort();
}

describe("ctg batch over a folder with a corrupt file in it", () => {
  it("converts the good documents, reports the bad ones, and says so in the exit code and summary", async () => {
    const truncated = readFileSync(SEED_PDF).subarray(0, 600);
    const input = corpus({
      "seed.txt": { copy: SEED_TXT },
      "2022/octobre/seed.pdf": { copy: SEED_PDF },
      "2022/octobre/tronque.pdf": truncated,
      "binaire.txt": Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]),
      "notes.docx": "ignored: not a .pdf/.txt/.md",
    });
    const out = tempDir("out");
    const { summary, exitCode, summaryPath } = await runBatch({ inputs: [input], out, jobs: 2, quiet: true });

    expect(exitCode).toBe(2);
    expect(summary.documents).toBe(4);
    expect(summary.converted).toBe(4);
    expect(summary.status.unreadable).toBe(2);
    expect(summary.status.failed).toBe(0);
    expect(summary.status.ok + summary.status.warnings + summary.status.errors).toBe(2);
    expect(summary.failures.map((f) => [f.path, f.code])).toEqual([
      ["2022/octobre/tronque.pdf", "truncated-pdf"],
      ["binaire.txt", "binary"],
    ]);
    expect(JSON.parse(readFileSync(summaryPath, "utf8"))).toEqual(summary);
    // the output tree mirrors the input tree; nothing for the unreadable files
    expect(listFiles(out)).toEqual(["2022/octobre/seed.pdf.json", "ctg-manifest.json", SUMMARY_FILE, "seed.txt.json"].sort());
    // the output is the record ctg parse gives, named by the relative path
    const written = JSON.parse(readFileSync(join(out, "seed.txt.json"), "utf8"));
    expect(written).toEqual(JSON.parse(JSON.stringify(parseText(readFileSync(SEED_TXT, "utf8"), "seed.txt"))));
    expect(summary.acts).toBe(written.acts.length * 2);

    // a re-run over unchanged files does nothing and says the same
    const again = await runBatch({ inputs: [input], out, jobs: 2, quiet: true });
    expect(again.summary.converted).toBe(0);
    expect(again.summary.skipped).toBe(4);
    expect(again.summary.status).toEqual(summary.status);
    expect(again.exitCode).toBe(2);

    // a changed file is redone, and only it; a touched but identical file is not
    writeFileSync(join(input, "seed.txt"), seedVariant(1));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(input, "2022/octobre/seed.pdf"), later, later);
    const third = await runBatch({ inputs: [input], out, jobs: 1, quiet: true });
    expect(third.summary.converted).toBe(1);
    expect(readFileSync(join(out, "seed.txt.json"), "utf8")).toContain("2022-101");
  });

  it("fails a crashing, a hanging and a memory-hungry document alone and goes on", async () => {
    const input = corpus({
      "a.txt": seedVariant(1),
      "crash.txt": seedVariant(2),
      "hang.txt": seedVariant(3),
      "oom.txt": seedVariant(4),
      "z.txt": seedVariant(5),
    });
    process.env.CTG_BATCH_TEST_CRASH = "crash.txt";
    process.env.CTG_BATCH_TEST_HANG = "hang.txt";
    process.env.CTG_BATCH_TEST_OOM = "oom.txt";
    const out = tempDir("out");
    const { summary, exitCode } = await runBatch({ inputs: [input], out, jobs: 2, timeout: 2, memoryMb: 48, quiet: true });
    expect(exitCode).toBe(2);
    expect(summary.status.failed).toBe(3);
    expect(Object.fromEntries(summary.failures.map((f) => [f.path, f.code]))).toEqual({
      "crash.txt": "crash",
      "hang.txt": "timeout",
      "oom.txt": "memory",
    });
    expect(existsSync(join(out, "a.txt.json"))).toBe(true);
    expect(existsSync(join(out, "z.txt.json"))).toBe(true);
    expect(existsSync(join(out, "crash.txt.json"))).toBe(false);
  }, 60_000);

  it("streams ndjson, one document per line, and writes no per-file output", async () => {
    const input = corpus({ "a.txt": seedVariant(1), "b/c.md": seedVariant(2) });
    const out = tempDir("out");
    const chunks: string[] = [];
    const { Writable } = await import("node:stream");
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk.toString("utf8"));
        done();
      },
    });
    const r = await runBatch({ inputs: [input], out, format: "ndjson", ndjson: sink, jobs: 1, quiet: true });
    expect(r.summary.failures).toEqual([]);
    const lines = chunks.join("").split("\n").filter(Boolean);
    expect(lines.map((l) => JSON.parse(l).source.path).sort()).toEqual(["a.txt", "b/c.md"]);
    expect(listFiles(out)).toEqual(["ctg-manifest.json", SUMMARY_FILE]);
  });

  it("writes the SCDL CSV of every act, sorted by path, with the matière notes in the summary", async () => {
    const input = corpus({ "b.txt": seedVariant(2), "a.txt": seedVariant(1) });
    const out = tempDir("out");
    const csvFile = join(out, "..", `${Date.now()}-scdl.csv`);
    const config = { path: "/x/ctg.config.yaml", config: { collectivite: { nom: "Commune de Savas-Mépin", siret: "21380476800017" } } };
    const { summary } = await runBatch({ inputs: [input], out, scdl: csvFile, config, jobs: 1, quiet: true });
    const lines = readFileSync(csvFile, "utf8").split("\r\n");
    expect(lines[0]).toMatch(/^COLL_NOM,COLL_SIRET,DELIB_ID,/);
    expect(lines.slice(1, -1).map((l) => l.split(",")[2])).toEqual(["2022-101", "2022-102"]);
    expect(summary.scdl?.rows).toBe(2);
    expect(summary.scdl?.matiere.inferred).toBe(2);
    expect(summary.scdl?.notes.map((n) => [n.path, n.code, n.basis])).toEqual([
      ["a.txt", "8.2", "inferred"],
      ["b.txt", "8.2", "inferred"],
    ]);
    expect(statSync(csvFile).size).toBeGreaterThan(0);
    expect(readManifest(out)?.files["a.txt"]?.scdl?.rows).toHaveLength(1);
  });

  it("writes each authority's acts under its own row of collectivites, and never one act under another's identity", async () => {
    // the seed act, and the same act stamped with Corte's SIREN (212000962)
    const input = corpus({ "savas.txt": seedVariant(1), "corte.txt": seedVariant(2).replace(/213804768/g, "212000962") });
    const csvFile = join(tempDir("csv"), "scdl.csv");
    const table = {
      path: "/x/ctg.config.yaml",
      config: {
        collectivites: [
          { siren: "213804768", siret: "21380476800017", nom: "Commune de Savas-Mépin" },
          { siren: "212000962", siret: "21200096200010", nom: "Commune de Corte" },
        ],
      },
    };
    const both = await runBatch({ inputs: [input], out: tempDir("out"), scdl: csvFile, config: table, jobs: 1, quiet: true });
    expect(readFileSync(csvFile, "utf8").split("\r\n").slice(1, -1).map((l) => l.split(",").slice(0, 3).join(","))).toEqual([
      "Commune de Corte,21200096200010,2022-102",
      "Commune de Savas-Mépin,21380476800017,2022-101",
    ]);
    expect([both.exitCode, both.summary.scdl?.failed, both.summary.scdl?.leftOut]).toEqual([0, 0, []]);

    // one authority configured: Corte's act is left out, with its reason in summary.json and the printed summary
    const one = { path: "/x/ctg.config.yaml", config: { collectivite: { nom: "Commune de Savas-Mépin", siret: "21380476800017" } } };
    const log: string[] = [];
    const out = tempDir("out");
    const r = await runBatch({ inputs: [input], out, scdl: csvFile, config: one, jobs: 1, log: { write: (s: string) => log.push(s) } as never });
    expect(readFileSync(csvFile, "utf8").split("\r\n").slice(1, -1).map((l) => l.split(",")[1])).toEqual(["21380476800017"]);
    expect(r.exitCode).toBe(1);
    expect(r.summary.scdl?.reasons).toEqual({ "authority-contradiction": 1 });
    const written = JSON.parse(readFileSync(join(out, SUMMARY_FILE), "utf8")) as { scdl: { leftOut: Array<{ path: string; reason: string; message: string }> } };
    expect(written.scdl.leftOut.map((l) => [l.path, l.reason])).toEqual([["corte.txt", "authority-contradiction"]]);
    expect(written.scdl.leftOut[0]!.message).toMatch(/^écarté : l'acte désigne .*SIREN 212000962 \(tampon @CTES\), ctg\.config\.yaml donne Commune de Savas-Mépin \(SIREN 213804768\)/);
    const printed = log.join("");
    expect(printed).toContain("  écartées du CSV : 1 délibération(s) :\n    corte.txt : acte 2022-102 : écarté : l'acte désigne");
  });
});
