import { describe, expect, it } from "vitest";
import { Evidence } from "../../src/core/types.js";
import { emptyAttendance } from "../../src/extract/attendance.js";
import { parsePerson } from "../../src/extract/people.js";
import { inferPresident } from "../../src/infer/president.js";
import type { Act, Person } from "../../src/schema/record.js";

const people = (...names: string[]) => names.map((n) => parsePerson(n)!);

describe("inferPresident", () => {
  it.each<[string, Person | null, Person[], string | null, Act["basis"]]>([
    ["no chair named, the mayor present -> inferred", null, people("M. Régis BONNEFOY, Maire", "Mme Catherine CHAPUIS"), "Régis BONNEFOY", { president: "inferred" }],
    ["an EPCI's president present -> inferred", null, people("Mme Martine GRELLIER, Présidente", "M. Yves BOSSARD"), "Martine GRELLIER", { president: "inferred" }],
    ["a chair named in the text -> kept", parsePerson("M. Paul ROCCA"), people("M. Régis BONNEFOY, Maire"), "Paul ROCCA", {}],
    ["no member with the role -> stays null", null, people("M. Régis BONNEFOY", "Mme Catherine CHAPUIS, Adjointe"), null, {}],
    ["a vice-president is no chair by law -> stays null", null, people("M. Yves BOSSARD, Vice-président"), null, {}],
  ])("%s", (_, stated, present, expected, basis) => {
    const session = { president: stated };
    const b: Act["basis"] = {};
    inferPresident(session, { ...emptyAttendance(), presentMembers: present }, b, new Evidence());
    expect([session.president?.name ?? null, b]).toEqual([expected, basis]);
  });
});
