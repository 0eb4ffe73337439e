// The page made plain for OCR: a highlighted band turns white, the letters on it and on the paper stay dark.
import { describe, expect, it } from "vitest";
import { flattenBackground, greyFromRgba, toPgm, type GreyImage } from "../../src/ocr/clean.js";

/** A 200 x 120 page: white paper, a grey band (rows 40-79, grey 90) as a highlight, a 3-pixel "stroke" of
 * black text on the paper (row 20) and one on the band (row 60), and a wide bold stroke (10 px) on the paper. */
function page(): GreyImage {
  const width = 200;
  const height = 120;
  const pixels = new Uint8Array(width * height).fill(250);
  for (let y = 40; y < 80; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = 90;
  for (const row of [20, 60]) for (let y = row; y < row + 3; y++) for (let x = 30; x < 170; x++) pixels[y * width + x] = 10;
  for (let y = 95; y < 105; y++) for (let x = 30; x < 60; x++) pixels[y * width + x] = 10;
  return { width, height, pixels };
}

describe("flattenBackground", () => {
  const out = flattenBackground(page(), 12);
  const at = (x: number, y: number) => out.pixels[y * out.width + x]!;
  it.each([
    ["the paper", 100, 5, 255],
    ["the band, away from its edges", 100, 50, 255],
    ["the band, near its edge", 100, 77, 255],
  ])("%s turns white", (_name, x, y, value) => expect(at(x, y)).toBe(value));
  it.each([
    ["a stroke on the paper", 100, 21],
    ["a stroke on the band", 100, 61],
    ["a bold stroke 10 px wide", 45, 100],
  ])("%s stays dark", (_name, x, y) => expect(at(x, y)).toBeLessThan(40));
  it("keeps the size", () => expect([out.width, out.height, out.pixels.length]).toEqual([200, 120, 24000]));
});

describe("greyFromRgba and toPgm", () => {
  it.each([
    ["white", [255, 255, 255, 255], 255],
    ["black", [0, 0, 0, 255], 0],
    ["yellow highlight: light, as a scanner sees it", [255, 255, 0, 255], 226],
    ["pure green highlight", [0, 255, 0, 255], 149],
  ])("%s", (_name, rgba, grey) => expect(greyFromRgba(new Uint8Array(rgba), 1, 1).pixels[0]).toBe(grey));

  it("a binary PGM: header then the pixels", () => {
    const pgm = toPgm({ width: 2, height: 1, pixels: new Uint8Array([0, 255]) });
    expect(Buffer.from(pgm).toString("latin1")).toBe("P5\n2 1\n255\n\u0000\u00ff");
  });
});
