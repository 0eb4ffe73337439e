#!/usr/bin/env node
// Screenshots of the HTML report of the bundled fixture, for the README: `ctg report` writes the page, headless
// Chromium (the Debian package) draws it at a phone's width and at a desktop's. Needs dist/ (npm ci builds it).
//
//   node scripts/report-screenshot.mjs [OUT_DIR]      (default docs/: report-phone.png, report-desktop.png)
//
// CTG_CHROMIUM names another Chromium binary.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHROMIUM_FLAGS } from "./chromium-flags.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// relative to ROOT, where ctg runs: the page names the file as a clerk would have typed it
const FIXTURE = "fixtures/savas-mepin-2022-29.txt";
const CHROMIUM = process.env.CTG_CHROMIUM ?? "chromium";
const SHOTS = [
  { file: "report-phone.png", size: "390,844" },
  { file: "report-desktop.png", size: "1280,1000" },
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : (result.stderr.trim().split("\n").at(-1) ?? `exit ${result.status}`);
    console.error(`report-screenshot: ${command} failed: ${why}`);
    process.exit(1);
  }
  return result;
}

const outDir = resolve(process.argv[2] ?? join(ROOT, "docs"));
const work = mkdtempSync(join(tmpdir(), "ctg-screenshot-"));
try {
  const page = join(work, "rapport.html");
  run(process.execPath, [join(ROOT, "bin", "ctg.js"), "report", FIXTURE, "--out", page]);
  for (const shot of SHOTS) {
    const profile = mkdtempSync(join(work, "profile-"));
    const target = join(outDir, shot.file);
    run(CHROMIUM, [
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      "--hide-scrollbars",
      "--force-device-scale-factor=1",
      `--window-size=${shot.size}`,
      `--screenshot=${target}`,
      pathToFileURL(page).href,
    ]);
    console.log(`${target} (${shot.size.replace(",", "×")})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
