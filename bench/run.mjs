#!/usr/bin/env node
// npm run bench: throughput, memory and latency of ctg on a corpus it builds in a temp folder from the real
// PDFs in ../shared (when present) and the bundled fixture PDF. Prints a Markdown table. Nothing here is a test:
// timings belong in this script only.
//
//   node bench/run.mjs [--files N] [--small 200,2000] [--no-build] [--no-ocr]
//
// Measures: `ctg batch` files/s and pages/s with 1 job and all cores; the same files through `pdftotext`
// (poppler, if installed) in a loop, run before and after the batch with all cores, and the ratio; peak RSS of the batch process (summed over its process
// tree, polled from /proc) for 200 and 2,000 files; an unchanged re-run; time to first output of `ctg parse`;
// text-to-record ms per page (parseLoaded on pre-loaded pages); OCR of scanned pages on a short sample (bench/ocr.mjs
// on 4 pages of ../shared/pdfs, 1-2 minutes; npm run bench:ocr for its full sample; --no-ocr skips it); the
// machine's speed of the moment (a fixed loop of JavaScript) at the start and at the end.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, cpus, totalmem, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = join(ROOT, "..", "shared");
const BIN = join(ROOT, "bin", "ctg.js");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt("--files", "60"));
const SMALL = opt("--small", "200,2000").split(",").map(Number);
const cores = availableParallelism();

function log(s) {
  process.stderr.write(`[bench] ${s}\n`);
}

if (!args.includes("--no-build")) {
  log("building dist/ (tsc)");
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", ROOT], { stdio: "inherit" });
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) throw new Error(`build failed (tsc exit ${r.status})`);
  // the prebuilt index of communes and EPCI, as npm run build makes it
  spawnSync(process.execPath, [join(ROOT, "scripts", "build-reference.mjs")], { stdio: "inherit" });
}

// ---- corpus ---------------------------------------------------------------------------------------------
/** PDFs with a text layer: ../shared/pdfs (per MANIFEST.tsv), ../shared/corpus/*.pdf, the fixture. */
function sourcePdfs() {
  const out = [];
  const manifest = join(SHARED, "pdfs", "MANIFEST.tsv");
  if (existsSync(manifest)) {
    for (const line of readFileSync(manifest, "utf8").split("\n").slice(1)) {
      const [file, , , , pages, text] = line.split("\t");
      if (file && text === "yes" && existsSync(join(SHARED, "pdfs", file))) out.push({ path: join(SHARED, "pdfs", file), pages: Number(pages) });
    }
  } else log("../shared absent: the corpus is the fixture PDF only");
  const corpusDir = join(SHARED, "corpus");
  if (existsSync(corpusDir)) for (const f of readdirSync(corpusDir)) if (f.endsWith(".pdf")) out.push({ path: join(corpusDir, f), pages: 0 });
  out.push({ path: join(ROOT, "fixtures", "savas-mepin-2022-29.pdf"), pages: 4 });
  return out;
}

const work = mkdtempSync(join(tmpdir(), "ctg-bench-"));
function buildCorpus(name, sources, n) {
  const dir = join(work, name);
  for (let i = 0; i < n; i++) {
    const src = sources[i % sources.length];
    const sub = join(dir, `lot-${String(Math.floor(i / 100)).padStart(3, "0")}`);
    mkdirSync(sub, { recursive: true });
    copyFileSync(src.path, join(sub, `${String(i).padStart(5, "0")}-${src.path.split("/").pop()}`));
  }
  return dir;
}

const all = sourcePdfs();
// "small" = at most 4 pages: the memory runs need many files in little time
const small = all.filter((s) => s.pages > 0 && s.pages <= 4);
const mixed = buildCorpus("mixed", all, N);
log(`corpus: ${N} PDFs cycling ${all.length} sources; small corpus from ${small.length} sources`);

// ---- process-tree RSS -----------------------------------------------------------------------------------
function treeRssKb(pid) {
  let total = 0;
  const kids = new Map();
  for (const p of readdirSync("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(p));
    } catch {
      // gone
    }
  }
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) total += Number(m[1]);
    } catch {
      // gone
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

/** Runs the CLI; returns wall ms, peak tree RSS (MB), exit code and the summary when there is one. */
function runCtg(cliArgs, { out } = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, ...cliArgs], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid))), 50);
    child.on("exit", (code) => {
      clearInterval(poll);
      const ms = performance.now() - t0;
      const summary = out && existsSync(join(out, "summary.json")) ? JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) : null;
      if (code !== 0 && code !== 1 && code !== 2) log(`ctg ${cliArgs[0]} exited ${code}: ${stderr.slice(-500)}`);
      resolve({ ms, peakMb: peak / 1024, code, summary });
    });
  });
}

