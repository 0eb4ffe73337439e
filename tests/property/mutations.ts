// Generators of act texts for the property tests: windows of real acts (the seed fixture, and the shared corpus
// when it is there, read in place) with lines inserted, deleted, swapped, digits changed, random Unicode put in
// and the text cut anywhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";

const CORPUS = resolve("../shared/corpus");

/** The seed act, then every text of the shared corpus when present. */
export function seedTexts(): { texts: string[]; shared: boolean } {
  const texts = [readFileSync(resolve("fixtures/savas-mepin-2022-29.txt"), "utf8")];
  const shared = existsSync(CORPUS);
  if (shared) for (const f of readdirSync(CORPUS).sort()) if (f.endsWith(".txt")) texts.push(readFileSync(resolve(CORPUS, f), "utf8"));
  return { texts, shared };
}

/** What may be put in a text: a line of another act, random Unicode, the words and marks acts are made of. */
function insertion(lines: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...lines),
    fc.string({ unit: "grapheme", maxLength: 80 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.array(fc.constantFrom("Pour", "Contre", ":", "/", "12", "à", "l'unanimité", "Présents", "M.", "Mme", "DUPONT", "procuration", "\u00a0", "\t", "-", "’", "»", "2024-17", "ID : 038-213804768-20220321-2022_29-DE", "\u0000", "\uFFFD"), { maxLength: 20 }).map((w) => w.join(" ")),
  );
}

type Edit =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number }
  | { kind: "swap"; at: number; with: number }
  | { kind: "digits"; at: number; digit: string }
  | { kind: "unicode"; at: number; offset: number; text: string };

function edit(lines: string[]): fc.Arbitrary<Edit> {
  const at = fc.nat({ max: 10_000 });
  return fc.oneof(
    fc.record({ kind: fc.constant("insert" as const), at, text: insertion(lines) }),
    fc.record({ kind: fc.constant("delete" as const), at }),
    fc.record({ kind: fc.constant("swap" as const), at, with: at }),
    fc.record({ kind: fc.constant("digits" as const), at, digit: fc.constantFrom(..."0123456789") }),
    fc.record({ kind: fc.constant("unicode" as const), at, offset: fc.nat({ max: 200 }), text: fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }) }),
  );
}

function apply(lines: string[], e: Edit): string[] {
  const out = [...lines];
  const i = out.length === 0 ? 0 : e.at % out.length;
  if (e.kind === "insert") out.splice(i, 0, e.text);
  else if (e.kind === "delete") out.splice(i, 1);
  else if (e.kind === "swap" && out.length > 1) [out[i], out[e.with % out.length]] = [out[e.with % out.length]!, out[i]!];
  else if (e.kind === "digits" && out[i] !== undefined) out[i] = out[i]!.replace(/\d/g, e.digit);
  else if (e.kind === "unicode" && out[i] !== undefined) {
    const k = Math.min(e.offset, out[i]!.length);
    out[i] = out[i]!.slice(0, k) + e.text + out[i]!.slice(k);
  }
  return out;
}

/** A mutated act: a window of `maxLines` lines of one seed, up to 8 edits, then maybe cut at any character. */
export function mutatedAct(texts: string[], maxLines: number): fc.Arbitrary<string> {
  const seeds = texts.map((t) => t.split(/\r?\n/));
  const all = seeds.flat().filter((l) => l.trim() !== "");
  return fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      from: fc.nat({ max: 100_000 }),
      length: fc.integer({ min: 1, max: maxLines }),
      edits: fc.array(edit(all), { maxLength: 8 }),
      cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    })
    .map(({ seed, from, length, edits, cut }) => {
      const lines = seeds[seed]!;
      const start = from % Math.max(1, lines.length);
      const text = edits.reduce(apply, lines.slice(start, start + length)).join("\n");
      return cut === undefined ? text : text.slice(0, Math.floor(text.length * cut));
    });
}
