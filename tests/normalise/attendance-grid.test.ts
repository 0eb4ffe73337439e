import { describe, expect, it } from "vitest";
import { replaced } from "./replaced.js";
import { attendanceGrids } from "../../src/normalise/attendance-grid.js";

/** the page's lines as the normaliser writes them: a grid's lines replaced by its lists */
const read = (text: string) => replaced(text, attendanceGrids);

// Excerpts in the wordings of small communes' and intercommunalities' feuilles de présence; names made up.
const PIPES = `+------------------------------+---------+--------+------------------+
| NOM Prénom                   | Présent | Absent | Pouvoir à        |
+------------------------------+---------+--------+------------------+
| MARCHAL Odile, Maire         |    X    |        |                  |
| ROYER Bastien, 1er adjoint   |    X    |        |                  |
| FAIVRE Lucie                 |         |   X    | MARCHAL Odile    |
| GIRARDOT Paul                |         |   X    |                  |
+------------------------------+---------+--------+------------------+
Secrétaire de séance : M. Bastien ROYER`;

const TABS = [
  "Commune\tDélégué\tPrésent\tExcusé\tAbsent\tPouvoir donné à",
  "SAINT-AUBIN\tM. VUILLET Marc\tX",
  "\tMme CLERC Anne\t\tX\t\tM. VUILLET Marc",
  "LA CHAPELLE\tMme BORNE Julie\t\t\tX",
  "\tM. NICOD Henri\tX",
  "",
  "Le quorum étant atteint, le Président ouvre la séance.",
].join("\n");

// pdftotext -layout: labels and marks in columns of spaces, an X centred under its label
const SPACES = `NOM Prénom              Présent    Excusé    Absent    Pouvoir à
BESSON Claire              X
DUMONT Yves                           X                  BESSON Claire
PERRIN Léa                                        X
Le Conseil municipal, après en avoir délibéré,`;

// OCR: « I » and « ! » for a pipe, a row whose first pipe is lost, a small x
const OCR = `| NOM Prenom            | Present | Absent | Pouvoir a       |
|_______________________|_________|________|_________________|
| GUEGUEN Yann, Maire   |    X    |        |                 |
  LE DU Maela           |    X    |        |                 |
| PRIGENT Alan          I    x    |        |                 !
| JAOUEN Nolwenn        |         |   X    | GUEGUEN Yann    |
Secretaire de seance : M. Alan PRIGENT`;

describe("an attendance grid read by its columns", () => {
  it.each([
    ["a frame of pipes, qualities after the name", PIPES, ["Présents : MARCHAL Odile, ROYER Bastien", "Absents : FAIVRE Lucie, GIRARDOT Paul", "Pouvoirs : FAIVRE Lucie à MARCHAL Odile", "Secrétaire de séance : M. Bastien ROYER"]],
    ["tabs, members under their commune, last empty cells left out", TABS, ["Présents : M. VUILLET Marc, M. NICOD Henri", "Excusés : Mme CLERC Anne", "Pouvoirs : Mme CLERC Anne à M. VUILLET Marc", "Absents : Mme BORNE Julie", "", "Le quorum étant atteint, le Président ouvre la séance."]],
    ["tabs, its labels in inclusive writing (a LibreOffice export)", "Nom Prénom\tQualité\tPrésent(e)\tExcusé(e)\tAbsent(e)\tPouvoir donné à\nDELPEYRAT Jean-Marc\tMaire\tX\t\t\t\nROUGIER Nadine\tAdjointe\t\tX\t\tLACOMBE Françoise\nJOUBERT Michel\tConseiller municipal\t\t\tX\t",
      ["Présents : DELPEYRAT Jean-Marc", "Excusés : ROUGIER Nadine", "Pouvoirs : ROUGIER Nadine à LACOMBE Françoise", "Absents : JOUBERT Michel"]],
    ["columns of spaces", SPACES, ["Présents : BESSON Claire", "Excusés : DUMONT Yves", "Pouvoirs : DUMONT Yves à BESSON Claire", "Absents : PERRIN Léa", "Le Conseil municipal, après en avoir délibéré,"]],
    ["a frame OCR broke", OCR, ["Présents : GUEGUEN Yann, LE DU Maela, PRIGENT Alan", "Absents : JAOUEN Nolwenn", "Pouvoirs : JAOUEN Nolwenn à GUEGUEN Yann", "Secretaire de seance : M. Alan PRIGENT"]],
  ])("%s", (_name, text, want) => expect(read(text)).toEqual(want));

  it.each([
    ["a side box of counts", "En exercice    Présents    Votants\n15             12          14"],
    ["a header with no member under it", "NOM Prénom | Présent | Absent\nLe Maire ouvre la séance."],
    ["a relevé's header", "N°\tObjet\tRapporteur\tPour\tContre\tDécision\n2024-01\tBudget\tM. X\t12\t0\tAdopté"],
    ["a list under its label", "Présents : Mme Odile MARCHAL, M. Bastien ROYER\nAbsents : M. Paul GIRARDOT"],
  ])("leaves %s as it is", (_name, text) => expect(read(text)).toEqual(text.split("\n")));
});
