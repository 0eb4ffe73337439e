#!/usr/bin/env node
// npm run bench:ocr: time and memory of reading scanned pages by OCR (src/ocr), on real scans of ../shared/pdfs.
// Prints a Markdown table. Nothing here is a test: timings belong in this script only.
//
//   node bench/ocr.mjs [--sample 042:1-3,024:1-3,040:1-3] [--engines N] [--no-naive] [--no-build] [--json]
//
// The sample (default): the first 3 pages of 042 (Montpellier, one JPEG per page: method "image"), 024 (Flaux, a
// scan under a text stamp: rendered) and 040 (Saint-Restitut, Canon scanner layers: rendered), i.e. 3 + 6 pages.
// Measures:
//  1. one engine (one core): per page, image extraction or render time (pageImages of dist/ocr/images.js, the
//     PDF's load included) and recognition time (createTesseractEngine of dist/ocr/tesseract.js), per method;
//     the engine's start and its first (cold) page apart;
//  2. N = os.availableParallelism() engines working at once on the same pages, each pulling the next page from
//     one queue: recognition only (images extracted beforehand), and image in -> text out (each lane extracts
//     its page on the main thread, then recognises it): pages/s and effective seconds per page;
//  3. in a fresh process (node bench/ocr.mjs --rss-child DIR, given one page of each size of the sample): process
//     RSS (tesseract.js runs each engine in its own worker thread, whose WebAssembly memory counts in the
//     process' RSS) before creating engines, after creating one, after it has read each page (smallest first),
//     after creating N, after all N have read; MB per engine;
//  4. a naive baseline: every page rendered by pdf-parse's getScreenshot at 300 dpi whatever it is, read by a
//     default tesseract.js worker (createWorker("fra", 1, ...) with no parameter changed, output with blocks).
// --json prints {machine, rows} instead of the table (bench/run.mjs uses it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PDFS = join(ROOT, "..", "shared", "pdfs");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SAMPLE = opt("--sample", "042:1-3,024:1-3,040:1-3");
const ENGINES = Number(opt("--engines", String(availableParallelism())));
const JSON_OUT = args.includes("--json");

function log(s) {
  process.stderr.write(`[bench:ocr] ${s}\n`);
}

// a full collection before each RSS reading (the figures are then the engines', not garbage's)
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
const rssMb = () => {
  gc();
  return process.memoryUsage().rss / 2 ** 20;
};

// ---- 3. RSS per engine, in a fresh process (the parent's pdf.js and images would blur it) -----------------
// node bench/ocr.mjs --rss-child DIR: DIR holds 0.img, 1.img, ... (pages of growing size); prints JSON
if (args.includes("--rss-child")) {
  const dir = opt("--rss-child");
  const pages = JSON.parse(readFileSync(join(dir, "pages.json"), "utf8"));
  const bytes = pages.map((_, i) => new Uint8Array(readFileSync(join(dir, `${i}.img`))));
  const { createTesseractEngine } = await import(join(ROOT, "dist", "ocr", "tesseract.js"));
  await import("tesseract.js"); // the module's own code is not an engine's
  const before = rssMb();
  const first = await createTesseractEngine();
  const started = rssMb();
  const afterPage = [];
  for (const b of bytes) {
    await first.recognise(b);
    afterPage.push(rssMb());
  }
  const more = await Promise.all(Array.from({ length: ENGINES - 1 }, () => createTesseractEngine()));
  const startedN = rssMb();
  await Promise.all(
    more.map(async (e) => {
      for (const b of bytes) await e.recognise(b);
    }),
  );
  const readN = rssMb();
  await Promise.all([first, ...more].map((e) => e.terminate()));
  const terminated = rssMb();
  console.log(JSON.stringify({ before, started, afterPage, startedN, readN, terminated }));
  process.exit(0);
}

if (!args.includes("--no-build")) {
  log("building dist/ (tsc)");
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", ROOT], { stdio: "inherit" });
  if (!existsSync(join(ROOT, "dist", "ocr", "tesseract.js"))) throw new Error(`build failed (tsc exit ${r.status})`);
}

/** "042:1-3,024:2" -> [{name, path, bytes, pages}] */
function sample(spec) {
  return spec.split(",").map((item) => {
    const [id, range = "1-3"] = item.split(":");
    const [from, to = from] = range.split("-").map(Number);
    const name = id.endsWith(".pdf") ? id : `${id}.pdf`;
    const path = join(PDFS, name);
    if (!existsSync(path)) throw new Error(`${path} not found: the OCR bench reads the scans of ../shared/pdfs`);
    const pages = [];
    for (let p = from; p <= to; p++) pages.push(p);
    return { name, path, bytes: new Uint8Array(readFileSync(path)), pages };
  });
}

