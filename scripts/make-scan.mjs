#!/usr/bin/env node
// Turns a PDF that has a text layer into an image-only PDF ("a scan"), so that OCR can be scored against a known
// truth: every page is rendered by pdf-parse (pdf.js), made grey, encoded as JPEG and written, one image per page,
// into a minimal hand-written PDF 1.4 (no fonts, no text). The page size in points is the original one.
//
//   node scripts/make-scan.mjs IN.pdf OUT.pdf [--dpi 200] [--quality 0.8]
//
// Exports makeScan(pdfBytes, { dpi, quality }) -> Promise<Buffer>.
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { readFileSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PDFParse } from "pdf-parse";

// pdf.js renders the 14 standard fonts (Helvetica, Times...) that a PDF does not embed from these files; without
// them it falls back to a serif font, which changes the glyphs that OCR sees. The CMaps are for CJK fonts.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** The PDF bytes of an image-only copy of `pdfBytes`, rendered at `dpi`, JPEG quality `quality` (0-1). */
export async function makeScan(pdfBytes, { dpi = 200, quality = 0.8 } = {}) {
  const parser = new PDFParse({
    data: new Uint8Array(pdfBytes), // a copy: pdf.js may take ownership of the buffer it is given
    isEvalSupported: false,
    verbosity: 0,
    standardFontDataUrl: join(PDFJS_DIR, "standard_fonts") + "/",
    cMapUrl: join(PDFJS_DIR, "cmaps") + "/",
    cMapPacked: true,
  });
  const pages = [];
  try {
    // one page at a time, so that only one rendered page is held as PNG
    for (let n = 1, total = 1; n <= total; n++) {
      const shot = await parser.getScreenshot({ scale: dpi / 72, imageDataUrl: false, imageBuffer: true, partial: [n] });
      total = shot.total;
      const { data, width, height } = shot.pages[0];
      // width and height are the viewport's (fractional) size in pixels: back to points, it is the page size
      pages.push({ ...(await toGreyJpeg(data, quality)), widthPt: (width * 72) / dpi, heightPt: (height * 72) / dpi });
    }
  } finally {
    await parser.destroy();
  }
  return writePdf(pages);
}

/** PNG bytes -> grey JPEG on a white background, with its size in pixels and its number of colour components. */
async function toGreyJpeg(png, quality) {
  const image = await loadImage(Buffer.from(png));
  const { width, height } = image;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0);
  const pixels = ctx.getImageData(0, 0, width, height);
  const d = pixels.data;
  // luminance (ITU-R BT.601), as a scanner's grey mode: a yellow or green highlight stays light (the mean of
  // R, G and B made pure green a dark grey band no real scan has)
  for (let i = 0; i < d.length; i += 4) d[i] = d[i + 1] = d[i + 2] = Math.round(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]);
  ctx.putImageData(pixels, 0, 0);
  const jpeg = canvas.toBuffer("image/jpeg", Math.round(quality * 100));
  return { jpeg, width, height, components: jpegComponents(jpeg) };
}

/** The number of colour components of a JPEG (1 grey, 3 YCbCr, 4 CMYK), read from its start-of-frame marker. */
export function jpegComponents(jpeg) {
  let i = 2; // after SOI (FF D8)
  while (i + 9 < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error(`JPEG: no marker at byte ${i}`);
    const marker = jpeg[i + 1];
    if (marker === 0xff) { i++; continue; } // fill byte
    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC): FF Cn, length (2), precision (1), height (2), width (2), Nf
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return jpeg[i + 9];
    if (marker === 0xd9 || marker === 0xda) break; // EOI or start of scan before any frame header
    i += 2 + jpeg.readUInt16BE(i + 2);
  }
  throw new Error("JPEG: no start-of-frame marker");
}

const COLOUR_SPACES = { 1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK" };
/** A number as PDF writes it: at most 3 decimals, no trailing zeros. */
const num = (x) => String(Number(x.toFixed(3)));

/** A PDF 1.4 with one page per { jpeg, width, height, components, widthPt, heightPt }, the image filling the page. */
function writePdf(pages) {
  const chunks = [];
  const offsets = []; // offsets[n] = byte offset of object n
  let size = 0;
  const push = (part) => {
    const buf = typeof part === "string" ? Buffer.from(part, "latin1") : part;
    chunks.push(buf);
    size += buf.length;
  };
  const object = (n, dict, stream) => {
    offsets[n] = size;
    if (!stream) return push(`${n} 0 obj\n${dict}\nendobj\n`);
    push(`${n} 0 obj\n<< ${dict ? `${dict} ` : ""}/Length ${stream.length} >>\nstream\n`);
    push(stream);
    push("\nendstream\nendobj\n");
  };
  push("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); // the binary comment tells transfer tools that the file is binary
  const pageIds = pages.map((_, k) => 3 + 3 * k); // page k: page object, then its image, then its content stream
  object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`);
  pages.forEach((page, k) => {
    const id = pageIds[k];
    const colourSpace = COLOUR_SPACES[page.components];
    if (!colourSpace) throw new Error(`JPEG with ${page.components} components`);
    const [w, h] = [num(page.widthPt), num(page.heightPt)];
    object(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im1 ${id + 1} 0 R >> >> /Contents ${id + 2} 0 R >>`);
    const decode = page.components === 4 ? " /Decode [1 0 1 0 1 0 1 0]" : ""; // Adobe CMYK JPEGs are inverted
    object(id + 1, `/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace ${colourSpace} /BitsPerComponent 8${decode} /Filter /DCTDecode`, page.jpeg);
    object(id + 2, "", Buffer.from(`q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q`, "latin1"));
  });
  const xref = size;
  const count = 3 + 3 * pages.length;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) push(`${String(offsets[n]).padStart(10, "0")} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

// ---- CLI ----------------------------------------------------------------------------------------------------
function main(argv) {
  const files = [];
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--dpi" || argv[i] === "--quality") {
      const value = Number(argv[++i]);
      if (!(value > 0) || (argv[i - 1] === "--quality" && value > 1)) throw new Error(`bad ${argv[i - 1]}: ${argv[i]}`);
      options[argv[i - 1].slice(2)] = value;
    } else files.push(argv[i]);
  }
  if (files.length !== 2) {
    console.error("usage: node scripts/make-scan.mjs IN.pdf OUT.pdf [--dpi 200] [--quality 0.8]");
    process.exitCode = 2;
    return;
  }
  const [input, output] = files;
  const start = performance.now();
  return makeScan(readFileSync(input), options).then((pdf) => {
    writeFileSync(`${output}.tmp`, pdf);
    renameSync(`${output}.tmp`, output); // never a half-written OUT
    console.error(`${output}: ${pdf.length} bytes in ${Math.round(performance.now() - start)} ms`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .catch((error) => {
      console.error(`make-scan: ${error.message}`);
      process.exitCode = 1;
    });
}
