// Folding text for comparisons: accents off, lower case, punctuation to single spaces.

/** "Préfecture" -> "Prefecture" (combining marks removed after canonical decomposition). */
export function stripAccents(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "");
}

/** "Jean-Hervé" -> "jeanherve": the letters of a name only, for comparing names as written */
export function foldLetters(s: string): string {
  return stripAccents(s).toLowerCase().replace(/[^a-z]/g, "");
}

/** "L'Isle-en-Dodon, 2024" -> "l isle en dodon 2024": the words of a text, for matching. */
export function foldWords(s: string): string {
  return stripAccents(s).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
