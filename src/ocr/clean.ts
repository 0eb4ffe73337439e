// The page's pixels made plain for OCR (pure): grey, and the background flattened. tesseract binarises a page
// with one global threshold (Otsu): a highlighted line ("Résultat du vote : 13 votes" on a grey or yellow band)
// falls entirely under it and is lost. Dividing each pixel by the local background, estimated by a closing
// wider than a letter's stroke and narrower than a band, turns bands white and leaves the letters dark.

export interface GreyImage {
  width: number;
  height: number;
  /** one byte a pixel, row by row */
  pixels: Uint8Array;
}

/** RGBA (a canvas' ImageData) to grey by luminance (ITU-R BT.601, in integers). */
export function greyFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j++) pixels[j] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
  return { width, height, pixels };
}

/** The background is estimated on a grid this many pixels wide (a max over each cell), then a closing on it. */
const CELL = 4;

/** max or min over a window of 2r+1 along rows (dx = 1) or columns, in place of a copy */
function slide(src: Uint8Array, w: number, h: number, r: number, alongRows: boolean, max: boolean): Uint8Array {
  const out = new Uint8Array(src.length);
  const [n, lines, step, stride] = alongRows ? [w, h, 1, w] : [h, w, w, 1];
  for (let line = 0; line < lines; line++) {
    const base = line * stride;
    for (let k = 0; k < n; k++) {
      let v = max ? 0 : 255;
      for (let d = Math.max(0, k - r), end = Math.min(n - 1, k + r); d <= end; d++) {
        const x = src[base + d * step]!;
        if (max ? x > v : x < v) v = x;
      }
      out[base + k * step] = v;
    }
  }
  return out;
}

/**
 * Each pixel divided by its local background, so that the paper is white whatever its shade. `radius` (pixels)
 * must exceed half a letter's stroke and stay under half a highlighted band's height: dpi / 16 (12 at 200 dpi).
 */
export function flattenBackground(image: GreyImage, radius: number): GreyImage {
  const { width: w, height: h, pixels } = image;
  const sw = Math.ceil(w / CELL);
  const sh = Math.ceil(h / CELL);
  const small = new Uint8Array(sw * sh);
  for (let y = 0; y < h; y++) {
    const row = (y / CELL) | 0;
    for (let x = 0; x < w; x++) {
      const at = row * sw + ((x / CELL) | 0);
      const v = pixels[y * w + x]!;
      if (v > small[at]!) small[at] = v;
    }
  }
  const r = Math.max(1, Math.round(radius / CELL));
  // closing: the widest letters' strokes go (max), the bands come back to their edges (min)
  const dilated = slide(slide(small, sw, sh, r, true, true), sw, sh, r, false, true);
  const background = slide(slide(dilated, sw, sh, r, true, false), sw, sh, r, false, false);
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < h; y++) {
    const row = ((y / CELL) | 0) * sw;
    for (let x = 0; x < w; x++) {
      const b = background[row + ((x / CELL) | 0)]! || 1;
      const v = pixels[y * w + x]!;
      out[y * w + x] = v >= b ? 255 : ((v * 255) / b) | 0;
    }
  }
  return { width: w, height: h, pixels: out };
}

/** Binary PGM (P5): read by tesseract's Leptonica as is, nothing to compress. */
export function toPgm(image: GreyImage): Uint8Array {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, "latin1");
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header, 0);
  out.set(image.pixels, header.length);
  return out;
}
