// Character-level clean-up: typographic apostrophes and quotes, ligatures, exotic spaces, private-use
// bullets (Symbol/Wingdings glyphs that PDF text layers keep), soft hyphens, zero-width characters.

/** a civility whose letters were set as superscript comes apart in text layers: "M me le Maire", "M lle X" */
const CIVILITY_APART = /(?<![\p{L}\d])M (me|lle|mes)(?= )/gu;

const REPLACEMENTS: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201B\u2032\u00B4`]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/\uFB00/g, "ff"],
  [/\uFB01/g, "fi"],
  [/\uFB02/g, "fl"],
  [/\uFB03/g, "ffi"],
  [/\uFB04/g, "ffl"],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " "],
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ""],
  [/[\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF0A8\uF06E\uF071\u25AA\u25CF\u25E6\u2022\u2023\u2043\u25A0\u27A2]/g, "•"],
  [/[\uF0E0\uF0E8\uF0F0\u2192\u279C\u27A4\u21D2]/g, "→"],
  [/[\uE000-\uF8FF]/g, " "],
  [/[\u2010\u2011]/g, "-"],
  [/\t/g, "\t"],
  [CIVILITY_APART, "M$1"],
];

/**
 * Most lines hold none of the characters above: plain ASCII and precomposed Latin-1 letters need neither NFC nor a
 * replacement, and are returned as they are (speed: this runs on every line of every page).
 */
const PLAIN = /^[\u0020-\u005F\u0061-\u007E\u00C0-\u00FF]*$/;
const CIVILITY_APART_HERE = new RegExp(CIVILITY_APART.source, "u");

export function normaliseChars(line: string): string {
  if (PLAIN.test(line) && !(line.includes("M ") && CIVILITY_APART_HERE.test(line))) return line;
  let out = line.normalize("NFC");
  for (const [re, to] of REPLACEMENTS) out = out.replace(re, to);
  return out;
}
