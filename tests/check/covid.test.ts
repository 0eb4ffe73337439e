import { describe, expect, it } from "vitest";
import { maxProxiesPerHolder, regimeOn } from "../../src/check/covid.js";

describe("COVID-19 windows by session date", () => {
  it.each([
    ["2020-03-23", "normal"],
    ["2020-03-24", "covid"],
    ["2020-08-30", "covid"],
    ["2020-08-31", "ambiguous"],
    ["2020-11-15", "ambiguous"],
    ["2020-11-16", "covid"],
    ["2021-09-30", "covid"],
    ["2021-10-01", "normal"],
    ["2021-11-09", "normal"],
    ["2021-11-10", "covid"],
    ["2022-07-31", "covid"],
    ["2022-08-01", "normal"],
    ["2022-10-11", "normal"],
  ])("%s -> %s", (date, kind) => {
    expect(regimeOn(date).kind).toBe(kind);
  });

  it("names the law of each window", () => {
    const r = regimeOn("2021-01-29");
    expect(r.kind === "covid" ? r.window.law : null).toBe("loi n° 2020-1379 art. 6");
  });

  it.each([
    ["2021-06-04", 2],
    ["2020-10-01", 1],
    ["2023-02-24", 1],
  ])("proxies per holder on %s: %i", (date, n) => {
    expect(maxProxiesPerHolder(regimeOn(date))).toBe(n);
  });

  it("applies the normal rules when the date is unknown", () => {
    expect(regimeOn(null).kind).toBe("normal");
  });
});
