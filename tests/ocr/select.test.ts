// Which pages OCR reads: the page's text once stamps and page furniture are out, and the mode.
import { describe, expect, it } from "vitest";
import { bodyChars, pagesToRead } from "../../src/ocr/select.js";
import { isOcrMode } from "../../src/ocr/engine.js";

const STAMP = ["Envoyé en préfecture le 12/02/2024", "Reçu en préfecture le 12/02/2024", "ID : 030-213001100-20240202-PV15122023-DE"];
const TEXT = ["DELIBERATION DU CONSEIL MUNICIPAL", "Séance du 15 décembre 2023", "Le Conseil Municipal, à l'unanimité, APPROUVE le zonage."];

describe("pagesToRead", () => {
  it.each([
    ["an empty page", [[]], [1]],
    ["a page of blanks", [["   ", "\t"]], [1]],
    ["a page whose only text is the @CTES stamp", [STAMP], [1]],
    ["a page of text", [TEXT], []],
    ["the stamp over a page of text", [[...STAMP, ...TEXT]], []],
    ["text, then a scan with its stamp, then an empty page", [TEXT, STAMP, []], [2, 3]],
    ["a page number alone", [["Page 2/5"]], [1]],
  ] as const)("auto: %s", (_name, pages, expected) => {
    expect(pagesToRead(pages.map((p) => [...p]), "auto")).toEqual(expected);
  });

  it.each([
    ["always", [TEXT, STAMP], [1, 2]],
    ["never", [[], STAMP], []],
  ] as const)("%s", (mode, pages, expected) => {
    expect(pagesToRead(pages.map((p) => [...p]), mode)).toEqual(expected);
  });

  it("counts the characters outside the stamp", () => {
    expect(bodyChars(STAMP)).toBe(0);
    expect(bodyChars(["Séance du 15 décembre 2023"])).toBe("Séancedu15décembre2023".length);
  });

  it.each([["auto", true], ["always", true], ["never", true], ["", false], ["AUTO", false], ["parfois", false]] as const)(
    "isOcrMode(%j) is %s",
    (value, expected) => expect(isOcrMode(value)).toBe(expected),
  );
});
