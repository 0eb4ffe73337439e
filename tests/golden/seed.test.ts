// The seed act, compiled whole: fixtures/savas-mepin-2022-29.txt -> fixtures/golden/savas-mepin-2022-29.json.
// The golden file was checked value by value against the act. Evidence is compared only for the pointers the
// golden file pins; the PDF copy of the act must give the same acts (evidence and source aside).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBytes, parseText } from "../../src/parse.js";
import { CtgDocument, type Act } from "../../src/schema/record.js";

const TEXT = "fixtures/savas-mepin-2022-29.txt";
const PDF = "fixtures/savas-mepin-2022-29.pdf";
const golden = CtgDocument.parse(JSON.parse(readFileSync("fixtures/golden/savas-mepin-2022-29.json", "utf8")));
const goldenAct = golden.acts[0]!;

function pinned(act: Act): Act {
  const evidence = Object.fromEntries(Object.keys(goldenAct.evidence).map((k) => [k, act.evidence[k]]));
  return { ...act, evidence } as Act;
}

/** JSON pointer lookup ("/attendance/present"). */
function at(value: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((v, key) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[key]), value);
}

describe("seed act (text)", () => {
  const doc = parseText(readFileSync(TEXT, "utf8"), TEXT);
  const act = doc.acts[0]!;

  it("equals the golden document (evidence: pinned pointers only)", () => {
    expect({ ...doc, acts: doc.acts.map(pinned) }).toEqual(golden);
  });

  it.each([
    ["/sessionDate", "2022-10-11"],
    ["/authority/name", "Savas-Mépin"],
    ["/authority/department", "38"],
    ["/authority/basis/department", "stated"],
    ["/attendance/inOffice", 15],
    ["/attendance/present", 14],
    ["/attendance/absent", 1],
    ["/attendance/represented", 0],
    ["/attendance/basis/represented", "inferred"],
    ["/attendance/excusedMembers/0/name", "BOUCHON Céline"],
    ["/attendance/excusedMembers/0/civility", "Mme"],
    ["/secretary/lastName", "THIVOLET"],
    ["/president/name", "Bertrand DURANTON"],
    ["/vote/for", 14],
    ["/vote/against", 0],
    ["/vote/abstentions", 0],
    ["/vote/unanimous", true],
    ["/vote/unanimityScope", "present"],
    ["/vote/basis/for", "inferred"],
    ["/vote/basis/against", "inferred"],
    ["/vote/basis/abstentions", "inferred"],
    ["/vote/outcome", "adopted"],
    ["/decisions/0/verb", "VALIDE"],
    ["/decisions/1/verb", "AUTORISE"],
    ["/content/orientations/length", 5],
    ["/content/governance/length", 4],
    ["/content/parties/length", 5],
    ["/content/term/start", "2022-01-01"],
    ["/content/term/end", "2026-12-31"],
    ["/prefecture/publishedDate", null],
  ])("%s = %j", (pointer, value) => expect(at(act, pointer)).toEqual(value));

  it.each([
    ["/attendance/present", 1, 23],
    ["/attendance/inOffice", 1, 22],
    ["/secretary", 1, 42],
    ["/vote/unanimous", 1, 171],
  ])("evidence of %s at page %i line %i", (pointer, page, line) => expect(act.evidence[pointer]).toMatchObject({ page, line }));

  it("has 12 axes over the five domains", () => {
    expect(act.content.orientations.map((o) => o.axes.length)).toEqual([4, 3, 2, 1, 2]);
  });

  it("the session date is read only from the @CTES identifier", () => {
    expect(act.evidence["/sessionDate"]).toEqual(act.evidence["/prefecture/id"]);
  });
});

describe.skipIf(!existsSync(PDF))("seed act (PDF)", () => {
  const load = async () => (await parseBytes(new Uint8Array(readFileSync(PDF)), PDF)).acts;
  const strip = (a: Act) => {
    const { evidence: _evidence, content, ...rest } = a;
    return { rest, content };
  };

  it("gives one act", async () => expect((await load()).length).toBe(1));

  it("equals the text's act outside the content (evidence aside)", async () => {
    expect(strip((await load())[0]!).rest).toEqual(strip(goldenAct).rest);
  });

  it.each([["exposedBy"], ["term"], ["orientations"], ["parties"]] as const)("content.%s equals the text's", async (key) => {
    expect((await load())[0]!.content[key]).toEqual(goldenAct.content[key]);
  });

  // known limit: pdf.js gives the table's columns separated by spaces, not tabs, so the governance table of
  // a PDF cannot be told apart from running text (the text version reads it)
  it.todo("content.governance equals the text's (4 bodies; the table's columns come without tabs)");
});
