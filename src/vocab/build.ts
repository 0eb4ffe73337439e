// One small builder turns French wording given as data (phrases, label variants) into regular expressions:
// accents optional (OCR and typists drop them), any white space between words, either apostrophe, and word
// boundaries that hold after accented letters (a plain \b after "é" never matches).

const ACCENTS: Record<string, string> = {
  a: "aàâä", e: "eéèêë", i: "iîï", o: "oôö", u: "uùûü", c: "cç", y: "yÿ",
};
const CLASS: Record<string, string> = {};
for (const variants of Object.values(ACCENTS)) {
  for (const ch of variants) CLASS[ch] = `[${variants}${variants.toUpperCase()}]`;
}

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Case: "any" (the default) matches any capitals; "exact" keeps the phrase's capitals; "initial" wants the first
 * letter as written (a formula that opens a sentence: "Considérant", not "considérant") and the rest in any case.
 */
export type Case = "any" | "exact" | "initial";

/**
 * "Secrétaire de séance" -> a source matching "SECRETAIRE  DE SEANCE", "secrétaire de séance", … A phrase may
 * hold regex parts between « and »: "Absents? «(?:\\(e?s\\))?»" keeps "?" and the group as written. An apostrophe
 * takes the white space after it ("l'exposé", "l' exposé"), unless the phrase ends there ("Nombre d'" -> "…[dD]['’]":
 * the pattern that follows takes it) or writes that space itself ("l' exposé" -> "[lL]['’]\\s+…").
 */
export function phrase(text: string, mode: Case = "any"): string {
  let out = "";
  let first = true;
  const parts = text.split(/(«[^»]*»)/);
  for (const [p, part] of parts.entries()) {
    if (part.startsWith("«")) {
      out += part.slice(1, -1);
      continue;
    }
    for (let i = 0; i < part.length; i++) {
      const ch = part[i]!;
      // an apostrophe may have white space after it ("l'exposé", "l' exposé"), unless a space follows it in the
      // phrase or the phrase ends there: then that \s+, or the pattern after the phrase, takes the white space (two
      // quantifiers sharing one run of spaces would backtrack super-linearly)
      const spaceAfter = /\s/.test(part[i + 1] ?? "") || (i === part.length - 1 && p === parts.length - 1);
      const lower = ch.toLowerCase();
      const keepCase = mode === "exact" || (mode === "initial" && first && /\p{L}/u.test(ch));
      if (/\p{L}/u.test(ch)) first = false;
      if (/\s/.test(ch)) {
        if (!/\s/.test(part[i - 1] ?? "")) out += "\\s+";
      } else if (ch === "'" || ch === "’") out += spaceAfter ? "['’]" : "['’]\\s*";
      else if (ch === "?" && i > 0) out += "?";
      else if (CLASS[lower] && keepCase) out += `[${[...CLASS[lower]!.slice(1, -1)].filter((c) => (c === c.toUpperCase()) === (ch === ch.toUpperCase())).join("")}]`;
      else if (CLASS[lower]) out += CLASS[lower];
      else if (keepCase && /\p{L}/u.test(ch)) out += ch;
      else if (/\p{L}/u.test(ch)) out += `[${lower}${lower.toUpperCase()}]`;
      else out += escapeChar(ch);
    }
  }
  return out;
}

/** One alternation of phrases, longest first so that "Absents excusés" wins over "Absents". */
export function anyOf(phrases: readonly string[], mode: Case = "any"): string {
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map((p) => phrase(p, mode)).join("|")})`;
}

/** Word boundaries that work after accented letters and digits. */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

/** The Latin-1 characters (U+0000–U+00FF) that `test` accepts, as the body of a character class. */
function latin1(test: RegExp): string {
  let out = "";
  for (let c = 0; c <= 0xff; c++) {
    if (!test.test(String.fromCharCode(c))) continue;
    let end = c;
    while (end < 0xff && test.test(String.fromCharCode(end + 1))) end++;
    const hex = (n: number) => `\\x${n.toString(16).padStart(2, "0")}`;
    out += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
    c = end;
  }
  return out;
}

// Prefilters for speed. A pattern that opens with a Unicode class (\p{Lu}) or a lookbehind is tried at every
// position of the text, and V8 checks such a class through its Unicode tables. These tests are exact supersets
// of the conditions they stand before, decided at once for the Latin-1 characters that make up nearly all of a
// French text (anything above U+00FF passes on to the exact test): the same matches, two to three times sooner.

/** a superset of WORD_START: the previous character is no Latin-1 letter or digit */
export const FAST_WORD_START = `(?<![${latin1(/[\p{L}\p{N}]/u)}])`;
/** a superset of a capital (\p{Lu}) at this position */
export const FAST_CAPITAL = `(?=[${latin1(/\p{Lu}/u)}]|[^\\x00-\\xff])`;

/** A lookahead for the characters that can open one of `phrases` built with `mode` (their first atom). */
export function initials(phrases: readonly string[], mode: Case = "any"): string {
  const atoms = new Set<string>();
  for (const p of phrases) {
    const src = phrase(p, mode);
    const atom = src.startsWith("[") ? src.slice(1, src.indexOf("]")) : src.startsWith("\\") ? src.slice(0, 2) : src[0]!;
    if (/^[(.|]/.test(atom)) throw new Error(`initials: "${p}" opens with a group, give its first letters by hand`);
    atoms.add(atom);
  }
  return `(?=[${[...atoms].join("")}])`;
}
