#!/usr/bin/env node
// Writes schemas/ctg.schema.json from the zod schemas, through the built code (run `npx tsc -p .` first).
// tests/schema.test.ts fails when the committed file differs from what the schemas generate now.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let mod;
try {
  mod = await import(new URL("../dist/write/schema.js", import.meta.url).href);
} catch (error) {
  console.error(`cannot load dist/write/schema.js (${error.message}): run \`npx tsc -p .\` first`);
  process.exit(1);
}
const target = join(root, "schemas", "ctg.schema.json");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(mod.ctgJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
