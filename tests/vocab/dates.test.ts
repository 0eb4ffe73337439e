import { describe, expect, it } from "vitest";
import { compactDate, findDates, firstDate, isoDate } from "../../src/vocab/dates.js";

describe("firstDate", () => {
  it.each([
    ["Envoyé le 14/10/2022", "2022-10-14"],
    ["convoqué le 03.02.2024", "2024-02-03"],
    ["le 7/3/24", "2024-03-07"],
    ["à compter du 1er janvier 2022", "2022-01-01"],
    ["séance du 5 février 2023", "2023-02-05"],
    ["jusqu'au 31 décembre 2026", "2026-12-31"],
    ["le 12 aout 2021", "2021-08-12"],
    ["L'An Deux-Mil-Vingt-Cinq, le Huit du mois d'Avril à 18 heures", "2025-04-08"],
    ["L'An Deux-Mil-Vingt-Cing, le Premier du mois de Juillet", "2025-07-01"],
    ["L'an deux mille vingt-trois, le dix-sept novembre à vingt heures", "2023-11-17"],
    ["L’an 2024 et le 9 septembre", "2024-09-09"],
    ["SEANCE DU 01” JUILLET 2025", "2025-07-01"],
    ["SEANCE DU 19 MAI 2025", "2025-05-19"],
    ["le onze octobre deux mille vingt-deux", "2022-10-11"],
    ["le vingt-trois mars deux mil vingt-quatre", "2024-03-23"],
  ])("%s -> %s", (text, iso) => expect(firstDate(text)).toBe(iso));


  it.each([
    ["le 23 juin", 2024, "2024-06-23"],
    ["réunion du 4 mars", 2021, "2021-03-04"],
  ])("%s with year %i -> %s", (text, year, iso) => expect(firstDate(text, year)).toBe(iso));

  it.each([
    ["le 31/02/2022"],
    ["le 23 juin"],
    ["Pour : 14 Contre : 0"],
    ["2022-29"],
  ])("%s holds no date", (text) => expect(firstDate(text)).toBeUndefined());
});

describe("findDates", () => {
  it.each([
    ["du 1er janvier 2022 jusqu'au 31 décembre 2026", ["2022-01-01", "2026-12-31"]],
    ["convoqué le 02/05/2023 pour la séance du 9 mai 2023", ["2023-05-02", "2023-05-09"]],
  ])("%s -> %j", (text, isos) => expect(findDates(text).map((d) => d.iso)).toEqual(isos));
});

describe("isoDate and compactDate", () => {
  it.each([
    [2024, 2, 29, "2024-02-29"],
    [2023, 2, 29, undefined],
    [2022, 13, 1, undefined],
  ])("%i-%i-%i -> %s", (y, m, d, iso) => expect(isoDate(y, m, d)).toBe(iso));

  it.each([
    ["20221011", "2022-10-11"],
    ["20250431", undefined],
    ["2025041", undefined],
  ])("%s -> %s", (text, iso) => expect(compactDate(text)).toBe(iso));
});
