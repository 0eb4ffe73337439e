// The inconsistencies an external scorer plants in real acts, applied to records: each must raise more errors
// than the consistent original, which has none.
import { describe, expect, it } from "vitest";
import type { Act } from "../../src/schema/record.js";
import { consistentAct, makeAct, person, proxy, type ActOverrides } from "./factory.js";
import { check } from "./helpers.js";

const errors = (act: Act): string[] => check(act).findings.filter((f) => f.severity === "error").map((f) => f.rule);

/** A larger council that prints counts but not the members in office: 21 present, 6 proxies, 2 absent. */
function largeCouncilAct(o: ActOverrides = {}): Act {
  const present = Array.from({ length: 21 }, (_, i) => person(`M. Prénom${String.fromCharCode(65 + i)} NOM${String.fromCharCode(65 + i)}`));
  const givers = ["Mme Laure ANDREANI", "M. Pierre BATTESTI", "Mme Lucie CASANOVA", "M. Jean DOMINICI", "Mme Rose ELIZABETH", "M. Paul FERRANDI"];
  return makeAct({
    authority: { name: "Venaco-le-Haut", kind: "commune", department: "2B", siren: "212000962" },
    number: "DEL-25-04-032",
    sessionDate: "2025-04-08",
    convocationDate: "2025-03-26",
    attendance: {
      present: 21,
      represented: 6,
      absent: 2,
      presentMembers: present,
      absentMembers: [person("M. Marc GIACOMETTI"), person("Mme Anne HUBERT")],
      proxies: givers.map((g, i) => proxy(g, `M. Prénom${String.fromCharCode(65 + i)} NOM${String.fromCharCode(65 + i)}`)),
      basis: { present: "stated", represented: "stated", absent: "stated" },
      ...o.attendance,
    },
    vote: { unanimous: true, outcome: "adopted", basis: { unanimous: "stated" } },
    prefecture: { id: "02B-212000962-20250408-DEL-25-04-032-DE", siren: "212000962", receivedDate: "2025-04-14", publishedDate: "2025-04-14" },
  });
}

/** A single deliberation whose session date is read only from the @CTES identifier. */
function sessionFromIdAct(idDate: string): Act {
  const iso = `${idDate.slice(0, 4)}-${idDate.slice(4, 6)}-${idDate.slice(6, 8)}`;
  return consistentAct({ sessionDate: iso, convocationDate: null, prefecture: { id: `038-213804768-${idDate}-2023_41-DE`, decisionDate: iso } });
}

describe("planted inconsistencies raise errors", () => {
  it.each([
    ["consistent act", consistentAct(), 0],
    ["large council without members in office", largeCouncilAct(), 0],
    ["session date read from the ID", sessionFromIdAct("20230612"), 0],
  ])("%s: no error on the original", (_label, act, n) => {
    expect(errors(act)).toHaveLength(n);
  });

  it.each([
    ["present count lowered to a third", consistentAct({ attendance: { present: 4 } }), "QUORUM"],
    ["present count lowered, members in office not stated", largeCouncilAct({ attendance: { present: 7 } }), "QUORUM"],
    ["in-office count below present", consistentAct({ attendance: { inOffice: 5 } }), "PRESENT_EXCEEDS_IN_OFFICE"],
    ["votes for raised by 40", consistentAct({ vote: { for: 52 } }), "VOTE_SUM_EXCEEDS_VOTERS"],
    ["ID decision date a year back", consistentAct({ prefecture: { id: "038-213804768-20220612-2023_41-DE" } }), "CTES_DATE_IMPLAUSIBLE"],
    ["ID decision date a year back, session read from it", sessionFromIdAct("20220612"), "TRANSMISSION_IMPLAUSIBLE"],
    ["ID SIREN check digit broken", consistentAct({ prefecture: { id: "038-213804761-20230612-2023_41-DE" } }), "SIREN_CHECKSUM"],
    ["one stamp of several altered", consistentAct({ evidence: { "/prefecture/id/1": { page: 2, line: 1, text: "ID : 038-213804761-20230612-2023_41-DE" } } }), "STAMP_ID_CONFLICT"],
    ["received before sent", consistentAct({ prefecture: { receivedDate: "2022-01-01" } }), "DATES_ORDER"],
  ])("%s -> %s", (_label, act, rule) => {
    expect(errors(act)).toContain(rule);
  });
});
