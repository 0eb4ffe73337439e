// The property shared by the three property test files (split so that vitest runs them on every core): whatever
// is done to a real act's text (lines inserted, deleted, swapped, digits changed, random Unicode, cut anywhere),
// parseText never throws but for the documented empty-input error, its record passes the zod schema (parseText
// validates it and would throw), and the consistency report can be made and passes its schema. The seed is fixed,
// so a failure is reproducible (fast-check prints the counterexample, shrunk). The number of texts and the worst
// time per KB are printed; the time is bounded in bench/property.mjs, never asserted here.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { checkDocument } from "../../src/check/index.js";
import { Report } from "../../src/schema/report.js";
import { InputError } from "../../src/load/errors.js";
import { mutatedAct, seedTexts } from "./mutations.js";

const { texts, shared } = seedTexts();
if (!shared) console.warn("property tests: ../shared/corpus is absent, the seed act alone is mutated");

/** CTG_PROPERTY_SCALE=0.01 runs a hundredth of the texts (a quick look while working) */
const SCALE = Number(process.env.CTG_PROPERTY_SCALE ?? 1);

/** CTG_PROPERTY_TRACE=FILE writes each text there before it is parsed (to catch one that hangs) */
const TRACE = process.env.CTG_PROPERTY_TRACE;

/** Registers one property test of `numRuns` mutated texts cut from windows of up to `maxLines` lines. */
export function mutatedActsHold(label: string, maxLines: number, numRuns: number, seed: number): void {
  let runs = 0;
  let bytes = 0;
  let worstMsPerKb = 0;
  let worstText = "";
  let totalMs = 0;
  const holds = (text: string): void => {
    runs++;
    bytes += text.length;
    if (TRACE) writeFileSync(TRACE, text);
    const t0 = performance.now();
    let doc;
    try {
      doc = parseText(text, "mutated.txt");
    } catch (e) {
      // blank text is refused with a clear error, as the CLI says ("fichier vide"); nothing else may throw
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).code).toBe("empty");
      expect(text.trim()).toBe("");
      return;
    }
    expect(Report.safeParse(checkDocument(doc, { today: "2026-12-03" })).success).toBe(true);
    const ms = performance.now() - t0;
    totalMs += ms;
    const msPerKb = ms / Math.max(1, text.length / 1024);
    if (msPerKb > worstMsPerKb) {
      worstMsPerKb = msPerKb;
      worstText = text;
    }
  };
  // the first parses load the reference data and compile the patterns: not a property of the text
  beforeAll(() => {
    for (const t of texts) parseText(t, "warm-up.txt");
  });
  afterAll(() => {
    // CTG_PROPERTY_DUMP=DIR keeps the slowest text per KB of each file, to look at it with `ctg parse`
    if (process.env.CTG_PROPERTY_DUMP) writeFileSync(join(process.env.CTG_PROPERTY_DUMP, `slowest-${seed}.txt`), worstText);
    console.log(`property tests, ${label}: ${runs} texts (${(bytes / 1e6).toFixed(1)} MB) from ${texts.length} seed acts, 0 throws, ${(totalMs / Math.max(1, bytes / 1024)).toFixed(2)} ms/KB on average, worst ${worstMsPerKb.toFixed(2)} ms/KB (${worstText.length} characters: ${JSON.stringify(worstText.slice(0, 60))}…)`);
  });
  it(`${label}: never throw, always a valid record and report`, () => {
    fc.assert(fc.property(mutatedAct(texts, maxLines), holds), { numRuns: Math.ceil(numRuns * SCALE), seed });
  }, 900_000);
}
