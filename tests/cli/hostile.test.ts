// Every hostile input of scripts/hostile.mjs through `ctg parse`, `ctg check` and `ctg batch`: a bad one gives
// one line on stderr naming the file and the cause, the documented exit code 2, no stack trace, nothing written
// (not even half a file); a readable one gives its record; the batch goes on past every bad one and counts them.
// The corpus is generated once into a temporary folder (nothing of it is committed).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript script without type declarations
import { makeHostile, payload } from "../../scripts/hostile.mjs";
import { displayName } from "../../src/i18n/index.js";
import { BIN, ROOT, ctg, listDir, removeTempDirs, tempDir, type Run } from "./run.js";

interface Kind {
  name: string;
  file: string;
  kind: string;
  expect: { code: number; stderrIncludes?: string; readable?: boolean; slow?: boolean };
  commands?: Array<"parse" | "check" | "batch">;
  inBatch?: "ignored";
  out?: string;
  readonlyDir?: string;
  marker?: string;
  absentFromOutput?: string;
}

const started = Date.now();
let root: string;
let dir: string;
let manifest: Kind[];
const timings: Record<string, number> = {};

/** Limits that keep the big kinds quick: given to check and batch (parse gets --timeout 1 on the slow one). */
const LIMITS = ["--max-text", "4"];
/** What the limits make of the kinds they touch, in check and batch. */
const LIMITED: Record<string, string> = {
  "50-mb-text": "texte trop long (50 Mo, limite 4 Mo)",
  "5-mb-single-line": "texte trop long (5 Mo, limite 4 Mo)",
};

const kinds = (command: "parse" | "check" | "batch") =>
  manifest.filter((k) => !k.out && (k.commands ?? ["parse", "check", "batch"]).includes(command));

/** No line of a stack trace, no error class printed as such. */
function noStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\b(?:TypeError|RangeError|SyntaxError|Error):/);
}

function filesUnder(d: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const full = join(d, e.name);
    if (e.isDirectory()) out.push(...filesUnder(full));
    else out.push(relative(d, full));
  }
  return out.sort();
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

function noMarkers(): void {
  for (const k of manifest) if (k.marker) expect(existsSync(k.marker), `${k.kind} ran code: ${k.marker}`).toBe(false);
}

beforeAll(() => {
  root = tempDir("ctg-hostile-");
  dir = join(root, "corpus");
  const t = Date.now();
  manifest = makeHostile(dir) as Kind[];
  timings.generate = Date.now() - t;
}, 60_000);

afterAll(() => {
  // a read-only folder must become writable again to be removed
  for (const k of manifest ?? []) if (k.readonlyDir && existsSync(k.readonlyDir)) chmodSync(k.readonlyDir, 0o755);
  removeTempDirs();
  timings.total = Date.now() - started;
  console.log(`[hostile] timings (ms): ${JSON.stringify(timings)}`);
});

/** `ctg parse|batch X --out X`: one line, exit 2, and X is left as it was. */
async function outIsInputRefused(command: "parse" | "batch"): Promise<void> {
  const k = manifest.find((x) => x.kind === "out-is-input")!;
  const before = sha(k.file);
  const run = await ctg([command, k.file, "--out", k.out!]);
  expect(run).toEqual({ code: 2, stdout: "", stderr: `ctg: --out ${k.out} est le fichier d'entrée lui-même : rien n'est écrit, l'original est intact\n` });
  expect(sha(k.file)).toBe(before);
}

describe("the hostile corpus", () => {
  it("holds every kind of the issue", () => {
    const all = manifest.map((k) => k.kind);
    for (const kind of [
      "zero-bytes", "random-bytes", "truncated-10", "truncated-50", "truncated-90", "encrypted-user-password",
      "encrypted-owner-password-only", "page-tree-loop", "xref-garbage", "5000-empty-pages", "javascript-and-embedded-file",
      "cve-2024-4367-font", "flate-bomb", "nested-arrays", "utf-16-bom", "windows-1252", "nul-bytes-in-text", "50-mb-text",
      "5-mb-single-line", "1-mb-no-newline", "odd-file-name", "folder-named-pdf", "deleted-mid-batch", "out-read-only",
      "out-full-disk", "out-is-input",
    ]) {
      expect(all).toContain(kind);
    }
    if (process.platform !== "win32") for (const kind of ["fifo", "dev-zero", "symlink-loop", "symlink-folder-loop"]) expect(all).toContain(kind);
    expect(statSync(join(dir, "50-mo.txt")).size).toBe(50 * 1024 * 1024);
  });
});

