// QUORUM_UNKNOWN only when the quorum is really open: the roll call (present + represented + absent) decides it
// otherwise. On the real minutes of Corte (dev-005: « 25 Conseillers étaient Présents ou Représentés (05
// Procurations …) et 04 conseillers étaient Absents », 15 acts, no number in office) it fired on every act.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/index.js";
import { rollCallTotal } from "../../src/check/rules/quorum.js";
import { quorumDecided } from "../../src/check/quorum.js";
import { parseText } from "../../src/parse.js";
import { consistentAct, person, proxy } from "./factory.js";

describe("quorumDecided: bounds on the members in office", () => {
  it.each([
    [8, 8, 15, "majority", "reached"],
    [8, 8, 16, "majority", null],
    [8, 17, 20, "majority", "missed"],
    [8, 8, null, "majority", null],
    [5, 5, 15, "third", "reached"],
    [5, 16, 16, "third", "missed"],
  ] as const)("%i present, %i to %s in office (%s): %s", (present, lower, upper, rule, expected) => {
    expect(quorumDecided(present, lower, upper, rule)).toBe(expected);
  });
});

describe("rollCallTotal", () => {
  it.each([
    ["12 + 2 + 3 stated", {}, 17],
    ["absent counted on the excused who gave no proxy", { absent: null }, 15],
    ["represented counted on the proxies", { represented: null }, 17],
    ["nothing said of the absent", { absent: null, excusedMembers: [] }, null],
    ["nothing said of proxies", { represented: null, proxies: [] }, null],
    ["excused who all gave a proxy: none absent", { absent: null, excusedMembers: [person("Mme Marie-Laure CHEVROT")] }, 14],
    ["present unknown", { present: null }, null],
  ] as const)("%s", (_, attendance, expected) => {
    expect(rollCallTotal(consistentAct({ attendance: { inOffice: null, ...attendance } }))).toBe(expected);
  });

  it("a giver also listed among the absent is counted once", () => {
    const act = consistentAct({ attendance: { absent: null, absentMembers: [person("M. Gilles TERRASSON")], proxies: [proxy("M. Gilles TERRASSON", "M. Henri LACOMBE")], represented: null } });
    expect(rollCallTotal(act)).toBe(12 + 1 + 1);
  });
});

const CORTE = resolve("../shared/corpus/dev-005.txt");
const present = existsSync(CORTE);
if (!present) console.warn(`QUORUM_UNKNOWN corpus test skipped: ${CORTE} is absent`);

describe.skipIf(!present)("the minutes of Corte, 8 April 2024 (../shared/corpus/dev-005.txt)", () => {
  it("20 present + 5 represented + 4 absent = 29 in office: the quorum of 15 is reached, no QUORUM_UNKNOWN on any of the 15 acts", () => {
    const doc = parseText(readFileSync(CORTE, "utf8"), "dev-005.txt");
    expect(doc.acts).toHaveLength(15);
    expect(doc.acts.map((a) => rollCallTotal(a))).toEqual(Array(15).fill(29));
    const report = checkDocument(doc, { today: "2026-12-03" });
    expect(report.findings.filter((f) => f.rule === "QUORUM_UNKNOWN")).toEqual([]);
  });
});
