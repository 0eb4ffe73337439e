// French numbers written in words, as councils write them: "vingt-trois", "deux mille vingt-deux",
// "deux mil", "quatre-vingt-dix", "soixante et onze", "premier"; tolerant of OCR slips ("Cing" for "cinq")
// and of hyphens, capitals and spaces in any mix ("Deux-Mil-Vingt-Cing").

const UNITS: Record<string, number> = {
  zero: 0, zéro: 0, un: 1, une: 1, premier: 1, première: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6,
  sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80,
  octante: 80, nonante: 90, cent: 100, cents: 100,
};
const THOUSAND = new Set(["mille", "mil"]);

/** OCR slips of number words seen in real acts. */
const OCR_WORDS: Record<string, string> = { cing: "cinq", ciuq: "cinq", vingl: "vingt", mii: "mil", trcize: "treize" };

export const NUMBER_WORD_LIST = [...Object.keys(UNITS), ...THOUSAND, ...Object.keys(OCR_WORDS), "et"];

function wordValue(w: string): number | "thousand" | "and" | undefined {
  const word = OCR_WORDS[w] ?? w;
  if (THOUSAND.has(word)) return "thousand";
  if (word === "et") return "and";
  return UNITS[word];
}

/** "deux mille vingt-deux" -> 2022; undefined when a token is not a number word. */
export function parseNumberWords(text: string): number | undefined {
  const tokens = text.toLowerCase().replace(/[-‐‑–]/g, " ").split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const token of tokens) {
    const v = wordValue(token);
    if (v === undefined) return undefined;
    if (v === "and") continue;
    seen = true;
    if (v === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 100) {
      current = (current || 1) * 100;
    } else if (v === 20 && current % 100 === 4) {
      current = current - 4 + 80; // quatre-vingt(s)
    } else if (v < 20 && current % 100 === 60 && v >= 10) {
      current += v; // soixante-dix ... soixante-dix-neuf
    } else if (v < 20 && current % 100 === 80 && v >= 10) {
      current += v; // quatre-vingt-dix ...
    } else {
      current += v;
    }
  }
  return seen ? total + current : undefined;
}

/** A count as written: digits ("14", "05"), "/" or "-" or "néant" for zero, or words ("DEUX", "une"). */
export function parseCount(text: string | undefined): number | undefined {
  if (text == null) return undefined;
  // (the trailing punctuation cut by a loop: a pattern anchored at the end was tried from every position of a long run)
  let t = text.trim();
  if (t.length > 80) return undefined; // no count is written in more words than that
  let end = t.length;
  while (end > 0 && ".,;:".includes(t[end - 1]!)) end--;
  t = t.slice(0, end);
  if (/^\d{1,4}$/.test(t)) return Number(t);
  if (/^(?:\/|-|–|néant|neant|aucun(?:e)?|nul(?:le)?|0|pas\s+d['’])$/i.test(t)) return 0;
  return parseNumberWords(t);
}

/** Regex source matching one count written in digits or words (for use inside larger patterns). */
export const COUNT_WORD_SOURCE =
  "(?:\\d{1,4}|(?:(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cent)(?:[- ](?:et[- ])?(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?))*))";

/** what may follow a count: the thing counted, a label's end, a name (« Contre : 3 (trois) M. Bruno VUAGNAT ») */
const COUNTED = "(?=\\s*(?:voix|votes?|suffrages|bulletins|abstentions?|pour|contre|conseillers|membres|d[ée]l[ée]gu[ée]s|votants|pr[ée]sents|repr[ée]sent[ée]s|absents|procurations|pouvoirs|M\\.|Mmes?|Monsieur|Madame|[,;.)]|$))";
/** a count written in words and in figures: « quarante-deux (42) voix pour », « Pour : 13 (treize) » */
const DOUBLE_COUNT = new RegExp(
  `(?<![\\p{L}\\d])(?:(${COUNT_WORD_SOURCE})\\s*\\(\\s*(\\d{1,4})\\s*\\)|(\\d{1,4})\\s*\\(\\s*(${COUNT_WORD_SOURCE})\\s*\\))${COUNTED}`,
  "giu",
);
const DOUBLE_COUNT_NEED = /\(\s*\d{1,4}\s*\)|\d\s*\(\s*[a-zé]/i;

/** The count given twice, in words and figures, given once in figures when both say the same; other text unchanged. */
export function singleCounts(text: string): string {
  if (!text.includes("(") || !DOUBLE_COUNT_NEED.test(text)) return text;
  return text.replace(DOUBLE_COUNT, (whole, words?: string, figure?: string, figureFirst?: string, wordsAfter?: string) => {
    const [w, f] = words !== undefined ? [words, figure!] : [wordsAfter!, figureFirst!];
    return parseCount(w) === Number(f) ? f : whole;
  });
}
