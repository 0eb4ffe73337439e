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

/** An encoded image (PNG) to the grey, flattened pixels OCR reads best (a highlighted line is kept). */
async function plain(encoded: Uint8Array, dpi: number): Promise<Uint8Array> {
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const picture = await loadImage(Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength));
  const canvas = createCanvas(picture.width, picture.height);
  const context = canvas.getContext("2d");
  context.fillStyle = "white";
  context.fillRect(0, 0, picture.width, picture.height);
  context.drawImage(picture, 0, 0);
  const { data } = context.getImageData(0, 0, picture.width, picture.height);
  const grey = greyFromRgba(data, picture.width, picture.height);
  return toPgm(flattenBackground(grey, dpi / 16));
}

/** The images of `pages` (1-based), one at a time, so that only one page's pixels are in memory. */
export async function* pageImages(bytes: Uint8Array, pages: readonly number[], deadline: Deadline, dpi = RENDER_DPI): AsyncGenerator<PageImage> {
  const { PDFParse } = await import("pdf-parse");
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
          yield { page, image: await plain(found.data, dpi), method: "image", width: found.width, height: found.height };
          continue;
        }
      }
      const shot = await deadline.race(parser.getScreenshot({ partial: [page], scale: dpi / 72, imageDataUrl: false, imageBuffer: true }), stop);
      const rendered = shot.pages[0];
      if (!rendered) continue;
      yield { page, image: await plain(rendered.data, dpi), method: "render", width: Math.round(rendered.width), height: Math.round(rendered.height) };
    }
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
