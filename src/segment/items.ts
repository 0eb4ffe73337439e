// Stage 3: a document's lines -> the session header and the items (acts) of minutes. A single
// deliberation gives no item: the whole text is one act.
import type { Line } from "../core/types.js";
import { agendaEntries, agendaHeadings, entryTitle, splitAtAgenda } from "./agenda.js";
import {
  BULLET_BEFORE_NUMBERED_HEADING, DASH_THEN_TITLE, LONE_ITEM_NUMBER, RAPPORTEUR_THEN_TITLE, OUTCOME_AT_TITLE_END, TALLY_OF_BARE_PAIRS_AT_END,
  AGENDA, SUMMARY_ITEM, CAPS_HEADING, CAPS_NOT_A_HEADING, FORM_HEADINGS, OUTCOME_LINE, DATE_OR_COUNT_AT_START, ELISION_BEFORE_CAPITAL, NUMBER_BEFORE_OBJET, OBJET, OBJET_START, FIRST_NAME_BEFORE_ORDINAL, NAME_ONLY, FORM_MARKERS, ITEM_NUMBERED, ITEM_ORDINAL, ITEM_WORD_BEFORE_NUMBER, TITLE_AFTER_NUMBER, MINUTES_MARKERS, OUTCOME_START,
  ACT_NUMBER_UNDER, OUTCOME_AFTER_NUMBER, RAPPORTEUR_LABEL, RAPPORTEUR_AT_START, SURNAME_CARRIED_ON, BULLET_HEADING, CAPS_THEN_SENTENCE, RAPPORTEUR_BEFORE_TITLE, TALLY_LABEL, TALLY_OR_OUTCOME, TITLE_ENDS_OPEN, VOTES_SUMMARY_LINE, VOTE_IN_BLOCK, WITHDRAWN_ITEM, WITHDRAWN_NEED,
} from "../vocab/fr.js";
import { foldWords } from "../vocab/fold.js";
import { markedHeading, numberShape } from "./marked.js";
import { isDecisionClause, votedBlocks, votedHeadings, votedTitle } from "./voted.js";
import { CIVILITY_AT_START, FOOTNOTE_LIKE, NOT_AN_UNNUMBERED_TITLE, SUMMARY_OPENS, LINK_AT_END, OFFICE_IN_TITLE, PLACE_PARTICLE_IN_TITLE, RUBRIC_TITLE, SPEAKER_OR_LABEL_START, SENTENCE_OPENING_WORD, SENTENCE_START, SERVICE_BEFORE_TITLE, SPEAKER_AFTER_TITLE, TITLE_LINKS, TITLE_PHRASE, TITLE_SERVICE, TITLE_THEME } from "../vocab/layout.js";

export interface Item {
  number: string | null;
  title: string | null;
  heading: Line;
  lines: Line[];
  /** the line the number was read on, when not the heading's (the act's own number under an ordinal heading) */
  numberAt?: Line;
}

/** an ordinal, not an act's number: « 3 », « 0.2 », « II » */
const ORDINAL_ONLY = /^(?:\d{1,3}(?:\.\d{1,2})?|[IVXL]{1,6})$/;

/**
 * The act's own number on one of the first lines under an ordinal heading, as minutes print it: « 2 – Élection d'un
 * vice-président » / « Délibération n° 2024-0141 – Rapporteure : … », « Point n° 3 » / title / « Réf. : DEL-2024-0262 ».
 */
function actNumberUnder(body: readonly Line[]): { number: string; at: Line } | null {
  for (const l of body.slice(0, 3)) {
    const m = ACT_NUMBER_UNDER.exec(l.text);
    if (m) return { number: m[1]!, at: l };
    if (TALLY_OR_OUTCOME.test(l.text)) break;
  }
  // … or at the item's end with its outcome, as a verbatim procès-verbal records it: « Délibération n° 2025-001 –
  // Adoptée à l'unanimité. »
  // (the outcome on the same line or, cut off by the reflow, on the next; the last such line of the item)
  const end = body.slice(3);
  for (let k = end.length - 1; k >= 0; k--) {
    const l = end[k]!;
    if (!l.text.includes("°")) continue;
    const m = ACT_NUMBER_UNDER.exec(l.text);
    // (a bracket left alone at the line's end opens the next: « Délibération n° 2025-001 ( » / « Vote : unanimité) »)
    const own = m ? l.text.slice(m[0].length).trim() : "";
    const rest = /\p{L}/u.test(own) ? own : `${own}${end[k + 1]?.text ?? ""}`;
    if (m && OUTCOME_AFTER_NUMBER.test(rest)) return { number: m[1]!, at: l };
  }
  return null;
}

export interface Segments {
  header: Line[];
  items: Item[];
}


/**
 * A heading whose unit runs on into the item's text ("Adoption du Budget Primitif 2024 : Le Budget Primitif … est
 * adopté …"): the title stops at the earliest of a colon before a sentence, a full stop before a sentence, or a
 * capitalised word that opens one; "Adoption d'un plan de financement : mise en place …" stays whole.
 */
/** "RAPPORT N° 2 – Titre", "Affaire n° 3 : Titre" -> "2 – Titre", "3 - Titre": the number and title an ordinal heading has */
function withoutItemWord(text: string): string {
  const word = ITEM_WORD_BEFORE_NUMBER.exec(text);
  return word ? text.slice(word[0].length).replace(/^(\d{1,3})\s*:\s*/, "$1 - ") : text;
}

