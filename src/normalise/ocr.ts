// OCR slips of frequent words, seen in real acts ("à Punanimité", "Vore :", "Apprebation"). Only whole
// words whose correction is unambiguous in a deliberation.
const SLIPS: Array<[RegExp, string | ((slip: string) => string), (string | RegExp)?]> = [
  [/(?<![\p{L}])[àa]\s+(?:P|I|1|l)\s?unanimit[ée]/gu, "à l'unanimité", "nanimit"],
  [/\bVore\s*[:;]/g, "Vote :", "Vore"],
  [/\bVote\s*;\s*:?/g, "Vote :", "Vote"],
  [/\bApprebation\b/g, "Approbation", "Apprebation"],
  // a raised "ème" read as degree signs: "Election du 3°"° adjoint"
  [/(?<=\d)\s?[°º]["”][°º](?![\p{L}\d])/gu, "ème", "°"],
  // the letter O for a zero in a tally: "14 pour / O contre / 0 abstention"
  // (the lookahead first: a lookbehind tried at every position would scan back through every run of spaces)
  [/(?=O\s)(?<=(?:^|[:/,;]|\d\s)\s*)O(?=\s+(?:contre|pour|abstentions?|voix|votes?)\b)/gu, "0", "O"],
  // an arrow glyph (a Wingdings U+F0E0) read as ">" before an outcome: "0 abstention > adopté"
  [/ ?> ?(?=(?:adopt|ADOPT|rejet|REJET)[ée]e?s?(?![\p{L}]))/gu, " → ", ">"],
  // "Mme" with its "me" raised, read as quotes or a degree sign: "M\" le Maire", "M°*le Maire"
  [/(?<![\p{L}])M[”"°*]{1,3}\s*(?=le\s+Maire\b)/gu, "Mme ", "M"],
  [/\bVordre\s+du\s+jour\b/g, "l'ordre du jour", "Vordre"],
  // "c" read as "e" in a compound first name: "Mare-Marie", "Jean-Mare" are "Marc-Marie", "Jean-Marc"
  [/(?<![\p{L}])Mare(?=-\p{Lu}\p{Ll})|(?<=\p{Lu}\p{Ll}+-)Mare(?![\p{L}-])/gu, "Marc", "Mare"],
  // « é » read as a six inside a word or at its end: "Pr6sents", "d6cembre", "unanimit6" (no French word holds a
  // figure after its letters)
  [/(?<=\p{L})6(?=\p{Ll})|(?<=\p{Ll}{2})6(?![\p{L}\d])/gu, "é", /[a-zà-ÿA-ZÀ-Þ]6/],
  // « é » read as « ë » after a consonant: "prësidence", "Secrëtaire de sëance", "excusës" (a French word has its
  // diaeresis after a vowel only: « Noël », « Israël », « aiguë »)
  [/(?<=[b-df-hj-np-tv-zç])ë/gu, "é", "ë"],
  [/(?<=[B-DF-HJ-NP-TV-ZÇ])Ë/gu, "É", "Ë"],
  // « I » read as a small L inside a word in capitals: "DELlBERATlONS", "CONSElL"
  [/(?<=\p{Lu})l(?=\p{Lu})|(?<=\p{Lu}{2})l(?![\p{L}])/gu, "I", /[A-ZÀ-Þ]l/],
  // a count's figures after its label and colon, a one read as a small L or a capital I, a zero as the letter O:
  // "VOTANTS :l4", "Conseillers en exercice : l5", "CONTRE : O" (no count is written with letters there)
  [/(?<=(?:pr[ée]sents?|votants?|exercice|pour|contre|abstentions?|pouvoirs?|procurations?|absents?|repr[ée]sent[ée]s?|exprim[ée]s)\s*:\s*)(?:[lI](?=\d|\s*(?:$|[;,)/–-]))|O(?=\s*(?:$|[;,.)/–-]|\s\p{L})))/giu, (letter) => (letter === "O" ? "0" : "1"), /:\s*[lIO]/],
  // the letter O for a zero inside a number or a date: "2O24-31", "12/O9/2024" (a digit on one side, a digit or a
  // separator before one on the other)
  [/(?<=\d)O(?=\d|[/.-]\d)|(?<=\d[/.-])O(?=\d)/g, "0", /\dO|[/.-]O\d/],
  // a one read as a small L inside a number or a date: "2024-06l", "2l NOVEMBRE 2O24", "Page l/3" (a digit on one side,
  // no letter on the other; « l'» stays an article)
  [/(?<=\d)l(?=\d|[/.-]\d|(?![\p{L}\d'’]))|(?<![\p{L}\d'’])l(?=\d|[/.-]\d)/gu, "1", /\dl|l[/.-]?\d/],
  // a zero inside a word in capitals, a one inside a word in small letters, read for « O » and « l » in a name:
  // "CAYR0L", "LAV0LLEE", "Ce1ine", "A1ain" (no word holds a figure between its letters)
  [/(?<=\p{Lu}{2})0(?=\p{Lu})|(?<=\p{Lu})0(?=\p{Lu}{2})/gu, "O", /[A-ZÀ-Þ]0[A-ZÀ-Þ]/],
  [/(?<=\p{L})1(?=\p{Ll}{2})/gu, "l", /[a-zA-Zà-ÿ]1[a-zà-ÿ]/],
  // « O » read as a zero at the head of a word: "0bjet", "0rdre du jour"
  [/(?<![\p{L}\d])0(?=\p{Ll}{2})/gu, "O", /0[a-zà-ÿ]/],
];

export function fixOcr(text: string): string {
  let out = text;
  // each slip names a word it needs: the pattern runs only where the word is (this runs on every line)
  // (a needle is a word the line must hold, or a cheap pattern it must match)
  for (const [re, to, needle] of SLIPS) {
    if (needle === undefined || (typeof needle === "string" ? out.includes(needle) : needle.test(out))) out = typeof to === "string" ? out.replace(re, to) : out.replace(re, to);
  }
  return out;
}
