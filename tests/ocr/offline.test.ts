// OCR end to end, offline: the scan of the seed act (fixtures/scan, made by scripts/make-scan.mjs at 150 dpi)
// parsed with the network cut (`unshare -n`: a network namespace with no interface), HOME and the working
// folder empty and read-only to the test's eyes afterwards: nothing downloaded, nothing cached, nothing written.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CtgDocument } from "../../src/schema/record.js";
import { parseText } from "../../src/parse.js";
import { BIN, FIXTURES, SEED_TXT, listDir, removeTempDirs, tempDir } from "../cli/run.js";
import { join } from "node:path";

const SCAN = join(FIXTURES, "scan", "savas-mepin-2022-29.scan.pdf");
const canUnshare = spawnSync("unshare", ["-n", "true"]).status === 0;
if (!canUnshare) console.warn("[tests/ocr/offline] `unshare -n` is not permitted here: the OCR runs with the network on");

afterAll(removeTempDirs);

describe("ctg parse of a scan", () => {
  it(`reads it by OCR ${canUnshare ? "with the network cut" : "(network on: unshare -n not permitted)"}, writes nothing, and gives the text's values`, () => {
    const home = tempDir("ctg-home-");
    const cwd = tempDir("ctg-cwd-");
    const command = canUnshare ? ["unshare", "-n", process.execPath, BIN] : [process.execPath, BIN];
    const env = { PATH: process.env.PATH ?? "", HOME: home, XDG_CACHE_HOME: join(home, ".cache"), LANG: "C.UTF-8" };
    const run = spawnSync(command[0]!, [...command.slice(1), "parse", SCAN, "--no-report"], { cwd, env, encoding: "utf8", timeout: 170_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(listDir(home)).toEqual([]);
    expect(listDir(cwd)).toEqual([]);

    const doc = CtgDocument.parse(JSON.parse(run.stdout));
    expect(doc.source.ocr?.engine).toMatch(/^tesseract\.js 7\.0\.0 fra 4\.0\.0_best_int$/);
    expect(doc.source.ocr?.pages.map((p) => [p.page, p.method])).toEqual(Array.from({ length: doc.source.pages }, (_, i) => [i + 1, "image"]));
    for (const p of doc.source.ocr!.pages) expect(p.confidence).toBeGreaterThan(80);

    // the same act as its text: what a reader sees on the scan
    const text = parseText(readFileSync(SEED_TXT, "utf8")).acts[0]!;
    const act = doc.acts[0]!;
    expect(doc.acts).toHaveLength(1);
    for (const key of ["number", "title", "sessionDate", "president"] as const) expect(act[key], key).toEqual(text[key]);
    for (const key of ["inOffice", "present", "represented"] as const) expect(act.attendance[key], key).toBe(text.attendance[key]);
    expect(act.attendance.presentMembers.map((p) => p.name)).toEqual(text.attendance.presentMembers.map((p) => p.name));
    expect({ ...act.vote, basis: undefined }).toEqual({ ...text.vote, basis: undefined });

    // the evidence says it was read by OCR, with the line's confidence
    const title = act.evidence["/title"]!;
    expect(title).toMatchObject({ source: "ocr", text: expect.stringContaining("CONVENTION TERRITORIALE GLOBALE") });
    expect(title.confidence).toBeGreaterThan(80);
  }, 180_000);
});
