// The batch summary's line of most frequent rules: a rule that fires at two severities is named with each.
import { describe, expect, it } from "vitest";
import { formatSummary, type BatchSummary } from "../../src/batch/summary.js";

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
