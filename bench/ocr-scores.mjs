#!/usr/bin/env node
// What OCR costs in field accuracy: every PDF of ../shared/corpus (with its truth NAME.json) is scored twice by
// ../shared/eval/score.mjs, once as it is (its text layer) and once as an image-only copy of the same pages made by
// scripts/make-scan.mjs (so ctg reads every page by OCR, --ocr auto). Prints a Markdown table: per document its
// pages, the field accuracy on the text layer and on the scan, the difference, the fields checked, the wall time
// per scanned page; the totals (weighted by the fields checked); the accuracy per field; and each field that the
// scan gets wrong where the text layer gets it right (and the reverse), with what the truth wants and what came out.
// The issue's target: the scan within 5 points of the text layer.
//
//   node bench/ocr-scores.mjs [--dpi 200] [--quality 0.8]
//
// Each document is scored alone (a temp folder A with symlinks to NAME.pdf and NAME.json, a temp folder B with the
// scan as NAME.pdf and a symlink to NAME.json), so that score.mjs's figures are per document; the totals add the
// per-field sums. score.mjs kills a parse after 120 s: a scan that hits that limit (about 30 pages) is parsed once
// here without a limit and that output is scored by score.mjs through CTG_CMD (a replay), marked "†" in the table.
// Temp folders live in os.tmpdir() and are removed at the end. Run from anywhere; dist/ must be built (npx tsc -p .),
// or CTG_CMD names the ctg command as score.mjs reads it (e.g. CTG_CMD="node /tmp/ctg-head/bin/ctg.js": a build of
// a fixed commit, when others rebuild dist/ while the bench runs).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PDFParse } from "pdf-parse";
import { makeScan } from "../scripts/make-scan.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = join(ROOT, "..", "shared");
const CORPUS = join(SHARED, "corpus");
const SCORE = join(SHARED, "eval", "score.mjs");
const CTG = process.env.CTG_CMD ? process.env.CTG_CMD.split(" ").filter(Boolean) : [process.execPath, join(ROOT, "bin", "ctg.js")];
const TARGET = 5; // points

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const value = Number(args[i + 1]);
  if (!(value > 0)) throw new Error(`bad ${name}: ${args[i + 1]}`);
  return value;
};
const dpi = opt("--dpi", 200);
const quality = opt("--quality", 0.8);

const log = (s) => process.stderr.write(`[ocr-scores] ${s}\n`);
const pct = (x) => (x == null ? "—" : `${(100 * x).toFixed(1)}%`);
const signed = (x) => (x == null ? "—" : `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}`);
const short = (v, n = 120) => {
  const s = JSON.stringify(v) ?? "undefined";
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};

async function pageCount(bytes) {
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
  try {
    return (await parser.getInfo()).total;
  } finally {
    await parser.destroy();
  }
}

/** score.mjs --json --verbose on `dir`; its report, and the wall time of the whole run. */
function score(dir, env = {}) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [SCORE, dir, "--json", "--verbose"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 << 20,
    env: { ...process.env, ...env },
  });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`score.mjs ${dir}: exit ${r.status}\n${r.stderr}`);
  const report = JSON.parse(r.stdout);
  // the per-field sums (accuracy x checked) add up across documents; `overall` alone would not
  let sum = 0;
  let n = 0;
  for (const f of Object.values(report.fields)) {
    sum += f.accuracy * f.checked;
    n += f.checked;
  }
  return { ...report, sum, n, wallMs };
}

/** score.mjs kills a parse after 120 s (execFileSync timeout): its error then reads "... ETIMEDOUT". */
const timedOut = (report) => report.failures.some((f) => /ETIMEDOUT|timed? ?out/i.test(f));

/** Parses `pdf` once with no time limit and scores that output through a replaying CTG_CMD. */
function scoreByReplay(dir, pdf, work) {
  const started = performance.now();
  const r = spawnSync(CTG[0], [...CTG.slice(1), "parse", pdf, "--format", "json"], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 << 20 });
  const parseMs = performance.now() - started;
  const cache = join(work, "replay.json");
  writeFileSync(cache, JSON.stringify({ stdout: r.stdout, stderr: r.stderr, status: r.status ?? 1 }));
  const replay = join(work, "replay.mjs");
  writeFileSync(
    replay,
    `import { readFileSync } from "node:fs";\n` +
      `const r = JSON.parse(readFileSync(${JSON.stringify(cache)}, "utf8"));\n` +
      `process.stdout.write(r.stdout); process.stderr.write(r.stderr); process.exitCode = r.status;\n`,
  );
  const report = score(dir, { CTG_CMD: `${process.execPath} ${replay}` });
  return { ...report, ms: parseMs, wallMs: parseMs, replayed: true };
}

