// scripts/report-screenshot.mjs makes the README's screenshots; and the README's test command is what CI runs.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, ROOT, tempDir } from "../../cli/run.js";
import { chromiumAvailable } from "./chromium.js";

afterAll(removeTempDirs);

const skip = !chromiumAvailable() && !process.env.CI;
if (skip) console.warn("[tests/write/html/screenshot] SKIPPED: chromium not found (apt-get install chromium); CI installs it and runs this test");

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.skipIf(skip)("scripts/report-screenshot.mjs", () => {
  it("draws the seed act's report at a phone's width and a desktop's", () => {
    const out = tempDir("ctg-shots-");
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "report-screenshot.mjs"), out], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(pngSize(join(out, "report-phone.png"))).toEqual({ width: 390, height: 844 });
    expect(pngSize(join(out, "report-desktop.png"))).toEqual({ width: 1280, height: 1000 });
    // the committed ones are the same sizes (made by the script, shown in the README)
    expect(pngSize(join(ROOT, "docs", "report-phone.png"))).toEqual({ width: 390, height: 844 });
    expect(pngSize(join(ROOT, "docs", "report-desktop.png"))).toEqual({ width: 1280, height: 1000 });
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain('<img src="docs/report-phone.png"');
    expect(readme).toContain('<img src="docs/report-desktop.png"');
  });
});

describe("the README's test command", () => {
  it("is exactly what .ci/run runs", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /exactly what CI runs, `\.ci\/run`\):\n\n```sh\n([^`]*)```/.exec(readme)?.[1];
    const ci = readFileSync(join(ROOT, ".ci", "run"), "utf8");
    const commands = ci.slice(ci.indexOf('cd "$(dirname "$0")/.."\n') + 'cd "$(dirname "$0")/.."\n'.length);
    expect(block).toBe(commands);
    expect(commands).toBe("command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)\nnpm ci && npm test\n");
  });
});
