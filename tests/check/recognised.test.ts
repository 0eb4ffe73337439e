import { describe, expect, it } from "vitest";
import { isRecognisedAct } from "../../src/check/recognised.js";
import { parseText } from "../../src/parse.js";
import type { Act } from "../../src/schema/record.js";

/** the act ctg makes of a text with nothing of a deliberation in it */
const nothing = (): Act => parseText("Le chat est sur le tapis.").acts[0]!;

describe("isRecognisedAct", () => {
  it("a text with nothing of a deliberation is no deliberation", () => expect(isRecognisedAct(nothing())).toBe(false));
  it.each<[string, (a: Act) => void]>([
    ["a number", (a) => void (a.number = "2024-17")],
    ["a title", (a) => void (a.title = "Subventions aux associations")],
    ["a session date", (a) => void (a.sessionDate = "2024-05-16")],
    ["a count of the present", (a) => void (a.attendance.present = 12)],
    ["a vote's outcome", (a) => void (a.vote.outcome = "adopted")],
    ["a prefecture ID", (a) => void (a.prefecture.id = "030-213001068-20250516-2025_12-DE")],
  ])("one thing suffices: %s", (_, set) => {
    const act = nothing();
    set(act);
    expect(isRecognisedAct(act)).toBe(true);
  });
  it.each([
    ["a deliberation form, as written", "DÉLIBÉRATION DU CONSEIL MUNICIPAL\nN° 2024-17\nObjet : Subventions\nPour : 12"],
    ["a vote alone", "Adopté à l'unanimité."],
  ])("%s is recognised", (_, text) => expect(parseText(text).acts.some(isRecognisedAct)).toBe(true));
});
