// Character-level clean-up: typographic apostrophes and quotes, ligatures, exotic spaces, private-use
// bullets (Symbol/Wingdings glyphs that PDF text layers keep), soft hyphens, zero-width characters.

/** a civility whose letters were set as superscript comes apart in text layers: "M me le Maire", "M lle X" */
const CIVILITY_APART = /(?<![\p{L}\d])M (me|lle|mes)(?= )/gu;

/** characters replaced one by one, in one pass over a line */
const REPLACEMENTS: Array<[string, string]> = [
  ["\u2018\u2019\u201B\u2032\u00B4`", "'"],
  ["\u201C\u201D\u201E\u2033", '"'],
  ["\uFB00", "ff"],
  ["\uFB01", "fi"],
  ["\uFB02", "fl"],
  ["\uFB03", "ffi"],
  ["\uFB04", "ffl"],
  ["\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000", " "],
  ["\u00AD\u200B\u200C\u200D\u2060\uFEFF", ""],
  // private-use bullets and arrows (Symbol, Wingdings) and their Unicode look-alikes
  ["\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF0A8\uF06E\uF071\u25AA\u25CF\u25E6\u2022\u2023\u2043\u25A0\u27A2", "•"],
  ["\uF0E0\uF0E8\uF0F0\u2192\u279C\u27A4\u21D2", "→"],
  ["\u2010\u2011", "-"],
];
const REPLACE = new Map(REPLACEMENTS.flatMap(([chars, to]) => [...chars].map((c) => [c, to] as const)));
/** the other private-use characters: glyphs of symbol fonts, nothing to read */
const PRIVATE_USE = /[\uE000-\uF8FF]/;
const SPECIAL = new RegExp(`[${[...REPLACE.keys()].join("").replace(/[\\\]^-]/g, "\\$&")}\\uE000-\\uF8FF]`, "g");
const replaceChar = (c: string): string => REPLACE.get(c) ?? (PRIVATE_USE.test(c) ? " " : c);

/**
 * Most lines hold none of the characters above: plain ASCII and precomposed Latin-1 letters need neither NFC nor a
 * replacement, and are returned as they are (speed: this runs on every line of every page).
 */
const PLAIN = /^[\u0020-\u005F\u0061-\u007E\u00C0-\u00FF]*$/;
const CIVILITY_APART_HERE = new RegExp(CIVILITY_APART.source, "u");

/**
 * inclusive writing in the attendance's labels: "Présent(e)s", "Représenté(es)", "Absent(e)", "Absent(s)",
 * "excusé·e·s" -> "Présents", "Représentés", "Absent", "Absents", "excusés" (the plural is kept, the feminine mark
 * dropped); other words keep theirs ("nommé(e) secrétaire")
 */
/** the attendance's label words that take a feminine or inclusive ending: "Présent", "Représenté", "Absent", "Excusé" */
const LABEL_STEMS = "[Pp]r[ée]sent|PR[ÉE]SENT|[Rr]epr[ée]sent[ée]|REPR[ÉE]SENT[ÉE]|[Aa]bsent|ABSENT|[Ee]xcus[ée]|EXCUS[ÉE]";
const INCLUSIVE = new RegExp(
  `(?<=(?:${LABEL_STEMS}|[Dd][ée]l[ée]gu[ée]|[Cc]onseill(?:er|[eè]re)|[Vv]otant|[Éé]lu))(?:\\(e\\)s|\\(es\\)|\\(e\\)|\\(s\\)|·e·s|·es|·e|·s)(?![\\p{L}])`,
  "gu",
);
const inclusive = (m: string): string => (/s\)?$/.test(m) ? "s" : "");

/**
 * the same labels in the feminine, before their colon: "Excusées :", "Présentes :", "Absentes excusées (2) :",
 * "Représentée :" -> "Excusés :", "Présents :", "Absents excusés (2) :", "Représenté :" (only before a colon: a
 * sentence's « les personnes présentes » keeps its words)
 */
/** what follows the feminine « e » of a label up to its colon: "s", « excusées », a count in brackets */
const FEMININE_TAIL = "[sS]?(?:\\s+(?:excus|EXCUS)[ée]e?s?)?\\s*(?:\\(\\d{1,3}\\)\\s*)?";
const FEMININE_LABEL = new RegExp(`(?<=(?:${LABEL_STEMS}))[eE](?=${FEMININE_TAIL}:)`, "g");

/** what a line needs for FEMININE_LABEL: one of its words in the feminine right before a colon (the stems' ends) */
const FEMININE_AT_END = new RegExp(`(?:sent[ée]?|SENT[ÉE]?|cus[ée]|CUS[ÉE])[eE]${FEMININE_TAIL}$`);

/** whether a feminine label stands before one of the line's colons (each colon found as a character, a cheap test) */
function feminineBeforeColon(line: string): boolean {
  for (let at = line.indexOf(":"); at > 0; at = line.indexOf(":", at + 1)) {
    if (FEMININE_AT_END.test(line.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** a keycap digit (« 1️⃣ », a web page's or a social post's numbering): the digit and a bracket, « 1) » */
const KEYCAP = /(\d)\uFE0F?\u20E3/g;
/** pictographs and their variation selector (« 🔹 », « ➡️ », « 🗳️ », « ✉️ »): a bullet at a line's start, else nothing */
const PICTOGRAPH = /\p{Extended_Pictographic}\uFE0F?|\uFE0F/gu;
const PICTOGRAPH_NEED = /[\u2190-\u2BFF\u20E3\uFE0F]|[\uD83C-\uD83E]/;
function pictographs(line: string): string {
  return line
    .replace(KEYCAP, "$1)")
    .replace(PICTOGRAPH, (m, at: number, whole: string) => (whole.slice(0, at).trim() === "" ? "• " : " "))
    .replace(/^(\s*)•\s+(?=\d{1,2}\))/u, "$1");
}

/** dotted leaders between a label and its figure, as a table of counts prints them: « Pour ........ 58 » -> « Pour : 58 » */
const LEADER_DOTS = /\s*[.…](?:[.…]|\s(?=[\s.…]))*[.…]\s*(?=\d)|\s*…\s*(?=\d)/g;

export function normaliseChars(raw: string): string {
  let line = (raw.includes("..") || raw.includes("…")) ? raw.replace(LEADER_DOTS, " : ") : raw;
  line = line.includes("(") || line.includes("·") ? line.replace(INCLUSIVE, inclusive) : line;
  if (feminineBeforeColon(line)) line = line.replace(FEMININE_LABEL, "");
  // a dash typed as two hyphens, as Markdown converters write an en dash: « Budget principal -- Décision modificative »
  if (line.includes(" -- ")) line = line.replace(/ -- /g, " – ");
  if (PLAIN.test(line) && !(line.includes("M ") && CIVILITY_APART_HERE.test(line))) return line;
  const text = line.normalize("NFC").replace(SPECIAL, replaceChar).replace(CIVILITY_APART, "M$1");
  return PICTOGRAPH_NEED.test(text) ? pictographs(text) : text;
}