describe("ctg parse on each hostile input", () => {
  it("gives one line naming the file and the cause, exit 2, nothing on stdout or in --out; or the record", async () => {
    const t = Date.now();
    const list = kinds("parse");
    const results = new Map<string, { run: Run; outDir: string }>();
    // two at a time: the machine has two cores
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        while (next < list.length) {
          const k = list[next++]!;
          const outDir = tempDir("ctg-hostile-out-");
          const extra = k.kind === "5-mb-single-line" ? ["--timeout", "1"] : [];
          results.set(k.kind, { run: await ctg(["parse", k.file, "--no-report", "--out", join(outDir, "record.json"), ...extra]), outDir });
        }
      }),
    );
    timings.parse = Date.now() - t;
    const records = new Map<string, { acts: Array<Record<string, unknown>> }>();
    for (const k of list) {
      const { run, outDir } = results.get(k.kind)!;
      const why = `${k.kind}: ${JSON.stringify(run)}`;
      noStack(run.stderr);
      expect(run.stdout, why).toBe("");
      if (k.kind === "5-mb-single-line") {
        // the time limit: the file alone fails, at once, with its cause
        expect(run.code, why).toBe(2);
        expect(run.stderr, why).toBe(`ctg: ${k.file} : délai dépassé (1 s par fichier)\n`);
        expect(listDir(outDir), why).toEqual([]);
        continue;
      }
      expect(run.code, why).toBe(k.expect.code);
      if (k.expect.readable) {
        expect(run.stderr, why).toBe("");
        expect(listDir(outDir), why).toEqual(["record.json"]);
        const record = readFileSync(join(outDir, "record.json"), "utf8");
        const doc = JSON.parse(record) as { acts: Array<{ number: string | null }> };
        expect(doc.acts.length, why).toBeGreaterThan(0);
        if (k.absentFromOutput) expect(record).not.toContain(k.absentFromOutput);
        records.set(k.kind, doc);
      } else {
        const lines = run.stderr.split("\n");
        expect(lines, why).toHaveLength(2);
        expect(lines[1]).toBe("");
        expect(lines[0]!.startsWith(`ctg: ${displayName(k.file)} : `), why).toBe(true);
        expect(lines[0], why).toContain(k.expect.stderrIncludes!);
        expect(listDir(outDir), why).toEqual([]);
      }
    }
    // the readable PDFs (owner password only, xref rebuilt, JavaScript, trapped font) and the UTF-16 text hold
    // the fixture act, read as from the plain text
    const key = (doc: { acts: Array<Record<string, unknown>> }) =>
      doc.acts.map((a) => [a.number, a.sessionDate, (a.attendance as { inOffice: number | null }).inOffice]);
    const expected = key(records.get("good")!);
    expect(expected[0]).toEqual(["2022-29", "2022-10-11", 15]);
    for (const kind of ["encrypted-owner-password-only", "xref-garbage", "javascript-and-embedded-file", "cve-2024-4367-font", "utf-16-bom"]) {
      expect(key(records.get(kind)!), kind).toEqual(expected);
    }
    noMarkers();
  }, 120_000);

  it("says the limits in English with --lang en", async () => {
    const f = (kind: string) => manifest.find((k) => k.kind === kind)!.file;
    const runs = await Promise.all([
      ctg(["parse", "--lang", "en", f("5000-empty-pages")]),
      ctg(["parse", "--lang", "en", f("50-mb-text")]),
      ctg(["parse", "--lang", "en", f("flate-bomb")]),
      ctg(["parse", "--lang", "en", f("fifo")]),
    ]);
    expect(runs.map((r) => [r.code, r.stdout, r.stderr])).toEqual([
      [2, "", `ctg: ${f("5000-empty-pages")}: too many pages (5,000, limit 2,000)\n`],
      [2, "", `ctg: ${f("50-mb-text")}: text too long (50 MB, limit 10 MB)\n`],
      [2, "", `ctg: ${f("flate-bomb")}: booby-trapped PDF: decompression bomb (over 100 MB once inflated)\n`],
      [2, "", `ctg: ${f("fifo")}: not a regular file (a pipe, device or socket): nothing read\n`],
    ]);
  });

  it("refuses an --out that is the input, and leaves it untouched", () => outIsInputRefused("parse"));

  it.skipIf(!existsSync("/dev/full"))("a full disk (/dev/full): one line, exit 2, the device left as it is", async () => {
    const k = manifest.find((x) => x.kind === "out-full-disk")!;
    const run = await ctg(["parse", k.file, "--out", "/dev/full"]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "ctg: impossible d'écrire /dev/full : disque plein\n" });
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });
});

/** A folder no one can write in: chmod for a user; for root (who ignores modes) a read-only tmpfs, if allowed. */
async function makeReadOnly(d: string): Promise<(() => Promise<void>) | null> {
  if (process.platform === "win32") return null;
  if (userInfo().uid !== 0) {
    chmodSync(d, 0o555);
    return async () => chmodSync(d, 0o755);
  }
  const mount = await sh("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", d]);
  if (mount !== 0) return null;
  return async () => void (await sh("umount", [d]));
}

