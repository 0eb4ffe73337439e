// OCR slips of frequent words, seen in real acts ("à Punanimité", "Vore :", "Apprebation"). Only whole
// words whose correction is unambiguous in a deliberation.
const SLIPS: Array<[RegExp, string, string?]> = [
  [/(?<![\p{L}])[àa]\s+(?:P|I|1|l)\s?unanimit[ée]/gu, "à l'unanimité"],
  [/\bVore\s*[:;]/g, "Vote :"],
  [/\bVote\s*;\s*:?/g, "Vote :"],
  [/\bApprebation\b/g, "Approbation"],
  // "Mme" with its "me" raised, read as quotes or a degree sign: "M\" le Maire", "M°*le Maire"
  [/(?<![\p{L}])M[”"°*]{1,3}\s*(?=le\s+Maire\b)/gu, "Mme ", "M"],
  [/\bVordre\s+du\s+jour\b/g, "l'ordre du jour"],
  // "c" read as "e" in a compound first name: "Mare-Marie", "Jean-Mare" are "Marc-Marie", "Jean-Marc"
  [/(?<![\p{L}])Mare(?=-\p{Lu}\p{Ll})|(?<=\p{Lu}\p{Ll}+-)Mare(?![\p{L}-])/gu, "Marc", "Mare"],
];

export function fixOcr(text: string): string {
  let out = text;
  // a slip with a costly pattern names a word it needs: the pattern runs only where the word is
  for (const [re, to, needle] of SLIPS) if (needle === undefined || out.includes(needle)) out = out.replace(re, to);
  return out;
}
