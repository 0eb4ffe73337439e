#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli/main.js (built by `npm ci` through the prepare script).
// main() handles its own errors; this catch is for a missing or broken build.
import("../dist/cli/main.js").then((m) => m.main(process.argv)).catch((error) => {
  const detail = String(error && error.message ? error.message : error).replace(/\s*\n\s*/g, " ");
  process.stderr.write(`ctg: erreur interne : ${detail}\n`);
  process.exit(70);
});
