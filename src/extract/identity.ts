// Number and title of a single deliberation (minutes give them in their item headings).
import type { Evidence, Line } from "../core/types.js";
import { foldActNumber } from "../vocab/fold.js";
import { REFERENCE_TO_ACT, ACT_NUMBER_ALONE, ACT_NUMBER_LABEL, EXPOSE_OPENER, ITEM_WORD_AND_NUMBER, NOT_IN_A_HEADING, OBJET, FORM_HEADINGS, OBJECT_AFTER_PORTANT, ACT_HEADING_BEFORE_PORTANT, OBJET_START, TITLE_AFTER_NUMBER } from "../vocab/fr.js";
import { pushAll } from "../core/arrays.js";
import { RUBRICS_BEFORE_TITLE, SPEAKER_AFTER_TITLE } from "../vocab/layout.js";



/** « 2024 - 05 » is 2024-05; the space a registry prints after its letters stays: « DCS 2024-41 » */
function tidyNumber(value: string): string {
  return value.replace(/\s*([-/._])\s*/g, "$1").replace(/\s+/g, " ").trim();
}

export function extractNumber(lines: Line[], internalNumber: string | null, ev: Evidence): string | null {
  const head = lines.slice(0, 40);
  const candidates: Array<{ value: string; at: Line }> = [];
  const late: Array<{ value: string; at: Line }> = [];
  for (const l of head) {
    const alone = ACT_NUMBER_ALONE.exec(l.text);
    if (alone && !/^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$/.test(l.text)) candidates.push({ value: tidyNumber(alone[1]!), at: l });
    const heading = TITLE_AFTER_NUMBER.exec(l.text);
    if (heading) candidates.push({ value: tidyNumber(heading[1]!), at: l });
    // « Point 7 à l'ordre du jour : », « Rapport n° 12 »: the item's number where the act gives no other
    const item = ITEM_WORD_AND_NUMBER.exec(l.text.trim());
    if (item?.[1]) late.push({ value: item[1], at: l });
    const label = ACT_NUMBER_LABEL.exec(l.text);
    // "Vu la délibération n° 25-07/048 en date du 01.07.2025" cites another act: not this act's number
    if (label && !REFERENCE_TO_ACT.test(l.text.slice(0, label.index + label[0].length))) candidates.push({ value: tidyNumber(label[1]!), at: l });
  }
  pushAll(candidates, late);
  if (candidates.length === 0) return null;
  // prefer the number the @CTES identifier also carries
  const matching = internalNumber ? candidates.find((c) => foldActNumber(internalNumber).endsWith(foldActNumber(c.value))) : undefined;
  const chosen = matching ?? candidates[0]!;
  ev.add("/number", chosen.at);
  return chosen.value;
}

