// Small string helpers shared by the stages.

/**
 * The index after the character at `i`, a surrogate pair counting as one character. A global regex with the u
 * flag whose lastIndex is put inside a pair starts again at the pair's first half: stepping past an empty match
 * or a rejected one by 1 there finds the same match again, forever (an astral character such as "𞠱" hung the
 * reflow).
 */
export function nextIndex(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/** white space other than single spaces: two in a row, or a tab, a line break, a no-break space */
const ODD_SPACE = /\s\s|[^\S ]/;

/** The text with each run of white space made one space, trimmed; most lines need nothing and are not copied. */
export function collapseSpaces(text: string): string {
  return (ODD_SPACE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}

/** `text` as a pattern that matches it literally: "M. X (Y)" -> "M\. X \(Y\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
