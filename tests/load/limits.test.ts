// The loader's limits in process: the deadline interrupts synchronous work, the inflation check catches a
// Flate bomb before pdf.js sees it, special files are refused without being read, sizes are checked before
// reading, NUL bytes in a text are named.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript script without type declarations
import { flateBomb } from "../../scripts/hostile.mjs";
import { decodeText } from "../../src/load/decode.js";
import { InputError } from "../../src/load/errors.js";
import { DEFAULT_LIMITS, Deadline, MB } from "../../src/load/limits.js";
import { checkInflation } from "../../src/load/pdf.js";
import { readFileBytes } from "../../src/load/read.js";

const dir = mkdtempSync(join(tmpdir(), "ctg-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED_PDF = new URL("../../fixtures/savas-mepin-2022-29.pdf", import.meta.url);

function caught(work: () => unknown): InputError {
  try {
    work();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("no InputError thrown");
}

async function caughtAsync(work: () => Promise<unknown>): Promise<InputError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("no InputError thrown");
}

describe("Deadline", () => {
  it("interrupts a runaway regular expression and says so as an input error with its limit", () => {
    const started = performance.now();
    const error = caught(() => new Deadline(200, "x.txt").run(() => /^(a+)+$/.test(`${"a".repeat(40)}!`)));
    expect(error).toMatchObject({ code: "timeout", file: "x.txt", figures: { limit: 0.2 } });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("lets quick work through, and an input error of the work pass as it is", () => {
    expect(new Deadline(1000, "x").run(() => 42)).toBe(42);
    expect(caught(() => new Deadline(1000, "x").run(() => { throw new InputError("stamp-only", "x"); })).code).toBe("stamp-only");
    expect(new Deadline(0, "x").run(() => "no limit")).toBe("no limit");
  });

  it("stops waiting for slow asynchronous work", async () => {
    let stopped = false;
    const never = new Promise<void>(() => undefined);
    const error = await caughtAsync(() => new Deadline(50, "y.pdf").race(never, () => (stopped = true)));
    expect(error.code).toBe("timeout");
    expect(stopped).toBe(true);
  });
});

describe("compressed streams", () => {
  it("a stream inflating to 2 GiB is a bomb, caught at the cap", () => {
    const bomb = flateBomb(2 * 1024 * MB) as Buffer;
    expect(bomb.length).toBeLessThan(4 * MB);
    const pdf = Buffer.concat([Buffer.from(`%PDF-1.7\n4 0 obj\n<< /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`), bomb, Buffer.from("\nendstream\nendobj\n%%EOF\n")]);
    const started = performance.now();
    const error = caught(() => checkInflation(pdf, "b.pdf", { ...DEFAULT_LIMITS, maxInflatedStream: 8 * MB }));
    expect(error).toMatchObject({ code: "pdf-bomb", figures: { limit: 8 * MB } });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("the fixture PDF passes; an image is never inflated", () => {
    expect(() => checkInflation(readFileSync(SEED_PDF), "seed.pdf", DEFAULT_LIMITS)).not.toThrow();
    const bomb = flateBomb(64 * MB) as Buffer;
    const image = Buffer.concat([Buffer.from(`%PDF-1.7\n4 0 obj\n<< /Type /XObject /Subtype /Image /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`), bomb, Buffer.from("\nendstream\nendobj\n")]);
    expect(() => checkInflation(image, "i.pdf", { ...DEFAULT_LIMITS, maxInflatedStream: MB })).not.toThrow();
  });
});

describe("reading files", () => {
  it.skipIf(process.platform === "win32")("a FIFO is refused at once, never read", async () => {
    const fifo = join(dir, "tube.pdf");
    execFileSync("mkfifo", [fifo]);
    expect((await caughtAsync(() => readFileBytes(fifo, "tube.pdf", DEFAULT_LIMITS))).code).toBe("special-file");
  });

  it.skipIf(process.platform === "win32")("/dev/zero is refused, not read until the memory runs out", async () => {
    expect((await caughtAsync(() => readFileBytes("/dev/zero", "zero", DEFAULT_LIMITS))).code).toBe("special-file");
  });

  it("a text file over the limit is refused from its size, with the figures", async () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, Buffer.alloc(3 * MB, 0x61));
    const error = await caughtAsync(() => readFileBytes(big, "big.txt", { ...DEFAULT_LIMITS, maxTextBytes: 2 * MB }));
    expect(error).toMatchObject({ code: "text-too-large", figures: { count: 3 * MB, limit: 2 * MB } });
  });

  it("a missing file and a folder", async () => {
    expect((await caughtAsync(() => readFileBytes(join(dir, "absent.txt"), "absent.txt", DEFAULT_LIMITS))).code).toBe("not-found");
    expect((await caughtAsync(() => readFileBytes(dir, "dir", DEFAULT_LIMITS))).code).toBe("not-a-file");
  });
});

describe("NUL bytes", () => {
  it("a few NUL bytes in a text: nul-bytes; mostly control bytes: binary", () => {
    const text = Buffer.from(`${"Délibération n° 2024-001\n".repeat(50)}Pour : 12\0\0\n`, "utf8");
    expect(caught(() => decodeText(text, "t.txt")).code).toBe("nul-bytes");
    expect(caught(() => decodeText(Buffer.from([0x61, 0, 1, 2, 3, 0x62]), "b.bin")).code).toBe("binary");
  });
});
