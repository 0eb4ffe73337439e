import { describe, expect, it } from "vitest";
import { Evidence, type Line } from "../../src/core/types.js";
import { communeFromMentions, departmentOfPostalCode, inferAuthorityFromMentions, inferAuthorityFromReference, inferDepartmentFromPostalCode } from "../../src/infer/authority.js";
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

describe("inferDepartmentFromPostalCode", () => {
  it.each<[string, string, string | null]>([
    ["Valence", "Place de la Liberté – 26000 VALENCE CEDEX", "26"],
    ["La Buisse", "38500 LA BUISSE", "38"],
    ["Ajaccio", "Mairie d'Ajaccio – 20000 AJACCIO", "2A"],
    // another town's code, or a town whose name only begins like the commune's
    ["Saint-Alban", "38000 Grenoble", null],
    ["Saint-Alban", "73230 Saint-Alban-Leysse", null],
  ])("%s, %j -> %s", (name, text, department) => {
    const a = authority({ name, kind: "commune", basis: { name: "stated" } });
    inferDepartmentFromPostalCode(a, lines(text), new Evidence());
    expect([a.department, a.basis.department]).toEqual([department, department ? "inferred" : undefined]);
  });

  it.each([["73800", "73"], ["97411", "974"], ["20000", "2A"], ["20250", "2B"], ["01000", "01"]])("%s is in %s", (code, department) =>
    expect(departmentOfPostalCode(code)).toBe(department));

  it("a department already known stays", () => {
    const a = authority({ name: "Valence", kind: "commune", department: "82", basis: { name: "stated", department: "stated" } });
    inferDepartmentFromPostalCode(a, lines("26000 VALENCE"), new Evidence());
    expect(a.department).toBe("82");
  });
});
