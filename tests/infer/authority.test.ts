import { describe, expect, it } from "vitest";
import { Evidence, type Line } from "../../src/core/types.js";
import { communeFromMentions, inferAuthorityFromMentions, inferAuthorityFromReference } from "../../src/infer/authority.js";
import type { Authority } from "../../src/schema/record.js";

const authority = (a: Partial<Authority>): Authority => ({ name: null, kind: null, department: null, siren: null, basis: {}, ...a });
const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ page: 1, line: i + 1, text }));

describe("inferAuthorityFromReference", () => {
  it.each<[string, Authority, Authority]>([
    ["commune Corte named -> department 2B and SIREN inferred", authority({ name: "Corte", kind: "commune", basis: { name: "stated" } }),
      authority({ name: "Corte", kind: "commune", department: "2B", siren: "212000962", basis: { name: "stated", department: "inferred", siren: "inferred" } })],
    ["SIREN 212000962 stated -> name, kind, department inferred", authority({ siren: "212000962", basis: { siren: "stated" } }),
      authority({ name: "Corte", kind: "commune", department: "2B", siren: "212000962", basis: { siren: "stated", name: "inferred", kind: "inferred", department: "inferred" } })],
    ["nothing known -> nothing inferred", authority({}), authority({})],
    ["a name not in the reference data -> nothing inferred", authority({ name: "Zzyzx-sur-Nowhere", basis: { name: "stated" } }),
      authority({ name: "Zzyzx-sur-Nowhere", basis: { name: "stated" } })],
  ])("%s", (_, a, expected) => {
    inferAuthorityFromReference(a);
    expect(a).toEqual(expected);
  });
});

describe("inferAuthorityFromMentions", () => {
  it.each<[string, Line[], string | null]>([
    ["Corte named three times -> Corte", lines("L'école de Corte", "la salle des fêtes de Corte", "les habitants de Corte"), "Corte"],
    ["Corte named twice -> nothing", lines("L'école de Corte", "la salle des fêtes de Corte"), null],
  ])("%s", (_, text, name) => {
    const a = authority({});
    const ev = new Evidence();
    inferAuthorityFromMentions(a, text, [], ev);
    expect([a.name, a.kind, a.basis.name, ev.items["/authority/name"]?.line]).toEqual(
      name ? [name, "commune", "inferred", 1] : [null, null, undefined, undefined],
    );
  });

  it("does not take a member's name for a commune", () => {
    const person = { name: "Paul Corte", civility: null, firstName: "Paul", lastName: "Corte", role: null };
    expect(communeFromMentions(lines("pouvoir à Corte", "pouvoir à Corte", "pouvoir à Corte"), [person])).toBeUndefined();
  });
});