function sh(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "ignore" });
    child.on("error", () => resolve(127));
    child.on("close", (code) => resolve(code ?? 1));
  });
}

describe("--out on a read-only disk", () => {
  it("parse and batch: one line, exit 2, nothing written", async (ctx) => {
    const k = manifest.find((x) => x.kind === "out-read-only")!;
    const undo = await makeReadOnly(k.readonlyDir!);
    if (!undo) ctx.skip();
    try {
      const [parse, batch] = await Promise.all([
        ctg(["parse", k.file, "--out", k.out!]),
        ctg(["batch", k.file, "--out", join(k.readonlyDir!, "sortie")]),
      ]);
      expect(parse.code).toBe(2);
      expect(parse.stdout).toBe("");
      expect(parse.stderr).toMatch(new RegExp(`^ctg: impossible d'écrire ${k.out} : (accès refusé|disque en lecture seule)\\n$`));
      expect(batch.code).toBe(2);
      expect(batch.stderr).toMatch(new RegExp(`^ctg: impossible d'écrire ${join(k.readonlyDir!, "sortie")} : (accès refusé|disque en lecture seule)\\n$`));
      expect(listDir(k.readonlyDir!)).toEqual([]);
    } finally {
      await undo!();
    }
  });
});

describe("--out on a full disk, through the temporary file", () => {
  it("parse: one line, exit 2, the temporary file removed (a 4 KiB tmpfs, where mounting is allowed)", async (ctx) => {
    const k = manifest.find((x) => x.kind === "good")!;
    const d = join(root, "disque-plein");
    mkdirSync(d);
    if (process.platform !== "linux" || userInfo().uid !== 0 || (await sh("mount", ["-t", "tmpfs", "-o", "size=4k", "tmpfs", d])) !== 0) ctx.skip();
    try {
      const run = await ctg(["parse", k.file, "--out", join(d, "acte.json")]);
      expect(run).toEqual({ code: 2, stdout: "", stderr: `ctg: impossible d'écrire ${join(d, "acte.json")} : disque plein\n` });
      expect(listDir(d)).toEqual([]);
    } finally {
      await sh("umount", [d]);
    }
  });
});

