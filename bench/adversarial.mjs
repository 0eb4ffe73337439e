#!/usr/bin/env node
// npm run bench:adversarial: time of text -> record on inputs made to be slow (one long line of names, names run
// together, prose without a date, a collapsed act repeated, …) and on the worst cases of the vocabulary's patterns
// (long runs of the characters their quantifiers repeat: white space, punctuation, brackets, guillemets, capitals,
// one endless word), doubled from 10 KB to 10 MB. A linear parser keeps the ratio per doubling near 2; a ratio near
// 4 is quadratic. Timings belong here, never in tests.
//
//   node bench/adversarial.mjs [--max KB] [--only NAME]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { parseText } = await import(join(ROOT, "dist", "parse.js"));
const args = process.argv.slice(2);
const maxKb = args.includes("--max") ? Number(args[args.indexOf("--max") + 1]) : 10240;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const seed = readFileSync(join(ROOT, "fixtures", "savas-mepin-2022-29.txt"), "utf8").replace(/\s+/g, " ");

/** each generator repeats a unit until the text reaches `bytes` */
const repeat = (unit, bytes, head = "") => head + unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const INPUTS = {
  "names with commas, one line": (b) => repeat("M. DUPONT Jean, ", b, "Présents : "),
  "names run together": (b) => repeat("Jean DUPONT ", b, "Présents : "),
  "proxies run together": (b) => repeat("M. Paul ROCCA à Mme Lise HUET ", b, "Procurations : "),
  "prose without a date": (b) => repeat("le conseil municipal décide ", b),
  "headings in capitals": (b) => repeat("COMMUNE DE SAINT ALBAN ", b),
  "item numbers": (b) => repeat("1. Titre 2. Titre ", b),
  "tallies": (b) => repeat("Pour : 12 Contre : 1 ", b),
  // one empty label after another: each was compared with every list (quadratic before 2026-12-07)
  "empty labels": (b) => repeat("Excusés : ", b),
  "Markdown emphasis": (b) => repeat("**Présents :** ", b),
  "the seed act collapsed, repeated": (b) => repeat(seed, b),
  // the worst cases of the patterns' quantifiers, inside an act: its header, the run, then its vote
  ...Object.fromEntries(
    Object.entries({
      "spaces and tabs": " \t ",
      "punctuation ,.:;": ",.:;",
      "brackets": "((",
      "guillemets": "«",
      "underscores": "_",
      "dashes": "- ",
      "capitals without a space": "ABCDEFGHIJ",
      "one endless word": "abcdefghij",
      "digits": "1234567890",
      "apostrophes": "'’",
      "NUL bytes in text": "a\u0000",
    }).map(([name, unit]) => [`a run of ${name}`, (b) => seed.slice(0, 600) + unit.repeat(Math.max(1, Math.ceil(b / unit.length))) + seed.slice(-400)]),
  ),
};

const rows = [];
for (const [name, make] of Object.entries(INPUTS)) {
  if (only && !name.includes(only)) continue;
  const times = [];
  for (let kb = 10; kb <= maxKb; kb *= 2) {
    const text = make(kb * 1024);
    const t0 = performance.now();
    parseText(text);
    times.push([kb, performance.now() - t0]);
    // a super-linear input would take hours at 10 MB: stop doubling, the ratios already say it
    if (performance.now() - t0 > 60_000) break;
  }
  const ratios = times.slice(1).map(([, ms], i) => ms / Math.max(1, times[i][1]));
  const last = times[times.length - 1];
  rows.push([name, `${last[0]} KB: ${Math.round(last[1])} ms`, ratios.slice(-3).map((r) => r.toFixed(1)).join(" · ")]);
  process.stderr.write(`[adversarial] ${name}: ${times.map(([kb, ms]) => `${kb} KB ${Math.round(ms)} ms`).join(", ")}\n`);
}
console.log("| input | largest | ratio per doubling (last three) |\n|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