const { pageImages, RENDER_DPI } = await import(join(ROOT, "dist", "ocr", "images.js"));
const { createTesseractEngine, modelDirectory, MODEL } = await import(join(ROOT, "dist", "ocr", "tesseract.js"));
const { Deadline } = await import(join(ROOT, "dist", "load", "limits.js"));
const { PDFParse } = await import("pdf-parse");
const Tesseract = (await import("tesseract.js")).default;

const files = sample(SAMPLE);
const nPages = files.reduce((n, f) => n + f.pages.length, 0);
const load0 = loadavg();
log(`sample: ${files.map((f) => `${f.name} p. ${f.pages.join(",")}`).join("; ")} (${nPages} pages); ${ENGINES} engines; load ${load0.map((l) => l.toFixed(2)).join(" ")}`);

const fmt = (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? "–" : n.toFixed(d));
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const mean = (xs) => (xs.length ? sum(xs) / xs.length : NaN);
/** process CPU seconds (every thread: main, pdf.js, tesseract workers) since `from` */
const cpuS = (from) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};
const chars = (lines) => lines.reduce((n, l) => n + l.text.replace(/\s+/g, "").length, 0);
const rows = [];

// ---- 1a. image extraction / render, one thread ------------------------------------------------------------
// pdf-parse's (and pdf.js') first load is paid once, outside the figures
for await (const _ of pageImages(files[0].bytes, [files[0].pages[0]], new Deadline(0, files[0].path))) void _;

/** every page of the sample: {file, page, method, image, width, height, extractMs} */
const images = [];
let cpu0 = process.cpuUsage();
for (const f of files) {
  const it = pageImages(f.bytes, f.pages, new Deadline(0, f.path))[Symbol.asyncIterator]();
  for (;;) {
    const t0 = performance.now();
    const { value, done } = await it.next();
    const ms = performance.now() - t0;
    if (done) break;
    images.push({ file: f.name, ...value, extractMs: ms });
  }
}
const extractCpu = cpuS(cpu0);
for (const im of images) log(`${im.file} p. ${im.page}: ${im.method} ${im.width}×${im.height}, ${(im.image.length / 1024).toFixed(0)} KB, ${im.extractMs.toFixed(0)} ms`);
if (images.length !== nPages) log(`odd: ${nPages} pages asked, ${images.length} images given`);

// one page of each size, smallest first, to a temporary folder for the RSS child
const bySize = [];
for (const im of [...images].sort((a, b) => a.width * a.height - b.width * b.height)) {
  if (!bySize.some((x) => x.width === im.width && x.height === im.height)) bySize.push(im);
}
const rssDir = mkdtempSync(join(tmpdir(), "ctg-bench-ocr-"));
bySize.forEach((im, i) => writeFileSync(join(rssDir, `${i}.img`), im.image));
writeFileSync(join(rssDir, "pages.json"), JSON.stringify(bySize.map(({ file, page, width, height }) => ({ file, page, width, height }))));
log(`RSS: fresh process, ${ENGINES} engines, pages of ${bySize.map((im) => `${im.width}×${im.height}`).join(", ")}`);
const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--rss-child", rssDir, "--engines", String(ENGINES)], { encoding: "utf8" });
rmSync(rssDir, { recursive: true, force: true });
if (child.status !== 0) throw new Error(`RSS child failed: ${child.stderr}`);
const rss = JSON.parse(child.stdout.trim().split("\n").pop());
const sizes = bySize.map((im) => `${im.width}×${im.height}`);
const rssRows = [];
rssRows.push([
  `process RSS, 1 engine: before → started → after reading a page of ${sizes.join(" → ")} px`,
  `${[rss.before, rss.started, ...rss.afterPage].map((x) => fmt(x, 0)).join(" → ")} MB`,
  `**${fmt(rss.afterPage[0] - rss.before, 0)} MB per engine after a ${sizes[0]} page, ${fmt(rss.afterPage[rss.afterPage.length - 1] - rss.before, 0)} MB after a ${sizes[sizes.length - 1]} page** (${fmt(rss.started - rss.before, 0)} MB started, idle)`,
]);
rssRows.push([
  `process RSS, ${ENGINES} engines: started → all have read the same pages → all terminated`,
  `${fmt(rss.startedN, 0)} → ${fmt(rss.readN, 0)} → ${fmt(rss.terminated, 0)} MB`,
  `${fmt((rss.readN - rss.before) / ENGINES, 0)} MB per engine (+${fmt(rss.readN - rss.before, 0)} MB for ${ENGINES} over ${fmt(rss.before, 0)} MB without engine)`,
]);

