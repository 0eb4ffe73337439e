// The image OCR is given for a page: the page's one embedded image as it is, or the page rendered.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { isSingleImage, pageImages } from "../../src/ocr/images.js";
import { Deadline } from "../../src/load/limits.js";

// pdf.js operator codes: 85 paints an image, 83 an image mask (a scanner's text layer), 86 an inline image
const SCAN = new URL("../../fixtures/scan/savas-mepin-2022-29.scan.pdf", import.meta.url);
const TEXT = new URL("../../fixtures/savas-mepin-2022-29.pdf", import.meta.url);

describe("isSingleImage", () => {
  it.each([
    ["one image", [1, 85, 2], true],
    ["no image", [1, 2, 3], false],
    ["two images (strips)", [85, 85], false],
    ["an image and masks (a layered scan)", [85, 83, 83], false],
    ["an inline image", [86], false],
  ] as const)("%s", (_name, ops, expected) => expect(isSingleImage(ops)).toBe(expected));
});

describe("pageImages", () => {
  it("a page of a scan is its JPEG's pixels, at the scan's resolution (150 dpi: 1240 x 1754 for A4)", async () => {
    const images = [];
    for await (const image of pageImages(new Uint8Array(readFileSync(SCAN)), [1, 2], new Deadline(0, "scan.pdf"))) images.push(image);
    expect(images.map((i) => [i.page, i.method])).toEqual([
      [1, "image"],
      [2, "image"],
    ]);
    expect(Math.abs(images[0]!.width - 1240)).toBeLessThanOrEqual(1);
    expect(Math.abs(images[0]!.height - 1754)).toBeLessThanOrEqual(1);
    // grey pixels as a binary PGM, the image's own size: read by tesseract as they are
    expect(Buffer.from(images[0]!.image.subarray(0, 20)).toString("latin1")).toMatch(new RegExp(`^P5\\n${images[0]!.width} ${images[0]!.height}\\n255\\n`));
    expect(images[0]!.image.length).toBe(`P5\n${images[0]!.width} ${images[0]!.height}\n255\n`.length + images[0]!.width * images[0]!.height);
  });

  it("a page of text is rendered at 300 dpi", async () => {
    const images = [];
    for await (const image of pageImages(new Uint8Array(readFileSync(TEXT)), [1], new Deadline(0, "text.pdf"))) images.push(image);
    expect(images.map((i) => [i.page, i.method])).toEqual([[1, "render"]]);
    expect(Math.abs(images[0]!.width - (595 * 300) / 72)).toBeLessThan(3);
  });
});
