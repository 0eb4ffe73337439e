// Folding text for comparisons: accents off, lower case, punctuation to single spaces.

const decompose = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "");
/** the Latin-1 letters with an accent, each with what decomposing it leaves ("é" -> "e"), worked out once */
const LATIN1 = new Map<string, string>();
for (let c = 0xc0; c <= 0xff; c++) {
  const ch = String.fromCharCode(c);
  if (decompose(ch) !== ch) LATIN1.set(ch, decompose(ch));
}
const ACCENTED_LATIN1 = new RegExp(`[${[...LATIN1.keys()].join("")}]`, "g");

/**
 * "Préfecture" -> "Prefecture" (combining marks removed after canonical decomposition). A text in Latin-1, as
 * French mostly is, takes the table above (the same result, without decomposing the whole text).
 */
export function stripAccents(s: string): string {
  if (/[^\x00-\xff]/.test(s)) return decompose(s);
  return s.replace(ACCENTED_LATIN1, (c) => LATIN1.get(c)!);
}

/** "DEL 2024-031" -> "DEL2024031": an act's number as its letters and figures, to compare its spellings */
export function foldActNumber(s: string): string {
  return s.toUpperCase().replace(/[^A-Z0-9]+/g, "");
}

/** "Jean-Hervé" -> "jeanherve": the letters of a name only, for comparing names as written */
export function foldLetters(s: string): string {
  return stripAccents(s).toLowerCase().replace(/[^a-z]/g, "");
}

/** "L'Isle-en-Dodon, 2024" -> "l isle en dodon 2024": the words of a text, for matching. */
export function foldWords(s: string): string {
  return stripAccents(s).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