describe("ctg check on all the hostile inputs at once", () => {
  it("one line per bad file, the readable ones reported, exit 2", async () => {
    const t = Date.now();
    const list = kinds("check");
    const run = await ctg(["check", ...LIMITS, ...list.map((k) => k.file)]);
    timings.check = Date.now() - t;
    noStack(run.stderr);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n").slice(0, -1);
    const bad = list.filter((k) => !k.expect.readable || LIMITED[k.kind]);
    expect(lines).toHaveLength(bad.length);
    for (const k of bad) {
      const mine = lines.filter((l) => l.startsWith(`ctg: ${displayName(k.file)} : `));
      expect(mine, k.kind).toHaveLength(1);
      expect(mine[0], k.kind).toContain(LIMITED[k.kind] ?? k.expect.stderrIncludes!);
    }
    for (const k of list.filter((x) => x.expect.readable && !LIMITED[x.kind])) {
      expect(run.stdout, k.kind).toContain(`${k.file} : `);
    }
    noMarkers();
  }, 60_000);

  it("the time limit: a slow text and a slow PDF (5,000 pages allowed) fail alone, the next file is checked", async () => {
    const slow = manifest.find((k) => k.kind === "5-mb-single-line")!;
    const pages = manifest.find((k) => k.kind === "5000-empty-pages")!;
    const good = manifest.find((k) => k.kind === "good")!;
    // pdf.js takes seconds over 5,000 empty pages; PDFium reads them in a quarter of a second, and the blank pages
    // would then go to OCR, which has time of its own per page (src/ocr/read.ts)
    const run = await ctg(["check", "--timeout", "1", "--max-pages", "10000", "--pdf-engine", "pdfjs", slow.file, pages.file, good.file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ctg: ${slow.file} : délai dépassé (1 s par fichier)\nctg: ${pages.file} : délai dépassé (1 s par fichier)\n`);
    expect(run.stdout).toBe(`${good.file} : 1 acte, aucune remarque\n`);
  });
});

describe("ctg batch over the folder of all the hostile inputs", () => {
  it("writes the good ones, one line per bad one, goes on, exit 2, the summary counts them", async () => {
    const t = Date.now();
    const out = tempDir("ctg-hostile-batch-");
    const deleted = manifest.find((k) => k.kind === "deleted-mid-batch")!;
    // the file deleted mid-batch is listed, then removed as soon as the batch reports its first document
    const run = await new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, "batch", dir, "--out", out, "--jobs", "2", ...LIMITS], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      const so: Buffer[] = [];
      const se: Buffer[] = [];
      child.stdout.on("data", (c: Buffer) => so.push(c));
      child.stderr.on("data", (c: Buffer) => {
        se.push(c);
        if (existsSync(deleted.file)) rmSync(deleted.file);
      });
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout: Buffer.concat(so).toString("utf8"), stderr: Buffer.concat(se).toString("utf8") }));
    });
    timings.batch = Date.now() - t;
    noStack(run.stderr);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n");
    const inBatch = kinds("batch");
    const bad = inBatch.filter((k) => !k.expect.readable || LIMITED[k.kind]);
    const good = inBatch.filter((k) => k.expect.readable && !LIMITED[k.kind]);
    for (const k of bad) {
      const mine = lines.filter((l) => l.startsWith(`ctg: ${displayName(k.name)} : `));
      expect(mine, `${k.kind}\n${run.stderr}`).toHaveLength(1);
      expect(mine[0], k.kind).toContain(LIMITED[k.kind] ?? k.expect.stderrIncludes!);
    }
    // the folders (one named x.pdf, one a link to its own folder) are walked or left, never reported
    for (const k of manifest.filter((x) => x.inBatch === "ignored")) expect(run.stderr).not.toContain(k.name);
    // outputs for the readable ones only, nothing half-written
    const written = filesUnder(out);
    expect(written.filter((f) => f.endsWith(".ctg-tmp"))).toEqual([]);
    expect(written.filter((f) => f.endsWith(".json") && f !== "ctg-manifest.json" && f !== "summary.json").sort()).toEqual(
      good.map((k) => `${k.name}.json`).sort(),
    );
    for (const k of good.filter((x) => x.absentFromOutput)) expect(readFileSync(join(out, `${k.name}.json`), "utf8")).not.toContain(k.absentFromOutput!);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as {
      documents: number;
      status: Record<string, number>;
      failures: Array<{ path: string; code: string }>;
    };
    expect(summary.documents).toBe(inBatch.length);
    expect(summary.status.unreadable).toBe(bad.length);
    expect(summary.status.failed).toBe(0);
    expect(summary.status.ok + summary.status.warnings + summary.status.errors).toBe(good.length);
    expect(summary.failures.find((f) => f.path === deleted.name)?.code).toBe("not-found");
    expect(lines).toContain(
      `  sans remarque : ${summary.status.ok} · avec avertissements : ${summary.status.warnings} · avec erreurs : ${summary.status.errors} · illisibles : ${bad.length} · échecs : 0`,
    );
    noMarkers();
  }, 120_000);

  it("refuses an --out that is the input file, which stays untouched", () => outIsInputRefused("batch"));
});

describe("CVE-2024-4367 (code in a font's FontMatrix)", () => {
  it("pdf.js is always created with isEvalSupported: false, in a version with the fix (>= 4.2.67)", () => {
    const sources = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => ({ f, text: readFileSync(join(ROOT, "src", f), "utf8") }));
    const creators = sources.filter((s) => /new PDFParse\(|getDocument\(/.test(s.text));
    // the text layer (the pdfjs engine; PDFium runs no JavaScript), and the images of the pages OCR reads
    expect(creators.map((s) => s.f).sort()).toEqual([join("load", "readers", "pdfjs.ts"), join("ocr", "images.ts")]);
    for (const s of creators) {
      const calls = s.text.split(/new PDFParse\(|getDocument\(/).slice(1);
      for (const call of calls) expect(call.slice(0, call.indexOf("});"))).toMatch(/isEvalSupported:\s*false/);
    }
    const version = (JSON.parse(readFileSync(join(ROOT, "node_modules", "pdfjs-dist", "package.json"), "utf8")) as { version: string }).version;
    const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(4_002_067);
  });

  it("the payloads are live: run as JavaScript, one writes its marker", async () => {
    const scratch = join(root, "payload-is-live");
    const run = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ["-e", payload(scratch, "live") as string], { stdio: "ignore" });
      child.on("close", resolve);
    });
    expect(run).toBe(0);
    expect(readFileSync(scratch, "utf8")).toBe("live");
    // and that very code is in the crafted PDFs, aimed at their markers
    for (const k of manifest.filter((x) => x.marker)) {
      expect(readFileSync(k.file, "latin1")).toContain(JSON.stringify(k.marker));
    }
  });

  it("the booby-trapped font and the JavaScript actions ran nowhere (their markers do not exist)", () => {
    expect(manifest.filter((k) => k.marker)).toHaveLength(2);
    noMarkers();
  });
});