// a person or a list of people as score.mjs compares them (folded tokens, civilities out, sorted), for the list of
// misses; a one-letter slip in a long token still counts as the same person there, so it may show here as missing
const CIVILITY = new Set(["m", "mme", "mlle", "mr", "monsieur", "madame", "mademoiselle", "me", "dr"]);
const fold = (s) =>
  String(s ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’']/g, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const personKey = (p) => {
  const text = p == null ? "" : typeof p === "string" ? p : [p.lastName, p.firstName].filter(Boolean).join(" ") || p.name || p.raw || "";
  return fold(text).split(" ").filter((t) => t && !CIVILITY.has(t)).sort().join(" ");
};
const label = (p) => (p == null ? "" : typeof p === "string" ? p : [p.firstName, p.lastName].filter(Boolean).join(" ") || p.name || p.raw || JSON.stringify(p));
function describeMiss({ want, got }) {
  if (Array.isArray(want) && Array.isArray(got)) {
    const proxy = (x) => x && typeof x === "object" && "from" in x;
    const key = (x) => (proxy(x) ? `${personKey(x.from)} > ${personKey(x.to)}` : personKey(x));
    const show = (x) => (proxy(x) ? `${label(x.from)} > ${label(x.to)}` : label(x));
    const missing = want.filter((x) => !got.some((y) => key(y) === key(x))).map(show);
    const extra = got.filter((y) => !want.some((x) => key(y) === key(x))).map(show);
    return `${want.length} wanted, ${got.length} got; missing ${short(missing, 200)}; extra ${short(extra, 200)}`;
  }
  return `want ${short(want)} got ${short(got)}`;
}

