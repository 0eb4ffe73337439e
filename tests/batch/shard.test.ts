import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs, inShard, mergeOutputs, parseShard, readManifest, runBatch, shardOf } from "../../src/batch/index.js";
import { corpus, seedVariant, tempDir } from "./helpers.js";

const config = { path: "/x/ctg.config.yaml", config: { collectivite: { nom: "Commune de Savas-Mépin", siret: "21380476800017" } } };

describe("--shard K/N", () => {
  it("parses K/N and refuses the rest", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/3", "4/3", "1/0", "a/b", "2", "1/2/3"]) expect(parseShard(bad)).toBeNull();
  });

  it("partitions the documents: disjoint shards that cover all, the same on every machine", () => {
    const rels = Array.from({ length: 200 }, (_, i) => `annee-${2000 + (i % 7)}/acte-${i}.pdf`);
    for (const n of [1, 2, 3, 5]) {
      const parts = Array.from({ length: n }, (_, k) => rels.filter((r) => inShard(r, { index: k + 1, count: n })));
      expect(parts.flat().sort()).toEqual([...rels].sort());
      expect(new Set(parts.flat()).size).toBe(rels.length);
      // no shard is empty or takes nearly everything with 200 documents
      if (n > 1) for (const p of parts) expect(p.length).toBeGreaterThan(200 / n / 2);
    }
    expect(shardOf("annee-2003/acte-17.pdf", 4)).toBe(shardOf("annee-2003/acte-17.pdf", 4));
  });

  it("runs each shard into its own folder and merges them back into the whole", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`${i % 2 ? "impairs" : "pairs"}/acte-${i}.txt`] = seedVariant(i);
    const input = corpus(files);
    const all = expandInputs([input]).files.map((f) => f.rel);
    expect(all).toHaveLength(12);

    const outs: string[] = [];
    const seen: string[] = [];
    for (const k of [1, 2, 3]) {
      const out = tempDir(`shard${k}`);
      outs.push(out);
      const { summary } = await runBatch({ inputs: [input], out, shard: { index: k, count: 3 }, scdl: join(out, "part.csv"), config, jobs: 1, quiet: true });
      const mine = Object.keys(readManifest(out)!.files);
      expect(summary.documents).toBe(mine.length);
      expect(summary.shard).toBe(`${k}/3`);
      seen.push(...mine);
    }
    expect(seen.sort()).toEqual([...all].sort());

    const merged = tempDir("merged");
    const { summary, conflicts } = await mergeOutputs({ dirs: outs, out: merged, quiet: true });
    expect(conflicts).toBe(0);
    expect(summary.documents).toBe(12);
    expect(summary.converted).toBe(12);
    expect(Object.keys(readManifest(merged)!.files).sort()).toEqual([...all].sort());
    for (const rel of all) expect(JSON.parse(readFileSync(join(merged, `${rel}.json`), "utf8")).source.path).toBe(rel);
    // SCDL rows of the three shards joined in path order under one header
    const csv = readFileSync(join(merged, "deliberations-scdl.csv"), "utf8").split("\r\n").filter(Boolean);
    expect(csv.filter((l) => l.startsWith("COLL_NOM,"))).toHaveLength(1);
    const acts = all.map((rel) => JSON.parse(readFileSync(join(merged, `${rel}.json`), "utf8")).acts.length as number);
    expect(csv).toHaveLength(1 + acts.reduce((a, b) => a + b, 0));
    expect(csv.slice(1).map((l) => l.split(",")[2])).toEqual(
      all.flatMap((rel) => JSON.parse(readFileSync(join(merged, `${rel}.json`), "utf8")).acts.map((a: { number: string }) => a.number)),
    );
    expect(readdirSync(merged).sort()).toEqual(["ctg-manifest.json", "deliberations-scdl.csv", "impairs", "pairs", "summary.json"]);
  });
});
