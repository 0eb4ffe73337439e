import { describe, expect, it } from "vitest";
import { FAST_CAPITAL, FAST_WORD_START, initials, phrase, WORD_START } from "../../src/vocab/build.js";

// The prefilters must never reject what the exact test accepts (they only save time): checked on every character
// of the Basic Multilingual Plane and the first supplementary one.
const chars = Array.from({ length: 0x1ffff }, (_, c) => (c >= 0xd800 && c <= 0xdfff ? "" : String.fromCodePoint(c))).filter(Boolean);

describe("prefilters are exact supersets", () => {
  it.each([
    ["FAST_CAPITAL", FAST_CAPITAL, /^\p{Lu}/u],
  ])("%s accepts every character the exact class accepts", (_, fast, exact) => {
    const re = new RegExp(`^${fast}`, "u");
    expect(chars.filter((ch) => exact.test(ch) && !re.test(ch))).toEqual([]);
  });
  it("FAST_WORD_START holds wherever WORD_START holds", () => {
    const fast = new RegExp(`(?<=^.)${FAST_WORD_START}`, "u");
    const exact = new RegExp(`(?<=^.)${WORD_START}`, "u");
    expect(chars.filter((ch) => exact.test(`${ch}x`) && !fast.test(`${ch}x`))).toEqual([]);
  });
  it("they do reject the common case (a lower-case letter, a letter before)", () => {
    expect(new RegExp(`^${FAST_CAPITAL}`, "u").test("a")).toBe(false);
    expect(new RegExp(`(?<=^.)${FAST_WORD_START}`, "u").test("ab")).toBe(false);
  });
});

describe("initials", () => {
  it.each([
    [["Considérant", "Vu"], "initial", ["Considérant", "Vu", "Çonsidérant"], ["considérant", "vu", "Le"]],
    [["Ainsi", "Cette"], "exact", ["Ainsi", "Àinsi", "Cette"], ["ainsi", "Bref"]],
    [["présents"], "any", ["Présents", "présents", "PRÉSENTS"], ["absents"]],
  ] as const)("%j (%s) opens %j and not %j", (phrases, mode, yes, no) => {
    const re = new RegExp(`^${initials(phrases, mode)}`, "u");
    for (const w of yes) expect(re.test(w), w).toBe(true);
    for (const w of no) expect(re.test(w), w).toBe(false);
    // the lookahead never rejects a phrase it was built from
    for (const p of phrases) expect(new RegExp(`^${initials(phrases, mode)}${phrase(p, mode)}`, "u").test(p)).toBe(true);
  });
  it("refuses a phrase that opens with a pattern of its own", () => {
    expect(() => initials(["«(?:Le|La)» Maire"])).toThrow(/initials/);
  });
});
