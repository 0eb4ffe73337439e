// The prebuilt index of communes and EPCI (dist/reference/authorities.tsv, written by scripts/build-reference.mjs)
// gives exactly the index built from @etalab/decoupage-administratif's JSON, and the lookups read it.
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { authorityByName, authorityBySiren, formatIndex, indexOf, prebuiltEntries, referenceEntries } from "../../src/reference/cog.js";

const BUILT = new URL("../../dist/reference/authorities.tsv", import.meta.url);

describe("reference data of communes and EPCI", () => {
  it("the prebuilt file holds the entries built from the package's JSON, line for line", () => {
    expect(existsSync(fileURLToPath(BUILT))).toBe(true);
    const fromData = referenceEntries();
    const fromFile = prebuiltEntries(BUILT);
    expect(fromData.length).toBeGreaterThan(35_000);
    expect(fromFile).toEqual(fromData);
    expect(formatIndex(fromData).split("\n").length).toBe(fromData.length + 1);
  });

  it("an absent file gives null (the JSON is then read)", () => {
    expect(prebuiltEntries(new URL(`file://${join(fileURLToPath(new URL(".", import.meta.url)), "absent.tsv")}`))).toBeNull();
  });

  it("the index finds authorities by SIREN and by name", () => {
    const index = indexOf(referenceEntries());
    expect(index.bySiren.get("213804768")).toBe("Savas-Mépin|commune|38|213804768");
    expect(authorityBySiren("213804768")).toEqual({ name: "Savas-Mépin", kind: "commune", department: "38", siren: "213804768" });
    expect(authorityByName("Savas Mepin")?.siren).toBe("213804768");
    expect(authorityByName("Sainte-Colombe")).toBeUndefined(); // many communes have that name
  });
});
