import { describe, expect, it } from "vitest";
import { replaced } from "./replaced.js";
import { listColumns } from "../../src/normalise/list-columns.js";

/** the page's lines as the normaliser writes them: a block of two lists side by side replaced by its lists */
const read = (text: string) => replaced(text, listColumns);

// (as-written only: the block is read by where its pieces stand on their lines)
describe("lists side by side in columns of spaces: the left one, then the right one", () => {
  it.each([
    [
      "present and proxies, then an excused and an absent under their labels (an RTF's text, Dax)",
      [
        "PRÉSENTS                                    EXCUSÉS REPRÉSENTÉS",
        "M. Paul LAFARGUE, Maire                     Mme Hélène BRANA, pouvoir à",
        "Mme Julie CAZENAVE                          Mme Julie CAZENAVE",
        "M. Alain PÉRÈS",
        "M. Luc ARRIBET                              EXCUSÉ",
        "                                            M. Jean DARRIGADE",
        "Mme Odile BATS                              ABSENT",
        "                                            M. Cédric LABAT",
        "",
        "Secrétaire de séance : Mme Odile BATS",
      ].join("\n"),
      [
        "PRÉSENTS : M. Paul LAFARGUE, Maire, Mme Julie CAZENAVE, M. Alain PÉRÈS, M. Luc ARRIBET, Mme Odile BATS",
        "EXCUSÉS REPRÉSENTÉS : Mme Hélène BRANA, pouvoir à Mme Julie CAZENAVE",
        "EXCUSÉ : M. Jean DARRIGADE",
        "ABSENT : M. Cédric LABAT",
        "",
        "Secrétaire de séance : Mme Odile BATS",
      ],
    ],
    [
      "labels with their colons, surnames first (pdftotext -layout)",
      "Présents :                  Absents excusés :\nDUPOUY Alain                LESBATS Florence\nBATS Sylvie\n\nLe quorum est atteint.",
      ["Présents : DUPOUY Alain, BATS Sylvie", "Absents excusés : LESBATS Florence", "", "Le quorum est atteint."],
    ],
  ])("%s", (_name, text, want) => expect(read(text)).toEqual(want));

  it.each([
    ["one label alone", "PRÉSENTS\nM. Paul LAFARGUE    Mme Julie CAZENAVE"],
    ["two labels of counts, no names", "Présents          Votants\n26                31"],
    ["a sentence across the columns", "Présents            Excusés\nLe Conseil municipal, régulièrement convoqué, s'est réuni à la mairie"],
  ])("leaves %s as it is", (_name, text) => expect(read(text)).toEqual(text.split("\n")));
});