// ---- 1b. one engine --------------------------------------------------------------------------------------
let t0 = performance.now();
const first = await createTesseractEngine();
const startMs = performance.now() - t0;
// its first page, cold (the model's first use), then every page warm
t0 = performance.now();
await first.recognise(images[0].image);
const coldMs = performance.now() - t0;
cpu0 = process.cpuUsage();
for (const im of images) {
  t0 = performance.now();
  const r = await first.recognise(im.image);
  im.ocrMs = performance.now() - t0;
  im.confidence = r.confidence;
  im.chars = chars(r.lines);
  log(`${im.file} p. ${im.page}: recognised in ${im.ocrMs.toFixed(0)} ms, confidence ${r.confidence}, ${im.chars} characters`);
}
const recCpu = cpuS(cpu0);

const methods = ["image", "render"].filter((m) => images.some((im) => im.method === m));
rows.push([`engine start (createTesseractEngine: worker thread, WebAssembly core, fra ${MODEL} model)`, `${fmt(startMs / 1000, 2)} s`, `once per engine`]);
rows.push([`first page read by a new engine (cold), ${images[0].file} p. ${images[0].page}`, `${fmt(coldMs / 1000, 2)} s`, `same page warm: ${fmt(images[0].ocrMs / 1000, 2)} s`]);
for (const m of [...methods, "all"]) {
  const set = m === "all" ? images : images.filter((im) => im.method === m);
  const ex = mean(set.map((im) => im.extractMs));
  const oc = mean(set.map((im) => im.ocrMs));
  const what = m === "image" ? "embedded image (method image)" : m === "render" ? `rendered at ${RENDER_DPI} dpi (method render)` : "all pages of the sample";
  const from = [...new Set(set.map((im) => im.file))].join(", ");
  const size = m === "all" ? "" : `, ${[...new Set(set.map((im) => `${im.width}×${im.height}`))].join(" / ")} px`;
  rows.push([
    `1 engine (1 core), ${what}: ${set.length} page${set.length > 1 ? "s" : ""} of ${from}${size}`,
    `**${fmt((ex + oc) / 1000, 2)} s/page**`,
    `image ${fmt(ex / 1000, 2)} s + recognition ${fmt(oc / 1000, 2)} s; confidence ${fmt(mean(set.map((im) => im.confidence)), 0)}, ${fmt(mean(set.map((im) => im.chars)), 0)} characters/page`,
  ]);
}

rows.push([
  `1 engine: process CPU time (all threads) per page`,
  `${fmt((extractCpu + recCpu) / images.length, 2)} CPU s/page`,
  `image ${fmt(extractCpu / images.length, 2)} + recognition ${fmt(recCpu / images.length, 2)}; wall ${fmt(sum(images.map((im) => im.extractMs + im.ocrMs)) / 1000 / images.length, 2)} s/page`,
]);

// ---- 2. N engines ----------------------------------------------------------------------------------------
const engines = [first, ...(await Promise.all(Array.from({ length: ENGINES - 1 }, () => createTesseractEngine())))];
// each new engine reads one page, so that all are warm and hold a page's memory
await Promise.all(engines.slice(1).map((e) => e.recognise(images[0].image)));

/** N lanes, each pulling the next page (largest first: a short tail) for its own engine; `extract` runs pageImages first. */
const queue = [...images].sort((a, b) => b.width * b.height - a.width * a.height);
async function lanes(extract) {
  let next = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    engines.map(async (engine) => {
      while (next < queue.length) {
        const im = queue[next++];
        let image = im.image;
        if (extract) {
          const f = files.find((x) => x.name === im.file);
          for await (const got of pageImages(f.bytes, [im.page], new Deadline(0, f.path))) image = got.image;
        }
        await engine.recognise(image);
      }
    }),
  );
  return { ms: performance.now() - start, cpu: cpuS(cpu) };
}
log(`${ENGINES} engines, recognition only`);
const { ms: recN, cpu: recNCpu } = await lanes(false);
log(`${ENGINES} engines, image in -> text out`);
const { ms: fullN, cpu: fullNCpu } = await lanes(true);
await Promise.all(engines.map((e) => e.terminate()));

