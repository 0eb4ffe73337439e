// The report in a real browser: headless Chromium renders the page `ctg report` writes, and the DOM after
// rendering must hold the act, the findings and the marked values, no script from the document, and the page
// must ask the network for nothing (every request goes to a recording proxy; a canary page proves it records; the
// browser's own calls to Google are left out, see chromium.ts).
// Skipped with a message when chromium is absent outside CI; in CI (.ci/run installs it) it always runs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ctg, removeTempDirs, tempDir } from "../../cli/run.js";
import { chromiumAvailable, RecordingProxy, requestHost, runChromium } from "./chromium.js";
import { HOSTILE_TITLE, hostileSeed, SEED_TXT, textOf } from "./documents.js";

const available = chromiumAvailable();
const skip = !available && !process.env.CI;
if (skip) console.warn("[tests/write/html/browser] SKIPPED: chromium not found (apt-get install chromium); CI installs it and runs these tests");

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.skipIf(skip)("the HTML report in headless Chromium", () => {
  const proxy = new RecordingProxy();
  let proxyUrl = "";
  let dir = "";
  let page = "";
  let messages: string[] = [];
  let started = 0;

  beforeAll(async () => {
    started = performance.now();
    expect(available, "chromium must be installed in CI (.ci/run installs the Debian package)").toBe(true);
    proxyUrl = await proxy.start();
    dir = tempDir("ctg-html-");
    const hostile = join(dir, "hostile.txt");
    writeFileSync(hostile, hostileSeed());
    page = join(dir, "rapport.html");
    const run = await ctg(["report", SEED_TXT, hostile, "--out", page]);
    expect(run.code, run.stderr).toBe(0);
    const check = await ctg(["check", hostile, "--format", "json"]);
    messages = (JSON.parse(check.stdout) as { reports: Array<{ findings: Array<{ message: string }> }> }).reports[0]!.findings.map((f) => f.message);
  });

  afterAll(async () => {
    await proxy.close();
    removeTempDirs();
    console.info(`[tests/write/html/browser] chromium tests took ${Math.round(performance.now() - started)} ms`);
  });

  it("renders the act, its findings and the marked values, and runs nothing from the document", async () => {
    const run = await runChromium(page, ["--dump-dom"], proxyUrl);
    expect(run.code).toBe(0);
    const dom = run.stdout;
    const text = textOf(dom);
    expect(text).toContain("Acte n° 2022-29");
    expect(text).toContain("Collectivité Savas-Mépin");
    expect(text).toContain("identifiant @CTES 038-213804768-20221011-2022_29-DE");
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(text).toContain(message);
    expect(dom).toContain("<blockquote>Présents : <mark>16</mark></blockquote>");
    expect(dom).toContain("<blockquote>En exercice : <mark>15</mark></blockquote>");
    // the hostile title is text on the page: no element was made of it, nothing ran
    expect(text).toContain(HOSTILE_TITLE);
    expect(dom).not.toMatch(/<script|<img/i);
    expect(dom).toContain("<title>Rapport de vérification des délibérations</title>");
    expect(dom).not.toContain("<title>pwned");
    expect(proxy.pageRequests()).toEqual([]);
  });

  it("takes a phone-width and a desktop screenshot without any request", async () => {
    const phone = join(dir, "phone.png");
    const desktop = join(dir, "desktop.png");
    expect((await runChromium(page, [`--screenshot=${phone}`, "--window-size=390,844", "--hide-scrollbars"], proxyUrl)).code).toBe(0);
    expect((await runChromium(page, [`--screenshot=${desktop}`, "--window-size=1280,900", "--hide-scrollbars"], proxyUrl)).code).toBe(0);
    expect(pngSize(phone)).toEqual({ width: 390, height: 844 });
    expect(pngSize(desktop)).toEqual({ width: 1280, height: 900 });
    expect(proxy.pageRequests()).toEqual([]);
  });

  it("the proxy does see a page that loads something (the canary)", async () => {
    const canary = join(dir, "canary.html");
    writeFileSync(canary, '<!DOCTYPE html><html><head><link rel="stylesheet" href="http://ctg-canary.invalid/s.css"></head><body><img src="http://ctg-canary.invalid/p.png"></body></html>');
    const run = await runChromium(canary, ["--dump-dom"], proxyUrl);
    expect(run.code).toBe(0);
    expect(proxy.pageRequests().map(requestHost)).toContain("ctg-canary.invalid");
    proxy.requests.length = 0;
  });
});
