#!/usr/bin/env node
// The PDF text engines of src/load/readers/ side by side on the same pages: CPU time per page once warm, the
// first document (cold: the engine loaded and compiled), RSS, licence. Each engine runs in a process of its own
// (nothing shared, RSS its own). The pages are those of ../shared/pdfs with a text layer (MANIFEST.tsv),
// ../shared/corpus/*.pdf and the fixture; the time is readPdfPages (the checks every engine shares included).
//
//   node bench/pdf-engines.mjs [--no-build] [--runs 5] [--engines pdfium,pdfjs,pdfjs-corejs] [--starts 10]
//
// Then the first output of `ctg parse` on the fixture (4 pages) with each engine: a fresh process each time,
// --starts times in turn, median of the wall time to the first byte on stdout and of the process' CPU time to it.
//
// pdfjs-corejs is pdf.js with the natives core-js replaces left replaced (pdf-parse imported before the
// reader, as ctg did before): what putting them back gains. CPU time (process.cpuUsage, user + system) is
// what to compare on a busy machine; wall time is printed beside it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = join(ROOT, "..", "shared");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};

const LICENCES = {
  pdfium: "@embedpdf/pdfium MIT; PDFium BSD-3-Clause + Apache-2.0 (LICENSE.pdfium in the package)",
  pdfjs: "pdf-parse Apache-2.0; pdfjs-dist Apache-2.0",
  "pdfjs-corejs": "same as pdfjs",
};

function pdfFiles() {
  const out = [];
  const manifest = join(SHARED, "pdfs", "MANIFEST.tsv");
  if (existsSync(manifest)) {
    for (const line of readFileSync(manifest, "utf8").split("\n").slice(1)) {
      const [file, , , , , text] = line.split("\t");
      if (file && text === "yes" && existsSync(join(SHARED, "pdfs", file))) out.push(join(SHARED, "pdfs", file));
    }
  }
  const corpus = join(SHARED, "corpus");
  if (existsSync(corpus)) for (const f of readdirSync(corpus).sort()) if (f.endsWith(".pdf")) out.push(join(corpus, f));
  out.push(join(ROOT, "fixtures", "savas-mepin-2022-29.pdf"));
  return out;
}

const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- child: one engine -------------------------------------------------------------------------------------
if (args[0] === "--child") {
  const variant = args[1];
  const runs = Number(args[2]);
  const engine = variant === "pdfjs-corejs" ? "pdfjs" : variant;
  const files = pdfFiles().map((f) => ({ f, bytes: readFileSync(f) }));
  const rssBefore = process.memoryUsage().rss;
  if (variant === "pdfjs-corejs") await import("pdf-parse"); // core-js' replacements stay
  const { readPdfPages } = await import(pathToFileURL(join(ROOT, "dist", "load", "pdf.js")).href);
  const pass = async () => {
    let pages = 0;
    for (const { f, bytes } of files) pages += (await readPdfPages(bytes, f, undefined, undefined, engine)).length;
    return pages;
  };
  // cold: the engine's first document (module load, WebAssembly compile, JIT)
  let cpu = process.cpuUsage();
  let wall = performance.now();
  await readPdfPages(files.at(-1).bytes, "cold.pdf", undefined, undefined, engine);
  const cold = { cpu: cpuMs(cpu), wall: performance.now() - wall };
  await pass(); // warm-up
  const perPage = [];
  const wallPerPage = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    cpu = process.cpuUsage();
    wall = performance.now();
    pages = await pass();
    perPage.push(cpuMs(cpu) / pages);
    wallPerPage.push((performance.now() - wall) / pages);
  }
  const mb = (b) => Math.round(b / 1048576);
  process.stdout.write(
    JSON.stringify({
      variant,
      files: files.length,
      pages,
      cpuPerPage: median(perPage),
      cpuMin: Math.min(...perPage),
      cpuMax: Math.max(...perPage),
      wallPerPage: median(wallPerPage),
      cold,
      rssBefore: mb(rssBefore),
      rssAfter: mb(process.memoryUsage().rss),
      peakRss: Math.round(process.resourceUsage().maxRSS / 1024),
    }) + "\n",
  );
  process.exit(0);
}

