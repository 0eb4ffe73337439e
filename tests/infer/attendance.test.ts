import { describe, expect, it } from "vitest";
import { emptyAttendance } from "../../src/extract/attendance.js";
import { inferAttendanceCounts, type AttendanceFacts } from "../../src/infer/attendance.js";
import type { Attendance, Person, Proxy } from "../../src/schema/record.js";

type Count = "inOffice" | "present" | "absent" | "represented" | "voters";
type Basis = Attendance["basis"];

const person = (name: string): Person => ({ name, civility: null, firstName: null, lastName: name, role: null });
const proxies = (n: number): Proxy[] => Array.from({ length: n }, (_, i) => ({ from: person(`Giver${i}`), to: person(`Holder${i}`) }));

/** an attendance whose given counts are all stated, with `members` names in the present list and `proxyCount` proxies */
function attendance(stated: Partial<Record<Count, number>>, members = 0, proxyCount = 0): Attendance {
  const a = emptyAttendance();
  for (const [k, v] of Object.entries(stated) as Array<[Count, number]>) {
    a[k] = v;
    a.basis[k] = "stated";
  }
  a.presentMembers = Array.from({ length: members }, (_, i) => person(`Member${i}`));
  a.proxies = proxies(proxyCount);
  return a;
}

const NO_FACTS: AttendanceFacts = { presentList: false, emptyProxyLabel: false };
const LIST: AttendanceFacts = { presentList: true, emptyProxyLabel: false };
const EMPTY_LABEL: AttendanceFacts = { presentList: false, emptyProxyLabel: true };

describe("inferAttendanceCounts", () => {
  it.each<[string, Partial<Record<Count, number>>, number, number, AttendanceFacts, number | null, number | null, Basis]>([
    ["voters 13 and represented 1 stated -> present 12", { voters: 13, represented: 1 }, 0, 0, NO_FACTS, 12, 1, { voters: "stated", represented: "stated", present: "inferred" }],
    ["present stated is kept", { voters: 13, represented: 1, present: 10 }, 0, 0, NO_FACTS, 10, 1, { voters: "stated", represented: "stated", present: "stated" }],
    ["no stated count -> nothing inferred", {}, 0, 0, NO_FACTS, null, null, {}],
    ["voters 5 and represented 7 stated -> no present (never a negative count)", { voters: 5, represented: 7 }, 0, 0, NO_FACTS, null, 7, { voters: "stated", represented: "stated" }],
    ["voters without represented -> no present", { voters: 13 }, 0, 0, NO_FACTS, null, null, { voters: "stated" }],
    ["present list of 5 -> present 5", {}, 5, 0, LIST, 5, null, { present: "inferred" }],
    ["names without a present list -> no count", {}, 5, 0, NO_FACTS, null, null, {}],
    ["3 proxies -> represented 3", {}, 0, 3, NO_FACTS, null, 3, { represented: "inferred" }],
    ["3 proxies, represented 2 stated -> kept", { represented: 2 }, 0, 3, NO_FACTS, null, 2, { represented: "stated" }],
    ["voters 13 and 2 proxies -> represented 2 then present 11 from the list only", { voters: 13 }, 11, 2, LIST, 11, 2, { voters: "stated", present: "inferred", represented: "inferred" }],
    ["empty proxy label, present/absent/inOffice known -> represented 0", { inOffice: 15, present: 12, absent: 3 }, 0, 0, EMPTY_LABEL, 12, 0, { inOffice: "stated", present: "stated", absent: "stated", represented: "inferred" }],
    ["empty proxy label without inOffice -> nothing", { present: 12, absent: 3 }, 0, 0, EMPTY_LABEL, 12, null, { present: "stated", absent: "stated" }],
    ["no empty proxy label -> no represented 0", { inOffice: 15, present: 12, absent: 3 }, 0, 0, NO_FACTS, 12, null, { inOffice: "stated", present: "stated", absent: "stated" }],
  ])("%s", (_, stated, members, proxyCount, facts, present, represented, basis) => {
    const a = attendance(stated, members, proxyCount);
    inferAttendanceCounts(a, facts);
    expect([a.present, a.represented, a.basis]).toEqual([present, represented, basis]);
  });

  it("infers present from voters before the present list (first rule wins)", () => {
    const a = attendance({ voters: 13, represented: 1 }, 5);
    inferAttendanceCounts(a, LIST);
    expect(a.present).toBe(12);
  });

  it.each<[string, Partial<Record<Count, number>>, number, number, number | null, Basis]>([
    ["present 62 and represented 17 stated, no voters printed -> voters 79 (inferred)", { present: 62, represented: 17 }, 0, 0, 79, { present: "stated", represented: "stated", voters: "inferred" }],
    ["voters stated are kept", { present: 62, represented: 17, voters: 78 }, 0, 0, 78, { present: "stated", represented: "stated", voters: "stated" }],
    // (counts themselves inferred, from the lists, give no voters: nothing is made up from a made-up count)
    ["present and represented counted from the lists -> no voters", {}, 42, 10, null, { present: "inferred", represented: "inferred" }],
  ])("%s", (_, stated, members, proxyCount, voters, basis) => {
    const a = attendance(stated, members, proxyCount);
    inferAttendanceCounts(a, LIST);
    expect([a.voters, a.basis]).toEqual([voters, basis]);
  });

  it("does not infer present from inferred voters", () => {
    const a = attendance({ represented: 1 });
    a.voters = 13;
    a.basis.voters = "inferred";
    inferAttendanceCounts(a, NO_FACTS);
    expect(a.present).toBeNull();
  });
});

