#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli/main.js (built by `npm ci` through the prepare script).
import("../dist/cli/main.js").then((m) => m.main(process.argv)).catch((error) => {
  process.stderr.write(`ctg: ${error && error.message ? error.message : String(error)}\n`);
  process.exit(70);
});
