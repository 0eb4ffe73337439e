// Item headings that say they are one, whatever the numbering: an item word and its number (« RAPPORT 1 »,
// « Affaire n° 3 », « Point 3 de l'ordre du jour : … », « QUESTION N° 5 – … », « VŒU N° 2024-03-07 : … »), « N° 2 – … »,
// an ordinal before the act's own number (« 1 – DÉLIBÉRATION N° 2024-03-01 : … », « 1.1 – DEL-24-0456 »). The title
// may follow on the same line or on the next ones, after the act's number on a line of its own (« Affaire n° 1 » /
// « Délibération n° 24-127 » / « Adoption du procès-verbal … »).
import type { Line } from "../core/types.js";
import { ACT_NUMBER_LEAD, CAPS_THEN_SENTENCE, ITEM_WORD_AND_NUMBER, NUMBER_SIGN_ORDINAL, OBJET, ORDINAL_BEFORE_ACT, TALLY_OR_OUTCOME } from "../vocab/fr.js";

/** a date or a span of years, which a registry number's shape also fits: « 12/03/2024 », « 2024-2028 » */
const DATE_OR_YEARS = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d{2}\s*[-/]\s*(?:19|20)\d{2})$/;

/** « C 24.110 » -> « A 99.999 »: numbers of one registry share it */
export function numberShape(number: string): string {
  return number.replace(/\d/g, "9").replace(/\p{Lu}/gu, "A");
}

export interface Marked {
  /** the item's ordinal in the minutes, when it has one */
  ordinal: string | null;
  /** the act's own number, else the ordinal */
  number: string | null;
  title: string;
  /** the lines the heading spans (the number's line, the title's lines) */
  span: number;
  /** the act's number with no word or ordinal before it (« C 24.110 - Finances … », « 24/512 » alone): a heading only
   * where other headings of the same shape stand */
  bare?: boolean;
}

/** The heading's parts on one line, or null when the line does not say it is a heading. */
export function markedParts(text: string): { ordinal: string | null; number: string | null; title: string; bare?: boolean } | null {
  let t = text.replace(/^\s*[-–•]\s*/, "");
  let ordinal: string | null = null;
  let marked = false;
  const word = ITEM_WORD_AND_NUMBER.exec(t);
  const sign = word ? null : NUMBER_SIGN_ORDINAL.exec(t);
  if (word) {
    ordinal = word[1] ?? null;
    t = t.slice(word[0].length);
    marked = true;
  } else if (sign) {
    ordinal = sign[1]!;
    t = t.slice(sign[0].length);
    marked = true;
  } else {
    const o = ORDINAL_BEFORE_ACT.exec(t);
    if (o && ACT_NUMBER_LEAD.test(t.slice(o[0].length))) {
      ordinal = o[1]!;
      t = t.slice(o[0].length);
    }
  }
  let number: string | null = null;
  // the act's number after the item's word or ordinal (a number alone is not enough: a date, a span of years)
  const act = marked || ordinal !== null ? ACT_NUMBER_LEAD.exec(t) : null;
  if (act && !DATE_OR_YEARS.test(act[1]!)) {
    number = act[1]!.replace(/\s+/g, " ");
    t = t.slice(act[0].length);
    marked = true;
  }
  if (!marked) {
    // the act's number alone at the line's start: « C 24.110 - Finances - … », « 24/512 » on a line of its own
    const bare = ACT_NUMBER_LEAD.exec(t);
    if (!bare || /^\D/.test(t) && !/^[A-Z]{1,4}[-_ ]?\d/.test(t) || DATE_OR_YEARS.test(bare[1]!) || /^(?:Délibération|D[ÉE]LIB|V[œŒ]|VOEU|Voeu|Motion)/u.test(t)) return null;
    // (a separator after it, or nothing: « 2014/0007 La Ville décide … » is an entry of the mayor's decisions)
    if (!/^\s*(?:[:–—-](?:\s|$)|$)/.test(t.slice(t.indexOf(bare[1]!) + bare[1]!.length))) return null;
    const title = t.slice(bare[0].length).trim();
    if (title !== "" && !/^[\p{Lu}«"]/u.test(title)) return null;
    return { ordinal: null, number: bare[1]!.replace(/\s+/g, " "), title, bare: true };
  }
  return { ordinal, number: number ?? ordinal, title: t.trim() };
}

/** A line that may be a title: words with a letter in lower case or in capitals, not a tally or a speaker's turn. */
function titleLike(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && /^[\p{Lu}«"\d]/u.test(t) && !TALLY_OR_OUTCOME.test(t) && !/^[^:]{0,60}\s:\s/.test(t) && !markedParts(t);
}

/** The heading that starts at `index`, with its title read from the next lines when the heading's own is empty. */
export function markedHeading(lines: readonly Line[], index: number): Marked | null {
  const parts = markedParts(lines[index]!.text);
  if (!parts) return null;
  let { number, title } = parts;
  let k = index + 1;
  if (title === "") {
    // the act's own number on a line of its own under the item's
    const act = ACT_NUMBER_LEAD.exec(lines[k]?.text.trim() ?? "");
    if (act && act[0].length >= (lines[k]!.text.trim().length) && number === parts.ordinal) {
      number = act[1]!.replace(/\s+/g, " ");
      k++;
    }
    // the title given as the object: « 1 - Délibération n° CS-2024-031 » / « Objet : Approbation du compte de gestion »
    const objet = OBJET.exec(lines[k]?.text ?? "");
    if (objet && objet[1]!.trim() !== "") return { ordinal: parts.ordinal, number, title: objet[1]!.trim(), span: k + 1 - index };
    // (the separator may open the next line: « QUESTION N° 1 » / « - Approbation du procès-verbal »)
    // (and a service's name in capitals before the title: « DIRECTION DES ROUTES » / « Convention de … »)
    // (not a title in capitals over the exposé's first sentence: « COMPTE DE GESTION 2023 – BUDGET PRINCIPAL » / « Le
    // Conseil Municipal, après s'être fait présenter … »: a service's name holds no figure, a title ends without a full stop)
    if (/^[^\p{Ll}\d]+$/u.test(lines[k]?.text ?? "") && titleLike(lines[k + 1]?.text ?? "") && /\p{Ll}/u.test(lines[k + 1]!.text) && !/[.!?]\s*$/.test(lines[k + 1]!.text)) k++;
    const next = lines[k]?.text.replace(/^\s*[-–—:]\s+/, "") ?? "";
    if (!titleLike(next)) return parts.bare ? null : { ordinal: parts.ordinal, number, title: "", span: k - index };
    // (a title in capitals, then the exposé's first sentence once the lines are joined: only the capitals)
    title = CAPS_THEN_SENTENCE.exec(next.trim())?.[1] ?? next.trim();
    k++;
    // a title that runs on: « Convention territoriale globale » / « 2024-2028 avec la CAF du Nord »
    while (k < lines.length && /^\s*(?:\p{Ll}|\d{4}\b)/u.test(lines[k]!.text) && !TALLY_OR_OUTCOME.test(lines[k]!.text) && title.length < 200) {
      title += ` ${lines[k]!.text.trim()}`;
      k++;
    }
  }
  return { ordinal: parts.ordinal, number, title, span: k - index, ...(parts.bare ? { bare: true } : {}) };
}
