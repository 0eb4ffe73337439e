// No pattern of the vocabulary backtracks super-linearly. eslint (regexp/no-super-linear-backtracking, run by
// `npm test`) checks the patterns written as literals; the patterns built at run time (the cues of layout.ts, the
// phrases of build.ts, the templates of fr.ts and dates.ts, the patterns the extractors build from them) are only
// seen here, by the same analyser (scslre) with the same options as the lint rule.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { RegExpParser } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as build from "../../src/vocab/build.js";
import * as dates from "../../src/vocab/dates.js";
import * as departments from "../../src/vocab/departments.js";
import * as fold from "../../src/vocab/fold.js";
import * as fr from "../../src/vocab/fr.js";
import * as layout from "../../src/vocab/layout.js";
import * as numbers from "../../src/vocab/numbers.js";

const MODULES: Record<string, object> = { build, dates, departments, fold, fr, layout, numbers };

/**
 * Patterns known to be flagged, by id (as reported below), with the reason they are kept. Empty: every report
 * has been fixed. An entry must name a pattern that is still flagged (a fixed one is removed from here).
 */
const ALLOWED: Record<string, string> = {};

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** "id: the quantifiers' slice of the source: scslre's message" for every super-linear backtracking report. */
function reports(id: string, re: RegExp): string[] {
  const literal = parser.parseLiteral(re.toString());
  // the options of regexp/no-super-linear-backtracking: moves (a match restarted at every position) are not
  // backtracking; a rejecting suffix is not assumed (the default "certain" reports)
  const result = analyse(literal, { reportTypes: { Move: false }, assumeRejectingSuffix: false });
  return result.reports.map((r) => {
    const quants = r.type === "Trade" ? [r.startQuant, r.endQuant] : [r.quant];
    const slice = re.source.slice(Math.min(...quants.map((q) => q.start)), Math.max(...quants.map((q) => q.end)));
    const what = r.type === "Trade"
      ? `${r.startQuant.raw} can exchange characters with ${r.endQuant.raw}`
      : `${r.quant.raw} can reach itself via ${r.parentQuant.raw}`;
    return `${id}: ${slice}: ${what} (repeat ${JSON.stringify(r.character.pick)}${r.exponential ? ", exponential" : ""})`;
  });
}

/** Every RegExp held by an export: directly, in arrays, in the values and keys of maps, in objects. */
function collect(value: unknown, id: string, out: Map<string, RegExp>, seen = new Set<unknown>()): void {
  if (value instanceof RegExp) {
    out.set(id, value);
    return;
  }
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    let i = 0;
    for (const [k, v] of value) {
      collect(k, `${id}[${i}].key`, out, seen);
      collect(v, `${id}[${i}]`, out, seen);
      i++;
    }
    return;
  }
  for (const [k, v] of Object.entries(value)) collect(v, `${id}.${k}`, out, seen);
}

const PATTERNS = new Map<string, RegExp>();
for (const [name, mod] of Object.entries(MODULES)) collect(mod, name, PATTERNS);

describe("the vocabulary's patterns do not backtrack super-linearly", () => {
  it("imports every module of src/vocab", () => {
    const files = readdirSync(resolve("src/vocab")).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, ""));
    expect(Object.keys(MODULES).sort()).toEqual(files.sort());
  });

  it("finds the patterns built at run time", () => {
    expect(PATTERNS.size).toBeGreaterThan(200);
    for (const [i, cue] of layout.BREAK_CUES.entries()) expect(PATTERNS.get(`layout.BREAK_CUES.${i}`)).toBe(cue);
  });

  it("no pattern is reported, but those allowed", () => {
    const found = [...PATTERNS].flatMap(([id, re]) => reports(id, re));
    expect(found.filter((r) => !(r.slice(0, r.indexOf(":")) in ALLOWED))).toEqual([]);
  });

  it("every allowed pattern is still reported (no stale entry)", () => {
    const stale = Object.keys(ALLOWED).filter((id) => !PATTERNS.has(id) || reports(id, PATTERNS.get(id)!).length === 0);
    expect(stale).toEqual([]);
  });

  it("the analyser reports the shapes that were rewritten", () => {
    // a phrase's apostrophe before the label's own white space; an optional part between two runs of white space;
    // a lazy name between two runs of white space; a word that repeats can split between repeats
    for (const re of [/d['’]\s*\s*exercice/, /\d\s*(?:er)?\s+janvier/, /de\s+(.+?)\s+à/, /^(?:\p{Lu}\p{L}*\s*){1,3}:/u]) {
      expect(reports("shape", re), String(re)).not.toEqual([]);
    }
  });
});

// The extractors and the segmenter build more patterns from the vocabulary as they run (a count label with its
// figure, an agenda's titles as phrases): every RegExp constructed while whole documents are parsed is checked too.
describe("the patterns built while documents are parsed do not backtrack super-linearly", () => {
  const built = new Map<string, RegExp>();
  const Original = globalThis.RegExp;
  beforeAll(() => {
    const record = (re: RegExp): RegExp => {
      const site = /\/src\/((?:extract|segment|normalise|infer|vocab)\/[\w-]+)\.ts/.exec(new Error().stack ?? "")?.[1];
      if (site) built.set(`${site} ${re}`, re);
      return re;
    };
    globalThis.RegExp = new Proxy(Original, {
      construct: (target, args) => record(Reflect.construct(target, args) as RegExp),
      apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
    });
  });
  afterAll(() => {
    globalThis.RegExp = Original;
  });

  it("no pattern is reported", async () => {
    // imported here, after the constructor is watched, so that the patterns built when the modules load count too
    const { parseText } = await import("../../src/parse.js");
    const corpus = resolve("../shared/corpus");
    const texts = ["fixtures/savas-mepin-2022-29.txt"];
    if (existsSync(corpus)) texts.push(...readdirSync(corpus).filter((f) => f.endsWith(".txt")).map((f) => `${corpus}/${f}`));
    for (const f of texts) parseText(readFileSync(f, "utf8"), f);
    expect(built.size).toBeGreaterThan(10);
    expect([...built].flatMap(([id, re]) => reports(id.slice(0, id.indexOf(" ")), re))).toEqual([]);
  });
});
