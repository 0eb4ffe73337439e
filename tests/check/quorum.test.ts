import { describe, expect, it } from "vitest";
import { quorumReached, quorumRequired, thirdBorderline } from "../../src/check/quorum.js";

describe("quorum L2121-17: more than half of the members in office", () => {
  it.each([
    [11, 6], [8, 5], [15, 8], [19, 10], [23, 12], [27, 14], [29, 15], [33, 17], [7, 4], [1, 1],
  ])("%i in office -> %i present needed", (n, q) => {
    expect(quorumRequired(n, "majority")).toBe(q);
    expect(quorumReached(q, n, "majority")).toBe(true);
    expect(quorumReached(q - 1, n, "majority")).toBe(false);
  });
});

describe("quorum in COVID windows: one third, present * 3 >= N", () => {
  it.each([
    [9, 3], [15, 5], [29, 10], [11, 4], [38, 13],
  ])("%i in office -> %i present needed", (n, q) => {
    expect(quorumRequired(n, "third")).toBe(q);
    expect(quorumReached(q, n, "third")).toBe(true);
    expect(quorumReached(q - 1, n, "third")).toBe(false);
  });

  it.each([
    [3, 9, true], [5, 15, true], [4, 11, false], [10, 29, false],
  ])("%i of %i is borderline: %s", (p, n, b) => {
    expect(thirdBorderline(p, n)).toBe(b);
  });
});