// ---- parent ------------------------------------------------------------------------------------------------
if (!args.includes("--no-build")) {
  process.stderr.write("[bench] building dist/ (tsc)\n");
  spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", ROOT], { stdio: "inherit" });
}
const runs = Number(opt("--runs", "5"));
const variants = opt("--engines", "pdfium,pdfjs,pdfjs-corejs").split(",");
const loadBefore = loadavg()[0];
const results = [];
for (const variant of variants) {
  process.stderr.write(`[bench] ${variant}\n`);
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", variant, String(runs)], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${variant}: exit ${r.status}\n${r.stderr}`);
  results.push(JSON.parse(r.stdout.trim().split("\n").at(-1)));
}
// ---- first output of ctg parse, per engine -------------------------------------------------------------------
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  "const t0=process.cpuUsage();let f=null;const w=process.stdout.write.bind(process.stdout);" +
    "process.stdout.write=(...a)=>{if(f===null){const u=process.cpuUsage(t0);f=(u.user+u.system)/1000;}return w(...a);};" +
    "process.on('exit',()=>process.stderr.write('\\nCPU-TO-FIRST '+f+'\\n'));",
)}`;
function firstOutput(engine) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--import", PRELOAD, join(ROOT, "bin", "ctg.js"), "parse", join(ROOT, "fixtures", "savas-mepin-2022-29.pdf"), "--pdf-engine", engine], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let wall = null;
    let err = "";
    child.stdout.on("data", () => (wall ??= performance.now() - t0));
    child.stderr.on("data", (c) => (err += c));
    child.on("error", reject);
    child.on("close", () => resolve({ wall, cpu: Number(/CPU-TO-FIRST (\S+)/.exec(err)?.[1]) }));
  });
}
const starts = Number(opt("--starts", "10"));
const engines = [...new Set(variants.map((v) => (v === "pdfjs-corejs" ? "pdfjs" : v)))];
const first = Object.fromEntries(engines.map((e) => [e, []]));
for (let i = 0; i < starts; i++) for (const e of engines) first[e].push(await firstOutput(e));
const loadAfter = loadavg()[0];
const all = results[0];
console.log(`Machine: ${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, Node ${process.version}; load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`);
console.log(`Pages: ${all.pages} pages of ${all.files} PDFs with a text layer (../shared/pdfs, ../shared/corpus, the fixture); median of ${runs} warm passes after one warm-up\n`);
console.log("| engine | CPU ms/page warm (median; min–max) | wall ms/page | first document, cold (CPU / wall) | RSS before → after (peak) | licence |");
console.log("|---|---|---|---|---|---|");
for (const r of results) {
  console.log(
    `| ${r.variant} | **${r.cpuPerPage.toFixed(2)}** (${r.cpuMin.toFixed(2)}–${r.cpuMax.toFixed(2)}) | ${r.wallPerPage.toFixed(2)} | ${r.cold.cpu.toFixed(0)} / ${r.cold.wall.toFixed(0)} ms | ${r.rssBefore} → ${r.rssAfter} MB (${r.peakRss} MB) | ${LICENCES[r.variant] ?? ""} |`,
  );
}
console.log(`\n\`ctg parse fixtures/savas-mepin-2022-29.pdf\` (4 pages), ${starts} fresh processes per engine, in turn:\n`);
console.log("| engine | first output, wall (median; min) | CPU time to the first output (median) |");
console.log("|---|---|---|");
for (const e of engines) {
  const w = first[e].map((r) => r.wall);
  console.log(`| ${e} | **${median(w).toFixed(0)} ms** (${Math.min(...w).toFixed(0)} ms) | ${median(first[e].map((r) => r.cpu)).toFixed(0)} ms |`);
}
