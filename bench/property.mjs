#!/usr/bin/env node
// npm run bench:property: the property tests (tests/property, 100,000 mutated act texts) run through vitest, with
// their figures gathered in one table and the time per KB bounded here (never in tests): exit 1 when the worst
// text took more than --bound ms per KB (default 100; a text under 1 KB counts as 1 KB).
//
//   node bench/property.mjs [--bound MS_PER_KB]
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const bound = args.includes("--bound") ? Number(args[args.indexOf("--bound") + 1]) : 100;
const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "vitest", "vitest.mjs"), "run", "tests/property"], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
const lines = `${run.stdout}\n${run.stderr}`.split("\n").filter((l) => l.includes("property tests, "));
const rows = lines.map((l) => /property tests, ([^:]+): (\d+) texts \(([\d.]+) MB\) from \d+ seed acts, (\d+) throws, ([\d.]+) ms\/KB on average, worst ([\d.]+) ms\/KB/.exec(l)).filter(Boolean);
console.log("| property test | texts | MB | throws | ms/KB average | worst ms/KB |\n|---|---|---|---|---|---|");
for (const m of rows) console.log(`| ${m[1]} | ${m[2]} | ${m[3]} | ${m[4]} | ${m[5]} | ${m[6]} |`);
const total = rows.reduce((n, m) => n + Number(m[2]), 0);
const worst = Math.max(0, ...rows.map((m) => Number(m[6])));
console.log(`\n${total} texts, vitest exit ${run.status}, worst ${worst} ms/KB (bound ${bound})`);
if (run.status !== 0 || rows.length === 0) {
  process.stderr.write(run.stdout.slice(-4000));
  process.exit(1);
}
if (worst > bound) process.exit(1);
