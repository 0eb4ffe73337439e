// The image OCR reads for a page. A page that is one embedded image (the usual scanner output) gives that
// image at its own resolution, decoded by pdf.js (JPEG, CCITT, JBIG2, Flate); any other page (a scanner's
// layered output: a background and text masks; strips; an image under a text stamp) is rendered.
import type { Deadline } from "../load/limits.js";

/** Resolution of a rendered page: 150 to 300 dpi read the same (characters and confidence) on scanned minutes, and tesseract rescales every line; 200 is a scanner's usual and renders 20 % faster than 300. */
export const RENDER_DPI = 200;

// pdf.js' operator codes (pdfjs-dist OPS) of everything that paints an image or an image mask
const PAINT_IMAGE = 85;
const OTHER_IMAGE_OPS = new Set([83, 84, 86, 87, 88, 89, 90]);

export interface PageImage {
  page: number;
  image: Uint8Array;
  method: "image" | "render";
  width: number;
  height: number;
}

interface PdfPage {
  rotate: number;
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
          yield { page, image: found.data, method: "image", width: found.width, height: found.height };
          continue;
        }
      }
      const shot = await deadline.race(parser.getScreenshot({ partial: [page], scale: dpi / 72, imageDataUrl: false, imageBuffer: true }), stop);
      const rendered = shot.pages[0];
      if (!rendered) continue;
      yield { page, image: rendered.data, method: "render", width: Math.round(rendered.width), height: Math.round(rendered.height) };
    }
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