export function splitHeading(t: string, beforeVote = false): { title: string; rest: string } {
  // an outcome in one word closing the heading's unit is the item's, not its title's: « 1. Approbation … Unanimité »
  const outcome = OUTCOME_AT_TITLE_END.exec(t);
  if (outcome && outcome.index >= 4) {
    const head = splitHeading(t.slice(0, outcome.index), beforeVote);
    return { title: head.title, rest: [head.rest, outcome[0].trim()].filter((x) => x !== "").join(" ") };
  }
  // a heading followed at once by its tally ("… Antigone 34 - Convention …" / "Pour : 59") has an exposé running
  // on in it only if that ends as a sentence: otherwise a capitalised word there belongs to the title
  const capital = capitalSplit(t);
  const speaker = SPEAKER_AFTER_TITLE.exec(t);
  const bySpeaker = speaker ? { title: t.slice(0, speaker.index), rest: t.slice(speaker.index + 1) } : null;
  // (a title in capitals, then the exposé's first sentence once the lines are joined: « COMPTE ADMINISTRATIF 2023 Le Conseil … »)
  const caps = CAPS_THEN_SENTENCE.exec(t);
  const byCaps = caps ? { title: caps[1]!, rest: t.slice(caps[1]!.length).trim() } : null;
  // (a tally of labels and bare figures closing the unit: « … nouvelles AP/CP Pour 43 Contre 12 Abstention / »)
  const tally = TALLY_OF_BARE_PAIRS_AT_END.exec(t);
  const byTally = tally && tally.index > 0 ? { title: t.slice(0, tally.index), rest: tally[0].trim() } : null;
  const candidates = [colonSplit(t, beforeVote), stopSplit(t), bySpeaker, byCaps, byTally, beforeVote && !/[.!]\s*$/.test(capital?.rest ?? "") ? null : capital].filter((c): c is { title: string; rest: string } => c !== null);
  if (candidates.length === 0) return { title: t, rest: "" };
  return candidates.reduce((a, b) => (b.title.length < a.title.length ? b : a));
}

function colonSplit(t: string, beforeVote: boolean): { title: string; rest: string } | null {
  const m = /\s:\s+(?=[\p{Lu}\d])/u.exec(t);
  if (!m) return null;
  const rest = t.slice(m.index + m[0].length);
  // the text after the colon is a sentence: six words or more, or a full stop at its end ("Accepté.", "Devis retenu.")
  const sentence = (!beforeVote && rest.trim().split(/\s+/).length >= 6) || /[.!]\s*$/.test(rest);
  return sentence ? { title: t.slice(0, m.index), rest } : null;
}

/** "PADD. La délibération, amendée …": a full stop and a sentence after it */
function stopSplit(t: string): { title: string; rest: string } | null {
  const stop = /(?<=[\p{L})]{2}\.)\s+(?=\p{Lu}\p{Ll})/u.exec(t);
  if (stop && t.slice(stop.index).split(/\s+/).length >= 5) return { title: t.slice(0, stop.index), rest: t.slice(stop.index).trim() };
  return null;
}

