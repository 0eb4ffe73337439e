// docs/rules.md is rendered from the rules table: this fails when the committed file is stale.
// Fix: npx tsc -p . && npm run rules-doc
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules.js";
import { familyOf, renderRulesDoc } from "../../src/check/rules-doc.js";

const committed = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");

/** Occurrences of `id` as a whole identifier: QUORUM inside QUORUM_UNKNOWN does not count. */
function occurrences(text: string, id: string): number {
  return text.match(new RegExp(`(?<![A-Z0-9_])${id}(?![A-Z0-9_])`, "g"))?.length ?? 0;
}

describe("docs/rules.md", () => {
  it("is what the rules render now (run npx tsc -p . && npm run rules-doc if not)", () => {
    expect(committed).toBe(renderRulesDoc());
  });

  it("names every rule of the table exactly once", () => {
    for (const rule of RULES) expect(occurrences(committed, rule.id), rule.id).toBe(1);
  });

  it("has one table row per rule", () => {
    expect(committed.split("\n").filter((line) => line.startsWith("| ") && line.includes("| `")).length).toBe(RULES.length);
  });
});

describe("rule documentation", () => {
  it.each(RULES.map((r) => [r.id, r] as const))("%s says what it checks in French and English", (_id, rule) => {
    expect(rule.checks.fr.trim()).not.toBe("");
    expect(rule.checks.en.trim()).not.toBe("");
    expect(rule.checks.fr).not.toBe(rule.checks.en);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s renders its example message in both languages", (_id, rule) => {
    for (const message of [rule.exampleMessage.fr, rule.exampleMessage.en]) {
      expect(message.trim()).not.toBe("");
      expect(message).not.toMatch(/undefined|NaN|null|\(\?\)/);
    }
    expect(rule.exampleMessage.fr).not.toBe(rule.exampleMessage.en);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s belongs to a family", (_id, rule) => {
    expect(familyOf(rule)).not.toBe("");
  });
});