// ---- measurements ---------------------------------------------------------------------------------------
const rows = [];
/** The machine's speed of the moment: a fixed loop of JavaScript (lower is faster), at the start and at the end. */
function calibrate() {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 1e8; i++) x = (x * 31 + i) | 0;
  return performance.now() - t0 + (x & 0);
}
const speedAtStart = calibrate();
const fmt = (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? "–" : n.toFixed(d));

log(`ctg batch, ${N} files, 1 job`);
const out1 = join(work, "out-1");
const b1 = await runCtg(["batch", mixed, "-o", out1, "-j", "1", "-q"], { out: out1 });
const pages = b1.summary?.pages ?? 0;
rows.push([`ctg batch, ${N} PDFs (${pages} pages), 1 job`, `${fmt(N / (b1.ms / 1000))} files/s · ${fmt(pages / (b1.ms / 1000))} pages/s`, `${fmt(b1.ms / 1000)} s, peak RSS ${fmt(b1.peakMb, 0)} MB`]);

// the pdftotext loop runs just before and just after the batch with all cores, and the ratio uses their mean: the
// speed of a shared machine drifts within minutes
const hasPdftotext = spawnSync("pdftotext", ["-v"]).status === 0;
const pdftotextLoop = () => {
  const files = readdirSync(mixed, { recursive: true }).filter((f) => f.endsWith(".pdf")).map((f) => join(mixed, f));
  const t0 = performance.now();
  for (const f of files) spawnSync("pdftotext", ["-q", f, "-"], { stdio: "ignore" });
  return performance.now() - t0;
};
const popplerBefore = hasPdftotext ? (log("pdftotext loop"), pdftotextLoop()) : null;

log(`ctg batch, ${N} files, ${cores} jobs`);
const outN = join(work, "out-n");
const bN = await runCtg(["batch", mixed, "-o", outN, "-q"], { out: outN });
rows.push([`ctg batch, same files, ${cores} jobs (all cores)`, `${fmt(N / (bN.ms / 1000))} files/s · ${fmt(pages / (bN.ms / 1000))} pages/s`, `${fmt(bN.ms / 1000)} s, peak RSS ${fmt(bN.peakMb, 0)} MB`]);

if (hasPdftotext) {
  log("pdftotext loop, again");
  const popplerAfter = pdftotextLoop();
  const ms = (popplerBefore + popplerAfter) / 2;
  rows.push([`pdftotext (poppler), same files, sequential loop`, `${fmt(N / (ms / 1000))} files/s · ${fmt(pages / (ms / 1000))} pages/s`, `${fmt(ms / 1000)} s (mean of ${fmt(popplerBefore / 1000)} s before and ${fmt(popplerAfter / 1000)} s after)`]);
  rows.push([`ratio ctg batch (all cores) / pdftotext loop`, `${fmt(ms / bN.ms, 2)}×`, `target ≥ 1`]);
} else {
  rows.push(["pdftotext (poppler)", "–", "not installed: column skipped (apt-get install -y poppler-utils)"]);
}

let firstRun = null;
let firstRunFiles = 0;
for (const n of SMALL) {
  const dir = buildCorpus(`small-${n}`, small.length ? small : all, n);
  const out = join(work, `out-small-${n}`);
  log(`ctg batch, ${n} small PDFs, ${cores} jobs (memory)`);
  const r = await runCtg(["batch", dir, "-o", out, "-q"], { out });
  rows.push([`ctg batch, ${n} small PDFs (${r.summary?.pages ?? "?"} pages), ${cores} jobs`, `${fmt(n / (r.ms / 1000))} files/s`, `peak RSS ${fmt(r.peakMb, 0)} MB (target < 250 MB, flat)`]);
  firstRun = { dir, out, ms: r.ms };
  firstRunFiles = n;
}
if (firstRun) {
  log(`unchanged re-run of ${firstRunFiles} files`);
  const r = await runCtg(["batch", firstRun.dir, "-o", firstRun.out, "-q"], { out: firstRun.out });
  rows.push([`unchanged re-run, ${firstRunFiles} files`, `${fmt(r.ms / 1000, 2)} s`, `${fmt((r.ms / firstRun.ms) * 100)} % of the first run (target < 5 %)`]);
}