function capitalSplit(t: string): { title: string; rest: string } | null {
  // no colon: the title stops where a sentence starts, a capitalised word after a word in lower case or a figure
  // ("… forêt communale 2023 Création de rampes …", "… maîtrise d'ouvrage Concerne la …"), outside parentheses
  // and not after a preposition, an article or a civility ("à la CCPH", "de Corte", "Mme Chamberlain")
  let depth = 0;
  const words = t.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1]!;
    depth += (prev.match(/\(/g)?.length ?? 0) - (prev.match(/\)/g)?.length ?? 0);
    const w = words[i]!;
    if (depth > 0 || !/^\p{Lu}\p{Ll}/u.test(w) || words.length - i < 3 || OFFICE_IN_TITLE.test(w)) continue;
    // a sentence opens with an article or a pronoun before a word in lower case, whatever stands before it
    if (SENTENCE_START.test(words.slice(i, i + 3).join(" ")) && !TITLE_LINKS.test(prev)) return { title: words.slice(0, i).join(" "), rest: words.slice(i).join(" ") };
    if (words.length - i < 4) continue;
    // "d'Allocations Familiales": a word after an elision keeps its own case
    // (not after a comma: a title lists its parts, « Camping municipal, Zones d'aménagement concerté et Locations … »)
    if (!(/^\p{Ll}[\p{L}'’-]*;?$/u.test(prev.replace(ELISION_BEFORE_CAPITAL, "")) || /^\d+$/.test(prev) || /\)$/.test(prev)) || TITLE_LINKS.test(prev)) continue;
    // a proper name of two capitalised words or one before a dash goes on with the title: « … de l'allée Simone Iff
    // dans le quartier … », « Budget annexe Mobilités – Décision … »
    // (not an article or a civility: « 2024 Le Conseil municipal fixe … », « contrat Mme Chamberlain … » open a sentence)
    if (/^(?:\p{Lu}\p{Ll}|[-–—]$)/u.test(words[i + 1] ?? "") && !SENTENCE_OPENING_WORD.test(w)) continue;
    // (nor a place's name with its particle: « … à l'association Val de Charente Solidarité », « … Bourg en Bresse »)
    if (PLACE_PARTICLE_IN_TITLE.test(words[i + 1] ?? "") && /^\p{Lu}/u.test(words[i + 2] ?? "") && !SENTENCE_OPENING_WORD.test(w)) continue;
    return { title: words.slice(0, i).join(" "), rest: words.slice(i).join(" ") };
  }
  return null;
}

function cleanTitle(t: string): string {
  const bare = t.replace(/^[\s>|\[\]]+/, "").replace(/[\s:|\]\[]+$/, "").replace(/\s+/g, " ").trim();
  // the service in charge, in brackets after the title, when a title of three words or more is left (a rubric in
  // capitals before it stays: it is printed as part of the act's object, « FINANCES – Décision modificative n° 2 »)
  const title = bare.replace(TITLE_SERVICE, "");
  return title.split(" ").length >= 3 ? title : bare;
}


interface Heading {
  index: number;
  number: string | null;
  title: string;
  /** the item's text that runs on after its title in the heading's unit ("… 2024 : Le Conseil adopte …") */
  rest?: string;
  /** what made the heading: a number, an ordinal, the agenda, capitals with an outcome after them, a summary's bullet */
  kind: "numbered" | "ordinal" | "agenda" | "capitals" | "summary";
  ordinal?: string;
  /** the act's number alone, with no item word (src/segment/marked.ts) */
  bare?: boolean;
  /** an item word and its ordinal only (« Point n° 1 : Finances »): an act, or a rubric over acts numbered in a registry */
  section?: boolean;
}

/**
 * The headings read by their shapes (below), unless items found by their votes (src/segment/voted.ts: numbered lines
 * of one kind, each over its vote) hold two votes more: a relevé laid out as a table, a numbering no shape knows.
 */
function findHeadings(lines: Line[]): Heading[] {
  const byShape = headingsByShape(lines);
  const voted = votedHeadings(lines);
  if (voted.length === 0) return byShape;
  const shapeVotes = votedBlocks(lines, byShape.map((h) => h.index), byShape.map((h) => `${h.title} ${h.rest ?? ""}`));
  if (votedBlocks(lines, voted.map((h) => h.index), voted.map((h) => h.rest)) < shapeVotes + 2) return byShape;
  return voted.map((h) => {
    const read = votedTitle(lines, h);
    // (the act's number under its item's ordinal heading, no title of its own: « 1. Compte financier unique 2024 – … » /
    // « Délibération n° 2025-14 » / « – Rapporteur : … »: the heading's title)
    const above = !/\p{L}{3}/u.test(read.title) && h.index > 0 ? ITEM_ORDINAL.exec(lines[h.index - 1]!.text) : null;
    const { title, after } = above ? { title: above[2]!, after: read.after } : read;
    const split = splitHeading(title, true);
    const rest = [split.rest, after].filter((x) => x !== "").join(" ");
    return { index: h.index, number: h.number, title: cleanTitle(split.title), rest, kind: "numbered" as const };
  });
}

function headingsByShape(lines: Line[]): Heading[] {
  // a heading that opens with an agenda entry takes the entry as its title: "4 Archivage Tarif de 250€ …"
  const agendaTitles = (agendaEntries(lines)?.entries ?? []).map(entryTitle).filter((t) => t.length >= 4).map((t) => ({ folded: foldWords(t), words: t.split(/\s+/).length }));
  const byAgenda = (text: string): { title: string; rest: string } | null => {
    const folded = foldWords(text);
    const t = agendaTitles.find((a) => folded.startsWith(a.folded) && folded.length > a.folded.length);
    if (!t) return null;
    const all = text.trim().split(/\s+/);
    return { title: all.slice(0, t.words).join(" "), rest: all.slice(t.words).join(" ") };
  };
  const beforeVote = (index: number) => TALLY_OR_OUTCOME.test(lines[index + 1]?.text ?? "");
  /** whether the lines from `from` up to `to` hold a vote or its outcome, in any words */
  const holdsVote = (from: number, to: number) => lines.slice(from, to).some((x) => VOTE_IN_BLOCK.test(x.text));
  const numbered: Heading[] = [];
  const ordinal: Heading[] = [];
  lines.forEach((l, index) => {
    // a clause of the decision under its ordinal is no heading: « 1° LUI DONNE ACTE de la présentation … », « 2° » /
    // « CONSTATE, pour la comptabilité principale, … »
    if (isDecisionClause(lines, index)) return;
    // a heading that says it is one: « RAPPORT 1 », « Point 3 de l'ordre du jour : … », « 1 – DÉLIBÉRATION N° … : … »
    const found = index > 0 ? markedHeading(lines, index) : null;
    // (a number of the shapes read below keeps their reading, which lets a title run on)
    const marked = found && !(found.bare && ITEM_NUMBERED.test(l.text)) ? found : null;
    if (marked) {
      // a title on the heading's line may run on into the item's text; one read from the next lines stays in the body
      // (a service's name in capitals before the title, once the lines are joined: « DIRECTION DES ROUTES Convention … »)
      const own = marked.title.replace(SERVICE_BEFORE_TITLE, "");
      const split = marked.span === 1 && own ? splitHeading(own, beforeVote(index)) : { title: own, rest: "" };
      const heading = { index, number: marked.number, title: cleanTitle(split.title), rest: split.rest };
      numbered.push({ ...heading, kind: "numbered", ...(marked.ordinal ? { ordinal: marked.ordinal } : {}), ...(marked.number === marked.ordinal ? { section: true } : {}), ...(marked.bare ? { bare: true } : {}) });
      // (also one of a sequence of ordinals, should it be the only heading of its kind: « 3. Délibération n° 2023-42 : … »)
      if (marked.ordinal && /^\d/.test(marked.ordinal)) ordinal.push({ ...heading, kind: "ordinal", ordinal: marked.ordinal });
      return;
    }
    // the number alone, the object on the next unit: "N° 2024-101" / "Objet : Budget annexe des transports"
    const alone = NUMBER_BEFORE_OBJET.exec(l.text);
    const objet = alone && OBJET_START.test(lines[index + 1]?.text ?? "") ? OBJET.exec(lines[index + 1]!.text) : null;
    // … or the rapporteur first, then the title: « N° 2024-125 » / « – Rapporteur : M. le Maire – Approbation du … »
    // (the title on a unit of its own after the rapporteur's: « – Rapporteur : M. le Maire » / « – Compte rendu … »)
    const by = alone && !objet ? RAPPORTEUR_THEN_TITLE.exec(lines[index + 1]?.text ?? "") : null;
    const titleAfter = objet ? objet[1] : by ? (by[1] ?? DASH_THEN_TITLE.exec(lines[index + 2]?.text ?? "")?.[1]) : undefined;
    if (alone && titleAfter && titleAfter.trim() !== "") {
      // (the number's spaces around its separators dropped, the one after its letters kept: « CS 2024-19 »)
      numbered.push({ index, number: alone[1]!.replace(/\s*([-/._])\s*/g, "$1"), title: cleanTitle(titleAfter.trim()), rest: "", kind: "numbered" });
      return;
    }
    const n = ITEM_NUMBERED.exec(l.text);
    // (the act's number without a title under its item's ordinal heading is that item's: « 1. Compte financier … » /
    // « Délibération n° 2025-14 – » / « Rapporteur : … »)
    if (n && !/\p{L}/u.test(n[2]!) && index > 0 && ITEM_ORDINAL.test(lines[index - 1]!.text)) return;
    if (n) {
      let title = n[2]!;
      // a title that runs on: "... de vidéo" / "protection pour ... CORTE :"
      for (let k = 1; k <= 2 && (!/[:.]\s*$/.test(title) || title.split("(").length > title.split(")").length) && title.length > 30; k++) {
        const next = lines[index + k]?.text ?? "";
        const open = TITLE_ENDS_OPEN.test(title) || (title.split("(").length > title.split(")").length);
        if ((open || /^\s*\p{Ll}/u.test(next)) && next.length < 140 && !ITEM_NUMBERED.test(next)) title += ` ${next.trim()}`;
        else break;
      }
      const { title: heading, rest } = splitHeading(title, beforeVote(index));
      // (the lines the title ran on into stay in the item's body: its rest is what its own line holds after the title)
      const own = n[2]!;
      const ownRest = heading.length >= own.length ? "" : own.slice(heading.length).trim();
      numbered.push({ index, number: n[1]!, title: cleanTitle(heading), rest: title === own ? rest : ownRest, kind: "numbered" });
      return;
    }
    // an item's number alone on its unit, its title on the next, its tally within the three after: a relevé's table
    // read a column at a time (« 1 » / « Installation de M. Rachid AMRANI … » / « Pour : 43 Contre : / … »)
    const lone = index > 0 ? LONE_ITEM_NUMBER.exec(l.text) : null;
    if (lone) {
      const next = lines[index + 1]?.text.trim() ?? "";
      // (the outcome may close the title's own unit: « Admission en non-valeur … Unanimité », « Rapport annuel … Exercice
      // 2023 Le Conseil municipal prend acte »)
      const split = splitHeading(next);
      const inTitle = split.rest !== "" && VOTE_IN_BLOCK.test(split.rest);
      const tallied = inTitle || lines.slice(index + 2, index + 5).some((x) => TALLY_OR_OUTCOME.test(x.text) || OUTCOME_LINE.test(x.text) || VOTE_IN_BLOCK.test(x.text));
      // (not a page's number, « 46 » over « Monsieur le Maire : Dernière affaire … »: the page's own at its top or foot,
      // or a speaker's turn after it)
      const pageNumber = Number(lone[1]) === l.page && (lines[index - 1]?.page !== l.page || lines[index + 1]?.page !== l.page);
      if (!pageNumber && next.length >= 4 && /^[\p{Lu}«"]/u.test(next) && !/^[^:]{0,60}\s:\s/.test(next) && !TALLY_OR_OUTCOME.test(next) && tallied) {
        ordinal.push({ index, number: lone[1]!, title: cleanTitle(inTitle ? split.title : next), rest: inTitle ? split.rest : "", kind: "ordinal", ordinal: lone[1]! });
      }
      return;
    }
    // a dash of decoration before the number ("- 1- Modification …"); the document's first unit is its header,
    // never an item (a page number there: "1 Secrétariat général …")
    const o = index > 0 ? ITEM_ORDINAL.exec(withoutItemWord(l.text.replace(/^[-–]\s+(?=\d)/, "").replace(FIRST_NAME_BEFORE_ORDINAL, ""))) : null;
    // "2. Délibération 2023-41 : Décision modificative n° 2": the act's own number, then its title
    const act = o ? TITLE_AFTER_NUMBER.exec(o[2]!) : null;
    const text = act ? act[2]! : o?.[2];
    const split = o && text ? byAgenda(text) ?? splitHeading(text, beforeVote(index)) : null;
    if (o && split && split.title.length < (beforeVote(index) ? 240 : 160) && !/\d{4}\s*$/.test(o[1]!) && !DATE_OR_COUNT_AT_START.test(l.text) && !/^\s*\d+\s*-\s*\d/.test(l.text)) {
      const { title: heading, rest } = split;
      const number = act ? act[1]!.replace(/\s+/g, "") : /^\d/.test(o[1]!) ? o[1]! : null;
      ordinal.push({ index, number, title: cleanTitle(heading), rest, kind: "ordinal", ordinal: o[1]! });
    }
  });
  // acts numbered in a registry under rubrics numbered in order (« Point n° 1 : Finances communales » / « 23-02/001 —
  // Rapport … »): the rubrics are no acts
  // a bare number heads an item only where its block holds a vote or an outcome (not a list of the mayor's decisions,
  // « 2014/0007 La Ville décide … ») and another of its shape does too (a registry's numbers: « C 24.110 », « C 24.111 »)
  for (let k = numbered.length - 1; k >= 0; k--) {
    const h = numbered[k]!;
    if (!h.bare) continue;
    // (the heading's own unit may run on into the item's text: « 4C1-02 – RAPPORT … L'Assemblée prend acte … »)
    if (!VOTE_IN_BLOCK.test(`${h.title} ${h.rest ?? ""}`) && !holdsVote(h.index + 1, numbered[k + 1]?.index ?? lines.length)) numbered.splice(k, 1);
  }
  const shapes = new Map<string, number>();
  for (const h of numbered) if (h.bare) shapes.set(numberShape(h.number!), (shapes.get(numberShape(h.number!)) ?? 0) + 1);
  for (let k = numbered.length - 1; k >= 0; k--) if (numbered[k]!.bare && shapes.get(numberShape(numbered[k]!.number!))! < 2) numbered.splice(k, 1);
  const registered = numbered.filter((h) => !h.section);
  // ordinal headings count only as a sequence (1, 2, 3 ... or I, II, III ...) starting low
  const firstWords = (t: string) => foldWords(t).split(" ").slice(0, 3).join(" ");
  const restarts = (kept: readonly Heading[], h: Heading): boolean =>
    !FOOTNOTE_LIKE.test(h.title) ||
    kept.some((k) => k.ordinal === h.ordinal && firstWords(k.title) === firstWords(h.title)) ||
    !kept.some((k, j) => holdsVote(k.index + 1, kept[j + 1]?.index ?? h.index));
  const sequence = (): Heading[] => {
    // sub-items "6.3 Verger" count as items of their section; titles with amounts are list lines, not headings
    // nor a numbered list of people ("1. Alain GALLU" … "6. Maryannick GARIN": the vice-presidents elected) is not
    const seq = ordinal.filter((h) => /^(?:\d{1,2}(?:\.\d{1,2})?|[IVX]+)$/.test(h.ordinal!) && !/[€%]|:[\d\s.,]+$/.test(h.title) && !NAME_ONLY.test(h.title));
    const value = (s: string) => (/^\d+(?:\.\d+)?$/.test(s) ? Math.floor(Number(s)) : romanValue(s));
    const kept: Heading[] = [];
    // the last heading kept in sequence; a compte-rendu may take an item out of its order ("3", "10", "4"): a
    // heading followed at once by its tally is kept there, after one that is too, without moving the sequence
    let prev: Heading | undefined;
    const voted = (h: Heading | undefined) => h !== undefined && beforeVote(h.index);
    for (const h of seq) {
      const v = value(h.ordinal!);
      const last = kept[kept.length - 1];
      const accept = () => { kept.push(h); prev = h; };
      if (!prev && v > 2) continue;
      const sub = h.ordinal!.includes(".");
      if (sub && prev && v === value(prev.ordinal!)) {
        accept();
        continue;
      }
      if (sub) continue;
      // (the one after an item kept out of its order goes on from it: « 9 » printed before « 7 », then « 8 »)
      // (a restart at 1 is the body after its agenda, or a list inside an item; not a footnote at a page's foot, « 1 En
      // l'absence de M. le Maire, qui … » — a sentence, after items that hold their votes, no agenda entry's title)
      if (prev && v === 1 && !restarts(kept, h)) continue;
      if (prev && v !== value(prev.ordinal!) + 1 && v !== 1 && !(last && last !== prev && v === value(last.ordinal!) + 1)) {
        // restarts at 1 (agenda then body) are fine; other jumps are not headings, unless voted like the one before
        if (v <= value(prev.ordinal!) || v > value(prev.ordinal!) + 3) {
          if (voted(h) && voted(last) && !kept.some((k) => k.ordinal === h.ordinal)) kept.push(h);
          continue;
        }
      }
      accept();
    }
    return kept;
  };
  // a heading that gives the act's number after its ordinal (« 3. Délibération n° 2023-42 : … ») may stand among
  // ordinals that give none (« 1. Approbation du compte rendu … »): the whole sequence then
  const chosen = registered.length >= 2 ? registered : numbered.length >= 2 ? numbered : null;
  if (chosen) {
    const all = sequence();
    return all.length > chosen.length && chosen.every((h) => all.some((k) => k.index === h.index)) ? all : chosen;
  }
  if (numbered.length === 1 && !numbered[0]!.ordinal) return [];
  // a deliberation form ("DELIBERATION DU CONSEIL MUNICIPAL", "EXTRAIT DU REGISTRE") is one act, whatever its
  // numbered paragraphs; minutes announce themselves (compte rendu, procès-verbal, ordre du jour)
  const top = lines.slice(0, 30).map((l) => l.text).join("\n");
  if (FORM_MARKERS.test(top) && !MINUTES_MARKERS.test(top)) return [];
  const kept = sequence();
  // items without numbers: the agenda's entries found again in the body, when they give more items than a
  // numbered list inside one of them
  const agenda = agendaHeadings(lines).map((h) => ({ index: h.index, number: null, title: h.title, kind: "agenda" as const }));
  if (agenda.length > kept.length) return agenda;
  if (kept.length >= 2) return kept;
  // minutes whose items carry no number: a heading in capitals whose block, up to the next one, holds its outcome
  // or its tally ("AVENANT AU CONTRAT …" / "Rapporteur : …" / exposé / "Adopté à l'unanimité.")
  const capitals = lines.map((l, index) => ({ l, index })).filter(({ l }) => CAPS_HEADING.test(l.text) && !FORM_HEADINGS.test(l.text.trim()) && !CAPS_NOT_A_HEADING.test(l.text));
  const tallied = capitals.filter(({ index }, k) => {
    const end = capitals[k + 1]?.index ?? lines.length;
    return lines.slice(index + 1, end).some((x) => TALLY_OR_OUTCOME.test(x.text) || OUTCOME_LINE.test(x.text));
  });
  if (tallied.length >= 2 && tallied.length === capitals.length) {
    return tallied.map(({ l, index }) => ({ index, number: null, title: cleanTitle(l.text.trim()), rest: "", kind: "capitals" as const }));
  }
  // items headed by a bullet, each over its text and its vote: « • Budget primitif 2024 » / « Le budget … » /
  // « • Adopté 24 pour, 3 contre » (a web page, a bulletin); the bullet's title is short, no sentence
  // (the title may run on into the item's text once lines are joined: « • Chasse communale : … Le lot est reloué … »)
  const bullets = lines
    .map((l, index) => ({ index, split: /^\s*[•▪●■◦]/.test(l.text) ? splitHeading(l.text.replace(/^\s*[•▪●■◦]\s*/, "")) : null }))
    .filter((b): b is { index: number; split: { title: string; rest: string } } => b.split !== null && BULLET_HEADING.test(`• ${b.split.title}`) && !VOTE_IN_BLOCK.test(b.split.title));
  const voted = bullets.filter(({ index, split }, k) => VOTE_IN_BLOCK.test(split.rest) || holdsVote(index + 1, bullets[k + 1]?.index ?? lines.length));
  if (voted.length >= 2 && voted.length >= bullets.length - 1) {
    return voted.map(({ index, split }) => ({ index, number: null, title: cleanTitle(split.title), rest: split.rest, kind: "capitals" as const }));
  }
  // a summary compte-rendu: one bullet per act, what the council did and its tally ("• adopté la décision
  // modificative n° 3 (17 pour, 2 contre) ;"); the bullet is the act's heading and its only line
  const summary: Heading[] = [];
  lines.forEach((l, index) => {
    const m = SUMMARY_ITEM.exec(l.text);
    if (m) summary.push({ index, number: null, title: m[1]!.replace(/\s*[;.,]\s*$/, ""), rest: l.text.replace(/^\s*[•▪●■◦–-]\s*/, ""), kind: "summary" });
  });
  return summary.length >= 2 ? summary : [];
}

/**
 * Before the first numbered heading of minutes, the items that carry no number: a printed tally ("Pour : 57" /
 * "Contre : /" / "Adopté à l'unanimité.") closes an item whose title is the unit just before it ("Mme le Maire
 * Adoption de l'ordre du jour"), or, when that is a sentence of the debate, the last title-like unit before it
 * (a verbatim procès-verbal: "Adoption de l'ordre du jour", the chair's words, then the tally).
 */
function unnumberedItems(header: Line[], wholeVotes = false): Item[] {
  const titleLike = (t: string, max: number) =>
    t.length <= max && /^[\p{Lu}«"]/u.test(t) && /\p{Ll}/u.test(t) && !/[.:;,]\s*$|[?!]/.test(t) && !TALLY_OR_OUTCOME.test(t) && !AGENDA.test(t) && !LINK_AT_END.test(t) && t.split(/\s+/).length >= 2;
  const starts: number[] = [];
  header.forEach((l, i) => {
    const next = header.slice(i + 1, i + 6).map((x) => x.text);
    // (a tally's labels with an outcome after them, or, in minutes with no heading at all, a vote given whole on its
    // line: « Votes : 16 pour, 5 contre »)
    const labelled = TALLY_LABEL.test(next[0] ?? "") && next.some((t) => OUTCOME_START.test(t));
    if ((!labelled && !(wholeVotes && VOTES_SUMMARY_LINE.test(next[0] ?? ""))) || TALLY_OR_OUTCOME.test(l.text)) return;
    // (a vote given whole closes a short item, its heading over a paragraph or two: an agenda further up is no title)
    const floor = Math.max(starts[starts.length - 1] ?? -1, i - (labelled ? 60 : 4));
    let at = -1;
    // (a vote given whole closes an item whose heading is a title, no sentence, no label: « Monsieur le Maire demande … »
    // and « Date de la convocation : … » of a collapsed text are none)
    const headingLike = (t: string, max: number) => titleLike(t, max) && (labelled || (t.length <= 150 && !SENTENCE_START.test(t) && !SPEAKER_OR_LABEL_START.test(t) && !CIVILITY_AT_START.test(t)));
    if (headingLike(l.text, 240)) at = i;
    // a heading far from its tally is short and has no comma: the debate's sentences have
    else for (let k = i - 1; k > floor && at < 0; k--) if (headingLike(header[k]!.text, 100) && !header[k]!.text.includes(",")) at = k;
    if (at >= 0) starts.push(at);
  });
  return starts.map((at, k) => {
    const end = starts[k + 1] ?? header.length;
    return { number: null, title: cleanTitle(header[at]!.text.replace(RAPPORTEUR_BEFORE_TITLE, "")), heading: header[at]!, lines: header.slice(at + 1, end) };
  });
}

function romanValue(s: string): number {
  const map: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = map[s[i]!] ?? 0;
    const next = map[s[i + 1]!] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/**
 * A title given as phrases each closed by a stop (« Finances. » / « Compte de gestion … 2023. » / « Approbation. »):
 * a theme of a few words, then the phrases under it that carry it on (src/vocab/layout.ts TITLE_PHRASE), four at most,
 * none an outcome or a tally. The phrases stay in the item's body too.
 */
export function titleWithPhrases(title: string, body: readonly Line[]): string {
  if (!TITLE_THEME.test(title.trim())) return title;
  let out = title.trim();
  for (const l of body.slice(0, 4)) {
    const t = l.text.trim();
    if (!TITLE_PHRASE.test(t) || TALLY_OR_OUTCOME.test(t) || OUTCOME_LINE.test(t)) break;
    out += ` ${t}`;
  }
  return out;
}

/**
 * A heading whose words are a rubric in capitals (« N° 4 – URBANISME – FONCIER ») over the item's title on the next
 * line (« Cession d'une emprise de 412 m² … »): the title is that line — a phrase in lower case, no sentence (no article
 * or pronoun or civility before a word in lower case), no label, no outcome, no stop at its end. Null otherwise.
 */
export function titleUnderRubric(title: string, body: readonly Line[]): string | null {
  const rubric = title.trim();
  // (the line indented under the rubric may come as a list's item: « - Cession d'une emprise … »)
  const next = (body[0]?.text.trim() ?? "").replace(/^[-–•]\s+/, "");
  // the act's object labelled under a heading in capitals: « DEL-2024-130 AMÉNAGEMENT DU TERRITOIRE » / « Objet : Fonds … »
  const object = /\p{Ll}/u.test(rubric) ? undefined : OBJET.exec(next)?.[1]?.trim();
  if (object && object.length >= 8 && /\p{Ll}/u.test(object)) return object.replace(/[\s:]+$/, "");
  if (!RUBRIC_TITLE.test(rubric)) return null;
  if (next.length < 12 || next.length > 240 || !/^\p{Lu}/u.test(next) || !/\p{Ll}/u.test(next) || /[.:;]$/.test(next)) return null;
  if (SENTENCE_START.test(next) || SPEAKER_OR_LABEL_START.test(next) || TALLY_OR_OUTCOME.test(next) || OUTCOME_LINE.test(next) || ACT_NUMBER_UNDER.test(next)) return null;
  return next;
}

/**
 * An item of numbered minutes that holds the next item, unnumbered, as a web page's compte rendu writes one among the
 * others: a title-like line right after an outcome and right before « Rapporteur : » (« Adoptée par 19 voix pour … » /
 * « Admission en non-valeur de créances irrécouvrables » / « Rapporteur : M. Bernard CHAUMEIL »). Split there.
 */
function splitUnnumbered(item: Item): Item[] {
  const out: Item[] = [{ ...item, lines: [] }];
  item.lines.forEach((l, k) => {
    const t = l.text.trim();
    const before = item.lines[k - 1]?.text ?? "";
    const after = item.lines[k + 1]?.text ?? "";
    // (a title in small letters mostly: no rubric in capitals, no running head, no number, no member named; the cheap
    // tests first, this runs on every line of every item)
    const lower = () => (t.match(/\p{Ll}/gu) ?? []).length > (t.match(/\p{Lu}/gu) ?? []).length;
    const heading = k > 0 && RAPPORTEUR_LABEL.test(after) && OUTCOME_START.test(before) && t.length >= 12 && t.length <= 200 && lower()
      && /^[\p{Lu}«"]/u.test(t) && !/[.:;,)]$/.test(t) && !TALLY_OR_OUTCOME.test(t) && !VOTE_IN_BLOCK.test(t) && !SENTENCE_START.test(t) && !NOT_AN_UNNUMBERED_TITLE.test(t);
    if (heading) out.push({ number: null, title: cleanTitle(t), heading: l, lines: [] });
    else out[out.length - 1]!.lines.push(l);
  });
  return out;
}

/**
 * A heading that gives only its number, its rapporteur under it before the title (« N° 2 » / « Rapporteur : » /
 * « M. Bruno TIXIER » / « Finances – Compte financier unique … »): the first line after the rapporteur, cut where a
 * sentence of the summary starts. Empty when the lines say otherwise.
 */
function titleAfterRapporteur(body: readonly Line[]): string {
  let k = 0;
  let rapporteur = false;
  for (; k < Math.min(body.length, 4); k++) {
    const t = body[k]!.text.trim();
    const rest = t.replace(RAPPORTEUR_LABEL, "");
    if (rest !== t) rapporteur = true;
    else if (!rapporteur || !(SURNAME_CARRIED_ON.test(t) || t.replace(RAPPORTEUR_AT_START, "") === "")) break;
    if (rest !== t && rest !== "" && rest.replace(RAPPORTEUR_AT_START, "") !== "") break;
  }
  const t = body[k]?.text.trim() ?? "";
  if (!rapporteur || !/^[\p{Lu}«"]/u.test(t) || !/\p{Ll}/u.test(t) || TALLY_OR_OUTCOME.test(t) || OUTCOME_LINE.test(t)) return "";
  // (the summary run on after it, once the lines are joined: « … Auvergne-Rhône-Alpes La convention fixe … »)
  const summary = SUMMARY_OPENS.exec(t);
  return cleanTitle(summary ? t.slice(0, summary.index) : t);
}

/**
 * The index of the first heading of an agenda repeated after the items (« Ordre du jour : » after two items that hold
 * their votes, the items' titles listed again), or the number of headings when there is none.
 */
function recapitulation(lines: readonly Line[], headings: readonly number[]): number {
  let voted = 0;
  for (let k = 1; k < headings.length; k++) {
    const from = headings[k - 1]!;
    const to = headings[k]!;
    if (lines.slice(from + 1, to).some((l) => VOTE_IN_BLOCK.test(l.text))) voted++;
    // (after items that hold their votes: an agenda printed before its own label is the agenda, not a recapitulation)
    if (voted >= 2) for (let i = from + 1; i < to; i++) if (AGENDA.test(lines[i]!.text) && lines[i]!.text.trim().length < 40) return k;
  }
  return headings.length;
}

export function segment(input: Line[]): Segments {
  // (a web page's list: « • Délibération n° 2024-048 – Décision modificative … »)
  const lines = splitAtAgenda(input).map((l) => (BULLET_BEFORE_NUMBERED_HEADING.test(l.text) ? { ...l, text: l.text.replace(BULLET_BEFORE_NUMBERED_HEADING, "") } : l));
  const headings = findHeadings(lines);
  if (headings.length === 0) {
    // no heading of any shape: items without a number, each a title closed by its tally, two at least (one is an
    // extract's own act)
    const opening = unnumberedItems(lines, true);
    if (opening.length < 2) return { header: lines, items: [] };
    return { header: lines.slice(0, lines.indexOf(opening[0]!.heading)), items: opening };
  }
  const blocks = headings.map((h, k) => {
    const end = k + 1 < headings.length ? headings[k + 1]!.index : lines.length;
    const body = lines.slice(h.index + 1, end);
    const at = lines[h.index]!;
    return { h, lines: h.rest ? [{ page: at.page, line: at.line, text: h.rest }, ...body] : body };
  });
  // agenda entries: a heading with nothing under it, or whose title comes again later; the last block of each
  // number, title and ordinal is found once (comparing every pair of blocks was quadratic)
  // (an agenda repeated after the items, as a « feuillet de clôture » does, is no heading: its entries that repeat an
  // item's number or title are left out first)
  const folded = blocks.map((b) => foldWords(b.h.title));
  const recap = recapitulation(lines, blocks.map((b) => b.h.index));
  const seenNumbers = new Set<string | null>();
  const seenTitles = new Set<string>();
  const repeated = blocks.map((b, k) => {
    const again = k >= recap && (b.h.number !== null ? seenNumbers.has(b.h.number) : seenTitles.has(folded[k]!));
    seenNumbers.add(b.h.number);
    seenTitles.add(folded[k]!);
    return again;
  });
  const lastOf = <K>(key: (b: (typeof blocks)[number], k: number) => K) => {
    const last = new Map<K, number>();
    blocks.forEach((b, k) => {
      if (!repeated[k]) last.set(key(b, k), k);
    });
    return last;
  };
  const lastNumber = lastOf((b) => b.h.number);
  const lastTitle = lastOf((_b, k) => folded[k]!);
  const lastOrdinal = lastOf((b) => b.h.ordinal);
  const items: Item[] = [];
  blocks.forEach((b, k) => {
    if (repeated[k]) return;
    // numbered acts may share a title ("Adoption du Budget Primitif 2024" for several budgets): compare numbers
    const other = b.h.number !== null
      ? lastNumber.get(b.h.number)! > k
      : lastTitle.get(folded[k]!)! > k || (b.h.ordinal !== undefined && b.lines.length <= 1 && lastOrdinal.get(b.h.ordinal)! > k);
    const content = b.lines.filter((l) => !AGENDA.test(l.text));
    if (other || content.length === 0) return;
    // an item withdrawn from the agenda is no act: nothing was voted on it
    // (the words tested first, cheaply: this runs on every line of every item)
    // (or on the heading's own line, a relevé's row: « CP-24-125 Collèges publics – … 2024 Retiré — »)
    const withdrawn = (t: string) => WITHDRAWN_NEED.test(t) && WITHDRAWN_ITEM.test(t);
    if ((withdrawn(b.h.title) || content.some((l) => withdrawn(l.text))) && !content.some((l) => VOTE_IN_BLOCK.test(l.text))) return;
    const under = b.h.number === null || ORDINAL_ONLY.test(b.h.number) ? actNumberUnder(b.lines) : null;
    const title = (b.h.rest ? b.h.title : titleUnderRubric(b.h.title, b.lines) ?? titleWithPhrases(b.h.title, b.lines)) || titleAfterRapporteur(b.lines);
    items.push({ number: under?.number ?? b.h.number, title: title || null, heading: lines[b.h.index]!, lines: b.lines, ...(under ? { numberAt: under.at } : {}) });
  });
  // items without a number among numbered ones, each a title between the previous item's outcome and its rapporteur
  const numbered = items.flatMap(splitUnnumbered);
  const first = numbered.length ? lines.indexOf(numbered[0]!.heading) : lines.length;
  // items without a number before the first heading, each a title followed at once by its tally
  const opening = unnumberedItems(lines.slice(0, first));
  if (opening.length) {
    const start = lines.indexOf(opening[0]!.heading);
    return { header: lines.slice(0, start), items: [...opening, ...numbered] };
  }
  // the header stops at the agenda when there is one
  const header = lines.slice(0, first);
  return { header, items: numbered };
}
