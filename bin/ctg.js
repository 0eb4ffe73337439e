#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli/main.js (built by `npm ci` through the prepare script).
// main() handles its own errors; this catch is for a missing or broken build.
//
// --no-regexp-tier-up: V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
// on its second use, so each of ctg's patterns, nearly all of them used on every line, is compiled twice. Compiled
// once, straight to machine code, the first document of a run (a `ctg parse`, each batch worker's first files) takes
// about half the time (bench/RESULTS.md). The flag is process-wide, workers included, and set before any pattern runs.
import("node:v8")
  .then((v8) => v8.setFlagsFromString("--no-regexp-tier-up"))
  .then(() => import("../dist/cli/main.js"))
  .then((m) => m.main(process.argv))
  .catch((error) => {
    const detail = String(error && error.message ? error.message : error).replace(/\s*\n\s*/g, " ");
    process.stderr.write(`ctg: erreur interne : ${detail}\n`);
    process.exit(70);
  });
