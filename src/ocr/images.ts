// The image OCR reads for a page. A page that is one embedded image (the usual scanner output) gives that
// image at its own resolution, decoded by pdf.js (JPEG, CCITT, JBIG2, Flate); any other page (a scanner's
// layered output: a background and text masks; strips; an image under a text stamp) is rendered.
import type { Deadline } from "../load/limits.js";
import { flattenBackground, greyFromRgba, toPgm } from "./clean.js";

/**
 * Resolution of a rendered page. Measured on the Flaux scan whose truth is known (../shared/corpus/dev-014, read
 * from ../shared/pdfs/026.pdf): 91.7 % of fields at 300 dpi, 66.7 % at 200 (the side box's small print is lost).
 */
export const RENDER_DPI = 300;

// pdf.js' operator codes (pdfjs-dist OPS) of everything that paints an image or an image mask
const PAINT_IMAGE = 85;
const OTHER_IMAGE_OPS = new Set([83, 84, 86, 87, 88, 89, 90]);

export interface PageImage {
  page: number;
  /** grey, background flattened (src/ocr/clean.ts), as a binary PGM */
  image: Uint8Array;
  method: "image" | "render";
  width: number;
  height: number;
}

interface PdfPage {
  rotate: number;
  /** the page's box in points: [x0, y0, x1, y1] */
  view: number[];
  getOperatorList(): Promise<{ fnArray: number[] }>;
  getViewport(options: { scale: number }): { width: number; height: number };
  render(options: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}

/** True when the page paints exactly one image and nothing else that is an image or a mask. */
export function isSingleImage(fnArray: readonly number[]): boolean {
  let images = 0;
  for (const fn of fnArray) {
    if (fn === PAINT_IMAGE) images++;
    else if (OTHER_IMAGE_OPS.has(fn)) return false;
  }
  return images === 1;
}

/** A scan whose page size is unknown: the usual scanner resolution. */
const ASSUMED_SCAN_DPI = 200;

type Context2D = ReturnType<ReturnType<typeof import("@napi-rs/canvas").createCanvas>["getContext"]>;

/** A canvas' pixels to the grey, flattened pixels OCR reads best (a highlighted line is kept), as a PGM. */
function plain(context: Context2D, width: number, height: number, dpi: number): Uint8Array {
  const { data } = context.getImageData(0, 0, width, height);
  return toPgm(flattenBackground(greyFromRgba(data, width, height), dpi / 16));
}

/** An encoded image (the page's own, as pdf.js decodes it) on white, made plain. */
async function plainImage(encoded: Uint8Array, dpi: number): Promise<Uint8Array> {
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const picture = await loadImage(Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength));
  const canvas = createCanvas(picture.width, picture.height);
  const context = canvas.getContext("2d");
  context.fillStyle = "white";
  context.fillRect(0, 0, picture.width, picture.height);
  context.drawImage(picture, 0, 0);
  return plain(context, picture.width, picture.height, dpi);
}

/** The page drawn by pdf.js straight on a canvas (no PNG to encode and decode again: half the time), made plain. */
async function plainRender(page: PdfPage, dpi: number): Promise<{ image: Uint8Array; width: number; height: number }> {
  const { createCanvas } = await import("@napi-rs/canvas");
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.floor(viewport.width);
  const height = Math.floor(viewport.height);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "white";
  context.fillRect(0, 0, width, height);
  await page.render({ canvasContext: context, viewport, canvas }).promise;
  return { image: plain(context, width, height, dpi), width, height };
}

/** The images of `pages` (1-based), one at a time, so that only one page's pixels are in memory. */
export async function* pageImages(bytes: Uint8Array, pages: readonly number[], deadline: Deadline, dpi = RENDER_DPI): AsyncGenerator<PageImage> {
  // loaded as the pdf.js reader loads it: once per thread, with the natives core-js replaces put back
  const { loadPdfParse } = await import("../load/readers/pdfjs.js");
  const { PDFParse } = (await loadPdfParse()).module;
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const stop = () => parser.destroy();
  try {
    const doc = await deadline.race((parser as unknown as { load(): Promise<PdfDocument> }).load(), stop);
    for (const page of pages) {
      const pdfPage = await deadline.race(doc.getPage(page), stop);
      const ops = await deadline.race(pdfPage.getOperatorList(), stop);
      if (pdfPage.rotate % 360 === 0 && isSingleImage(ops.fnArray)) {
        const result = await deadline.race(parser.getImage({ partial: [page], imageThreshold: 0, imageDataUrl: false, imageBuffer: true }), stop);
        const found = result.pages[0]?.images[0];
        if (found) {
          const inches = Math.abs((pdfPage.view[2] ?? 0) - (pdfPage.view[0] ?? 0)) / 72;
          const dpi = inches > 0 ? found.width / inches : ASSUMED_SCAN_DPI;
          yield { page, image: await plainImage(found.data, dpi), method: "image", width: found.width, height: found.height };
          continue;
        }
      }
      const rendered = await deadline.race(plainRender(pdfPage, dpi), stop);
      yield { page, image: rendered.image, method: "render", width: rendered.width, height: rendered.height };
    }
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
