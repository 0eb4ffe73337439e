// The prebuilt index of communes and EPCI (dist/reference/authorities.tsv, written by scripts/build-reference.mjs)
// gives exactly the index built from @etalab/decoupage-administratif's JSON, and the lookups read it.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { authorityByName, authorityBySiren, formatIndex, indexOfFile, prebuiltIndexFile, referenceEntries } from "../../src/reference/cog.js";

const BUILT = new URL("../../dist/reference/authorities.tsv", import.meta.url);

describe("reference data of communes and EPCI", () => {
  const fromData = referenceEntries();

  it("the prebuilt file is the index of the package's JSON, byte for byte, one line an entry", () => {
    expect(existsSync(fileURLToPath(BUILT))).toBe(true);
    expect(fromData.length).toBeGreaterThan(35_000);
    const text = formatIndex(fromData);
    expect(readFileSync(BUILT, "utf8")).toBe(text);
    expect(text.split("\n").length).toBe(fromData.length + 1);
  });

  it("an absent file gives null (the JSON is then read)", () => {
    expect(prebuiltIndexFile(new URL(`file://${join(fileURLToPath(new URL(".", import.meta.url)), "absent.tsv")}`))).toBeNull();
  });

  it("finds every entry as maps filled in the data's order would: all of a name's, the last of a SIREN's", () => {
    const index = indexOfFile(Buffer.from(formatIndex(fromData), "utf8"));
    const byName = new Map<string, string[]>();
    const bySiren = new Map<string, string>();
    for (const [key, p] of fromData) {
      byName.set(key, [...(byName.get(key) ?? []), p]);
      const siren = p.slice(p.lastIndexOf("|") + 1);
      if (siren) bySiren.set(siren, p);
    }
    const wrong = [...byName].filter(([key, list]) => JSON.stringify(index.byName(key)) !== JSON.stringify(list));
    expect(wrong).toEqual([]);
    expect([...bySiren].filter(([siren, p]) => index.bySiren(siren) !== p)).toEqual([]);
    expect(index.byName("no such place")).toEqual([]);
    expect(index.bySiren("000000000")).toBeUndefined();
  });

  it("the lookups find authorities by SIREN and by name", () => {
    expect(authorityBySiren("213804768")).toEqual({ name: "Savas-Mépin", kind: "commune", department: "38", siren: "213804768" });
    expect(authorityByName("Savas Mepin")?.siren).toBe("213804768");
    expect(authorityByName("Sainte-Colombe")).toBeUndefined(); // many communes have that name
  });
});
