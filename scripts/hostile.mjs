#!/usr/bin/env node
// A corpus of hostile inputs for ctg, generated here (nothing downloaded, nothing committed but this script):
// empty and random files, truncated, encrypted, looping, lying, huge, deep and booby-trapped PDFs crafted byte
// by byte, awkward text files, a file name with a newline, a quote and an emoji, a FIFO, /dev/zero, a folder
// named x.pdf, a symbolic link loop, and the --out targets a clerk can get wrong.
//
//   node scripts/hostile.mjs OUTDIR      write the corpus into OUTDIR and print the manifest as JSON
//
// makeHostile(dir) writes every kind into `dir` and returns the manifest: one entry per kind,
//   { name, file, kind, expect: { code, stderrIncludes?, readable? }, ...scenario fields }
// where `expect` is what `ctg parse FILE` must do with the default limits (exit code; a fragment of the one
// line on standard error, French; readable: a record is written; slow: it takes seconds). `commands` restricts
// a kind to some commands (a file deleted mid-batch only means something to `ctg batch`; a folder named x.pdf
// is walked by `ctg batch`, not read), `out` is the --out to use, `marker` a file that must never exist (the
// booby-trapped PDFs would write it if any of their code ran), `absentFromOutput` text that must not leak into
// the record (an attachment's), `inBatch: "ignored"` a folder that `ctg batch` walks without a word.
//
// The PDFs are written by hand (objects, xref, trailer; streams through node:zlib); the readable ones carry
// the text of the bundled fixture act (fixtures/savas-mepin-2022-29.txt), laid out by make-pdf-fixture.mjs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { constants as zc, deflateRawSync, deflateSync } from "node:zlib";
import { buildPdf, layout, pdfString, textPages } from "./make-pdf-fixture.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SEED_TXT = join(ROOT, "fixtures", "savas-mepin-2022-29.txt");
const SEED_PDF = join(ROOT, "fixtures", "savas-mepin-2022-29.pdf");

/** Sizes of the big kinds (bytes, pages), exported so that a test can say what it expects. */
export const SIZES = {
  bigText: 50 * 1024 * 1024,
  longLine: 5 * 1024 * 1024,
  noNewline: 1024 * 1024,
  pages: 5000,
  /** what the Flate bomb inflates to */
  bomb: 2 * 1024 * 1024 * 1024,
  nesting: 100_000,
};

// ---- small helpers ---------------------------------------------------------------------------------------