const oneFull = sum(images.map((im) => im.extractMs + im.ocrMs));
const oneRec = sum(images.map((im) => im.ocrMs));
rows.push([
  `${ENGINES} engines at once (all cores), image in -> text out, ${images.length} pages`,
  `**${fmt(images.length / (fullN / 1000), 2)} pages/s · ${fmt(fullN / 1000 / images.length, 2)} s/page effective**`,
  `${fmt(fullN / 1000, 1)} s wall; ${fmt(oneFull / fullN, 2)}× one engine (${fmt(oneFull / 1000, 1)} s); images made on the main thread, one PDF load per page; ${fmt(fullNCpu / images.length, 2)} CPU s/page`,
]);
rows.push([
  `${ENGINES} engines at once, recognition only (images made beforehand)`,
  `${fmt(images.length / (recN / 1000), 2)} pages/s · ${fmt(recN / 1000 / images.length, 2)} s/page effective`,
  `${fmt(recN / 1000, 1)} s wall; ${fmt(oneRec / recN, 2)}× one engine (${fmt(oneRec / 1000, 1)} s); ${fmt(recNCpu / images.length, 2)} CPU s/page`,
]);
rows.push(...rssRows);

// ---- 4. naive baseline ---------------------------------------------------------------------------------
if (!args.includes("--no-naive")) {
  log("naive: getScreenshot at 300 dpi + default tesseract.js worker");
  const worker = await Tesseract.createWorker("fra", 1, { langPath: modelDirectory(), cacheMethod: "none", gzip: true });
  const naive = [];
  let warm = false;
  for (const f of files) {
    const parser = new PDFParse({ data: new Uint8Array(f.bytes) });
    try {
      for (const page of f.pages) {
        let t = performance.now();
        let c = process.cpuUsage();
        const shot = await parser.getScreenshot({ partial: [page], scale: 300 / 72, imageDataUrl: false, imageBuffer: true });
        const renderMs = performance.now() - t;
        const renderCpu = cpuS(c);
        const png = shot.pages[0];
        if (!warm) {
          await worker.recognize(Buffer.from(png.data), {}, { blocks: true }); // the first page, cold: not counted
          warm = true;
        }
        t = performance.now();
        c = process.cpuUsage();
        const { data } = await worker.recognize(Buffer.from(png.data), {}, { blocks: true });
        const ocrMs = performance.now() - t;
        naive.push({ renderMs, ocrMs, cpu: renderCpu + cpuS(c), confidence: data.confidence, chars: data.text.replace(/\s+/g, "").length, width: png.width, height: png.height });
        log(`naive ${f.name} p. ${page}: ${Math.round(png.width)}×${Math.round(png.height)} rendered in ${renderMs.toFixed(0)} ms, recognised in ${ocrMs.toFixed(0)} ms, confidence ${data.confidence.toFixed(0)}`);
      }
    } finally {
      await parser.destroy();
    }
  }
  await worker.terminate();
  const r = mean(naive.map((n) => n.renderMs));
  const o = mean(naive.map((n) => n.ocrMs));
  rows.push([
    `naive, 1 worker: every page rendered at 300 dpi (getScreenshot), default tesseract.js worker, ${naive.length} pages`,
    `**${fmt((r + o) / 1000, 2)} s/page**`,
    `render ${fmt(r / 1000, 2)} s + recognition ${fmt(o / 1000, 2)} s; ${fmt(((r + o) * naive.length) / oneFull, 2)}× ctg's one engine; ${fmt(mean(naive.map((n) => n.cpu)), 2)} CPU s/page (${fmt((sum(naive.map((n) => n.cpu))) / (extractCpu + recCpu), 2)}× ctg's); confidence ${fmt(mean(naive.map((n) => n.confidence)), 0)}, ${fmt(mean(naive.map((n) => n.chars)), 0)} characters/page`,
  ]);
}

const load1 = loadavg();
const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores available, ${fmt(totalmem() / 2 ** 30, 0)} GB RAM, Node ${process.version}, ${process.platform}; load average (1 min) ${fmt(load0[0], 2)} before, ${fmt(load1[0], 2)} after`;
const sampleText = files.map((f) => `${f.name} p. ${f.pages.length > 1 ? `${f.pages[0]}–${f.pages[f.pages.length - 1]}` : f.pages[0]}`).join(", ");
if (JSON_OUT) {
  console.log(JSON.stringify({ machine, sample: sampleText, rows }));
} else {
  console.log(`\nMachine: ${machine}\nSample: ${sampleText} (../shared/pdfs)\n`);
  console.log("| measure | result | notes |");
  console.log("|---|---|---|");
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
}