describe("the absent count from the absent list", () => {
  const withAbsents = (names: string[], givers: string[], stated?: number): Attendance => {
    const a = attendance(stated === undefined ? {} : { absent: stated });
    a.absentMembers = names.map(person);
    a.proxies = givers.map((g) => ({ from: person(g), to: person("Holder") }));
    return a;
  };
  it.each<[string, Attendance, AttendanceFacts, number | null, string | undefined]>([
    ["« Était absente : Mme Camille ROGER » -> 1, inferred", withAbsents(["ROGER"], []), { ...NO_FACTS, absentList: true }, 1, "inferred"],
    ["the members who gave a proxy are represented, not absent", withAbsents(["ROGER", "DUMONT", "COSTE"], ["COSTE"]), { ...NO_FACTS, absentList: true }, 2, "inferred"],
    ["a stated count is kept", withAbsents(["ROGER"], [], 2), { ...NO_FACTS, absentList: true }, 2, "stated"],
    ["names read without an absent list's label -> no count", withAbsents(["ROGER"], []), NO_FACTS, null, undefined],
    // without lists, no count (nothing is made up from the others); with lists, as many as the others leave
    ["in office 19, present 15, represented 2, no list -> no count", Object.assign(attendance({ inOffice: 19, present: 15, represented: 2 })), NO_FACTS, null, undefined],
    ["… and the lists of the absent and the excused name as many -> 2", Object.assign(withAbsents(["DUVAL", "CARON"], []), { inOffice: 19, present: 15, represented: 2 }), { ...NO_FACTS, absentList: true }, 2, "inferred"],
    ["… lists that disagree -> no count", Object.assign(withAbsents(["DUVAL"], []), { inOffice: 19, present: 15, represented: 2 }), { ...NO_FACTS, absentList: true }, null, undefined],
    // the excused alone, no list of the absent: only when the others confirm them
    ["« Excusés : M. CAMBON, Mme BRU », in office 45, present 36, represented 7 -> 2", Object.assign(attendance({ inOffice: 45, present: 36, represented: 7 }), { excusedMembers: [person("CAMBON"), person("BRU")] }), NO_FACTS, 2, "inferred"],
    ["… the excused alone, the others unknown -> no count", Object.assign(attendance({}), { excusedMembers: [person("CAMBON"), person("BRU")] }), NO_FACTS, null, undefined],
    ["… the excused alone, the others disagree -> no count", Object.assign(attendance({ inOffice: 45, present: 36, represented: 5 }), { excusedMembers: [person("CAMBON"), person("BRU")] }), NO_FACTS, null, undefined],
  ])("%s", (_, a, facts, absent, basis) => {
    inferAttendanceCounts(a, facts);
    expect([a.absent, a.basis.absent]).toEqual([absent, basis]);
  });
});