/** Deterministic pseudo-random bytes (xorshift32). */
export function noise(length, seed = 0x5eed) {
  const bytes = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const latin1 = (s) => Buffer.from(s, "latin1");

function seedLines() {
  return readFileSync(SEED_TXT, "utf8").replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
}

/** Content streams (PDF operators, latin1) of the fixture act, one per page. */
function seedContents() {
  return textPages(layout(seedLines()));
}

// ---- a hand-made PDF writer ------------------------------------------------------------------------------

/** A stream object body: dictionary entries, then the data (deflated when `flate`). */
function stream(dict, data, { flate = false } = {}) {
  let bytes = typeof data === "string" ? latin1(data) : data;
  if (flate) bytes = deflateSync(bytes);
  const filter = flate ? " /Filter /FlateDecode" : "";
  return Buffer.concat([latin1(`<< ${dict}${filter} /Length ${bytes.length} >>\nstream\n`), bytes, latin1("\nendstream")]);
}

/**
 * Objects (index + 1 = object number; string or Buffer bodies) to a complete PDF file: header, objects, a
 * classic xref table, trailer, startxref, %%EOF. `xref: "garbage"` writes offsets that point at nothing.
 */
function assemble(bodies, { root = 1, trailer = "", xref = "ok" } = {}) {
  const chunks = [latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")];
  let offset = chunks[0].length;
  const offsets = [];
  bodies.forEach((body, i) => {
    const chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n`), typeof body === "string" ? latin1(body) : body, latin1("\nendobj\n")]);
    offsets.push(offset);
    offset += chunk.length;
    chunks.push(chunk);
  });
  const lie = noise(bodies.length * 4, 0xbad);
  const entries = offsets.map((o, i) => {
    // garbage: somewhere inside the file, never at an object's start
    const at = xref === "garbage" ? (lie.readUInt32LE(i * 4) % Math.max(1, offset - 40)) + 3 : o;
    return `${String(at).padStart(10, "0")} 00000 n \n`;
  });
  const table = [`xref\n0 ${bodies.length + 1}\n`, "0000000000 65535 f \n", ...entries].join("");
  const tail = `trailer\n<< /Size ${bodies.length + 1} /Root ${root} 0 R${trailer} >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(latin1(table + tail));
  return Buffer.concat(chunks);
}

/**
 * The fixture act as a PDF whose objects can be extended: catalog entries, extra fonts in every page's
 * resources, extra content at the end of the first page, extra pages, extra objects. Object numbers: 1 catalog,
 * 2 pages, 3 Helvetica, then the pages, then `extra` (numbered from `firstExtra()` on).
 */
function textPdf({ catalog = "", fonts = "", firstPageAppend = "", pageExtra = "", extraPages = [], extra = [], xref = "ok", trailer = "" } = {}) {
  const contents = seedContents();
  contents[0] += firstPageAppend;
  const allContents = [...contents, ...extraPages];
  const bodies = [null, null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"];
  const kids = [];
  const firstExtra = 4 + allContents.length * 2;
  for (const content of allContents) {
    const isBuffer = Buffer.isBuffer(content);
    bodies.push(isBuffer ? content : stream("", content, { flate: true }));
    const contentNum = bodies.length;
    bodies.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R${fonts} >> >> /Contents ${contentNum} 0 R${pageExtra} >>`);
    kids.push(bodies.length);
  }
  bodies[0] = `<< /Type /Catalog /Pages 2 0 R${catalog} >>`;
  bodies[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const extraBodies = typeof extra === "function" ? extra(firstExtra) : extra;
  bodies.push(...extraBodies);
  return assemble(bodies, { xref, trailer });
}

/** A PDF literal string of any bytes (latin1): ( ) \ escaped, line breaks as escapes. */
function literal(text) {
  return `(${text.replace(/[()\\]/g, (c) => `\\${c}`).replace(/\n/g, "\\n").replace(/\r/g, "\\r")})`;
}

/** JavaScript that would leave `marker` on disk if anything ever ran it (in Node or in a browser). */
export function payload(marker, tag) {
  return (
    `try{globalThis.process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)},${JSON.stringify(tag)})}` +
    `catch(e){try{globalThis.__ctgHostile=${JSON.stringify(tag)}}catch(_){}}`
  );
}

// ---- the PDF kinds ---------------------------------------------------------------------------------------

/** Pages whose tree loops: the only kid of the root is a Pages node whose only kid is the root. */
function loopingTree() {
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
  ]);
}

/** 5,000 empty pages (no content stream at all). */
function manyPages(n) {
  const bodies = ["<< /Type /Catalog /Pages 2 0 R >>", null];
  const kids = [];
  for (let i = 0; i < n; i++) {
    bodies.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    kids.push(`${bodies.length} 0 R`);
  }
  bodies[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${n} >>`;
  return assemble(bodies);
}

/** JavaScript on open, on page open, in the name tree, and an embedded file: none of it may run or leak. */
function javascriptAndAttachment(marker) {
  const js = payload(marker, "javascript");
  return textPdf({
    catalog: " /OpenAction 100 0 R /Names << /JavaScript << /Names [(ctg) 101 0 R] >> /EmbeddedFiles << /Names [(charge.js) 102 0 R] >> >>",
    pageExtra: " /AA << /O 101 0 R >>",
    extra: (first) => {
      // renumbered below: objects 100.. are written at their own numbers through padding objects
      const pad = [];
      for (let n = first; n < 100; n++) pad.push("null");
      return [
        ...pad,
        `<< /Type /Action /S /JavaScript /JS ${literal(js)} >>`,
        `<< /Type /Action /S /JavaScript /JS 104 0 R >>`,
        "<< /Type /Filespec /F (charge.js) /UF (charge.js) /EF << /F 103 0 R >> >>",
        stream("/Type /EmbeddedFile /Subtype /application#2Fjavascript", `${js}\n// PIECE-JOINTE-CTG-HOSTILE 9999-99\n`),
        stream("", js),
      ];
    },
  });
}

/**
 * The kind of font behind CVE-2024-4367 (pdf.js < 4.2.67 pasted a font's FontMatrix into JavaScript it
 * compiled with `new Function` when isEvalSupported was true): a Type1 font whose FontMatrix holds a string
 * that closes the call and runs the payload, embedded program and all, used on the first page.
 */
function cve20244367(marker) {
  const js = payload(marker, "CVE-2024-4367");
  const matrix = `[0.001 0 0 0.001 0 ${literal(`0); ${js}; (0`)}]`;
  const program =
    "%!PS-AdobeFont-1.0: CtgHostile 001.000\n" +
    "12 dict begin\n/FontName /CtgHostile def\n/PaintType 0 def\n/FontType 1 def\n" +
    `/FontMatrix ${matrix} readonly def\n` +
    "/FontBBox {0 0 1000 1000} readonly def\n/Encoding StandardEncoding def\ncurrentdict end\ncurrentfile eexec\n";
  const cipher = noise(512, 0x4367);
  const trailer0 = `${"0".repeat(64)}\n`.repeat(8) + "cleartomark\n";
  const fontFile = Buffer.concat([latin1(program), cipher, latin1(trailer0)]);
  return textPdf({
    fonts: " /F2 100 0 R",
    firstPageAppend: `\nBT /F2 12 Tf 1 0 0 1 50 40 Tm (CtgHostile) Tj ET`,
    extra: (first) => {
      const pad = [];
      for (let n = first; n < 100; n++) pad.push("null");
      return [
        ...pad,
        `<< /Type /Font /Subtype /Type1 /BaseFont /CtgHostile /FirstChar 32 /LastChar 126 /Widths [${Array(95).fill(500).join(" ")}] /FontMatrix ${matrix} /FontDescriptor 101 0 R >>`,
        "<< /Type /FontDescriptor /FontName /CtgHostile /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile 102 0 R >>",
        stream(`/Length1 ${program.length} /Length2 ${cipher.length} /Length3 ${trailer0.length}`, fontFile),
      ];
    },
  });
}

/**
 * A content stream that inflates to `size` bytes of zeros (2 GiB: about 2 MB on disk). Made of identical
 * 1 MiB deflate chunks, each ended by a full flush so that they can be repeated, then an empty final block and
 * the Adler-32 of the zeros; nothing of that size is ever held in memory here.
 */
export function flateBomb(size) {
  const mib = 1024 * 1024;
  const chunk = deflateRawSync(Buffer.alloc(mib), { level: 9, finishFlush: zc.Z_FULL_FLUSH });
  const count = Math.ceil(size / mib);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((count * mib) % 65521) << 16) + 1 >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array(count).fill(chunk), deflateRawSync(Buffer.alloc(0)), adler]);
}

