import { sep } from "node:path";
import { describe, expect, it } from "vitest";
import { globToRegExp, staticPrefix } from "../../src/batch/glob.js";
import { expandCheckArgs, expandInputs, outputPathFor, safeRelative } from "../../src/batch/inputs.js";
import { corpus, tempDir } from "./helpers.js";

describe("glob patterns", () => {
  it("matches *, ?, **, [..] and {a,b} on / separated paths", () => {
    const re = (p: string) => globToRegExp(p);
    expect(re("*.pdf").test("a.pdf")).toBe(true);
    expect(re("*.pdf").test("x/a.pdf")).toBe(false);
    expect(re("**/*.pdf").test("a.pdf")).toBe(true);
    expect(re("**/*.pdf").test("2022/10/a.pdf")).toBe(true);
    expect(re("20??/*.{pdf,txt}").test("2022/a.txt")).toBe(true);
    expect(re("20??/*.{pdf,txt}").test("2022/a.md")).toBe(false);
    expect(re("acte-[0-9].txt").test("acte-7.txt")).toBe(true);
    expect(re("acte-[!0-9].txt").test("acte-7.txt")).toBe(false);
    expect(staticPrefix("docs/2022/**/*.pdf")).toBe("docs/2022");
    expect(staticPrefix("*.pdf")).toBe(".");
  });
});

describe("inputs", () => {
  it("walks folders and globs, keeps documents only, relative to the common folder", () => {
    const dir = corpus({ "a/x.pdf": "%PDF-1.4", "a/b/y.txt": "t", "a/b/z.md": "m", "c/w.txt": "t", "c/skip.docx": "d" });
    expect(expandInputs([dir]).files.map((f) => f.rel)).toEqual(["a/b/y.txt", "a/b/z.md", "a/x.pdf", "c/w.txt"]);
    expect(expandInputs([`${dir}/a`, `${dir}/c`]).files.map((f) => f.rel)).toEqual(["a/b/y.txt", "a/b/z.md", "a/x.pdf", "c/w.txt"]);
    expect(expandInputs([`${dir}/**/*.txt`]).files.map((f) => f.rel)).toEqual(["a/b/y.txt", "c/w.txt"]);
    const r = expandInputs([`${dir}/a/*.pdf`, `${dir}/nothing-here`]);
    expect(r.files.map((f) => f.rel)).toEqual(["x.pdf"]);
    expect(r.unmatched).toEqual([`${dir}/nothing-here`]);
    // the output folder inside an input folder is never walked
    expect(expandInputs([dir], { exclude: [`${dir}/a`] }).files.map((f) => f.rel)).toEqual(["c/w.txt"]);
    expect(expandCheckArgs([`${dir}/c`, "-", "missing.pdf"], dir)).toEqual([`c${sep}w.txt`, "-", "missing.pdf"]);
    // a folder and a glob over it name the same file once
    expect(expandCheckArgs([`${dir}/c`, `${dir}/c/*.txt`], dir)).toEqual([`c${sep}w.txt`]);
  });

  it("never lets an output escape --out", () => {
    expect(safeRelative("../../etc/passwd")).toBe("etc/passwd");
    expect(safeRelative("/abs/../x.pdf")).toBe("abs/x.pdf");
    expect(safeRelative("C:\\Users\\x.pdf")).toBe("Users/x.pdf");
    expect(safeRelative("..")).toBe("_");
    const out = tempDir("out");
    expect(outputPathFor(out, "../../../etc/passwd", ".json")).toBe(`${out}${sep}etc${sep}passwd.json`);
    expect(outputPathFor(out, "/tmp/x.pdf", ".json").startsWith(out + sep)).toBe(true);
  });
});