log("ctg parse: time to first output");
const fixturePdf = join(ROOT, "fixtures", "savas-mepin-2022-29.pdf");
/** the median of 5 times from spawning `node ARGS` to its first byte on stdout (or its exit) */
async function firstOutput(nodeArgs) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(
      await new Promise((resolve) => {
        const t0 = performance.now();
        const child = spawn(process.execPath, nodeArgs, { stdio: ["ignore", "pipe", "ignore"] });
        let t = null;
        child.stdout.once("data", () => (t = performance.now() - t0));
        child.on("exit", () => resolve(t ?? performance.now() - t0));
      }),
    );
  }
  return times.sort((a, b) => a - b)[2];
}
const first = await firstOutput([BIN, "parse", fixturePdf, "--no-report"]);
// Node's own start on this machine, for scale: the part of the time no code of ctg can take off
const bare = await firstOutput(["-e", "process.stdout.write('x')"]);
rows.push([`ctg parse fixtures/savas-mepin-2022-29.pdf (4 pages): first output`, `${fmt(first, 0)} ms (median of 5)`, `target < 300 ms; Node alone prints in ${fmt(bare, 0)} ms`]);

log("text-to-record ms/page");
{
  const { loadBytes } = await import(join(ROOT, "dist", "load", "source.js"));
  const { parseLoaded } = await import(join(ROOT, "dist", "parse.js"));
  const loaded = [];
  for (const s of all) {
    try {
      loaded.push(await loadBytes(readFileSync(s.path), s.path));
    } catch {
      // no text layer
    }
  }
  // warm-up, and keep only what parses (a scan whose only text is the stamp is reported, not parsed)
  const parsable = loaded.filter((l) => {
    try {
      parseLoaded(l);
      return true;
    } catch {
      return false;
    }
  });
  loaded.length = 0;
  loaded.push(...parsable);
  const pagesOnce = loaded.reduce((n, l) => n + l.pages.length, 0);
  // passes over all the pages for 3 s (5 at least): the median pass, since a shared machine's speed drifts by a
  // third within minutes (the fastest pass is given beside it)
  const passes = [];
  const t0 = performance.now();
  while (performance.now() - t0 < 3000 || passes.length < 5) {
    const p0 = performance.now();
    for (const l of loaded) parseLoaded(l);
    passes.push((performance.now() - p0) / pagesOnce);
  }
  passes.sort((a, b) => a - b);
  rows.push([`text to record (parseLoaded on pre-loaded pages, ${loaded.length} PDFs, ${pagesOnce} pages)`, `${fmt(passes[passes.length >> 1], 2)} ms/page (median of ${passes.length} passes; fastest ${fmt(passes[0], 2)})`, `target < 1 ms/page`]);
}

if (!args.includes("--no-ocr")) {
  const scans = ["042", "024", "040"].map((id) => join(SHARED, "pdfs", `${id}.pdf`));
  if (scans.every((f) => existsSync(f))) {
    log("OCR of scanned pages (bench/ocr.mjs, short sample)");
    const r = spawnSync(process.execPath, [join(ROOT, "bench", "ocr.mjs"), "--no-build", "--json", "--sample", "042:1-2,024:1,040:1"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (r.status === 0) {
      const ocr = JSON.parse(r.stdout);
      rows.push([`OCR of scanned pages, short sample: ${ocr.sample}`, "–", "bench/ocr.mjs (npm run bench:ocr: 9 pages)"]);
      for (const [a, b, c] of ocr.rows) rows.push([`OCR: ${a}`, b, c]);
    } else rows.push(["OCR of scanned pages (bench/ocr.mjs)", "–", `failed (exit ${r.status})`]);
  } else rows.push(["OCR of scanned pages (bench/ocr.mjs)", "–", "../shared/pdfs/042, 024, 040 absent: skipped"]);
}

rmSync(work, { recursive: true, force: true });

rows.push([`machine speed: a fixed loop of 10^8 steps of JavaScript`, `${fmt(speedAtStart, 0)} ms at the start, ${fmt(calibrate(), 0)} ms at the end`, `lower is faster; compare runs by it`]);
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`\nMachine: ${cpu}, ${cores} cores available, ${fmt(totalmem() / 2 ** 30, 0)} GB RAM, Node ${process.version}, ${process.platform}\n`);
console.log("| measure | result | notes |");
console.log("|---|---|---|");
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
