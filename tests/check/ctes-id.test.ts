import { describe, expect, it } from "vitest";
import { departmentKey, numberKey, parseCtesId, INTERNAL_NUMBER_PATTERN } from "../../src/check/ctes-id.js";

describe("parseCtesId", () => {
  it.each([
    ["038-213804768-20221011-2022_29-DE", "038", "213804768", "2022-10-11", "2022_29", "DE"],
    ["02B-212000962-20250408-DEL-25-04-032-DE", "02B", "212000962", "2025-04-08", "DEL-25-04-032", "DE"],
    ["013-211300074-20220106-AR-2022-02-AR", "013", "211300074", "2022-01-06", "AR-2022-02", "AR"],
    ["030-213001100-20231215-PV17112023-AU", "030", "213001100", "2023-12-15", "PV17112023", "AU"],
    ["974-219740115-20240301-B 12-BF", "974", "219740115", "2024-03-01", "B 12", "BF"],
    ["  038-213804768-20221011-2022_29-DE ", "038", "213804768", "2022-10-11", "2022_29", "DE"],
  ])("%s", (id, department, siren, date, internalNumber, nature) => {
    expect(parseCtesId(id)).toEqual({ department, siren, date, rawDate: date.replace(/-/g, ""), internalNumber, nature });
  });

  it.each([
    ["38-213804768-20221011-2022_29-DE"], // department not on three characters
    ["2B-212000962-20250408-25_04-DE"],
    ["038-21380476-20221011-2022_29-DE"], // eight-digit SIREN
    ["038-213804768-2022101-2022_29-DE"], // seven-digit date
    ["038-213804768-20221011-2022_29-XX"], // unknown nature
    ["038-213804768-20221011--DE"], // empty number
    ["ID : 038-213804768-20221011-2022_29-DE"],
  ])("rejects %s", (id) => {
    expect(parseCtesId(id)).toBeNull();
  });

  it("keeps an impossible date as written and gives no ISO date", () => {
    expect(parseCtesId("038-213804768-20221332-2022_29-DE")).toMatchObject({ rawDate: "20221332", date: null });
  });
});

describe("numberKey", () => {
  it.each([
    ["2022-29", "2022_29"],
    ["2022_29", "2022_29"],
    ["DEL-25-04-032", "25_04_032"],
    ["25-04/032", "25_04_032"],
    ["DEL2025-76", "2025_76"],
    ["D 2023.12", "2023_12"],
    ["pv17112023", "PV17112023"],
    ["DELIB-2024-7", "2024_7"],
  ])("%s -> %s", (n, key) => {
    expect(numberKey(n)).toBe(key);
  });
});

describe("departmentKey", () => {
  it.each([
    ["38", "038"],
    ["1", "001"],
    ["2B", "02B"],
    ["2a", "02A"],
    ["02A", "02A"],
    ["974", "974"],
    ["Isère", null],
  ])("%s -> %s", (d, key) => {
    expect(departmentKey(d)).toBe(key);
  });
});

describe("internal number pattern", () => {
  it.each([
    ["2022_29", true],
    ["DEL-25-04-032", true],
    ["B 12", true],
    ["A", true],
    ["ABCDEFGHIJKLMNO", true], // 15 characters
    ["ABCDEFGHIJKLMNOP", false], // 16
    ["_2022", false],
    ["2022-", false],
    ["2022/29", false],
  ])("%s -> %s", (n, ok) => {
    expect(INTERNAL_NUMBER_PATTERN.test(n)).toBe(ok);
  });
});