async function main() {
  if (!existsSync(CORPUS) || !existsSync(SCORE)) {
    console.error(`ocr-scores: ${CORPUS} or ${SCORE} is absent (../shared beside the repository)`);
    process.exitCode = 2;
    return;
  }
  if (!process.env.CTG_CMD && !existsSync(join(ROOT, "dist", "cli", "main.js"))) {
    console.error("ocr-scores: dist/ is not built (npx tsc -p .)");
    process.exitCode = 2;
    return;
  }
  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".pdf") && existsSync(join(CORPUS, f.replace(/\.pdf$/, ".json"))))
    .map((f) => f.replace(/\.pdf$/, ""))
    .sort();
  const work = mkdtempSync(join(tmpdir(), "ctg-ocr-scores-"));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  const rows = [];
  const started = performance.now();
  try {
    for (const name of names) {
      const pdf = join(CORPUS, `${name}.pdf`);
      const truth = join(CORPUS, `${name}.json`);
      const bytes = readFileSync(pdf);
      const pages = await pageCount(bytes);
      const a = join(work, name, "text");
      const b = join(work, name, "scan");
      mkdirSync(a, { recursive: true });
      mkdirSync(b, { recursive: true });
      symlinkSync(pdf, join(a, `${name}.pdf`));
      symlinkSync(truth, join(a, `${name}.json`));
      symlinkSync(truth, join(b, `${name}.json`));
      let t = performance.now();
      writeFileSync(join(b, `${name}.pdf`), await makeScan(bytes, { dpi, quality }));
      const scanMs = performance.now() - t;
      log(`${name}: ${pages} pages, scan made in ${(scanMs / 1000).toFixed(1)} s; scoring the text layer`);
      const text = score(a);
      log(`${name}: text layer ${pct(text.overall)}; scoring the scan (OCR, about 4 s a page)`);
      t = performance.now();
      let scan = score(b);
      if (timedOut(scan)) {
        log(`${name}: score.mjs's 120 s limit killed the parse of the scan; parsing it once without a limit`);
        scan = scoreByReplay(b, join(b, `${name}.pdf`), join(work, name));
      }
      log(`${name}: scan ${pct(scan.overall)} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      rows.push({ name, pages, text, scan, scanMs });
    }
  } finally {
    cleanup();
  }
  const totalMs = performance.now() - started;
  print(rows, totalMs);
}

function print(rows, totalMs) {
  const out = [];
  const sum = (f) => rows.reduce((n, r) => n + f(r), 0);
  out.push(`## OCR: field accuracy of the text layer and of a scan of the same pages`);
  out.push("");
  out.push(`${process.env.CTG_CMD ? `ctg: \`${process.env.CTG_CMD}\`. ` : ""}score.mjs on each PDF of ../shared/corpus, as it is and as an image-only copy (scripts/make-scan.mjs, ${dpi} dpi, JPEG quality ${quality}) read by OCR (--ocr auto). Target (the issue): the scan within ${TARGET} points of the text layer.`);
  out.push("");
  out.push("| document | pages | text layer | scan | difference | fields checked | within 5 | scan: s/page (parse) | scan: s/page (wall) |");
  out.push("|---|--:|--:|--:|--:|--:|:-:|--:|--:|");
  for (const r of rows) {
    const d = r.scan.overall - r.text.overall;
    const mark = r.scan.replayed ? " †" : "";
    const fails = [...r.text.failures.map((f) => `text: ${f}`), ...r.scan.failures.map((f) => `scan: ${f}`)];
    out.push(
      `| ${r.name}${mark}${fails.length ? ` (failed: ${fails.join("; ")})` : ""} | ${r.pages} | ${pct(r.text.overall)} | ${pct(r.scan.overall)} | ${signed(d)} | ${r.text.n}${r.scan.n !== r.text.n ? `/${r.scan.n}` : ""} | ${d >= -TARGET / 100 ? "yes" : "**no**"} | ${(r.scan.ms / 1000 / r.pages).toFixed(1)} | ${(r.scan.wallMs / 1000 / r.pages).toFixed(1)} |`,
    );
  }
  const pages = sum((r) => r.pages);
  const textAcc = sum((r) => r.text.sum) / sum((r) => r.text.n);
  const scanAcc = sum((r) => r.scan.sum) / sum((r) => r.scan.n);
  const d = scanAcc - textAcc;
  out.push(
    `| **total** (weighted by fields) | ${pages} | **${pct(textAcc)}** | **${pct(scanAcc)}** | **${signed(d)}** | ${sum((r) => r.text.n)} | ${d >= -TARGET / 100 ? "yes" : "**no**"} | ${(sum((r) => r.scan.ms) / 1000 / pages).toFixed(1)} | ${(sum((r) => r.scan.wallMs) / 1000 / pages).toFixed(1)} |`,
  );
  const meanText = sum((r) => r.text.overall) / rows.length;
  const meanScan = sum((r) => r.scan.overall) / rows.length;
  out.push(`| mean of documents | | ${pct(meanText)} | ${pct(meanScan)} | ${signed(meanScan - meanText)} | | | | |`);
  out.push("");
  out.push(
    `s/page (parse): score.mjs's own time in \`ctg parse\` of the scan over its pages (one process per document: node, the tesseract worker and its model load included); (wall): the whole score.mjs run on the scan. Making the scans took ${(sum((r) => r.scanMs) / 1000).toFixed(0)} s; the whole bench ${(totalMs / 1000).toFixed(0)} s.` +
      (rows.some((r) => r.scan.replayed) ? " † score.mjs's 120 s limit per parse killed the scan's parse: parsed here once without a limit, that output scored by score.mjs (CTG_CMD replay)." : ""),
  );

  // per field, over all documents
  const fields = new Map();
  for (const r of rows) {
    for (const [side, rep] of [["text", r.text], ["scan", r.scan]]) {
      for (const [k, f] of Object.entries(rep.fields)) {
        const e = fields.get(k) ?? { text: { s: 0, n: 0 }, scan: { s: 0, n: 0 } };
        e[side].s += f.accuracy * f.checked;
        e[side].n += f.checked;
        fields.set(k, e);
      }
    }
  }
  out.push("");
  out.push("### Per field (all documents)");
  out.push("");
  out.push("| field | checked | text layer | scan | difference |");
  out.push("|---|--:|--:|--:|--:|");
  const fieldRows = [...fields].map(([k, e]) => {
    const t = e.text.n ? e.text.s / e.text.n : null;
    const s = e.scan.n ? e.scan.s / e.scan.n : null;
    return { k, n: e.text.n, t, s, d: t != null && s != null ? s - t : null };
  });
  fieldRows.sort((x, y) => (x.d ?? 0) - (y.d ?? 0) || x.k.localeCompare(y.k));
  for (const f of fieldRows) out.push(`| ${f.k} | ${f.n} | ${pct(f.t)} | ${pct(f.s)} | ${signed(f.d)} |`);

  // misses of one side that the other side does not have
  const key = (m) => `${m.where}\u0000${m.key}`;
  const lost = [];
  const gained = [];
  for (const r of rows) {
    const textMisses = new Map((r.text.misses ?? []).map((m) => [key(m), m]));
    const scanMisses = new Map((r.scan.misses ?? []).map((m) => [key(m), m]));
    for (const [k, m] of scanMisses) {
      const before = textMisses.get(k);
      if (!before) lost.push(`- ${m.where} \`${m.key}\`: ${describeMiss(m)}`);
      else if (JSON.stringify(before.got) !== JSON.stringify(m.got)) lost.push(`- ${m.where} \`${m.key}\` (wrong on both, differently): scan ${describeMiss(m)}; text layer got ${short(before.got)}`);
    }
    for (const [k, m] of textMisses) if (!scanMisses.has(k)) gained.push(`- ${m.where} \`${m.key}\`: text layer ${describeMiss(m)}`);
  }
  out.push("");
  out.push(`### Wrong on the scan, right (or otherwise wrong) on the text layer: ${lost.length}`);
  out.push("");
  out.push(...(lost.length ? lost : ["(none)"]));
  out.push("");
  out.push(`### Right on the scan, wrong on the text layer: ${gained.length}`);
  out.push("");
  out.push(...(gained.length ? gained : ["(none)"]));
  console.log(out.join("\n"));
}

main().catch((error) => {
  console.error(`ocr-scores: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