/** A line that may be an act's heading: words with some in lower case, no label, no formula, no list of names. */
function headingLike(t: string): boolean {
  const words = t.split(/\s+/);
  return t.length >= 12 && t.length <= 300 && words.length >= 3 && /^[\p{Lu}«"]/u.test(t) && /\p{Ll}{3}/u.test(t) && !/^[^:]{1,60}\s?:/.test(t)
    && !EXPOSE_OPENER.test(t) && !FORM_HEADINGS.test(t.normalize("NFC").toUpperCase()) && (t.match(/(?:^|\s)(?:M\.|Mme|Monsieur|Madame)\s/g) ?? []).length < 2
    && !/[,;]$/.test(t) && !NOT_IN_A_HEADING.test(t);
}

/** A title in capitals followed by the exposé in running text ("CRÉATION D'UN POSTE Le Maire expose …"): the capitals. */
function capitalsOnly(title: string): string {
  const caps = /^(?:[\p{Lu}\d'’-]+(?:\s+|$)){3,}/u.exec(title)?.[0];
  return caps && /^\p{Lu}\p{Ll}/u.test(title.slice(caps.length)) ? caps.trim() : title;
}

export function extractTitle(lines: Line[], ev: Evidence): string | null {
  for (let i = 0; i < lines.length; i++) {
    // (a dash left before it by the list that ends there, once collapsed: « … ; - OBJET : Taxe … »)
    const unit = lines[i]!.text.replace(/^\s*[-–•]\s+(?=[Oo][Bb][Jj])/, "");
    const m = OBJET.exec(unit);
    if (!m || !OBJET_START.test(unit)) continue;
    let title = m[1]!.trim();
    const next = lines[i + 1]?.text.replace(/^[\s>•-]+/, "").trim() ?? "";
    // "OBJET : Finances Communales :" then the title proper on the next line
    if ((title === "" || /:\s*$/.test(title)) && next) {
      title = next;
      ev.add("/title", lines[i + 1]);
    } else {
      ev.add("/title", lines[i]);
    }
    // the rapporteur presenting right after it, once the text is collapsed: « … DU CCAS Madame la Vice-Présidente présente … »
    const speaker = SPEAKER_AFTER_TITLE.exec(title);
    if (speaker) title = title.slice(0, speaker.index);
    // "Finances Communales : Décision modificative n° 2": a rubric of a few capitalised words, then the title
    const rubric = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*):\s+(\S.*)$/u.exec(title);
    if (rubric && rubric[2]!.length > 8) title = rubric[2]!;
    return title.replace(/[\s:]+$/, "");
  }
  // an item's heading with its number only, the title on the next line: « Point 7 à l'ordre du jour : » / « Fixation des taux … »
  for (let i = 0; i < Math.min(lines.length, 60) - 1; i++) {
    const item = ITEM_WORD_AND_NUMBER.exec(lines[i]!.text.trim());
    if (!item?.[1]) continue;
    // (on the same line once the text is re-flowed)
    const own = lines[i]!.text.trim().slice(item[0].length);
    const next = own !== "" ? own : lines[i + 1]!.text.trim();
    if (!headingLike(next)) continue;
    ev.add("/title", own !== "" ? lines[i] : lines[i + 1]);
    return next.replace(/[\s:]+$/, "");
  }
  // the number's heading goes on with the title: "Délibération n° 2023-41 : Tarifs de la cantine scolaire"
  for (const l of lines.slice(0, 40)) {
    const m = TITLE_AFTER_NUMBER.exec(l.text);
    if (!m) continue;
    ev.add("/title", l);
    return capitalsOnly(m[2]!.trim()).replace(/[\s:.]+$/, "");
  }
  // the object after « portant », under the act's heading or in it, over the lines that follow it without a gap:
  // « DÉLIBÉRATION N° 24/215 AC DE L'ASSEMBLÉE DE CORSE » / « PORTANT APPROBATION DE L'AVENANT … » / « … (ADEC) »
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    const m = OBJECT_AFTER_PORTANT.exec(lines[i]!.text);
    if (!m || !(ACT_HEADING_BEFORE_PORTANT.test(lines[i]!.text) || (i > 0 && ACT_HEADING_BEFORE_PORTANT.test(lines[i - 1]!.text)))) continue;
    let title = m[1]!.trim();
    const upper = title === title.toUpperCase();
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k]!, prev = lines[k - 1]!;
      // (a title in capitals goes on in capitals, one in small letters on a line that opens in small letters)
      if (l.page !== prev.page || l.line > prev.line + 1 || (upper ? l.text !== l.text.toUpperCase() : !/^\s*\p{Ll}/u.test(l.text))) break;
      title += ` ${l.text.trim()}`;
    }
    ev.add("/title", lines[i]);
    return title.replace(/[\s:.]+$/, "");
  }
  // no « Objet : »: the heading right under the act's number standing alone (« 24/0321/VDV » / « … Attribution de
  // subventions … »), or right above its exposé (« Budget principal - Exercice 2024 - … - Adoption » / « Monsieur X
  // présente le rapport suivant »)
  for (let i = 1; i < Math.min(lines.length, 80); i++) {
    const t = lines[i]!.text.trim();
    if (!headingLike(t)) continue;
    if (!ACT_NUMBER_ALONE.test(lines[i - 1]!.text) && !EXPOSE_OPENER.test(lines[i + 1]?.text ?? "")) continue;
    ev.add("/title", lines[i]);
    // a service's rubric in capitals before the title: « DÉLÉGATION GÉNÉRALE … - DIRECTION DES SPORTS - Attribution … »
    // (and what runs on after its full stop, when no sentence: « … partenariat. 24-41230-DS VDV »)
    return t.replace(RUBRICS_BEFORE_TITLE, "").replace(/\.\s(?!\s*\p{Lu}\p{Ll}).*$/u, "").replace(/[\s:.]+$/, "");
  }
  // a heading in capitals of three words or more that is not a form heading
  for (const l of lines.slice(0, 60)) {
    const t = l.text.replace(/^[\s•–-]+/, "").trim();
    const letters = t.replace(/[^\p{L}]/gu, "");
    if (letters.length < 8 || t.split(/\s+/).length < 3) continue;
    if (letters !== letters.toUpperCase()) continue;
    if (FORM_HEADINGS.test(t.normalize("NFC").toUpperCase())) continue;
    ev.add("/title", l);
    return t;
  }
  return null;
}
