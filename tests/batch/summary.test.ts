// The batch summary's line of most frequent rules: a rule that fires at two severities is named with each.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/index.js";
import { Progress } from "../../src/batch/progress.js";
import { formatSummary, type BatchSummary } from "../../src/batch/summary.js";
import { corpus, SEED_TXT, tempDir } from "./helpers.js";

const summary = (topRules: BatchSummary["topRules"]): BatchSummary => ({
  tool: "ctg",
  version: "0.1.0",
  shard: null,
  startedAt: null,
  finishedAt: "2026-12-03T17:00:00.000Z",
  durationMs: 1000,
  documents: 2,
  converted: 2,
  skipped: 0,
  filesPerSecond: 2,
  pages: 4,
  acts: 3,
  status: { ok: 0, warnings: 1, errors: 1, unreadable: 0, failed: 0 },
  findings: { error: 26, warning: 18, info: 3 },
  topRules,
  failures: [],
  files: [],
  rulesOff: [],
  scdl: null,
});

const line = (s: string) => s.split("\n").find((l) => l.includes("QUORUM") || l.includes("STAMP"));

describe("formatSummary: most frequent rules", () => {
  it.each([
    [
      "fr",
      [{ rule: "STAMP_ID_CONFLICT", severity: "error", count: 26 }, { rule: "STAMP_ID_CONFLICT", severity: "warning", count: 18 }, { rule: "QUORUM_UNKNOWN", severity: "info", count: 3 }],
      "  règles les plus relevées : STAMP_ID_CONFLICT (26, erreur), STAMP_ID_CONFLICT (18, avertissement), QUORUM_UNKNOWN (3)",
    ],
    [
      "en",
      [{ rule: "STAMP_ID_CONFLICT", severity: "error", count: 26 }, { rule: "STAMP_ID_CONFLICT", severity: "warning", count: 18 }],
      "  most frequent rules: STAMP_ID_CONFLICT (26, error), STAMP_ID_CONFLICT (18, warning)",
    ],
    ["fr", [{ rule: "QUORUM_UNKNOWN", severity: "info", count: 38 }], "  règles les plus relevées : QUORUM_UNKNOWN (38)"],
  ] as const)("%s %#", (lang, rules, expected) => {
    expect(line(formatSummary(summary([...rules]), lang, null))).toBe(expected);
  });
});

describe("formatSummary: the rate of a slow batch (scans read by OCR)", () => {
  it.each([
    [0.02, "0,02 fichiers/s"],
    [0.5, "0,5 fichiers/s"],
    [12.34, "12,3 fichiers/s"],
  ])("%s files/s", (rate, shown) => {
    expect(formatSummary({ ...summary([]), filesPerSecond: rate }, "fr", null).split("\n")[0]).toContain(shown);
  });
});

describe("summary.json keeps what was found, file by file", () => {
  const seed = readFileSync(SEED_TXT, "utf8");
  it("lists each file with its errors and warnings by rule and act, and each failure in the words of the log", async () => {
    const input = corpus({
      "seed.txt": seed,
      // more members present than in office: an error on act 2022-29
      "trop.txt": seed.replace("Présents : 14", "Présents : 16"),
      "chat.txt": "Le chat est sur le tapis.\n",
      "vide.txt": "",
    });
    const { summary, exitCode } = await runBatch({ inputs: [input], out: tempDir("out"), jobs: 1, quiet: true });
    expect(exitCode).toBe(2);
    expect(summary.files.map((f) => [f.path, f.status])).toEqual([
      ["chat.txt", "unreadable"],
      ["seed.txt", "ok"],
      ["trop.txt", "errors"],
      ["vide.txt", "unreadable"],
    ]);
    const trop = summary.files.find((f) => f.path === "trop.txt")!;
    expect(trop.errors.length).toBeGreaterThan(0);
    for (const e of trop.errors) expect(e.acts).toEqual(["2022-29"]);
    expect(trop.errors.map((e) => e.rule)).toEqual([...new Set(trop.errors.map((e) => e.rule))]);
    expect(summary.findings.error).toBeGreaterThanOrEqual(trop.errors.length);
    // a text with nothing of a deliberation is unreadable, as `ctg check` says; no raw code in the messages
    expect(summary.failures).toEqual([
      { path: "chat.txt", status: "unreadable", code: "no-deliberation", message: expect.stringMatching(/^chat\.txt : aucune délibération reconnue/) },
      { path: "vide.txt", status: "unreadable", code: "empty", message: "vide.txt : fichier vide" },
    ]);
    expect(summary.files.find((f) => f.path === "vide.txt")?.failure).toEqual({ code: "empty", message: "vide.txt : fichier vide" });
  });

  it("in English with --lang en", async () => {
    const input = corpus({ "vide.txt": "" });
    const { summary } = await runBatch({ inputs: [input], out: tempDir("out"), jobs: 1, quiet: true, lang: "en" });
    expect(summary.failures[0]?.message).toBe("vide.txt: empty file");
  });
});

describe("the progress line counts failures as the summary does", () => {
  it.each([
    ["fr", "illisibles : 1 · échecs : 1", "illisibles : 1 · échecs : 1"],
    ["en", "unreadable: 1 · failed: 1", "unreadable: 1 · failed: 1"],
  ] as const)("%s", (lang, progress, status) => {
    const written: string[] = [];
    const p = new Progress(3, lang, { write: (s: string) => written.push(s), isTTY: false });
    const none = { pages: 0, acts: 0, counts: { error: 0, warning: 0, info: 0 }, findings: [], sha256: null, ms: 1 };
    p.tick("a.txt", { ...none, status: "ok", error: null });
    p.tick("b.txt", { ...none, status: "unreadable", error: { code: "empty", message: "empty" } });
    p.tick("c.txt", { ...none, status: "failed", error: { code: "timeout", message: "timeout", figures: { limit: 60000 } } });
    expect(written.at(-1)).toContain(progress);
    const s = { ...summary([]), status: { ok: 1, warnings: 0, errors: 0, unreadable: 1, failed: 1 } };
    expect(formatSummary(s, lang, null)).toContain(status);
  });
});
