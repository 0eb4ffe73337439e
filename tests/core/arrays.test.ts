import { describe, expect, it } from "vitest";
import { pushAll } from "../../src/core/arrays.js";

describe("pushAll", () => {
  it("appends in order", () => {
    const into = [1, 2];
    pushAll(into, [3, 4]);
    expect(into).toEqual([1, 2, 3, 4]);
  });
  // a names list of a few megabytes: push(...items) overflowed the call stack here
  it("appends 500,000 items where push(...items) overflows the stack", () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const into: number[] = [];
    pushAll(into, items);
    expect(into.length).toBe(500_000);
    expect(into[499_999]).toBe(499_999);
  });
});
