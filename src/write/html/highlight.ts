// The value of a field in the line it was read from: the first occurrence, found accent- and case-blind (the
// record's values are normalised: "2022-10-11" read as « 11 octobre 2022 », « Mépin » as « MEPIN »), and
// returned as the escaped line with that occurrence in a <mark>; a value not found leaves the line unmarked.
import { escapeHtml } from "./escape.js";

/** A folded copy of `text` (no accents, lower case) and, for each of its characters, the index it came from. */
interface Folded {
  text: string;
  from: number[];
}

function fold(text: string): Folded {
  let out = "";
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const plain = ch.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    for (let k = 0; k < plain.length; k++) from.push(i);
    out += plain;
    i += ch.length;
  }
  from.push(i);
  return { text: out, from };
}

const WORD = /[\p{L}\d]/u;

/**
 * Where `needle` first occurs in `line` ([start, end) in the line's own indices), accent- and case-blind, as a
 * whole word: 14 is not found in 2014, nor the nature DE in « identifiant ».
 */
export function findValue(line: string, needle: string): [number, number] | null {
  const hay = fold(line);
  const want = fold(needle.trim()).text;
  if (want.length === 0) return null;
  const wordStart = WORD.test(want[0]!);
  const wordEnd = WORD.test(want[want.length - 1]!);
  for (let at = hay.text.indexOf(want); at !== -1; at = hay.text.indexOf(want, at + 1)) {
    const before = hay.text[at - 1];
    const after = hay.text[at + want.length];
    if (wordStart && before !== undefined && WORD.test(before)) continue;
    if (wordEnd && after !== undefined && WORD.test(after)) continue;
    return [hay.from[at]!, hay.from[at + want.length]!];
  }
  return null;
}

/** The first of `needles` found in `line`, tried in order. */
export function findFirst(line: string, needles: readonly string[]): [number, number] | null {
  for (const needle of needles) {
    const span = findValue(line, needle);
    if (span) return span;
  }
  return null;
}

/** The line, escaped, with the first needle found in a <mark>. */
export function highlightLine(line: string, needles: readonly string[]): string {
  const span = findFirst(line, needles);
  if (!span) return escapeHtml(line);
  const [start, end] = span;
  return `${escapeHtml(line.slice(0, start))}<mark>${escapeHtml(line.slice(start, end))}</mark>${escapeHtml(line.slice(end))}`;
}
