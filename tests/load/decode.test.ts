// Text inputs: encodings and line endings as clerks' files come (Windows-1252 from old Word exports, CRLF,
// classic Mac CR, NEL from EBCDIC conversions, UTF-8 with BOM, UTF-16 from Notepad).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeText, detectEncoding, splitPages } from "../../src/load/decode.js";
import { InputError } from "../../src/load/errors.js";
import { loadBytes, loadString } from "../../src/load/source.js";

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

describe("encodings", () => {
  it("Windows-1252: é as 0xE9, and the 0x80-0x9F range (’ œ € « » •) decoded right", () => {
    // "Délibération n° 12 : l’œuvre « 5 € » • fin" in Windows-1252
    const input = bytes("D", [0xe9], "lib", [0xe9], "ration n", [0xb0], " 12 : l", [0x92, 0x9c], "uvre ", [0xab], " 5 ", [0x80], " ", [0xbb], " ", [0x95], " fin");
    expect(detectEncoding(input)).toBe("windows-1252");
    expect(decodeText(input, "a.txt").text).toBe("Délibération n° 12 : l’œuvre « 5 € » • fin");
  });

  it("UTF-8 with a BOM: the BOM is dropped", () => {
    const input = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("Présents : 14", "utf8")]);
    expect(decodeText(input, "a.txt")).toEqual({ text: "Présents : 14", encoding: "utf-8" });
  });

  it("UTF-16 LE and BE with their BOM", () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from("Séance à 18h", "utf16le")]);
    expect(decodeText(le, "a.txt")).toEqual({ text: "Séance à 18h", encoding: "utf-16le" });
    const beBody = Buffer.from("Séance à 18h", "utf16le").swap16();
    const be = Uint8Array.from([0xfe, 0xff, ...beBody]);
    expect(decodeText(be, "a.txt")).toEqual({ text: "Séance à 18h", encoding: "utf-16be" });
  });

  it("NUL bytes or many control bytes: binary, an InputError with its code", () => {
    const input = bytes("abc", [0, 1, 2], "def");
    expect(() => decodeText(input, "x.bin")).toThrow(InputError);
    try {
      decodeText(input, "x.bin");
    } catch (error) {
      expect(error).toMatchObject({ code: "binary", file: "x.bin" });
    }
  });
});

describe("line endings", () => {
  const expected = [["Présents : 14", "Absents : 1", "Votants : 15"]];
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
    ["NEL", "\u0085"],
    ["LS", "\u2028"],
  ])("%s", (_name, eol) => {
    expect(splitPages(["Présents : 14", "Absents : 1", "Votants : 15"].join(eol))).toEqual(expected);
  });

  it("mixed endings, blank lines kept; form feed splits pages", () => {
    expect(splitPages("a\r\n\r\nb\rc\n\fd\u0085e")).toEqual([["a", "", "b", "c", ""], ["d", "e"]]);
  });

  it("NEL in Windows-1252 bytes (0x85 is … there, not NEL) and in UTF-8 (C2 85)", async () => {
    const utf8 = await loadBytes(Uint8Array.from([...Buffer.from("Présents : 14"), 0xc2, 0x85, ...Buffer.from("Absents : 1")]), "a.txt");
    expect(utf8.pages).toEqual([["Présents : 14", "Absents : 1"]]);
    const cp = await loadBytes(bytes("Pr", [0xe9], "sents", [0x85], "\r\nAbsents : 1"), "b.txt");
    expect(cp.pages).toEqual([["Présents…", "Absents : 1"]]);
  });
});

describe("loadBytes on text", () => {
  it("Windows-1252 CRLF file: lines, media type, sha256 of the bytes", async () => {
    const input = bytes("D", [0xe9], "lib", [0xe9], "ration\r\nEn exercice : 15\r\n");
    const loaded = await loadBytes(input, "deliberation.txt");
    expect(loaded.pages).toEqual([["Délibération", "En exercice : 15", ""]]);
    expect(loaded.source).toEqual({
      path: "deliberation.txt",
      sha256: createHash("sha256").update(input).digest("hex"),
      mediaType: "text/plain",
      pages: 1,
    });
  });

  it(".md is text/markdown", async () => {
    expect((await loadBytes(Buffer.from("# Délibération\n"), "acte.md")).source.mediaType).toBe("text/markdown");
  });

  it("empty and blank inputs are InputError empty", async () => {
    await expect(loadBytes(new Uint8Array(), "a.txt")).rejects.toMatchObject({ code: "empty", file: "a.txt" });
    await expect(loadBytes(Buffer.from(" \r\n\t\n"), "b.txt")).rejects.toMatchObject({ code: "empty", file: "b.txt" });
  });

  it("loadString drops a BOM and splits CRLF", () => {
    expect(loadString("\uFEFFa\r\nb").pages).toEqual([["a", "b"]]);
  });
});