function bombPdf() {
  const bomb = flateBomb(SIZES.bomb);
  const content = Buffer.concat([latin1(`<< /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`), bomb, latin1("\nendstream")]);
  return textPdf({ extraPages: [content] });
}

/** 100,000 nested arrays in the catalog, read as soon as the document is opened. */
function nestedArrays(depth) {
  const deep = "[".repeat(depth) + "]".repeat(depth);
  return assemble([`<< /Type /Catalog /Pages 2 0 R /Deep ${deep} >>`, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]);
}

// ---- text kinds ------------------------------------------------------------------------------------------

const CP1252 = new Map(
  [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"].map((c, i) => [c, 0x80 + i]),
);
function toWindows1252(text) {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0);
    const b = CP1252.get(ch) ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : 0x3f);
    out[n++] = b;
  }
  return out.subarray(0, n);
}

/** `text` repeated (joined by `sep`) to exactly `size` bytes of UTF-8. */
function repeatTo(text, size, sep) {
  const unit = Buffer.from(text + sep, "utf8");
  const out = Buffer.alloc(size);
  for (let at = 0; at < size; at += unit.length) unit.copy(out, at, 0, Math.min(unit.length, size - at));
  // never end inside a multi-byte character
  let end = size;
  while (end > 0 && (out[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && out[end - 1] >= 0xc0) end--;
  out.fill(0x20, end);
  return out;
}

// ---- the corpus ------------------------------------------------------------------------------------------

/**
 * Writes every hostile kind into `dir` (created if needed) and returns the manifest. The big kinds take most
 * of the time (about a second in all): call it once per test file.
 */
export function makeHostile(dir) {
  dir = resolve(dir);
  mkdirSync(dir, { recursive: true });
  const markers = join(dir, "..", `${dir.split(/[\\/]/).pop()}-markers`);
  mkdirSync(markers, { recursive: true });
  const seedText = readFileSync(SEED_TXT, "utf8");
  const seedPdf = readFileSync(SEED_PDF);
  const manifest = [];
  const put = (name, bytes) => writeFileSync(join(dir, name), bytes);
  const add = (name, kind, expect, extra = {}) => manifest.push({ name, file: join(dir, name), kind, expect, ...extra });
  const bad = (code, stderrIncludes) => ({ code, stderrIncludes });
  const readable = { code: 0, readable: true };

  // a good document beside the bad ones: the batch must write it
  put("bon.txt", seedText);
  add("bon.txt", "good", readable);

  put("vide.pdf", Buffer.alloc(0));
  add("vide.pdf", "zero-bytes", bad(2, "fichier vide"));
  put("bruit.pdf", noise(64 * 1024));
  add("bruit.pdf", "random-bytes", bad(2, "n'est pas un PDF"));
  for (const pct of [10, 50, 90]) {
    const name = `tronque-${pct}.pdf`;
    put(name, seedPdf.subarray(0, Math.floor((seedPdf.length * pct) / 100)));
    add(name, `truncated-${pct}`, bad(2, "PDF tronqué"));
  }

  const contents = seedContents();
  put("chiffre-utilisateur.pdf", buildPdf(contents, { userPassword: "secret", title: "user password" }));
  add("chiffre-utilisateur.pdf", "encrypted-user-password", bad(2, "PDF chiffré"));
  // empty user password, owner password "-owner": anyone may open it, the owner password only guards rights
  put("chiffre-proprietaire.pdf", buildPdf(contents, { userPassword: "", title: "owner password only" }));
  add("chiffre-proprietaire.pdf", "encrypted-owner-password-only", readable);

  put("arbre-en-boucle.pdf", loopingTree());
  add("arbre-en-boucle.pdf", "page-tree-loop", bad(2, "PDF endommagé"));
  // every xref offset points at garbage: pdf.js rebuilds the table from the objects, and the act is read
  put("xref-faux.pdf", textPdf({ xref: "garbage" }));
  add("xref-faux.pdf", "xref-garbage", readable);
  put("5000-pages.pdf", manyPages(SIZES.pages));
  add("5000-pages.pdf", "5000-empty-pages", bad(2, "trop de pages (5 000, limite 2 000)"));

  const jsMarker = join(markers, "javascript-ran");
  put("javascript.pdf", javascriptAndAttachment(jsMarker));
  add("javascript.pdf", "javascript-and-embedded-file", readable, { marker: jsMarker, absentFromOutput: "PIECE-JOINTE-CTG-HOSTILE" });
  const cveMarker = join(markers, "cve-2024-4367-ran");
  put("cve-2024-4367.pdf", cve20244367(cveMarker));
  add("cve-2024-4367.pdf", "cve-2024-4367-font", readable, { marker: cveMarker });

  put("bombe-flate.pdf", bombPdf());
  add("bombe-flate.pdf", "flate-bomb", bad(2, "bombe de décompression"));
  put("tableaux-imbriques.pdf", nestedArrays(SIZES.nesting));
  add("tableaux-imbriques.pdf", "nested-arrays", bad(2, "PDF endommagé"));

  // text files
  put("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, "utf16le")]));
  add("utf16.txt", "utf-16-bom", readable);
  put("windows-1252.txt", toWindows1252(seedText.replace("DELIBERATION DU CONSEIL MUNICIPAL", "DÉLIBÉRATION DU CONSEIL MUNICIPAL – l’œuvre « 2022 » €")));
  add("windows-1252.txt", "windows-1252", readable);
  const lines = seedText.split("\n");
  for (const at of [5, 40, 120]) lines[at] = `${lines[at]}\0\0${lines[at]}`;
  put("nul.txt", lines.join("\n"));
  add("nul.txt", "nul-bytes-in-text", bad(2, "caractères nuls"));
  put("50-mo.txt", repeatTo(seedText, SIZES.bigText, "\n\f\n"));
  add("50-mo.txt", "50-mb-text", bad(2, "texte trop long (50 Mo, limite 10 Mo)"));
  const collapsed = seedText.replace(/\s+/g, " ");
  // under the default limits (10 MB of text, 60 s) this is read, slowly (about 10 s on a slow machine): a test
  // gives it --timeout 1 (« délai dépassé ») or --max-text 4 (« texte trop long »)
  put("ligne-5-mo.txt", repeatTo(collapsed, SIZES.longLine, " "));
  add("ligne-5-mo.txt", "5-mb-single-line", { ...readable, slow: true });
  put("1-mo-sans-saut.txt", repeatTo(collapsed, SIZES.noNewline, " "));
  add("1-mo-sans-saut.txt", "1-mb-no-newline", readable);

  // a name with a newline, quotes and an emoji (and bad content, so that the line must name it)
  const oddName = 'acte "n°1"\nl\'été 🎉.txt';
  put(oddName, noise(2048, 99));
  add(oddName, "odd-file-name", bad(2, "données binaires"));

  // not regular files
  const posix = process.platform !== "win32";
  if (posix) {
    try {
      execFileSync("mkfifo", [join(dir, "tube.pdf")], { stdio: "ignore" });
      add("tube.pdf", "fifo", bad(2, "n'est pas un fichier ordinaire"));
    } catch {
      // no mkfifo here: the kind is left out of the manifest
    }
    if (existsSync("/dev/zero")) {
      symlinkSync("/dev/zero", join(dir, "zero.pdf"));
      add("zero.pdf", "dev-zero", bad(2, "n'est pas un fichier ordinaire"));
    }
    symlinkSync("boucle.pdf", join(dir, "boucle.pdf"));
    add("boucle.pdf", "symlink-loop", bad(2, "lien symbolique en boucle"));
    // a folder linked into itself: a walk that followed links would never end (`ctg check` given it by name
    // walks it once, as any folder named on the command line)
    symlinkSync(".", join(dir, "sous-dossier-en-boucle"));
    add("sous-dossier-en-boucle", "symlink-folder-loop", bad(2, "n'est pas un fichier (c'est un dossier ?)"), { commands: ["parse"], inBatch: "ignored" });
  }
  // a folder is a folder, whatever its name: `ctg batch` walks it (it is empty), the others refuse it
  mkdirSync(join(dir, "dossier.pdf"));
  add("dossier.pdf", "folder-named-pdf", bad(2, "n'est pas un fichier (c'est un dossier ?)"), { commands: ["parse", "check"], inBatch: "ignored" });

  // removed by the test once the batch has listed it (last in path order, so it is converted last)
  put("zzz-supprime.txt", seedText);
  add("zzz-supprime.txt", "deleted-mid-batch", bad(2, "fichier introuvable"), { commands: ["batch"] });

  // --out targets: the input is the good document
  const good = join(dir, "bon.txt");
  const readonlyDir = join(dir, "..", `${dir.split(/[\\/]/).pop()}-lecture-seule`);
  mkdirSync(readonlyDir, { recursive: true });
  manifest.push(
    { name: "--out read-only", file: good, kind: "out-read-only", out: join(readonlyDir, "acte.json"), readonlyDir, expect: bad(2, "impossible d'écrire"), commands: ["parse", "batch"] },
    { name: "--out /dev/full", file: good, kind: "out-full-disk", out: "/dev/full", expect: bad(2, "disque plein"), commands: ["parse"] },
    { name: "--out the input", file: good, kind: "out-is-input", out: good, expect: bad(2, "fichier d'entrée"), commands: ["parse", "batch"] },
  );
  return manifest;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2];
  if (!out) {
    console.error("usage: node scripts/hostile.mjs OUTDIR");
    process.exit(2);
  }
  console.log(JSON.stringify(makeHostile(out), null, 2));
}
