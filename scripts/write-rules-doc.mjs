#!/usr/bin/env node
// Writes docs/rules.md from the rules table, through the built code (run `npx tsc -p .` first).
// tests/check/rules-doc.test.ts fails when the committed file differs from what the rules render now.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let mod;
try {
  mod = await import(new URL("../dist/check/rules-doc.js", import.meta.url).href);
} catch (error) {
  console.error(`cannot load dist/check/rules-doc.js (${error.message}): run \`npx tsc -p .\` first`);
  process.exit(1);
}
const target = join(root, "docs", "rules.md");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, mod.renderRulesDoc());
console.log(`wrote ${target}`);
