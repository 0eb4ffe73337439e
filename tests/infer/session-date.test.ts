import { describe, expect, it } from "vitest";
import { Evidence } from "../../src/core/types.js";
import { inferSessionDate } from "../../src/infer/session-date.js";
import type { Act, Prefecture } from "../../src/schema/record.js";

function prefecture(decisionDate: string | null): Prefecture {
  return {
    id: decisionDate ? `038-213800000-${decisionDate.replace(/-/g, "")}-2023_01-DE` : null, department: "038", siren: "213800000",
    decisionDate, internalNumber: null, nature: null, sentDate: null, receivedDate: null, publishedDate: null,
  };
}

describe("inferSessionDate", () => {
  it.each<[string, string | null, string | null, string | null, Act["basis"]]>([
    ["no date in the text, @CTES date -> inferred", null, "2023-02-13", "2023-02-13", { sessionDate: "inferred" }],
    ["date in the text -> kept", "2023-02-10", "2023-02-13", "2023-02-10", { sessionDate: "stated" }],
    ["no date anywhere -> stays null", null, null, null, {}],
  ])("%s", (_, stated, decision, expected, basis) => {
    const session = { sessionDate: stated };
    const b: Act["basis"] = stated ? { sessionDate: "stated" } : {};
    inferSessionDate(session, prefecture(decision), b, new Evidence());
    expect([session.sessionDate, b]).toEqual([expected, basis]);
  });

  it("takes the @CTES identifier's evidence line for the session date", () => {
    const ev = new Evidence();
    ev.add("/prefecture/decisionDate", { page: 2, line: 40, text: "038-213800000-20230213-2023_01-DE" });
    inferSessionDate({ sessionDate: null }, prefecture("2023-02-13"), {}, ev);
    expect(ev.items["/sessionDate"]).toEqual({ page: 2, line: 40, text: "038-213800000-20230213-2023_01-DE" });
  });
});
