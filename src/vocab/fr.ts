// The French wording of deliberations, in one place. Extractors import patterns from here rather than
// writing their own: a new variant seen in a real act is added once, here, for every extractor.
// Patterns are tolerant of accents dropped by OCR or typing ("Presents", "Etaient"), of capitals, and of
// the usual OCR slips of frequent words ("Punanimité", "Vore", "Mare-Marie").
import { COUNT_WORD_SOURCE } from "./numbers.js";
import { anyOf, WORD_END, WORD_START } from "./build.js";

export const COUNT = COUNT_WORD_SOURCE;
/** a count or a zero mark: "14", "05", "/", "-", "néant", "DEUX" */
export const COUNT_OR_ZERO = `(?:${COUNT}|\\/|néant|neant)`;
const DATE_NUM = "\\d{1,2}\\s?[/.]\\s?\\d{1,2}\\s?[/.]\\s?\\d{2,4}";
/** a stamp's date, in figures or in words: « 04/04/2024 », « 30 MAI 2024 », « 1er juillet 2024 » */
const STAMP_DATE = `${DATE_NUM}|\\d{1,2}(?:er)?\\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\s+\\d{4}`;
/** the prefecture's département after its name: « en Préfecture de la Gironde le », « à la Préfecture du Bas-Rhin le » */
const PREFECTURE_OF = "(?:\\s+(?:de\\s+la|de\\s+l['’]|du|des|de|d['’])\\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ'’]*(?:[\\s-]+(?:et[\\s-]+)?[A-ZÀ-Ý][A-Za-zÀ-ÿ'’]*){0,3})?";

// ---- prefecture stamps (@CTES acknowledgements printed on every page) ----------------------------------
/** @CTES act identifier: DPT-SIREN-AAAAMMJJ-NUMERO-NATURE, the number may hold hyphens (greedy, anchored on nature). */
export const CTES_ID = /(?<![\dA-Za-z])(\d{3}|0?2[AB])-(\d{9})-(\d{8})-([A-Za-z0-9_][A-Za-z0-9_ -]{0,30}?)-(DE|AR|AI|CC|BF|AU)(?![A-Za-z0-9])/g;
export const CTES_ID_STRICT = /^(\d{3}|02[AB])-(\d{9})-(\d{8})-(.+)-(DE|AR|AI|CC|BF|AU)$/;
export const CTES_NATURES: Record<string, string> = {
  DE: "délibération",
  AR: "acte réglementaire",
  AI: "acte individuel",
  CC: "contrat, convention et avenant",
  BF: "document budgétaire et financier",
  AU: "autre",
};

/** Pieces of a stamp, each with the date it carries (group 1) when printed. Matched anywhere in a line (OCR's slips of
 * its labels too: « Date de télé transmission », « Date de rèception préfecture »). */
/** the stamp's « Publication : » label with its date, beside a letterhead's column: « Arrondissement de      Publication : 01/07/2024 » */
export const PUBLICATION_WITH_DATE = /Publication\s*:\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/;
export const STAMP_PARTS = {
  sent: new RegExp(`(?:Envoy[ée]e?\\s+en\\s+pr[ée]fecture(?:\\s+le|(?=\\s*$))|(?:T[ée]l[ée])?Transmise?\\s+(?:en|à\\s+la)\\s+pr[ée]fecture${PREFECTURE_OF}(?:\\s+le|(?=\\s*$))|transmission\\s+(?:en|à\\s+la)\\s+pr[ée]fecture${PREFECTURE_OF}\\s+le|(?:transmission|transmise?)\\s+au\\s+repr[ée]sentant\\s+de\\s+l['’]\\s*[ÉEée]tat\\s+le|Date\\s+de\\s+t[ée]l[ée]\\s?transmission|Transmise?\\s+(?:au\\s+repr[ée]sentant\\s+de\\s+l['’]\\s*[ÉEé]tat|au\\s+contr[ôo]le\\s+de\\s+l[ée]galit[ée]|au\\s+pr[ée]fet)(?:\\s+le(?=\\s*(?::\\s*)?(?:\\d|$))|(?=\\s*$)))\\s*:?\\s*(${STAMP_DATE})?`, "gi"),
  received: new RegExp(
    `(?:R[ée][çc]u\\s*en\\s+pr[ée]fecture(?:\\s+le|(?=\\s*$))|R[ée][çc]ue?\\s+(?:en|à\\s+la)\\s+sous-pr[ée]fecture${PREFECTURE_OF}\\s+le|(?:apr[èe]s\\s+)?d[ée]p[ôo]t\\s+en\\s+pr[ée]fecture\\s+le|Date\\s+de\\s+r[éeè]ception\\s+(?:en\\s+)?pr[ée]fecture|\\[?R[ée]ception\\s+par\\s+le\\s+pr[ée]fet|R[ée][çc]ue?\\s+au\\s+contr[ôo]le\\s+de\\s+l[ée]galit[ée](?:\\s+le(?=\\s*(?::\\s*)?(?:\\d|$))|(?=\\s*$)))\\s*[:!;-]?\\s*(${STAMP_DATE})?`,
    "gi",
  ),
  published: new RegExp(`(?:Publi[ée]e?(?:\\s+sur\\s+le\\s+site\\s+(?:internet\\s+)?(?:de\\s+la\\s+|de\\s+l['’]\\s*|du\\s+|des\\s+)?[A-Za-zÀ-ÿ-]+)?\\s+le|Affich[ée]e?\\s+(?:et\\s+publi[ée]e?\\s+)?(?:sous\\s+forme\\s+[ée]lectronique\\s+)?le|Publication(?:\\s+le)?)\\s*:?\\s*(${STAMP_DATE})?\\s*(?=$|[\\s\\].,;])`, "gi"),
  // (the spaces before the label are left to the caller: /\s*ID/ tried every position of a long run of spaces)
  id: /(?:\[\s*)?(?:ID|Identifiant(?:\s+Acte)?)\s*[:;]\s*/gi,
  noise: /(?:Accus[ée]\s+de\s+r[ée]ception(?:\s+en\s+pr[ée]fecture)?(?:\s*-\s*Minist[èée]re(?:\s+de(?:\s*l'?\s*Int[ée]rieur)?)?)?|Accus[ée]\s+certifi[ée]\s+ex[ée]cutoire|Pour\s+l'autorit[ée]\s+comp[ée]tente\s+par\s+d[ée]l[ée]gation|^\s*l'\s*Int[ée]rieur\s*$|^\s*(?:(?:Accus[ée]\s+de\s+)?r[ée]ception\s*-\s*)?Minist[èée]re\s+de\s+l'\s*Int[ée]rieur|\sAccus[ée]\s+de(?:\s+r[ée]ception(?:\s*-)?)?\s*$)/gi,
};
/** a stamp's part without « préfecture », on a line of its own in the stamp's box: « Reçu le : 25/06/2024 », « Envoyé le 21/06/2024 », « Publié le : … » (group 1: the word; 2: the date) */
export const STAMP_BARE_PART = new RegExp(`^\\s*(R[ée][çc]ue?|Envoy[ée]e?|Publi[ée]e?|Affich[ée]e?)\\s+le(?:\\s*:)?\\s*(${STAMP_DATE})\\s*$`, "i");
/** a stamp part's date at the head of the next line, its label ending the line before (a narrow stamp box) */
export const STAMP_DATE_AT_START = new RegExp(`^\\s*(?:le\\s+)?(${STAMP_DATE})(?![\\d/.])`, "i");
/** A word that every stamp part above holds (and the @CTES identifier's date): a line without one is no stamp. */
export const STAMP_CUE = /\d{8}-|fecture|transmis|pr[ée]fet|publi|affich|accus|autorit|int[ée]rieur|minist|galit/i;
/** A line that is only a stamp heading or a stamp continuation once the parts above are removed. */
export const STAMP_LEFTOVER = /^[\s\[\](){}|;:.,'"*\\_–—-]*(?:(?:l'Int[ée]rieur)[\s\[\](){}|;:.,'"*\\_–—-]*)?$/i;

/** page furniture printed on every page: "Page 2/6", "Page 3 sur 10" */
/** a running header or footer closed by its page's number after a dash: « Délibération n° 2024-076 – Conseil municipal du 24 juin 2024 – Page 1/2 » */
export const RUNNING_LINE_WITH_PAGE = /^(?=.{0,140}$).*\S\s*[–—-]\s*Page\s+\d{1,3}\s*(?:\/|sur)\s*\d{1,3}\s*$/u;
export const PAGE_FURNITURE = /(?<![\p{L}])Page\s+\d{1,3}\s*(?:\/|sur)\s*\d{1,3}(?!\d)/giu;

// ---- headings and labels -------------------------------------------------------------------------------
export const BODIES: Array<[RegExp, string]> = [
  [/conseil\s+communautaire|conseil\s+de\s+(?:la\s+)?communaut[ée](?![\p{L}])(?!\s+(?:de\s+communes|d['’]agglom|urbaine))/iu, "conseil communautaire"],
  [/conseil\s+(?:m[ée]tropolitain|de\s+(?:la\s+)?m[ée]tropole)/i, "conseil métropolitain"],
  // « Conseil de Bordeaux Métropole », « Conseil de l'Eurométropole de Strasbourg »
  [/conseil\s+de\s+(?:l['’]\s*|[\p{Lu}][\p{L}-]+\s+(?:[\p{Lu}][\p{L}-]+\s+)?)(?:euro)?m[ée]tropole/iu, "conseil métropolitain"],
  [/conseil\s+de\s+Paris(?![\p{L}])/iu, "conseil de Paris"],
  [/commission\s+permanente/i, "commission permanente"],
  [/conseil\s+municipal/i, "conseil municipal"],
  [/conseil\s+d[ée]partemental/i, "conseil départemental"],
  [/conseil\s+r[ée]gional/i, "conseil régional"],
  [/comit[ée]\s+syndical/i, "comité syndical"],
  [/bureau\s+communautaire/i, "bureau communautaire"],
  [/bureau\s+syndical/i, "bureau syndical"],
  [/conseil\s+d['’]\s*administration/i, "conseil d'administration"],
  // an établissement public territorial of the Métropole du Grand Paris
  [/conseil\s+de\s+territoire/i, "conseil de territoire"],
  // the deliberative assemblies of the single territorial authorities (CGCT L.4422-1, L.7122-1, L.7221-1)
  [/assembl[ée]e\s+de\s+corse/i, "Assemblée de Corse"],
  [/assembl[ée]e\s+de\s+martinique/i, "Assemblée de Martinique"],
  [/assembl[ée]e\s+de\s+guyane/i, "Assemblée de Guyane"],
];

/** "COMMUNE DE CORTE", "Mairie de Flaux", "Ville de Poitiers", "Communauté de Communes des Lisières de l'Oise". */
/** where an authority's name ends: a punctuation mark, the end, or the next heading of a header read as one line */
const AUTHORITY_NAME_END =
  "(?=\\s*(?:[,;:(]|$)|\\s{2}|\\s+(?:[-–]\\s|\\d|(?:Conseil|CONSEIL|Commission|COMMISSION|Bureau|BUREAU|Compte|COMPTE|Proc[èe]s|PROC[ÈE]S|S[ée]ance|S[ÉE]ANCE|Extrait|EXTRAIT|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|Registre|REGISTRE|R[ée]union|R[ÉE]UNION|R[ée]publique|R[ÉE]PUBLIQUE|Publi[ée]e?|PUBLI[ÉE]E?|Affich[ée]e?|s['’]est)(?![\\p{L}])))";
/** an intercommunality's kind alone, its name on the next line: « COMMUNAUTÉ URBAINE » / « DE DUNKERQUE » */
export const AUTHORITY_KIND_ONLY = /^(?:COMMUNAUT[ÉE]\s+(?:URBAINE|DE\s+COMMUNES|D['’]AGGLOM[ÉE]RATION)|Communaut[ée]\s+(?:urbaine|de\s+communes|d['’]agglom[ée]ration)|SYNDICAT\s+MIXTE|Syndicat\s+mixte)$/u;
/** a line of a letterhead that is a name in capitals alone, no figure: « HAUT-JURA », « SAINT-CLAUDE » */
export const NAME_IN_CAPITALS_LINE = /^\s*\p{Lu}[\p{Lu}'’ -]{2,40}$/u;
/** the same kind with its name in a sentence: « … du Syndicat mixte du Parc naturel régional du Vercors, régulièrement … »
 * (group 1: the kind, 2: the name after it) */
export const AUTHORITY_KIND_AND_NAME = /(?<![\p{L}])(COMMUNAUT[ÉE]\s+(?:URBAINE|DE\s+COMMUNES|D['’]AGGLOM[ÉE]RATION)|Communaut[ée]\s+(?:urbaine|de\s+communes|d['’]agglom[ée]ration)|SYNDICAT\s+MIXTE|Syndicat\s+mixte)\s+((?:du|de\s+la|de\s+l['’]|des|d['’])\s*\p{Lu}[^,;:\n]{2,80}?)(?=\s*[,;:(]|\s+(?:r[ée]guli[èe]rement|l[ée]galement|d[ûu]ment|s['’]est|r[ée]uni)(?![\p{L}]))/u;
/** the rest of its name on the next line */
export const AUTHORITY_NAME_CARRIED_ON = /^\s*((?:DE\s+LA|DE\s+L['’]|DES|DU|DE|D['’]|de\s+la|de\s+l['’]|des|du|de|d['’])\s*\p{Lu}[\p{L}'’ -]{1,60}?)\s*$/u;
/** … or at the end of the same line once a two-column letterhead is joined: « COMMUNAUTÉ URBAINE Dunkerque, le 20 décembre 2023 DE DUNKERQUE » */
export const AUTHORITY_NAME_AT_LINE_END = /\s((?:DE\s+LA|DE\s+L['’]|DES|DU|DE|D['’])\s*\p{Lu}[\p{Lu}'’-]+(?: [\p{Lu}'’-]+){0,4})\s*$/u;
/** the article a preposition holds before a commune's name: « commune du Moule » is Le Moule, « ville des Mureaux » Les Mureaux */
export const CONTRACTED_ARTICLE: Array<[RegExp, string]> = [[/(?:^|\s)(?:du|DU|Du)\s*$/, "Le "], [/(?:^|\s)(?:des|DES|Des)\s*$/, "Les "]];
export const AUTHORITY_NAMES: Array<[RegExp, "commune" | "epci" | "syndicat" | "departement" | "region" | "other", RegExp?]> = [
  // a single territorial authority: « COLLECTIVITE DE CORSE », « Collectivité Territoriale de Martinique » (its own
  // spelling in SINGLE_AUTHORITY_NAMES)
  [/(?<![\p{L}])((?:Collectivit[ée]|COLLECTIVIT[ÉE])\s+(?:(?:territoriale|TERRITORIALE|Territoriale)\s+)?(?:de|DE)\s+(?:Corse|CORSE|Martinique|MARTINIQUE|Guyane|GUYANE))(?![\p{L}])/u, "other", /ollectivit|OLLECTIVIT/],
  // the name runs to a punctuation mark, a date ("… du 12 mars", "… du jeudi 12"), a verb of the session, or the
  // other column of a flattened header ("… VALLÉE DU LOT RÉPUBLIQUE FRANÇAISE"); "du Lot", "de la Vallée" stay in it
  [/\b(Communaut[ée]\s+(?:de\s+communes|d'agglom[ée]ration|urbaine)\s+[^\s,;:][^,;:\n]{1,79}?)(?=\s*(?:[,;:(]|$)|\s+(?:-\s|(?:du|le)\s+(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|premier|1er)|s'est|r[ée]uni|en\s+session|\d|R[ée]publique\b|Conseil\b|S[ée]ance\b|Extrait\b|D[ée]lib[ée]ration\b|Registre\b|Proc[èe]s\b))/i, "epci"],
  // an intercommunality's kind alone on its line, its name on the lines under it (src/extract/session.ts)
  [/^\s*(COMMUNAUT[ÉE]\s+(?:URBAINE|DE\s+COMMUNES|D['’]AGGLOM[ÉE]RATION)|Communaut[ée]\s+(?:urbaine|de\s+communes|d['’]agglom[ée]ration))\s*$/u, "epci"],
  // a city's name before the word: « RENNES MÉTROPOLE », « Metz Métropole », « Bordeaux Métropole » (not « CONSEIL DE … »)
  [/(?<![\p{L}'’-])((?:(?!(?:CONSEIL|Conseil|DE|De|DU|Du|LA|La|LE|Le|ET|Et)\s)[A-ZÀ-Ý][\p{L}'’-]+\s+){1,2}(?:M[ée]tropole|MÉTROPOLE))(?![\p{L}])(?!\s+(?:de|du|d['’]|DE|DU|D['’])\s)/u, "epci", /M[ée]tropole|MÉTROPOLE/],
  [new RegExp(`\\b((?:M[ée]tropole|M[ÉE]TROPOLE)\\s+(?:de\\s+|du\\s+|d'|DE\\s+|DU\\s+|D')?[A-ZÀ-Ý][^,;:\\n]{2,60}?)${AUTHORITY_NAME_END}`, "u"), "epci"],
  // "Grenoble-Alpes Métropole", "BORDEAUX MÉTROPOLE": the name before the word
  // (tried only on a line that holds the word, its third element: the pattern opens with any capital)
  [new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’]*[\\s-]+){1,4}(?:M[ée]tropole|M[ÉE]TROPOLE))${AUTHORITY_NAME_END}`, "u"), "epci", /tropole/i],
  // an établissement public territorial: « l'Établissement public territorial Grand-Orly Seine Bièvre, légalement convoqué »
  [/(?<![\p{L}])((?:[ÉE]tablissement|[ÉE]TABLISSEMENT)\s+(?:public|PUBLIC)\s+(?:territorial|TERRITORIAL)\s+[^\s,;:][^,;:\n]{2,60}?)(?=\s*(?:[,;:(]|$)|\s+[-–](?:\s|$)|\s+(?:Extrait|EXTRAIT|Registre|REGISTRE|S[ée]ance|S[ÉE]ANCE|Conseil|CONSEIL|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|R[ée]publique|R[ÉE]PUBLIQUE|s['’]est|l[ée]galement)(?![\p{L}]))/u, "epci"],
  // (in a collapsed header the name stops at the next heading: "… DE L'ARC Extrait du registre …")
  [/\b((?:Syndicat|SIVOM|SIVU|SIAEP|SIEA|SIVOS|SIRP|SMICTOM|SICTOM|SMIRTOM|SIETOM)\s+[^\s,;:][^,;:\n]{2,79}?)(?=\s*(?:[,;:(]|$)|\s+(?:Extrait|EXTRAIT|Registre|REGISTRE|S[ée]ance|S[ÉE]ANCE|Comit[ée]|COMIT[ÉE]|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|Proc[èe]s|PROC[ÈE]S|R[ée]publique|R[ÉE]PUBLIQUE)(?![\p{L}]))/iu, "syndicat"],
  [/\b(?:COMMUNE|Commune|MAIRIE|Mairie|VILLE|Ville)(?:\s+(?:NOUVELLE|nouvelle))?\s+(?:DES(?=\s)|des(?=\s)|DE|de|D'|d'|DU|du)\s*([A-ZÀ-Ý][\p{L}' -]{1,50}?)(?=\s*(?:[,;:(]|$)|\s{2}|\s+(?:[-–]\s|\d|(?:Conseil|CONSEIL|D[ée]partement|DEPARTEMENT|Compte|COMPTE|Proc[èe]s|PROC[ÈE]S|S[ée]ance|S[ÉE]ANCE|Extrait|EXTRAIT|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|Registre|REGISTRE|R[ée]union|R[ÉE]UNION|Arrondissement|ARRONDISSEMENT|R[ée]publique|R[ÉE]PUBLIQUE|Nombre|NOMBRE|Membres|MEMBRES|Date|DATE|s['’]est|Publi[ée]e?|(?:du|DU|Du)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche))(?![\p{L}])))/u, "commune"],
];
/**
 * Words after which an authority's name in running text is the act's own: "le Conseil Communautaire de la
 * Communauté de Communes …", "Extrait du registre des délibérations de la Commune de …", "Le Président de la …"
 */
export const AUTHORITY_NAME_AFTER = /(?:r[ée]publique\s+fran[çc]aise|d[ée]partement\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')[\p{L}'’]+(?:[\s-][\p{L}'’]+){0,3}|conseil(?:\s+(?:communautaire|municipal|syndical|m[ée]tropolitain))?|pr[ée]sidente?|maire|membres?|d[ée]lib[ée]rations?|registre|s[ée]ance|compte[- ]rendu|proc[èe]s[- ]verbal|r[ée]union|bureau)(?:\s*,)?(?:\s*(?:de\s+la|du|de|de\s+l'|d'))?\s*$/iu;
/** "Fait à Savas-Mépin", "Fait et délibéré à Corte": the place names the commune when nothing else does. */
export const FAIT_A = /^\s*Fait(?:\s+et\s+d[ée]lib[ée]r[ée])?\s+(?:en\s+mairie\s+)?(?:à|a)\s+([A-ZÀ-Ý][\p{L}' -]{1,40}?)(?=\s*(?:[,.]|$)|\s+le\b)/u;
export const COMMUNE_IN_SENTENCE = /\b[Cc]onseil\s+[Mm]unicipal\s+(?:de\s+la\s+commune\s+|de\s+la\s+ville\s+)?(?:de|d')\s*([A-ZÀ-Ý][\p{L}'-]+(?:[ -](?:sur|sous|en|l[ae]s?|de|d'|du|[A-ZÀ-Ý][\p{L}'-]+))*)/u;

/** a postal code and its town, as a letterhead writes them: "73800 CHIGNIN", "26000 Valence" (group 1: the code, 2: the town) */
export const POSTAL_CODE_AND_TOWN = /(?<![\d\p{L}])((?:0[1-9]|[1-8]\d|9[0-5]|97[1-6])\d{3})\s+([A-ZÀ-Ý][\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5})/gu;
/** a département's or a region's own heading, the authority when the body is theirs: "DÉPARTEMENT DE LA DRÔME" */
export const DEPARTMENT_AUTHORITY = new RegExp(
  `^\\s*((?:D[ée]partement|D[ÉE]PARTEMENT|R[ée]gion|R[ÉE]GION)\\s+(?:de\\s+la\\s+|de\\s+l'\\s*|des\\s+|du\\s+|de\\s+|d'\\s*|DE\\s+LA\\s+|DE\\s+L'\\s*|DES\\s+|DU\\s+|DE\\s+|D'\\s*)?[A-ZÀ-Ý][\\p{L}' -]{2,40}?)${AUTHORITY_NAME_END}`,
  "u",
);
/** a region named by its council, its own heading: « CONSEIL RÉGIONAL DE BRETAGNE », « Conseil régional d'Île-de-France »
 * (group 1: the name, a region's name in REGION_NAMES) */
export const REGION_COUNCIL_HEADING = new RegExp(`^\\s*(?:Le\\s+|LE\\s+)?(?:CONSEIL\\s+R[ÉE]GIONAL|Conseil\\s+r[ée]gional)\\s+(?:de\\s+la\\s+|de\\s+l['’]\\s*|des\\s+|du\\s+|de\\s+|d['’]\\s*|DE\\s+LA\\s+|DE\\s+L['’]\\s*|DES\\s+|DU\\s+|DE\\s+|D['’]\\s*)?(\\p{Lu}[\\p{L}'’ -]{2,40}?)(?:${AUTHORITY_NAME_END}|(?=\\s+\\p{Ll}))`, "u");
/** a département named by its council, its own heading: « CONSEIL DÉPARTEMENTAL DU FINISTÈRE » (group 1 the article, 2 the name) */
export const DEPARTMENT_COUNCIL_HEADING = new RegExp(`^\\s*(?:Le\\s+|LE\\s+)?(?:CONSEIL\\s+D[ÉE]PARTEMENTAL|Conseil\\s+d[ée]partemental)\\s+(de\\s+la\\s+|de\\s+l['’]\\s*|des\\s+|du\\s+|de\\s+|d['’]\\s*|DE\\s+LA\\s+|DE\\s+L['’]\\s*|DES\\s+|DU\\s+|DE\\s+|D['’]\\s*)(\\p{Lu}[\\p{L}'’ -]{2,40}?)(?:${AUTHORITY_NAME_END}|(?=\\s+\\p{Ll}))`, "u");
/** the same council named in a sentence (group 1 the article, 2 the name, checked against the départements' names) */
export const DEPARTMENT_COUNCIL_IN_TEXT = /(?<![\p{L}])(?:Conseil\s+d[ée]partemental|CONSEIL\s+D[ÉE]PARTEMENTAL)\s+(de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*|DE\s+LA\s+|DE\s+L['’]\s*|DES\s+|DU\s+|DE\s+|D['’]\s*)(\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)*)/u;
/** the bodies of a département or a region */
/** the word before a département's name in the authority's own: « Département de la », « Département du », « Département d' » */
export const DEPARTMENT_WORD_BEFORE_NAME = /^\s*D[ée]partement\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)?/iu;
/** the commission permanente named in a header's heading, not cited in a sentence: « COMMISSION PERMANENTE », « Commission permanente du 22 novembre 2024 » */
export const PERMANENT_COMMISSION_HEADING = /^(?!\s*(?:Vu|Considérant)\b)(?=.{0,100}$).*(?<![\p{L}])(?:COMMISSION\s+PERMANENTE|Commission\s+permanente)(?![\p{L}])/u;
export const DEPARTMENT_BODY = /^(?:conseil d[ée]partemental|conseil r[ée]gional|commission permanente)$/;
/** « DÉPARTEMENT DE LA RÉUNION » (group 1: the name), up to a punctuation mark, two spaces, or the next heading once a
 * header is read as one line (« … DE LA RÉUNION COMMUNE DE SAINT-PAUL », « … DU CANTAL RÉPUBLIQUE FRANÇAISE ») */
export const DEPARTMENT_HEADING = /\bD[ée]partement\s+(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+|d'\s*)?([A-ZÀ-Ý][\p{L}' -]{2,40}?)(?=\s*(?:$|[,;:(–])|\s{2}|\s(?:COMMUNE|MAIRIE|VILLE|ARRONDISSEMENT|CANTON|EXTRAIT|CONSEIL|COMMUNAUT[ÉE]|SYNDICAT|R[ÉE]PUBLIQUE|REGISTRE|S[ÉE]ANCE|D[ÉE]LIB[ÉE]RATION|PROC[ÈE]S-VERBAL|COMPTE)(?![\p{L}]))/iu;

export const SESSION_DATE_LABELS =
  /(?:^\s*le\s+(?=(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:\d{1,2}(?:er)?|[a-zà-ÿ]+(?:[\s-][a-zà-ÿ]+){0,3})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b[^.]{0,160}?(?:s'est\s+r[ée]uni|conseil\s+(?:municipal|communautaire|syndical)))|s[ée]ance\s+(?:ordinaire\s+|extraordinaire\s+|publique\s+)?du|r[ée]union\s+du|conseil\s+(?:municipal|communautaire|m[ée]tropolitain|d[ée]partemental|r[ée]gional)\b(?:\s+du)?|(?:comit[ée]\s+syndical|bureau(?:\s+(?:communautaire|syndical|municipal|m[ée]tropolitain))?|conseil\s+(?:syndical|d['’]administration|territorial|de\s+(?:Paris|la\s+m[ée]tropole))|commission\s+permanente|assembl[ée]e\s+(?:pl[ée]ni[èe]re|d[ée]lib[ée]rante))\s+du\b|l'an\b|le\s+conseil\s+municipal\s+s'est\s+r[ée]uni|CR\s+du\s+conseil|date\s+de\s+(?:la\s+)?(?:s[ée]ance|r[ée]union)\s*:)/i;
/** a unit that gives a date other than the session's: convocation, posting, publication, transmission */
export const OTHER_DATE_LABELS = /(?:date\s+de\s+(?:la\s+)?convocation|convoqu[ée]|convocation|affich|publi[ée]|publication|envoy[ée]|re[çc]u\s+(?:en|à|a|le)|transmis)/i;
// (« convoqué par lettre du 19 septembre », « par lettre adressée le 10 décembre », « la convocation qui leur a été
// adressée par le Maire sortant le 17 mars »)
export const CONVOCATION = /(?:date\s+(?:de\s+|d['’]\s*envoi\s+de\s+)(?:la\s+)?convocation|convoqu[ée]e?s?(?:\s+par\s+(?:lettre|courrier|courriel|voie\s+(?:[ée]lectronique|d[ée]mat[ée]rialis[ée]e)|(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:le|la)\s+(?:maire|pr[ée]sidente?))(?:\s+(?:adress[ée]e|envoy[ée]e))?\s+(?:le|du|en\s+date\s+du)|\s+le)|convocation\s+(?:du|en\s+date\s+du|(?:qui\s+(?:leur|lui)\s+a\s+[ée]t[ée]\s+)?(?:adress[ée]e|faite|envoy[ée]e)(?:\s+par\s+(?:le|la)\s+(?:maire|pr[ée]sidente?)(?:\s+sortante?)?)?\s+le))\s*:?/i;
export const PLACE = /(?:s'est\s+r[ée]uni(?:e|s)?|r[ée]uni(?:e|s)?)\s*(?:,\s*)?(?:en\s+(?:session|s[ée]ance)\s+\w+\s*(?:,\s*)?)?(?:au\s+nombre\s+prescrit\s+par\s+la\s+loi\s*(?:,\s*)?)?(?:dans|à|a|en)\s+(la\s+salle\s+[^,.]+|le\s+lieu\s+habituel\s+de\s+ses\s+s[ée]ances|la\s+mairie|l'h[ôo]tel\s+de\s+ville|la\s+maison\s+[^,.]+|mairie)/i;

// attendance counts: label -> field; a count follows the label (or is written before it)
/** what a count's label may hold in brackets before its colon: a plural's mark, another word for it (« Représentés (pouvoirs) : 11 ») */
export const COUNT_LABEL_GLOSS = "\\((?:e?s?|pouvoirs?|procurations?)\\)";
export const COUNT_LABELS: Array<[RegExp, "inOffice" | "present" | "absent" | "represented" | "voters" | "excused"]> = [
  [/(?:nombre\s+de\s(?:\s*(?:conseillers|membres|d[ée]l[ée]gu[ée]s))?|conseillers|membres|d[ée]l[ée]gu[ée]s)?\s*(?:municipaux\s+)?(?:afférents\s+au\s+conseil\s*(?::\s*)?)?(?:en\s+exercice|en\s+fonction)/i, "inOffice"],
  // « Nombre de membres composant le Conseil municipal : 55 »
  [/(?:nombre\s+de\s+)?(?:membres|conseillers|d[ée]l[ée]gu[ée]s)\s+composant\s+le\s+(?:conseil|comit[ée])(?:\s+(?:municipal|communautaire|syndical|d[ée]partemental))?/i, "inOffice"],
  // (« présents à l'ouverture de la séance : 52 »: when the count was taken)
  [/(?:nombre\s+de\s+)?(?:membres\s+|conseillers\s+)?pr[ée]sents?(?!\s+ou)(?:\s+[àa]\s+l['’]ouverture(?:\s+de\s+la\s+s[ée]ance)?|\s+en\s+d[ée]but\s+de\s+s[ée]ance)?/i, "present"],
  // "Membres présents : 8 sur 12": the figure after « sur » is the members in office
  [/(?:membres|conseillers|d[ée]l[ée]gu[ée]s)?\s*pr[ée]sents?\s*:\s*\d{1,3}\s+sur(?=\s+\d)/i, "inOffice"],
  // (not « présents ou représentés : 14 », the voters: PRESENT_OR_BEFORE, in src/extract/attendance.ts)
  [/(?:nombre\s+de\s+)?(?:membres\s+|conseillers\s+)?(?<!non\s)(?:procurations?|pouvoirs?|repr[ée]sent[ée]s?)(?!\s+donn)/i, "represented"],
  [/(?:nombre\s+de\s+)?(?:membres\s+|conseillers\s+)?(?:votants?|qui\s+ont\s+pris\s+part\s+(?:à|au)\s+(?:la\s+d[ée]lib[ée]ration|vote))/i, "voters"],
  [/(?:nombre\s+(?:de\s+|d['’]\s*))?(?:membres\s+|conseillers\s+)?absents?(?:\s+non\s+(?:repr[ée]sent[ée]s?|excus[ée]s?))?(?!\s+(?:excus|ayant))/i, "absent"],
];

/** counts told in a sentence: « Sur les 27 conseillers en exercice, 23 étaient présents et 4 avaient donné procuration » */
export const COUNTS_IN_SENTENCE: Array<[RegExp, "inOffice" | "present" | "represented"]> = [
  [/(?<![\d,.])(\d{1,3})\s+(?:conseillers|membres|d[ée]l[ée]gu[ée]s)(?:\s+(?:municipaux|communautaires|titulaires))?\s+en\s+exercice(?![\p{L}])/iu, "inOffice"],
  [/(?<![\d,.])(\d{1,3})\s+(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s)\s+)?(?:[ée]taient|sont)\s+pr[ée]sents?(?![\p{L}]|\s+ou)/iu, "present"],
  [/(?<![\d,.])(\d{1,3})\s+(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s)\s+)?(?:avaient|ont)\s+donn[ée]\s+(?:procuration|pouvoir)(?![\p{L}])/iu, "represented"],
  // « 24 délégués présents sur 31, 3 pouvoirs »
  [/(?<![\d,.])(\d{1,3})\s+(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s|[ée]lus)\s+)?pr[ée]sents?\s+sur\s+\d{1,3}(?!\d|[,.]\d)/iu, "present"],
  [/(?<![\d,.])\d{1,3}\s+(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s|[ée]lus)\s+)?pr[ée]sents?\s+sur\s+(\d{1,3})(?!\d|[,.]\d)/iu, "inOffice"],
  [/pr[ée]sents?\s+sur\s+\d{1,3}\s*,\s*(\d{1,3})\s+(?:pouvoirs|procurations)(?![\p{L}])/iu, "represented"],
];

/**
 * the labels of a row of counts whose figures stand on the next line, one space apart as a PDF's text layer gives
 * them (« Votants Exprimés Pour Contre » / « 18 17 17 0 »): each label once, in the order of the figures
 */
const ROW_COUNT_LABELS = [
  "En exercice", "Présents", "Présent", "Représentés", "Pouvoirs", "Procurations", "Absents", "Votants", "Suffrages exprimés", "Exprimés",
  "Pour", "Contre", "Abstentions", "Abstention", "Abst.", "Blancs", "Nuls", "NPPV", "Ne prend pas part au vote", "Ne prennent pas part au vote",
];
const ROW_COUNT_LABEL = anyOf(ROW_COUNT_LABELS, "initial");
export const COUNT_LABEL_ROW = new RegExp(`^\\s*${ROW_COUNT_LABEL}(?:\\s*:)?(?:\\s+${ROW_COUNT_LABEL}(?:\\s*:)?)+\\s*$`, "u");
/** one label of such a row, to list them in order */
export const ROW_COUNT_LABEL_EACH = new RegExp(`${WORD_START}${ROW_COUNT_LABEL}(?![\\p{L}])`, "gu");
/** the figures under it: counts one space apart, « / » or « - » for none */
export const FIGURE_ROW = /^\s*(?:\d{1,3}|\/|-|–)(?:\s+(?:\d{1,3}|\/|-|–))+\s*$/;

/** a column's label in a side box of counts laid out in columns of spaces (src/normalise/index.ts) */
export const COUNT_HEADER_CELL = /exercice|pr[ée]sent|repr[ée]sent|absent|votant|pouvoir|procuration|aff[ée]rent|exprim|^pour$|^contre$|abstention/i;

// attendance lists
export const LIST_LABELS: Array<[RegExp, "present" | "excused" | "absent" | "represented" | "absentExcused"]> = [
  [/^(?:[-•*]\s*)?(?:(?:D[ée]l[ée]gu[ée]s|Conseillers|[ÉE]lus|Membres)(?:\s+(?:titulaires|suppl[ée]ants|municipaux|communautaires))?\s+)?(?:[ÉE]taient\s+pr[ée]sents?|[ÉE]tai(?:en)?t\s+pr[ée]sents?|Pr[ée]sents?|PRESENTS?|Membres\s+pr[ée]sents|Titulaires)(?:\s+(?:les|des)\s+(?:conseillers|membres|d[ée]l[ée]gu[ée]s|[ée]lus)(?:\s+(?:municipaux|communautaires|titulaires))?(?:\s+suivants)?)?\s*(?:(?:\(e?s?\))\s*)?(?:\(\s*\d{1,3}\s*\)\s*)?:/i, "present"],
  [/^(?:[-•*]\s*)?(?:(?:D[ée]l[ée]gu[ée]s|Conseillers|[ÉE]lus|Membres)(?:\s+(?:titulaires|suppl[ée]ants|municipaux|communautaires))?\s+)?(?:(?:[ÉE]taient\s+)?(?:Absente?s?(?:\(s\))?(?:\s+excus[ée]e?s?(?:\(e?s\))?)?|Excus[ée]e?s?(?:\(e?s\))?)\s+(?:ayant\s+(?:donn[ée]|vot[ée]\s+par)|et\s+(?:avai(?:en)?t|ont)\s+donn[ée])\s+(?:procuration|pouvoir)(?:\s+à|\s+en\s+application\s[^:]{0,120})?|(?:Avai(?:en)?t|Ont|A)\s+donn[ée]\s+(?:procuration|pouvoir)(?:\s+à)?|Procurations?(?:\(s\))?|Pouvoirs?|PROCURATIONS?|D[ée]l[ée]gations?\s+de\s+vote|(?:[ÉE]taient\s+)?(?:(?:Absente?s?|Excus[ée]e?s?)\s+(?:excus[ée]e?s?\s+)?(?:et\s+)?)?Repr[ée]sent[ée]e?s?(?:\(e?s?\))?)\s*(?:\(\s*\d{1,3}\s*\)\s*)?:/i, "represented"],
  [/^(?:[-•*]\s*)?(?:(?:D[ée]l[ée]gu[ée]s|Conseillers|[ÉE]lus|Membres)(?:\s+(?:titulaires|suppl[ée]ants|municipaux|communautaires))?\s+)?(?:Absents?(?:\(s\))?\s+et\s+absents?(?:\(s\))?\s+excus[ée]s?(?:\(e?s?\))?|Absents?(?:\s+(?:(?:\(e?s?\))\s+)?|(?:\(e?s?\))\s+)excus[ée]s?(?:\(e?s?\))?\s+et\s+absents?)\s*:/i, "absentExcused"],
  [/^(?:[-•*]\s*)?(?:(?:D[ée]l[ée]gu[ée]s|Conseillers|[ÉE]lus|Membres)(?:\s+(?:titulaires|suppl[ée]ants|municipaux|communautaires))?\s+)?(?:[ÉE]tai(?:en)?t?(?:\s+(?:(?:\(ent\))\s+)?|(?:\(ent\))\s+)excus[ée]e?s?(?:\s*\(e?s?\))?|Excus[ée]e?s?(?:\(e?s?\))?|(?:[ÉE]tai(?:en)?t\s+)?Absente?s?\s+excus[ée]e?s?(?:\(e?s?\))?(?:,?\s+non\s+repr[ée]sent[ée]e?s?)?)\s*(?:\(\s*\d{1,3}\s*\)\s*)?:/i, "excused"],
  [/^(?:[-•*]\s*)?(?:(?:D[ée]l[ée]gu[ée]s|Conseillers|[ÉE]lus|Membres)(?:\s+(?:titulaires|suppl[ée]ants|municipaux|communautaires))?\s+)?(?:[ÉE]tai(?:en)?t?(?:\s+(?:(?:\(ent\))\s+)?|(?:\(ent\))\s+)absents?(?:\s*\(e?s?\))?|Absents?(?:\s+non\s+(?:excus[ée]s?|repr[ée]sent[ée]s?)|\s+[àa]\s+l['’]\s*ouverture\s+de\s+la\s+s[ée]ance)?(?:\(e?s?\))?|Non\s+excus[ée]s?|ABSENTS?(?=\s*(?:\(|:|$)))\s*(?:\(\s*\d{1,3}\s*\)\s*)?(?::|$|(?=\s[A-ZÀ-Ý][a-zà-ÿ]))/i, "absent"],
];

// ---- attendance grids: a table of the members, a mark in a status's column (src/normalise/attendance-grid.ts) ----------
/**
 * The columns of an attendance grid, by the folded words of their header's cell (src/vocab/fold.ts foldWords):
 * « NOM Prénom | Présent | Absent | Pouvoir à », « Commune | Délégué | Présent | Excusé | Absent | Pouvoir donné à ».
 * A header names the members' column and a present's and another status's at least.
 */
export const GRID_COLUMNS: Array<[RegExp, "name" | "present" | "excused" | "absent" | "proxy" | "other"]> = [
  [/^(?:(?:nom|noms)(?: (?:et )?prenoms?)?(?: qualite| fonction)?|prenoms? (?:et )?noms?|delegues?(?: titulaires?)?|conseillers?(?: municipaux| communautaires)?|membres?|elus?|titulaires?|administrateurs?)$/, "name"],
  // (in inclusive writing too: « Présent(e) », « Excusé(e)s », folded « present e », « excuse e s »)
  [/^presente?s?(?: e| es| e s| s)?$/, "present"],
  [/^(?:absente?s? )?excusee?s?(?: e| es| e s| s)?$/, "excused"],
  [/^absente?s?(?: e| es| e s| s)?(?: non excusee?s?)?$/, "absent"],
  [/^(?:(?:a )?donne )?(?:pouvoir|procuration|mandat)(?: donnee?)?(?: a)?$|^representee?s? par$|^mandataire$|^suppleee?s? par$/, "proxy"],
  // the columns beside: the member's commune, quality, group, signature
  [/^(?:communes?|collectivites?|qualites?|fonctions?|groupes?|signatures?|emargements?)$/, "other"],
];
/** what a page's text must hold before its words are searched for a grid's header: a present's label and another status's (speed) */
export const GRID_NEED_PRESENT = /pr[ée]sent/i;
export const GRID_NEED_OTHER = /excus|absent|pouvoir|procuration|repr[ée]sent|mandat/i;
/** the column a header's cell stands over, by its folded words */
export function gridColumnKind(folded: string): (typeof GRID_COLUMNS)[number][1] | undefined {
  return GRID_COLUMNS.find(([re]) => re.test(folded))?.[1];
}
/** the columns of a grid's header: the members', a present's, and an absent's, an excused's or a proxy's */
export function isGridHeader(kinds: ReadonlyArray<(typeof GRID_COLUMNS)[number][1] | undefined>): boolean {
  return kinds.includes("name") && kinds.includes("present") && (kinds.includes("absent") || kinds.includes("excused") || kinds.includes("proxy"));
}
/** a mark in a status's column: « X », « x », « × », a tick, « oui » */
export const GRID_MARK = /^(?:[xX×✓✔☑☒]|oui|OUI|Oui)$/;
/** a line of a grid's frame: « +-----+-----+ », « |-----|-----| », « ===== » (its characters only, a run of three rules among them) */
export const GRID_RULE = /^[\s+|=_-]+$/;
export const GRID_RULE_RUN = /[-=_]{3}/;
/** a border of a grid's frame inside a row: a pipe, or what OCR reads for one standing alone (« I », « ! », « l », « ¦ ») */
export const GRID_BORDER = /\||(?<=^|\s)[I!l¦](?=\s|$)/g;
/** a member's quality after the name in its cell, left out of the list: « THIÉRY Gérard, Maire », « DEVAUX Chantal (1ère adjointe) » */
export const GRID_NAME_QUALITY = /\s*(?:,.*|\([^)]*\)\s*)$/;
/** the labels the grid's lists are written under, read by the attendance extractor as any list's */
export const GRID_LIST_LABELS = { present: "Présents", excused: "Excusés", absent: "Absents", proxy: "Pouvoirs" } as const;

/** the word that says a list's members are excused (« Absents excusés ayant donné procuration ») */
export const EXCUSED_WORD = /excus[ée]/i;
/** a name at the head of a secretary's value that runs on: a civility, then capitalised words up to the next civility */
export const LEADING_NAME = /^(?:(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?!(?:M\.|Mme|Mlle|MM\.?|Monsieur|Madame|Le|La|Les)\s)\p{Lu}[\p{L}'’-]+(?![°\d])){0,3}/u;
/** the places a name in capitals lists after its first, up to « ET » and the last: « AUBRAC, CARLADEZ ET VIADÈNE » */
export const PLACES_LISTED_AFTER_NAME = /^((?:,\s*[A-ZÀ-Ý][A-ZÀ-Ý'’-]*(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’-]*)*)*\s(?:\s*)ET\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]*(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’-]*)*)\s*$/u;
export const SECRETARY = [
  /(?:a\s+[ée]t[ée]\s+(?:nomm[ée]|d[ée]sign[ée]|[ée]lu)(?:\s+(?:(?:\(e\))\s+)?|(?:\(e\))\s+)(?:comme\s+|pour\s+)?secr[ée]taire(?:\s+de\s+s[ée]ance)?|secr[ée]taire\s+de\s+s[ée]ance(?:\s+(?:[ée]lue?|d[ée]sign[ée]e?|nomm[ée]e?))?|secr[ée]taire)\s*(?:(?:\(s\))\s*)?(?:\([^)]*\)\s*)?:\s*(\S.*|.)$/i,
  // (not « A été élu secrétaire : M. X », whose name comes after the colon)
  // (« est désigné, à l'unanimité, pour remplir les fonctions de secrétaire de séance »)
  /^(.*?\S)\s+(?:a\s+[ée]t[ée]|est)\s+(?:nomm[ée]e?|d[ée]sign[ée]e?|[ée]lue?)(?:\s*,[^,]{2,40},)?\s+(?:comme\s+|en\s+qualit[ée]\s+de\s+|pour\s+remplir\s+les\s+fonctions\s+de\s+)?secr[ée]taire(?!\s*(?:de\s+s[ée]ance\s*)?:)/i,
  // « M. Bastien LORIOT assurera les fonctions de secrétaire de séance »
  /^(.*?\S)\s+(?:assurera|assure|remplira|remplit|exercera|exerce)\s+(?:les\s+fonctions|la\s+fonction|le\s+r[ôo]le)\s+de\s+secr[ée]taire/i,
  /(?:candidature\s+de|d[ée]sign[ée]e?|nomm[ée]e?|d[ée]signer?|nommer?)\s+((?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s[^,]*?[^\s,])(?:\s*,[^,]{2,60},)?\s+(?:en\s+qualit[ée]\s+de|comme|pour\s+(?:être|remplir))\s+(?:les\s+fonctions\s+de\s+)?secr[ée]taire/i,
  // the chair puts the post to the vote, then names the candidate: "… l'élection de la secrétaire de séance. Je vous
  // propose la candidature de Mademoiselle Maud BODKIN."
  /secr[ée]taire\s+de\s+s[ée]ance\s*[.?!]\s+(?:Je\s+vous\s+propose\s+|Il\s+est\s+propos[ée]\s+)?la\s+candidature\s+de\s+((?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+[^.,;]+)/i,
];
export const PRESIDENT = [
  /(?:sous\s+la\s+|^\s*)pr[ée]sidence\s+d[eu]\s+(?:(?:Monsieur|Madame|M\.|Mme)\s+(?:le|la)\s+(?:Maire|Pr[ée]sidente?)\s*,\s*)?(?!Maire\b|(?:M\.?|Monsieur|Madame|Mme)\s*(?:le|la)\s+(?:Maire|Pr[ée]sident))((?:M\.|Mme|Dr\.)?(?:[^\s,;]|(?<!\s)\s+(?!\s))+?)(?:\.?\s*$|[,;]|\.\s)/i,
  /pr[ée]sid[ée]e?\s+par\s+((?:M\.|Mme|Dr\.)?(?:[^\s,;]|(?<!\s)\s+(?!\s))+?)(?:\.?\s*$|[,;]|\.\s)/i,
  /^\s*Pr[ée]sid(?:ent(?:e)?|ence)(?:\s+de\s+(?:s[ée]ance|la\s+s[ée]ance))?\s*:\s*(\S.*|.)$/i,
  // « … adressée le 8 mars 2024 par M. Bertrand LAVIGNE, Président du Conseil départemental, qui préside la séance »
  /(?<![\p{L}])par\s+((?:Monsieur|Madame|M\.|Mme)\s[^,;]{2,60}?),[^,;]{0,80},\s*qui\s+pr[ée]side\s+la\s+s[ée]ance/u,
  // « sous la présidence du Maire, Bernard WINTZENBERGER »
  /sous\s+la\s+pr[ée]sidence\s+d[eu]\s+(?:Maire|Pr[ée]sident(?:e)?)\s*,\s*((?:(?:Monsieur|Madame|M\.|Mme)\s)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})/u,
  // « PRÉSIDENCE DE Monsieur Benoît SAVARY, Maire » wherever it stands in a header read as one line
  /(?<![\p{L}])(?:PR[ÉE]SIDENCE\s+DE|Présidence\s+de)\s+((?:Monsieur|Madame|M\.|Mme)\s[^,;\s](?:[^,;\s]|\s(?=[^,;\s]))*)/u,
  // "M. Paul ROCCA, Maire, préside la séance"
  /(?<![\p{L}])((?:M\.|Mme|Monsieur|Madame)\s[^,;]{2,60}?),\s*(?:Maire|Pr[ée]sidente?|[\p{L}\d]+\s+adjointe?)\s*,\s*pr[ée]side\s+la\s+s[ée]ance/iu,
];
/** closing signature: "Le Maire, Bertrand DURANTON", "Le Président, M. X" */
/** a signature label line with no name on it: "Le Maire", "Le Maire    Le Secrétaire de séance" */
export const SIGNATURE_LABELS = /^\s*(?:Le|La)\s+(?:Maire|Pr[ée]sidente?)(?:\s*(?:,\s*)?$|\s+(?:Le|La)\s+Secr[ée]tair\w*(?:\s+de\s+s[ée]ance)?\s*$)/i;
/** the same labels with the names after them on one unit: "Le Maire Le Secrétaire Dr. Xavier POLI M. Marc-Marie G…" */
export const SIGNATURE_COLUMNS = /^\s*(?:Le|La)\s+(?:Maire|Pr[ée]sidente?)\s+(?:Le|La)\s+Secr[ée]tair\w*(?:\s+de\s+s[ée]ance)?(?:\s+(?:,\s+)?|,\s+)(\S.*)$/i;
/** the role of a present member who chairs by law: "Maire", "Président", "Présidente" (src/infer/president.ts) */
export const CHAIR_ROLE = /^(?:Maire|Pr[ée]sidente?)$/i;
export const SIGNATURE = /^\s*(?:Pour\s+(?:extrait|copie)\s+(?:certifi[ée]e?\s+)?conforme\s*,\s*)?(?:Le|La|le|la)\s+(Maire|Pr[ée]sident(?:e)?)(?:\s*[,:]\s*|\s+(?=(?:M\.|Mme|Dr\.?|Docteur|Monsieur|Madame|[A-ZÀ-Ý][\p{L}-]+\s+[A-ZÀ-Ý]{2})))(.{3,60})$/u;

// ---- persons -------------------------------------------------------------------------------------------
export const CIVILITIES: Array<[RegExp, string]> = [
  [/^(?:Monsieur|MONSIEUR|Messieurs|MESSIEURS|Mr\.?|M\.|M(?=\s)|MM\.?)\s*/, "M."],
  [/^(?:Madame|MADAME|Mesdames|MESDAMES|Mmes\.?|MMES\.?|Mme\.?|MME\.?)\s*/, "Mme"],
  [/^(?:Mademoiselle|Mlle\.?)\s*/, "Mlle"],
  [/^(?:Docteur|Dr\.?)\s*/, "Dr"],
  [/^(?:Ma[îi]tre|Me)\s+/, "Me"],
];
export const ROLE_WORDS =
  /\s*(?:[,-]\s*)?\(?\b(?:Maire|Maire-adjoint|Adjointe?(?:\s+au\s+maire)?|(?:\d+(?:er|re|[eè]re|[eè]me|e|°)|Premi(?:er|[eè]re))\s+(?:adjointe?|vice-pr[ée]sidente?)|Conseill[eè]re?\s+(?:municipale?|communautaire|d[ée]l[ée]gu[ée]e?)(?:\s+d[ée]l[ée]gu[ée]e?)?|D[ée]l[ée]gu[ée]e?s?|Vice-pr[ée]sidente?|Pr[ée]sidente?|Suppl[ée]ante?|Titulaire)(?![\p{L}])\)?\.?\s*$/iu;
/**
 * a list's entry that is the office of the name before it, with its place or remit: « maire délégué de Seynod », « maire
 * déléguée d'Annecy-le-Vieux », « adjointe chargée des finances », « conseiller délégué aux sports »
 */
export const ROLE_PHRASE = /^(?:(?:\d+(?:er|re|[eè]re|[eè]me|e)\s+)?(?:maire|adjointe?|conseill[eè]re?|vice-pr[ée]sidente?|d[ée]l[ée]gu[ée]e?)(?:\s+(?:d[ée]l[ée]gu[ée]e?|municipale?|communautaire))?\s+(?:de|d['’]|du|des|à|au|aux|charg[ée]e?|en\s+charge)(?=[\s\p{Lu}])[^,;()]{0,80})\.?$/iu;
/** a list's entry that names the members as a body, no one in it: "…, PETIT, conseillers municipaux." */
export const MEMBERS_AS_A_BODY = /^\s*(?:(?:tous\s+)?les\s+|l['’]ensemble\s+des\s+)?(?:conseill[eè]re?s\s+(?:municipa(?:ux|les)|communautaires)|adjoint(?:e)?s(?:\s+au\s+maire)?|membres(?:\s+(?:pr[ée]sents|du\s+conseil))?|d[ée]l[ée]gu[ée]e?s(?:\s+(?:titulaires|communautaires))?|[ée]lu(?:e)?s)(?:\s*[.;:])?\s*$/i;
/**
 * all the members, save some: "tous les membres en exercice à l'exception de Mme X, excusée, …", "tous les conseillers
 * sauf M. Y" (group 1: the exceptions); the present are then not named
 */
export const ALL_MEMBERS_EXCEPT =
  /^(?:tou(?:te)?s\s+les|l['’]ensemble\s+des)\s+(?:membres|conseill[eè]re?s|d[ée]l[ée]gu[ée]e?s|[ée]lu(?:e)?s)(?![\p{L}])[^,;:]{0,40}?(?:,\s*)?(?:(?:à\s+l['’]exception\s+d(?:e|u|es)|sauf|except[ée]e?s?|hormis)\s+(\S.*))?$/iu;
/** an exception's status: "excusée", "absent" (group 1) and the holder of the proxy it gave (after "pouvoir à") */
export const EXCEPTION_STATUS = /(?<![\p{L}])(excus[ée]e?s?|absente?s?)(?![\p{L}])/iu;
export const EXCEPTION_PROXY_END = /(?:pouvoir|procuration)\s+(?:à|au)\s*$/i;
/** what ties one exception to the next: "…, et de M. X", "… et d'" */
export const EXCEPTION_TAIL = /[\s,;]*(?:(?<![\p{L}])et(?:\s+(?:de|d['’]|du))?\s*)?$/iu;
/** a list item's bullet at a line's start: "- Mme Anne DURAND", "• M. Jean DUPONT" */
export const LIST_BULLET = /^\s*[-–•*▪◦]\s+/;
/** what opens a list before its names: "Mesdames et Messieurs les conseillers municipaux : DUPONT Jean, …" */
export const LIST_PREAMBLE = /^\s*(?:(?:Mesdames\s+et\s+Messieurs|Messieurs\s+et\s+Mesdames|MM\.?\s+et\s+Mmes|Mmes\s+et\s+MM\.?)\s+)?(?:les\s+)?(?:conseill[eè]re?s\s+(?:municipa(?:ux|les)|communautaires)|membres|d[ée]l[ée]gu[ée]s)(?:\s+suivants)?\s*:\s*/i;
/** notes glued to names: "(départ à 19h59)", "(arrivée au point 4)", "(pas de pouvoir donné)" */
export const NAME_NOTE = /\s*\((?:[^()]*(?<![\p{L}\d])(?:d[ée]part|arriv[ée]e?|parti|quitte|pouvoir|procuration|jusqu|à\s+partir|point)(?![\p{L}\d])[^()]*)\)\s*/giu;

// ---- proxies -------------------------------------------------------------------------------------------
/**
 * giver <sep> holder: "X à Y", "X donne procuration à Y", "X ayant donné procuration à Y", "X (pouvoir donné à Y)", "X pouvoir à Y", "X par Y", "X 4 Y"
 * (OCR), "X a M. Y" (the accent lost: only before a civility)
 */
export const PROXY_SEPARATORS =
  /(?:\s*(?:\(\s*)?(?:(?<![\p{L}])(?:qui|ayant)\s+)?(?:(?<![\p{L}])a\s+)?(?:(?<![\p{L}])donn[ée]e?\s+)?(?<![\p{L}])(?:pouvoir|procuration|mandat)\s+(?:donn[ée]e?\s+)?(?:(?:à|a|au|pour)\s*)?|\s*(?<![\p{L}])donn?e?\s+(?:pouvoir|procuration)\s+(?:à|au)\s+|\s+(?:(?:repr[ée]sent[ée]e?\s+)?par|à|au|4|→)\s|\s+a\s(?=\s*(?:M\.|Mme|Mlle|Monsieur|Madame|Dr\.?)\s))(?=\S)/iu;

// ---- votes ---------------------------------------------------------------------------------------------
/** unanimity stated (« à l'unanimité », « par unanimité », « avec l'unanimité », OCR's « à Punanimité »: the word decides) */
export const UNANIMITY = /unanimit[ée]/i;
/** the votes written after a unanimity, in brackets (group 1): "à l'unanimité des membres présents (7 voix)" */
// (the figure alone or « votants » in the brackets: « à l'unanimité des votants (86) », « à l'unanimité (87 votants) »)
export const UNANIMITY_VOTES = /unanimit[ée](?:[^()]{0,80}\(\s*(\d{1,3})(?:\s+(?:voix|votes?|suffrages?|votants)(?:\s+pour)?)?\s*\)|\s+des\s+(\d{1,3})\s+(?:votants|suffrages\s+exprim[ée]s|membres\s+votants))/i;
/** a count of another label just before a tally's first label: "Votants 29 Exprimés 28 Pour 25 …" (28 is no vote « pour ») */
export const COUNT_BEFORE_TALLY = /(?:votants?|exprim[ée]s|pr[ée]sents?|suffrages?|inscrits)(?:\s*[:=]\s*|\s+)\d{1,3}\s*$/i;
export const UNANIMITY_SCOPE: Array<[RegExp, "present" | "present-and-represented" | "expressed" | "members"]> = [
  [/unanimit[ée]\s+des\s+(?:membres\s+)?pr[ée]sents?\s+(?:et|ou)\s+repr[ée]sent[ée]s/i, "present-and-represented"],
  [/unanimit[ée]\s+des\s+(?:membres\s+)?pr[ée]sents/i, "present"],
  [/unanimit[ée]\s+des\s+(?:suffrages|voix)\s+exprim[ée]s/i, "expressed"],
  [/unanimit[ée]\s+des\s+(?:membres|conseillers|votants|d[ée]l[ée]gu[ée]s)/i, "members"],
];
/** (the boundary is checked after the « à », which the engine finds fast, not before it at every position) */
export const MAJORITY = /[àa](?<![\p{L}][àa])\s+la\s+majorit[ée](?:\s+(?:absolue|des\s+(?:voix|suffrages|membres)))?/iu;
export const VOTE_FOR = new RegExp(`(?:(?:ONT\\s+VOT[ÉE]\\s+)?POUR|Pour|pour|favorables?)`);
export const ADOPTED = /(?<![\p{L}])(?:adopt[ée]e?s?|approuv[ée]e?s?|accept[ée]e?s?|valid[ée]e?s?|(?<=^\s*)vot[ée]e?s?(?=\s+(?:[àa]\s+l['’]\s*unanimit|[àa]\s+la\s+majorit|par\s+\d)))(?![\p{L}])/iu;
export const REJECTED = /(?<![\p{L}])(?:rejet[ée]e?s?|refus[ée]e?s?|n'est\s+pas\s+adopt[ée]e?|non\s+adopt[ée]e?)(?![\p{L}])/iu;
/** a member named in running text: "M. Hugo FERRAND", "Mme Claire DUVAL", "Jean-Pierre" */
const NAME = "(?:(?:M\\.|Mme|Monsieur|Madame|Dr\\.?)\\s*)?[\\p{Lu}][\\p{L}'-]*(?:\\s+[\\p{Lu}][\\p{L}'-]*){0,3}";
/** where a sentence with a name as its subject opens */
const OPENS = "(?:^\\s*|[.;:]\\s+|\\s[-•>]\\s*)";
/** a word every pattern of ARRIVAL and DEPARTURE holds: lines without one are skipped at once */
export const MOVEMENT_WORD = /arriv|rejoint|entre|prend\s+place|d[ée]part|quitt/i;
/** a member arriving during the session: "arrivée de M. X", "M. X rejoint la séance", "M. X arrive à 19h" */
export const ARRIVAL = [
  new RegExp(`\\b[Aa]rriv[ée]e\\s+(?:en\\s+s[ée]ance\\s+)?d[eu]\\s+(${NAME})`, "u"),
  new RegExp(`${OPENS}(${NAME})\\s+(?:arrive|rejoint\\s+la\\s+s[ée]ance|entre\\s+en\\s+s[ée]ance|prend\\s+place)\\b`, "u"),
];
/** a member leaving for the rest of the session: "M. Y quitte la séance", "départ de M. Y" */
export const DEPARTURE = [
  new RegExp(`\\b[Dd][ée]part\\s+d[eu]\\s+(${NAME})`, "u"),
  new RegExp(`${OPENS}(${NAME})\\s+(?:quitte|quittent)\\s+(?:d[ée]finitivement\\s+)?la\\s+s[ée]ance\\b`, "u"),
];
/** a member who leaves hands over a proxy: « … quitte la séance et donne pouvoir à M. X », « qui remet son pouvoir à … » */
export const DEPARTURE_WITH_PROXY = /(?:donne|donnant|remet|confie|laisse)\s+(?:son\s+|sa\s+)?(?:pouvoir|procuration)\s+(?:à|au)\s/i;
/** the presidency changing hands for an item (compte administratif): "M. X prend la présidence", "présidée par X" */
/** what every pattern of PRESIDENCY holds: a line without it is not tried */
export const PRESIDENCY_WORD = /pr[ée]sid/i;
export const PRESIDENCY = [
  new RegExp(`[Ss]ous\\s+la\\s+pr[ée]sidence\\s+d[eu]\\s+(${NAME})`, "u"),
  new RegExp(`${OPENS}(${NAME})\\s+(?:prend|assure)\\s+la\\s+pr[ée]sidence`, "u"),
  new RegExp(`(?:s[ée]ance|r[ée]union)\\s+est\\s+(?:alors\\s+)?pr[ée]sid[ée]e\\s+par\\s+(${NAME})`, "u"),
  // the council electing the chair for the compte administratif: « a élu à l'unanimité Mme X, Première Adjointe, pour
  // présider la séance », « L'Assemblée a désigné Mme Y, Première Vice-présidente, pour présider … »
  new RegExp(`(?:[ée]lu|d[ée]sign[ée])\\s+(?:à\\s+l['’]unanimit[ée]\\s+|à\\s+la\\s+majorit[ée]\\s+)?(${NAME})(?:\\s*,[^,;.]{1,60},)?\\s+pour\\s+pr[ée]sider`, "u"),
];
/** a sentence about the chair's election, whose « à l'unanimité » is no vote on the act */
export const CHAIR_ELECTION = /pour\s+pr[ée]sider\s+la\s+s[ée]ance/i;
/** the chair leaving the room for the act (a compte administratif, an interest of their own): the act's chair changes */
// (« M. X, Maire, a quitté la salle des séances », « Mme Y s'est retirée au moment du vote »)
export const CHAIR_LEAVES = /(?:Maire|Pr[ée]sidente?),?\s+(?:ayant\s+quitt[ée]e?|a\s+quitt[ée]e?|quitte|se\s+retire|s['’][ée]tant\s+retir[ée]e?|sort\s+de)\s+(?:la\s+salle|la\s+s[ée]ance)|s['’]est\s+retir[ée]e?\s+au\s+moment\s+du\s+vote/i;
export const NOT_VOTING = /\b(?:(?:ne\s+|n')?(?:prend|prennent|prenant|participe|participent|participant)\s+pas\s+(?:part\s+)?(?:au|à\s+la)\s+(?:vote|d[ée]lib[ée]ration)|n'a\s+pas\s+pris\s+part\s+au\s+vote|(?:ayant\s+|a\s+)?quitt(?:e|ent|[ée]e?)\s+la\s+salle|se\s+retire(?:nt)?(?![\p{L}]))/iu;
/** what every NOT_VOTING phrase holds (a line without one is not searched: the phrase's optional start is slow to scan) */
export const NOT_VOTING_NEED = /pas|quitt|retire/i;
export const INFORMATION_ONLY = /\b(?:prend\s+acte|prennent\s+acte|a\s+pris\s+acte|(?<=^|[\s–—-])[Pp]ris\s+acte(?=\.?\s*$)|donne\s+acte|pour\s+information|questions?\s+diverses|informations?\s+diverses|d[ée]cisions?\s+(?:prises?\s+)?(?:du\s+maire|par\s+le\s+maire)\s+(?:dans\s+le\s+cadre\s+de\s+)?(?:sa\s+|ses\s+)?d[ée]l[ée]gation|compte[- ]rendu\s+des\s+d[ée]cisions)/i;

// ---- decisions -----------------------------------------------------------------------------------------
/** decision verbs as they open a decision line ("- VALIDE ...", "DÉCIDE de ...", "AUTORISE le Maire") */
export const DECISION_VERBS = [
  "DÉCIDE", "DECIDE", "APPROUVE", "VALIDE", "AUTORISE", "ADOPTE", "ACCEPTE", "DÉSIGNE", "DESIGNE", "FIXE",
  "ACCORDE", "ATTRIBUE", "DONNE", "CHARGE", "PREND ACTE", "PREND", "SOLLICITE", "DIT", "PRÉCISE", "PRECISE",
  "RETIENT", "ÉMET", "EMET", "OPTE", "CRÉE", "CREE", "SUPPRIME", "MODIFIE", "VOTE", "ARRÊTE", "ARRETE",
  "RAPPELLE", "CONFIRME", "DEMANDE", "ÉLIT", "ELIT", "RENOUVELLE", "INSTAURE", "ABROGE", "AFFECTE", "CONSTATE",
  "INSCRIT", "MANDATE", "S'ENGAGE", "APPROUVENT", "TIRE", "PROCÈDE", "PROCEDE", "ENTÉRINE", "ENTERINE", "REFUSE", "REJETTE",
  "CONFIE",
];

// ---- content structure ---------------------------------------------------------------------------------
export const EXPOSE = /^\s*(?:Le|La|Monsieur\s+le|Madame\s+la)\s+(Maire|Pr[ée]sident(?:e)?|Adjointe?|Rapporteur)\b[^.]*?\s(?:expose|pr[ée]sente|rappelle|informe)\b/i;
export const DOMAIN = /^\s*En\s+mati[eè]re\s+(?:de\s+|d'\s*)(\S(?:.*?\S)??|.$)\s*(?::\s*)?$/i;
export const AXIS = /^\s*AXE\s+(\d+|[IVX]+)\s*[:.-]\s*(\S(?:.*?\S)??|.$)\s*$/i;
const TERM_DATE = "(?:\\d{1,2}(?:er)?\\s+\\p{L}+\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})";
export const TERM = new RegExp(`(?:à\\s+compter\\s+du|pour\\s+la\\s+p[ée]riode\\s+du|(?<![\\p{L}])du)\\s+(${TERM_DATE})\\s+(?:jusqu'au|au)\\s+(${TERM_DATE})`, "iu");
export const PARTIES_INTRO = /\bentre\s*(?::\s*)?$/i;


// ---- counts, votes, numbers and titles, items of minutes, events ---------------------------------------
export const COUNT_ZERO = "(?:\\/|néant|neant|-(?!\\s*[A-Za-z]))";
export const PRESENT_OR_REPRESENTED_BEFORE = /\b(\d{1,3})\s+(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s)\s*)?(?:[ée]taient\s+)?pr[ée]sents?\s+ou\s+repr[ée]sent[ée]s/i;
export const PRESENT_OR_REPRESENTED_LABELLED = /pr[ée]sents?\s+ou\s+repr[ée]sent[ée]s\s*:\s*(\d{1,3})/i;
/** words of the count labels: a line without any is skipped at once */
export const ANY_COUNT_WORD = /exercice|fonction|composant|pr[ée]sent|procuration|pouvoir|repr[ée]sent|votant|pris\s+part|absent|excus/i;
export const VOTE_ZERO = "(?:\\/|néant|neant|aucune?|[Pp]as\\s+d['’])";
/** what may follow a dash that stands for none in a tally ("Contre : - Abstention : -"): the next vote label */
export const VOTE_LABEL_AFTER_DASH = "(?:pour|contre|abstention|vote|exprim|blanc|nul)";
export const VOTE_WORDS: Record<"for" | "against" | "abstentions" | "expressed", string> = {
  // "favorables" in the plural only: "un vote favorable" / "un avis favorable" is an opinion, not a count
  // (« Favorable : 20 » as a label before its count, not « un avis favorable : … »)
  for: "(?:(?:ont\\s+vot[ée]\\s+)?pour|favorables|(?<!(?:avis|vote|opinion)\\s)favorable(?=\\s*[:=])|oui)",
  against: "(?:(?:ont\\s+vot[ée]\\s+)?contre|d[ée]favorables|(?<!(?:avis|vote|opinion)\\s)d[ée]favorable(?=\\s*[:=])|non)",
  abstentions: "(?:abstention\\(s\\)|abstentions?|abst\\.?|(?:se\\s+sont\\s+)?abstenus?)",
  expressed: "(?:(?:nombre\\s+de\\s+)?(?:suffrages|votes|membres)\\s+exprim[ée]s)",
};
export const VOTE_UNIT = "(?:voix|votes?|suffrages?|bulletins?)";
/**
 * an adoption by a count of votes, « contre » the votes against it: « ADOPTÉ PAR 40 VOIX CONTRE 9 », « approuvé par
 * trente voix » (group 1: the votes for; group 2: against). « 40 voix contre » there is no count against.
 */
export const ADOPTED_BY_VOTES = /(?<![\p{L}])(?:adopt|approuv)[ée]e?s?(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])par\s+(\d{1,3}|[\p{L}-]{3,20})\s+(?:voix|votes|suffrages)(?:\s+contre\s+(\d{1,3}|[\p{L}-]{3,20})(?![\p{L}\d]))?(?!\s*(?:pour|contre|d['’]|sur|exprim)|[\p{L}\d])/iu;
/**
 * a tally given by groups and members, no figure of its own (« Vote contre : Groupe Métropole Commune(s) (14) »,
 * « Pour : groupe Socialiste, Radical et Progressiste (28), groupe Communiste et Républicain (4) », « Pour : Majorité
 * départementale (37), élue non inscrite (1) »,
 * « Abstention : Groupe Communiste (5) ; Monsieur Hugo TESSIER », « Ont voté contre : groupe Écologiste (8), groupe
 * Socialiste (4) », « Se sont abstenus : M. Paul REY, Mme Lise VIAL »): group 1 the field's word, group 2 the list
 */
export const GROUP_TALLY = new RegExp(`(?:^|[\\s(])(?:votes?\\s+)?(${VOTE_WORDS.for}|${VOTE_WORDS.against}|${VOTE_WORDS.abstentions})\\s*:\\s*((?:groupes?|M\\.|Mme|Mmes|MM\\.|Monsieur|Madame|Messieurs|Mesdames|non[- ]inscrits?)\\s.*|[A-ZÀ-Ý][^:()]{2,60}\\(\\d{1,3}\\).*)$`, "i");
/** a group tally's field word that is the votes for, the votes against (else the abstentions) */
export const GROUP_TALLY_FOR = new RegExp(`^${VOTE_WORDS.for}$`, "i");
export const GROUP_TALLY_AGAINST = new RegExp(`^${VOTE_WORDS.against}$`, "i");
/** a part of a group tally that names a member: one vote */
export const GROUP_TALLY_MEMBER = /^(?:M\.|Mme|Monsieur|Madame)\s/;
/** where a group tally's list is cut into its parts: commas, semicolons, « et » before a group or a member */
// (after a group's figure, or before a group or a member: a group's name may hold a comma, « groupe Socialiste, Radical
// et Progressiste (28) », and a member his apposition, « Mme Josiane REBUFFEL, non inscrite (1) »)
export const GROUP_TALLY_SEPARATOR = /(?<=\(\d{1,3}\))\s*[;,]\s*|\s*[;,]\s*(?=(?:groupes?|M\.|Mme|Monsieur|Madame)\s)|\s*;\s*|\s+et\s+(?=(?:groupes?|M\.|Mme|Monsieur|Madame)\s)/i;
/** words that announce a vote count: lines without any of them are skipped at once */
export const ANY_VOTE_WORD = /pour|contre|abst|exprim|favorable|oui|non|par\s+[\p{L}\d-]+\s+voix/iu;
/** "DM1 pour budget communal approuvé : Vote : 14 pour ...": a vote labelled by its subject */
export const LABELLED_VOTE = /^\s*(\S(?:..|.{2,118}?\S))\s*:\s*Vote\s*:/i;
/** a line that opens with the outcome: "ADOPTÉ à l'unanimité.", "REJETÉ par 6 voix contre" */
export const OUTCOME_LINE = /^\s*(?:ADOPT[ÉE]E?S?|REJET[ÉE]E?S?)(?![\p{L}])/u;
const OUTCOME_WORD = "(?:Adopt|ADOPT|Rejet|REJET|Approuv|APPROUV)[ée]e?s?(?![\\p{L}])";
const TALLY_WORDS = "(?:Pour|POUR|Contre|CONTRE|Abstentions?|ABSTENTIONS?)";
/** a unit that opens with the outcome, in any case: "Adopté à l'unanimité.", "REJETÉ" */
export const OUTCOME_START = new RegExp(`^\\s*${OUTCOME_WORD}`, "u");
/** a tally's label and its colon: "Pour : 57", "Contre : /", "Abstentions :" */
export const TALLY_LABEL = new RegExp(`^\\s*${TALLY_WORDS}\\s*:`);
/** a line of a tally under its result line: « Pour : 40 », « – Contre : 8 », « Abstentions : 5 (groupe …) », « Ne prend pas part au vote : … » */
export const TALLY_LINE = /^\s*(?:[-–•]\s*)?(?:Pour|POUR|Contre|CONTRE|Abstentions?|ABSTENTIONS?|Abst\.|Ne\s+prend|Ne\s+prennent|NE\s+PREND|NPPV|Votants|VOTANTS|Suffrages|Exprim[ée]s|Blancs|Nuls)\b/;
/**
 * members or groups named against the act or abstaining, no figure given: « Contre : groupes RN, Communistes et
 * Républicains », « Abstention : M. ROUSSEL » (not « Contre : néant », « / », « 0 », « aucun »)
 */
/** what a line needs before DISSENT_NAMED is tried on it (this runs on every line of every act) */
export const DISSENT_NEED = /ontre|ONTRE|bstention|BSTENTION/;
// (or a group's initials: « Abstention : RN », « Contre : GES, CRI »)
export const DISSENT_NAMED = /(?:^|[;.]\s*|\s)(?:Contre|CONTRE|Abstentions?|ABSTENTIONS?)\s*:\s*(?:(?:les\s+|le\s+)?(?:groupes?|GROUPES?|M\.|Mme|MM\.|Mmes|Monsieur|Madame)\s|(?!N[ÉE]ANT|AUCUNE?|PERSONNE|NUL)\p{Lu}{2,6}(?=[\s,;]|$))/u;
/** a vote given whole on one labelled line, no outcome after it needed: « Votes : 16 pour, 5 contre », « Votes : unanimité » */
export const VOTES_SUMMARY_LINE = /^\s*(?:Votes?|VOTES?|R[ée]sultat\s+du\s+vote|R[ÉE]SULTAT\s+DU\s+VOTE)\s*:\s*(?:\d{1,3}\s+(?:voix\s+)?(?:pour|POUR)(?![\p{L}])|(?:à\s+l['’]\s*)?(?:unanimit[ée]|UNANIMIT[ÉE]|Unanimit[ée]))/u;
/** a unit that is part of a vote, not a title: "Pour : 57", "Contre : /", "Abstention : 2", "Adopté à l'unanimité." */
export const TALLY_OR_OUTCOME = new RegExp(`^\\s*(?:(?:${TALLY_WORDS}|Votes?|VOTES?)\\s*:|${OUTCOME_WORD})`, "u");
/** the rapporteur's column before a title in a compte-rendu: "Mme le Maire Adoption de l'ordre du jour", "Max LEVITA Budget …" */
export const RAPPORTEUR_BEFORE_TITLE = /^(?:(?:M\.|Mme|Monsieur|Madame)\s+(?:le|la)\s+(?:Maire|Pr[ée]sidente?)|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2}[\p{Lu}'’-]*)\s+(?=\p{Lu}\p{Ll})/u;
/** a line that gives the result of the vote: "Vote : Unanimité", "VOTES : Pour : 9 ...", "Résultat du vote :" */
export const VOTE_RESULT_LINE = /^\s*(?:[-•]\s*)?(?:Votes?|VOTES?|R[ée]sultat\s+du\s+vote|R[ÉE]SULTAT\s+DU\s+VOTE)\s*:/;
/** "Pour le changement de prestataire : 13 votes": a result labelled by what was voted */
export const VOTE_FOR_LABELLED_RESULT = /^\s*(?:(?:R[ée]sultat\s+du\s+vote|Votes?)\s*:\s*)?Pour\s+(?:le|la|les|l')\b[^:]{2,80}:\s*(\d{1,3})\s*(?:voix|votes?)\b/i;
/** "Pour 12", "Contre 2", "Abstention 1": a label and a bare figure */
// (a slash or a dash standing alone for none: « Pour 43 Contre / Abstention 12 »)
export const VOTE_BARE_PAIR = /(?<![\p{L}])(pour|contre|abstentions?)\s+(\d{1,3}|[/–-](?=\s|$))(?![\d\p{L}])(?!\s*(?:ans?|mois|jours?|%|€|euros?|heures?|h\b|m\b|km))/giu;
/** the members who did not vote, after a tally or an outcome closing a unit: « … Ne prend pas part au vote : 1 » (and the unit's end) */
const NOT_VOTING_AT_END = String.raw`(?:\s+Ne\s+pr(?:end|ennent)\s+pas\s+part\s+au\s+vote\s*:\s*\d{1,3})?\s*$`;
/** a tally of labels and bare figures, two at least, closing a unit: « Pour 43 Contre 12 Abstention / », the members who did not vote after it */
export const TALLY_OF_BARE_PAIRS_AT_END = new RegExp(String.raw`\s(?:Pour|POUR)\s+(?:\d{1,3}|[/–-])(?:\s+(?:Contre|CONTRE|Abstentions?|ABSTENTIONS?)\s+(?:\d{1,3}|[/–-])){1,2}${NOT_VOTING_AT_END}`, "u");
/** the end of the text before a figure, when that figure may belong to a label: "Pour :", "POUR" (group 1: a figure
 * already before the label, as in "2 votes contre 1 abstention"; group 2: a colon) */
export const VOTE_LABEL_BEFORE = /(\d{1,3}\s*(?:(?:voix|votes?)\s*)?)?(?:pour|contre|abstentions?|exprim[ée]s)(?:\s*[»"])?(?:\s*([:=]))?\s*$/i;
/** an act's number alone on its unit, with its label or not: "N° 2024-101", "Délibération n° DCC-2024-12", "2024-17" */
export const NUMBER_BEFORE_OBJET = /^\s*(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+)?(?:(?:N°|n°|No)\s*)?((?:[A-Z]{1,4}[-_ ]?)?\d{2,4}\s?[-/._]\s?\d{1,4}(?:[-/._]\d{1,4})?)\s*$/;
/** a number standing alone, perhaps with the drafter's initials after it ("2022-29 BD") */
// (or a report's rank and its deliberation's under « N° », as a département numbers them: « N° 3(1) »)
export const ACT_NUMBER_ALONE = /^\s*(?:(?:N°|n°|No)(?:\s*:)?\s*)?((?:DEL|D|(?<=N°\s?(?::\s?)?)[A-Z]{2,4}[_-])?\s?\d{2,4}\s?[-/._]\s?\d{1,4}(?:[-/._]\d{1,4})?(?:[-/._][A-Z]{2,4})?|(?<=N°\s?)\d{1,3}\(\d{1,2}\))(?:\s+[A-Z]{1,3})?\s*$/;
/**
 * what opens an act's exposé, right under its title when the act gives no « Objet : »: the rapporteur who presents,
 * « Mesdames, Messieurs », the session's opening sentence, a recital
 */
/** what an act's heading never holds: the session's opening, a convocation, a prefecture stamp, a date in figures */
export const NOT_IN_A_HEADING = /\b(?:s['’]est\s+r[ée]uni|convo(?:qu|cation)|s[ée]ance\s+(?:est|publique))|^N°|pr[ée]fecture|\bre[çc]u\s+(?:en|le)|\bpubli[ée]\s+le|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
export const EXPOSE_OPENER = /^\s*(?:(?:Monsieur|Madame|M\.|Mme)\s+(?:(?:le|la)\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?(?:\s*,\s*|\s+)(?:pr[ée]sente|expose|soumet|rapporte|donne\s+lecture)|(?:Monsieur|Madame)\s+(?:le|la)\s+(?:Maire|Pr[ée]sidente?)\s*,\s+sur\s+la\s+proposition|Mesdames(?:\s*,\s*|\s+)Messieurs|Mes\s+chers\s+coll[èe]gues|Le\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s|L['’]an\s|Aujourd['’]hui|Vu\s|Rapporteure?\s*:)/u;
/** the letters before a registry's number: « DFI/ », « CM-DEL- », « CP. », « DCS », « DE » (« DE2024_019 »); a number
 * may hold a body's letters and the session's date glued after its rank: « DEL087CS101224 » */
const NUMBER_LETTERS = "(?:[A-Z]{1,5}(?:[-_/.]|\\s))*?(?:[A-Z]{1,5})?";
export const ACT_NUMBER_LABEL = new RegExp(
  `(?:(?:D[ée]lib[ée]ration|Acte|Arr[êe]t[ée])\\s+(?:(?:n°|N°|no|num[ée]ro)\\s*(?::\\s*)?|(?=[A-Z]{1,4}[-_]?\\d{4}[-/._]\\d))|N°\\s*d['’]\\s*ordre\\s*(?::\\s*)?(?=\\d)|N°\\s*(?=[A-Z]{1,5}[-_/.]?(?:[A-Z]{1,5}[-_/.])?\\d{2,4}[-_/.]\\d))(${NUMBER_LETTERS}\\d{1,4}(?:[A-Z]{1,4}\\d{4,8}(?![\\dA-Z]))?(?:\\s?[-/._]\\s?(?:\\d{1,4}|[A-Z]{2,4}(?=[-/._]\\d))|[-/._][A-Z]{2,4}(?=\\s|$)){0,4})\\b`,
  "i",
);
/**
 * A heading that gives the act's number then its title: "Délibération n° 2023-41 : Tarifs de la cantine scolaire",
 * "Délibération 2023-42 - Tarifs …", "N° 2023/045 – CRÉATION D'UN POSTE …", "DEL 2024-031 : Révision du PLU" (the
 * number has a separator inside it, so
 * that it is no item number).
 */
export const TITLE_AFTER_NUMBER = /^\s*(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+(?:(?:n°|N°|no)\s*)?|(?:N°|n°)\s*|(?=(?:DEL|DCM|DCC|DC)[\s_-]?\d)|(?=(?:19|20)\d{2}[-_/](?!(?:19|20)\d{2})\d{1,3}\s*[:–—]\s*\p{Lu}))((?:[A-Z]{1,4}[-_]|[A-Z]{0,4}\s?)\d{1,4}(?:\s?[-/._]\s?\d{1,4}){1,2})\s*(?::|[-–—])\s*(\p{L}.{7,})$/u;
/**
 * an act's object given after « portant », the heading of a région's or the Assemblée de Corse's act: « DÉLIBÉRATION
 * N° 24/215 AC DE L'ASSEMBLÉE DE CORSE » / « PORTANT APPROBATION DE L'AVENANT N° 2 … » (group 1: the object)
 */
export const OBJECT_AFTER_PORTANT = /^\s*(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+(?:n°|N°)\s*\S+(?:\s+\S+){0,8}?\s+)?(?:PORTANT|[Pp]ortant)\s+([\p{L}«"].{8,})$/u;
/** the heading of that act, the line before « PORTANT … » */
export const ACT_HEADING_BEFORE_PORTANT = /^\s*(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+(?:n°|N°)\s*\S/u;
/** a citation of another act: "Vu la délibération n° X", "par délibération n° X en date du ...", "modifiant la délibération" */
export const REFERENCE_TO_ACT = /^\s*(?:Vu|Considérant|Rappel)|\b(?:la|une|par|cette|sa|des|de\s+la)\s+d[ée]lib[ée]ration\s+(?:n°|N°|no|num[ée]ro)|\bn°\s*\S+\s+(?:en\s+date\s+)?du\s+\d/i;
/** the same label alone at a line's start, to take it off a title: « Objet : », « OBJET : » */
export const OBJET_LABEL = /^\s*(?:OBJET|Objet)\s*:\s*/;
export const OBJET = /^\s*(?:(?:OBJET|Objet)(?:\s+(?:de\s+la\s+d[ée]lib[ée]ration|DE\s+LA\s+D[ÉE]LIB[ÉE]RATION))?(?:\s*:)?|(?:Sujet|SUJET|Intitul[ée]|INTITUL[ÉE])\s*:)\s*((?:\S.*)?)$/;
/** a date in figures standing among names: "… Lise HUET, 23/11/2023 Marc TORRE …" */
export const DATE_AMONG_NAMES = /(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\d/.])/g;
/**
 * Another label standing among names, its own value elsewhere: a two-column header flattened into one line
 * (« Présents : M. A, Mme B, Nombre de conseillers : M. C, … ») or a role heading inside the list (« Adjoints :
 * Mme D, M. E »). It is followed by a civility and holds a small letter and no figure; it never starts with a
 * civility (« Mme X : M. Y » is no label). It may follow the period that closes the list before it (« …, Mme Marine
 * QUESNEL. Les Conseillers municipaux : M. Olivier VATINEL, … »); the staff who attend (« Assistaient également à la
 * séance : … ») are no members.
 */
export const LABEL_AMONG_NAMES = /(?<=^|[,;]\s*|\p{L}{2}\.\s+)(?!(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|MM\.?)\s|Assist|Également|Egalement|En\s+présence)\p{Lu}(?=[^:,;\d]*\p{Ll})[^:,;\d()]{2,40}?\s*:\s*(?=(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|MM\.?)\s)/gu;
/** a role heading opening a line of names, the list going on under it: « Le Maire : », « Les Adjoints : », « Les
 * Conseillers municipaux : », « Conseillers délégués : », « Vice-présidents : » (a secretary's label is none) */
export const ROLE_HEADING_BEFORE_NAMES = /^(?:(?:Le|La|Les|LE|LA|LES)\s+)?(?:Maire|MAIRE|Adjoint(?:e|s|es)?|ADJOINTS?|Conseill(?:er|ère|ers|ères)|CONSEILLERS?|Vice-pr[ée]sident(?:e|s|es)?|VICE-PR[ÉE]SIDENTS?|Pr[ée]sident(?:e)?|D[ée]l[ée]gu[ée]s?|[ÉE]lu(?:e|s|es)?)(?:\s+(?:au\s+[Mm]aire|municipa(?:l|ux|le|les)|communautaires?|d[ée]l[ée]gu[ée]e?s?|titulaires?|suppl[ée]ante?s?|MUNICIPAUX|D[ÉE]L[ÉE]GU[ÉE]S))*\s*:\s*(?=(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|MM\.?)\s)/u;
/** delegates listed by their commune, its name in capitals before a colon: « METZ : M. François ZELLER, … », « LE BAN-SAINT-MARTIN : … » (its article at a line's start) */
// (or in the capitals of a proper name, a dash before it parting it from the commune before: « … CAPDEVILLE – Bias : M. Serge
// ROUQUETTE », « Penne-d'Agenais : Mme … », « Sainte-Livrade-sur-Lot : M. … »)
export const COMMUNE_AMONG_NAMES = /(?:^(?:LE|LA|LES) |(?<=^|[\s,;:]))(?!(?:MM|MME|MLLE)\s)\p{Lu}[\p{Lu}'’-]+\s*:\s*(?=(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|MM\.?)\s)|(?:[–—]\s)?(?<=^|[\s,;])(?!(?:Mme|Mlle|MM)[\s.]|(?:Secr[ée]taire|Pr[ée]sid|Rapporteur|Absent|Excus|Pouvoir|Procuration|Pr[ée]sent|Repr[ée]sent|Votant|Objet|Adjoint|Conseill|D[ée]l[ée]gu|Membre|Titulaire|Suppl[ée]ant|[ÉE]lu|Maire)\p{L}*[\s:])(?:Communaut[ée] (?:de communes|d['’]agglom[ée]ration|urbaine) (?:du |de la |des |de |d['’]))?\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:\p{Lu}\p{Ll}[\p{L}'’-]*|sur|en|de|du|la|le|les|lès|et))*\s?:\s(?=(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|MM\.?)\s)/gu;
/** a colon that no civility follows: a speaker's turn or a sentence, no list of names (« LE PRÉSIDENT : Merci. ») */
export const COLON_WITHOUT_NAME = /\s:\s*(?!(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|MM\.?)\s)\S/u;
/** a proxy stated in a sentence of its own: "Pouvoir de M. X à M. Y", "M. X a donné pouvoir à M. Y" */
export const PROXY_SENTENCE = [
  /^\s*(?:[-•]\s*)?(?:Pouvoir|Procuration|Mandat)s?\s+de\s+(\S(?:.*?\S)??)\s+(?:à|au|donn[ée]e?\s+à)\s+(\S(?:.*?\S)??|.$)\s*(?:[.;,]\s*)?$/i,
  /^\s*(?:[-•]\s*)?((?:M\.|Mme|Monsieur|Madame)[^,;]*?[^\s,;])\s+(?:a\s+donn[ée]|donne)\s+(?:pouvoir|procuration|mandat)\s+(?:de\s+vote\s+)?(?:à|au)\s+(\S(?:.*?\S)??|.$)\s*(?:[.;,]\s*)?$/,
];
/** a member named by a civility or an initial and a surname: "M. Passet", "H. Martin", "Mme Deloncle", "Lannelongue" */
const MEMBER_REF = "(?:(?:M\\.|Mme|Mlle|Monsieur|Madame)\\s+)?(?:\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?)?\\p{Lu}[\\p{L}'’-]+";
/** "sort définitivement de la séance", "entre en séance" between a member and the proxy they carry */
/** the words each of PROXY_HOLDER_MENTIONS holds (a verbatim's many « procuration » lines need not run them) */
export const PROXY_MENTION_WORD = /avec\s+(?:sa|la|leurs)\s+procuration/;
const MOVES = "(?:\\s+(?:sort|sortent|entre|entrent)(?:\\s+d[ée]finitivement)?(?:\\s+(?:de|en)\\s+(?:la\\s+)?s[ée]ance)?)?";
/**
 * The holder of a proxy named where the member comes and goes: "M. Passet avec sa procuration (H. Martin) sort
 * de séance", "Messieurs Lannelongue (avec la procuration de Mme Deloncle)": group 1 holds the proxy of group 2
 * (and group 2 that of group 4 when there are four).
 */
export const PROXY_HOLDER_MENTIONS = [
  new RegExp(`(${MEMBER_REF})\\s+avec\\s+sa\\s+procuration\\s*\\(\\s*(${MEMBER_REF})\\s*\\)`, "gu"),
  new RegExp(`(${MEMBER_REF})${MOVES}\\s*\\(\\s*(?:et\\s+)?avec\\s+la\\s+procuration\\s+de\\s+(${MEMBER_REF})`, "gu"),
  // two at once, in order: "M. Passet et M. Subra avec leurs procurations (H. Martin et M. Morales)"
  new RegExp(`(${MEMBER_REF})\\s+et\\s+(${MEMBER_REF})\\s+avec\\s+leurs\\s+procurations\\s*\\(\\s*(${MEMBER_REF})\\s+et\\s+(${MEMBER_REF})\\s*\\)`, "gu"),
];
/** a deliberation form announces itself: "DÉLIBÉRATION DU CONSEIL MUNICIPAL", "EXTRAIT DU REGISTRE …" */
export const FORM_MARKERS = /D[ÉE]LIB[ÉE]RATION\s+DU\s+CONSEIL|EXTRAIT\s+DU\s+REGISTRE/i;
/** an authority's heading in capitals, up to its name: "COMMUNE DE ", "COMMUNAUTÉ DE " (source fragment) */
const AUTHORITY_CAPS = "(?:COMMUNE|VILLE|MAIRIE|COMMUNAUT[ÉE]|SYNDICAT)\\s+(?:DE|D['’]|DU|DES)\\s";
/** a form's heading in capitals: "EXTRAIT DU REGISTRE", "DÉLIBÉRATION DU CONSEIL" (source fragment) */
const FORM_CAPS = "(?:EXTRAIT\\s+DU\\s+(?:REGISTRE|PROC[ÈE]S)|D[ÉE]LIB[ÉE]RATION\\s+DU\\s+(?:CONSEIL|COMIT[ÉE]|BUREAU))";
/** a form heading in capitals inside a unit, with the authority's heading before it (group 1 from where it starts) */
export const FORM_HEADING_IN_UNIT = new RegExp(`\\s((?:${AUTHORITY_CAPS}[^a-zà-ÿ]{2,80}?\\s)?${FORM_CAPS})`);
/** the authority's heading in capitals at the end of a unit (group 1): "… Yannig ROBIN COMMUNE DE PLOUGUERNEAU" */
export const AUTHORITY_HEADING_AT_END = new RegExp(`\\s(${AUTHORITY_CAPS}[^a-zà-ÿ]{2,80})$`);
/**
 * a unit that holds a form's heading: one act of a set of extracts starts there (src/segment/documents.ts); in
 * capitals anywhere in the unit ("COMMUNE DE X EXTRAIT DU REGISTRE …"), in any case at its start
 */
export const FORM_HEADING_LINE = new RegExp(`^\\s*(?:[-•]\\s*)?(?:[Ee]xtrait\\s+du\\s+(?:[Rr]egistre|[Pp]roc[èe]s)|D[ée]lib[ée]ration\\s+du\\s+(?:[Cc]onseil|[Cc]omit[ée]|[Bb]ureau))|(?:^|\\s)${FORM_CAPS}`);
/** minutes announce themselves: compte rendu, procès-verbal, ordre du jour, "CR" (in capitals, a word of its own) */
export const MINUTES_MARKERS = new RegExp(`${anyOf(["compte-rendu", "compte rendu", "procès-verbal", "procès verbal", "ordre du jour"])}|${WORD_START}C-?R${WORD_END}`, "u");
/** headings of a deliberation form that are not its title */
export const FORM_HEADINGS = /^(?:R[ÉE]PUBLIQUE|CODE\s+INSEE|INSEE|D[ÉE]PARTEMENT|ARRONDISSEMENT|COMMUNE|MAIRIE|VILLE|EXTRAIT|REGISTRE|D[ÉE]LIB[ÉE]RATION|PROC[ÈE]S|COMPTE[- ]RENDU|S[ÉE]ANCE|NOMBRE|CONSEIL|DATE|PR[ÉE]SENTS|ABSENTS|PROCURATIONS|VOTES?|POUR|CONTRE|SECR[ÉE]TAIRE|LE MAIRE|ORDRE)/;
/** "23-02/001 — Titre :", "DEL2025-76 : Titre", "DEL 2025-85 : Titre", "Délibération n° 2024-12 : Titre" */
export const ITEM_NUMBERED = /^\s*(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+(?:(?:n°|N°|no)\s*(?::\s*)?)?|N°\s*)?((?:DEL|DCM|DCC|D)\s?\d{4}[-_/.]\d{1,4}|[A-Z]{1,4}\.\d{4}[-_/]\d{1,4}|\d{2}-\d{2}\/\d{3}|\d{4}[-_/](?!(?:19|20)\d{2}(?!\d))\d{1,5}(?:[-_/.]\d{1,4}){0,2}(?![/\d]))(?:\s*[:—–]|\s+-\s|(?<=^\s*(?:N°\s*)?(?:19|20)\d{2}[-_/](?:\d{1,3}|\d{5}))\s+(?=[A-ZÀ-Ý](?:[a-zà-ÿœæ]|[A-ZÀ-Ý]{1,5}[\s'’-])))\s*((?:\S.*)?)$/;
/** a table's column of item numbers and its column of titles: "N° | Objet | Rapporteur | Vote" (src/normalise/markup.ts) */
export const NUMBER_COLUMN = /^(?:N°|No|Num[ée]ro|Point|Item|#)\.?$/i;
export const TITLE_COLUMN = /^(?:Objet|Intitul[ée]|Titre|D[ée]lib[ée]rations?|Sujet|Affaire|Question)s?$/i;
/** a heading's opening with its number and nothing after it, before its title: « Délibération n° 2023-042 : », « 3 – », « Point n° 4 : » */
export const HEADING_PREFIX = /^(?=.{1,45}$)\s*(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|Affaire|AFFAIRE|Point|POINT|Rapport|RAPPORT|Question|QUESTION|Dossier|DOSSIER)\s+)?(?:(?:n°|N°|no|No)\s*)?(?=[\w./-]*\d)[\w./-]+\s*(?:[:–—-]\s*)?$/;
/** the word a town's minutes put before an item's number: "Rapport n° 12 – Titre", "AFFAIRE N° 3 : Titre", "Point n° 4 - Titre" */
export const ITEM_WORDS = ["Rapport", "Affaire", "Point", "Dossier", "Question", "Projet de délibération"];
export const ITEM_WORD_BEFORE_NUMBER = new RegExp(`^\\s*${anyOf(ITEM_WORDS)}\\s+(?:n°|N°|no|numéro)\\s*(?=\\d)`, "u");

/** an outcome in one word closing a title's unit: « … délaissés de voirie Unanimité », « … Adoptée à l'unanimité » */
// (and the members who did not vote after it: « … Unanimité Ne prend pas part au vote : 1 »)
// (or with its tally in brackets, a relevé's decision cell read on the title's line: « … départemental Adoptée (6 contre) »)
export const OUTCOME_AT_TITLE_END = new RegExp(String.raw`\s+(?:Unanimit[ée]|UNANIMIT[ÉE]|(?:Adopt[ée]e?s?|ADOPT[ÉE]E?S?|Rejet[ée]e?s?|REJET[ÉE]E?S?)(?:\s+à\s+l['’]unanimit[ée]|\s*\((?=[^()]{0,40}\d)[^()]{1,60}\)?)?)\.?${NOT_VOTING_AT_END}`, "u");
/** the rapporteur between an act's number and its title, the title after a dash when on the same unit: « – Rapporteur : M. le Maire – Approbation du … » */
export const RAPPORTEUR_THEN_TITLE = /^\s*(?:[–—-]\s*)?Rapporteure?\s*:[^–—]{2,80}(?:[–—]\s*(\p{Lu}.*))?$/u;
/** a title after a dash on a unit of its own: « – Compte rendu des décisions … » */
export const DASH_THEN_TITLE = /^\s*[–—-]\s+(\p{Lu}.*)$/u;
/** an item's number alone on its unit: « 12 », « 12. », « 12) » */
export const LONE_ITEM_NUMBER = /^\s*(\d{1,3})(?:\s*[.)])?\s*$/;
/** a list's bullet before a heading that gives its number (« • Délibération n° 2024-048 – … », « - Point n° 3 : … »): decoration, the heading's shape after it */
export const BULLET_BEFORE_NUMBERED_HEADING = new RegExp(`^\\s*[-–•▪●■◦*]\\s+(?=${anyOf([...ITEM_WORDS, "Délibération", "Vœu", "Voeu", "Motion"])}\\s+(?:(?:n°|N°|no|numéro)\\s*)?\\d)`, "u");

// ---- marked item headings (src/segment/marked.ts): a heading that says it is one, whatever its numbering --------
/** the words that head an item with its number, motions and wishes included; « QUESTI0N » as OCR reads it */
// (« OJ N° 014 »: the item of the order of the day, as an agglomeration's relevé numbers it)
export const MARK_WORDS = [...ITEM_WORDS, "Questi0n", "Vœu", "Voeu", "Motion", "OJ"];
/**
 * an item word and its number: « RAPPORT 1 », « Affaire n° 3 », « Point 3 de l'ordre du jour », « QUESTION N° 5 »,
 * « VŒU N° 2024-03-07 » (the number is read by ACT_NUMBER_LEAD then), followed by a separator or the line's end
 */
export const ITEM_WORD_AND_NUMBER = new RegExp(`^${anyOf(MARK_WORDS, "initial")}\\s*(?:(?:n°|N°|no|numéro)\\s*)?(?:(\\d{1,3}(?:\\.\\d{1,2})?(?:\\s*(?:bis|ter|quater|BIS|TER|QUATER)(?![\\p{L}]))?)(?![\\d/.-]\\d)(?:\\s+(?:de|à)\\s+l['’]\\s*ordre\\s+du\\s+jour)?|(?=(?:[A-Z]{1,4}[-_ ]?)?(?:\\d{2,4}[-_/.]\\d|(?:19|20)\\d{6}[-_]\\d)))(?=\\s*(?:[:.–—-](?:\\s|$)|$)|\\s+(?:19|20)\\d{2}[-_/.]\\d|\\s+\\p{Lu}|(?<=(?:n°|N°|no|numéro)\\s*))\\s*[:.–—-]?\\s*`, "u");
/** an item the council did not deliberate: « Cette affaire est retirée de l'ordre du jour », « Rapport retiré », « Point ajourné », a decision's cell « Retirée » */
/** what WITHDRAWN_ITEM needs, tested first: « retir », « ajourn » in any case */
export const WITHDRAWN_NEED = /etir|journ/i;
export const WITHDRAWN_ITEM = /\bretir[ée]e?s?\s+de\s+l['’]\s*ordre\s+du\s+jour|(?:^|\s)(?:Retir[ée]e?|RETIR[ÉE]E?|Ajourn[ée]e?|AJOURN[ÉE]E?)\.?(?:\s+[—–-])?\s*$|\b(?:affaire|point|rapport|question|dossier|projet)\s+(?:(?:est|a\s+été)\s+)?(?:retir[ée]e?|ajourn[ée]e?)(?![\p{L}])/iu;
/** a block that holds a vote or its outcome, in any words: what an act's block has and a list of decisions has not */
export const VOTE_IN_BLOCK = /unanimit|majorit[ée]|(?<![\p{L}])voix(?![\p{L}])|adopt[ée]|rejet[ée]|(?<![\p{L}])(?:pour|contre)\s*:|abstention|(?<![\p{L}])(?:prend|prennent|pris)\s+acte(?![\p{L}])/iu;
/** « N° 2 – Titre »: the item's number after « N° », a dash or a colon after it */
export const NUMBER_SIGN_ORDINAL = /^N°\s*(\d{1,3})(?=\s*[-–—:]\s*\S)\s*[-–—:]\s*/;
/** an item's ordinal before the act's own number: « 1 – DÉLIBÉRATION N° … », « 1.1 – DEL-24-0456 » */
export const ORDINAL_BEFORE_ACT = /^(\d{1,3}(?:\.\d{1,2})?)\s*[-–—.)]\s+(?=\S)/;
/** the shapes of an act's number in a registry: « 2024-03-01 », « DEL-24-0456 », « 24-127 », « C 24.110 », « 24/0321/VDV » */
// (or a report's code of a département's session: « 4C1-03 », its commission's letter and number, then the rank)
// (a body's letters inside it: « 2024-CP-11-037 »; or the session's date and the item's rank: « 20241029_01 », « DEL20240925_10 »)
const REGISTRY_NUMBER = "(?:(?:[A-Z]{1,4}[-_ ]?)?\\d{2,4}[-_/.](?:[A-Z]{1,4}[-_/.](?=\\d))?\\d{2,4}(?:[-_/.](?:\\d{1,4}|[A-Z]{2,4})){0,2}|(?:[A-Z]{1,4}[-_ ]?)?(?:19|20)\\d{6}[-_]\\d{1,4}|\\d[A-Z]{1,2}\\d{1,2}[-_.]\\d{2,3})";
/** the act's number, labelled or not, then a separator or the line's end: « DÉLIBÉRATION N° 2024-03-01 : », « DEL-24-0456 », « Délibération n° 24-127 » */
export const ACT_NUMBER_LEAD = new RegExp(`^(?:${anyOf(["Délibération", "Vœu", "Voeu", "Motion"], "initial")}\\s+(?:(?:n°|N°|no)\\s*)?)?(${REGISTRY_NUMBER})(?![\\d\\p{L}])(?=\\s*(?:[:–—-](?:\\s|$)|$)|\\s+\\p{Lu})\\s*[:–—-]?\\s*`, "u");
/** "1/ Titre :", "1- Titre", "1 Titre", "12. Titre", "IV   Titre", "1°) Titre", "2°/ Titre", "3° Titre" */
export const ITEM_ORDINAL = /^\s*(\d{1,2}(?:\.\d{1,2})?|[IVX]{1,5})(?:\s*°(?:\s*[/.)–—-])?\s*|\s*[/.-]\s*|(?<=\d)\)\s*|(?<=\d)\s*[–—]\s*|\s+)(?=\S)([A-ZÀ-Ý«"'].{2,})$/;
/** a line that is only a person's name, "Alain GALLU", "Marie-Josée AUGE-CAUMON", "GARIN Maryannick": a list's entry */
export const NAME_ONLY = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*)?|\p{Lu}{2}[\p{Lu}'’-]*\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*[.,;]?$/u;

/**
 * the rapporteur's first name before an item's number, the surname on the next line (a compte-rendu in columns
 * read by OCR): "Philippe 1 ZAC Pagézy …" / "SAUREL et d'urbanisme …"; not a word that numbers a part of a text
 */
export const FIRST_NAME_BEFORE_ORDINAL = new RegExp(
  `^\\s*(?!${anyOf(["Article", "Articles", "Annexe", "Chapitre", "Point", "Points", "Titre", "Page", "Section", "Lot", "Lots", "Tranche", "Phase", "Tome", "Partie", "Délibération", "Décision", "Avenant", "Pour", "Contre", "Abstention", "Abstentions", "Votants", "Présents", "Absents", "Procurations", "Exercice", "Le", "La", "Les", "Du", "Au", "En", "Et", "Cedex"], "exact")}\\s)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+(?=\\d{1,2}\\s+\\p{Lu})`,
  "u",
);
/**
 * an act in a summary compte-rendu, one bullet each (group 1: what the council did, without its tally): "• adopté la
 * décision modificative n° 3 (17 pour, 2 contre) ;", "- approuvé le procès-verbal (unanimité)"; a past participle
 * after the bullet and a tally in brackets at the end (a decision of one act, « - APPROUVE la convention », is neither)
 */
/** a heading after a bullet: a few words, a capital first, no full stop, no label: « • Budget primitif 2024 » */
export const BULLET_HEADING = /^\s*[•▪●■◦]\s*\p{Lu}(?![^:]*:\s*(?:M\.|Mme|MM|Monsieur|Madame|\d|\/))[^.;!?]{3,100}$/u;
export const SUMMARY_ITEM = new RegExp(
  `^\\s*[•▪●■◦–-]\\s*((?:a\\s+)?(?:${["approuvé", "adopté", "fixé", "autorisé", "décidé", "attribué", "accepté", "validé", "voté", "désigné", "élu", "sollicité", "créé", "modifié", "pris acte", "émis", "renouvelé", "accordé", "arrêté", "confié", "instauré", "supprimé"].join("|")})e?s?(?![\\p{L}])(?:[^()]*[^()\\s])?)\\s*\\((?=[^()]*(?:unanimit|pour|contre|abstention|majorit))[^()]*\\)(?:\\s*[;.,])?\\s*$`,
  "u",
);
/** a unit that is a heading in capitals, three words or more and no colon: "AVENANT AU CONTRAT DE DÉLÉGATION …" */
export const CAPS_HEADING = /^\s*(?=[^:]{12,160}$)[\p{Lu}\d«"'’(][\p{Lu}\d\s'’«»"(),./–-]*(?:\s[\p{Lu}\d'’«»"(),./–-]+){2,}\s*$/u;
/** capitals that are no heading: the council's formula, a recital, a decision, an outcome, a tally */
/**
 * a clause of the decision under its ordinal, a verb in capitals before words in small letters (« 1° LUI DONNE ACTE de la
 * présentation … », « 3° RECONNAÎT la sincérité des restes à réaliser »): no item's heading
 */
export const DECISION_CLAUSE = new RegExp(`^\\s*(?:(?:LUI|LEUR)\\s+)?(?:${[...DECISION_VERBS, "RECONNAÎT", "RECONNAIT", "DÉCLARE", "DECLARE"].join("|")})(?:\\s+ACTE)?(?:\\s*,)?\\s+(?:\\p{Ll}|[lLdD]['’])`, "u");
/** a clause's ordinal, « 1° », « 2°) », what follows it in group 1 */
export const CLAUSE_ORDINAL = /^\s*\d{1,2}\s*°(?:\s*[/.)–-])?(?:\s*(\S.*))?$/u;
export const CAPS_NOT_A_HEADING = new RegExp(
  `^\\s*(?:LE|LA|LES|APR[ÈE]S|VU|CONSID[ÉE]RANT|ENTENDU|${["ADOPTÉ", "ADOPTE", "REJETÉ", "REJETE", "POUR", "CONTRE", "ABSTENTION", "ABSTENTIONS", "VOTE", "VOTES", ...DECISION_VERBS].join("|")})(?![\\p{L}])`,
  "u",
);
/** the agenda announced before the items ("Ordre du jour") */
export const AGENDA = /^\s*(?:ordre\s+du\s+jour|l'ordre\s+du\s+jour\s+(?:est|appelle))/i;
export const MAYOR_AS_SUBJECT = /^(?:(?:M(?:onsieur|\.)?|Madame|Mme)\s+)?(le|la)\s+(Maire|Pr[ée]sidente?)$/i;

// ---- attendance lists (src/extract/attendance.ts) ------------------------------------------------------
/** a count label that runs on into "présents ou représentés", not a count of the present: "Présents ou représentés : 15" */
export const PRESENT_OR_LABEL = /pr[ée]sents?\s+ou\b/i;
/** what stands before « représentés » when the two words are one label, the voters: "présents ou représentés : 14" */
export const PRESENT_OR_BEFORE = /pr[ée]sents?\s+(?:ou|et)\s*$/i;
/** a figure followed by its own count label: "12 + 2 pouvoirs = 14 votants" gives 14 to « votants », not to « pouvoirs » */
export const COUNT_LABEL_NEXT = /^\s*(?:votants?|pr[ée]sents?|pouvoirs?|procurations?|absents?|repr[ée]sent[ée]s?|en\s+exercice)(?![\p{L}])/iu;
/** (source fragment) the noun between a figure and its count label: "15 conseillers présents", "12 membres votants" */
export const COUNT_NOUN_BEFORE_LABEL = "(?:conseillers\\s+|membres\\s+)?";
/** (source fragment) a count label not followed by "ou": "20 présents" but not "20 présents ou représentés" */
export const NOT_FOLLOWED_BY_OU = "(?!\\s+ou\\b)";
/** openings of a line that is a label or a sentence, not a list of names: "Ordre du jour", "Le Maire ouvre la séance", "Vu le CGCT" */
export const NOT_A_NAME_LIST_START = /^(?:ordre\s+du\s+jour|assist(?:ai(?:en)?t|ent)\s|en\s+pr[ée]sence\s|[ée]galement\s+pr[ée]sent|le\s+|la\s+|les\s+|l['’]\s*assembl[ée]e(?![\p{L}])|il\s+|elle\s+|nombre|secr[ée]taire|objet|vu\b|apr[èe]s|considérant|monsieur\s+le|madame\s+la|(?:M\.|Mme)\s+(?:le|la)\s+(?:maire|pr[ée]sidente?)\b|\d+\s*[/.)-]|[IVX]+\s)/iu;
/** particles that stay in lower case inside a person's name: "Jean de la Fontaine", "Marc du Pont", "d'Estaing" */
export const NAME_PARTICLE = /^(?:de|du|des|le|la|di|da|van|von|d'\p{L}+)$/u;
/** a surname's particle in capitals, part of the surname, never initials: « LE GALL », « DA SILVA », « DE LUSSAC », « DOS SANTOS » */
export const SURNAME_PARTICLE_UPPER = /^(?:LE|LA|LES|DE|DU|DES|DA|DI|DO|DOS|DAS|DEL|DELLA|VAN|VON|DER|DEN|TER|EL|AL|BEN|MAC|MC)$/u;
/** the same before the surname, as a look-ahead source: what initials before a surname are not */
export const SURNAME_PARTICLE_AHEAD = "(?!(?:LE|LA|LES|DE|DU|DES|DA|DI|DO|DOS|DAS|DEL|DELLA|VAN|VON|DER|DEN|TER|EL|AL|BEN|MAC|MC)\\s)";
/** a name and its status on one line (group 1: the name; group 2: the status): "Maryline : absente non excusée", "Mathieu : excusé" */
export const NAME_WITH_STATUS = /^\s*(?:[+•-]\s*)?([\p{L}][\p{L}' .-]{1,40}?)\s*:\s*(absente?s?\s+non\s+excus[ée]e?s?|absente?s?|excus[ée]e?s?)\s*\.?$/iu;
/** a status of NAME_WITH_STATUS that means absent rather than excused: "absente non excusée", "absent" */
export const STATUS_ABSENT = /non|^absent/i;
/** a sub-label inside a list, skipped: "Titulaires :", "Suppléants :" */
export const LIST_SUBLABEL = /^\s*(?:Titulaires|Suppl[ée]ants?)\s*:\s*$/i;
/** a list whose text ends open, so the next line continues it: "Jean-Pierre MARTIN, Agnès DUVAL et", "Paul à" */
export const LIST_ENDS_OPEN = /[,\-–&/]\s*$|\bet\s*$|(?:à|au)\s*$/;
/** a line that continues a list of proxies: "Mme X à M. Y", "M. Z donne procuration à Mme W", "pouvoir à M. V" */
// (« M. AGÉNOR Claude par Mme BELLEMARE Rosette » under « ÉTAIENT REPRÉSENTÉS : »)
export const PROXY_LINE_CUE = /\s(?:à|au|4|→)\s|procuration|pouvoir|repr[ée]sent[ée]e?\s+par|\spar\s+(?:M\.|Mme|Monsieur|Madame)\s/i;
/** the white space before a civility (global: used with matchAll only): "Paula RINIERI Monsieur Frédéric DEMUYNCK" */
/** one member named after a civility, first name then surname in capitals or the reverse: « M. Julien ARNAUD », « Mme MOURGUES Claire » */
const CIVILITY_NAME = "(?:M\\.|Mme|Mmes|MM\\.|Mlle|Monsieur|Madame)\\s+(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*\\s+)?\\p{Lu}{2}[\\p{Lu}'’-]*(?:[ \\t]+\\p{Lu}{2}[\\p{Lu}'’-]*)*(?:\\s+(?!(?:Mme|Mmes|Mlle|Monsieur|Madame)\\s)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)?";
/** a member's commune or nominating body in brackets after the name: « M. Gilbert ÉLISABETH (Rivière-Salée) », « (UDAF) » */
export const BODY_IN_BRACKETS_AT_END = /\s*\((?:[\p{L}'’-]+(?: [\p{L}'’-]+){0,5})\)\s*$/u;
/** names run together with no separator but their civilities, as columns of names are read: « M. Julien ARNAUD Mme Claire MOURGUES » */
const CIVILITY_NAME_NOTED = `${CIVILITY_NAME}(?:\\s+\\([\\p{L}'’-]+(?: [\\p{L}'’-]+){0,5}\\))?`;
export const CIVILITY_NAMES_RUN = new RegExp(`^(?:${CIVILITY_NAME_NOTED}\\s+)+${CIVILITY_NAME_NOTED}$`, "u");
/** each of them */
export const CIVILITY_NAME_EACH = new RegExp(CIVILITY_NAME_NOTED, "gu");
export const BEFORE_CIVILITY = /\s(?=(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|MM\.?|Dr\.?|Docteur)\s)/g;
/**
 * Separators of the names of a list: "David / Marielle", "Agnès, Mario & Paul", "Jean et Marie". The comma and
 * « et » ones (group "outside") count only outside brackets, where the next bracket is not a closing one: the
 * caller checks that in one pass (a look-ahead to the next bracket here made a long list quadratic).
 */
export const NAME_LIST_SEPARATOR_SCAN = /\s*\/\s*|\s+&\s+|\s*&$|(?<outside>\s*[,;]\s*|\s+et\s+(?=[A-ZÀ-Ý])|\s+[-–]\s+(?=[A-ZÀ-Ý]))/gu;
/** a proxies' list in brackets after its count (group 1: the list): "2 (Mme X à M. Y ; M. Z à Mme W)" */
export const PROXY_COUNT_BEFORE_LIST = /^\d{1,3}\s*\((.+)\)\s*[.;]?$/;
/** a member's commune or role in brackets, no proxy in it (global: replaced): "Mme Claire ARNAUD (Voiron) à M. Bruno CATTIN" */
export const NAME_ANNOTATION = /\s*\((?![^()]*(?:(?<![\p{L}])[àa]\s|pouvoir|procuration|mandat|\d))\p{Lu}[^()]{1,40}\)/gu;
/** a proxy glued to a name (group 1: the holder): "David (pouvoir donné à Jean-Pierre)", "Adeline (procuration à Mario)" */
/** a proxy said after a name in a list, without brackets: "Rémi HUGUES qui a donné pouvoir à Sylvie ARNAUD" */
export const PROXY_AFTER_NAME = /\s+(?:(?:(?:qui\s+)?(?:a\s+)?donn[ée]e?\s+)?(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:à|au)|repr[ée]sent[ée]e?\s+par)\s+(\S.*)$/i;
export const PROXY_IN_PARENTHESES = /\(\s*(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:(?:à|a|au)\s*)?([^\s)][^)]*|\s)\)/i;
/** a present member holding another's proxy: « Mme Marie ZEHAF (pouvoir de Mme Sonia CHAIGNEAU) » (the giver in brackets) */
export const PROXY_HELD_IN_PARENTHESES = /\(\s*(?:pouvoir|procuration)\s+(?:de|d['’])\s*([^\s)][^)]*)\)/i;
/** a departure or an arrival glued to a name (group 1: the note; group 2: its verb): "(départ à 19h59)", "(arrivée au point 4)" */
// (no bracket inside the note: from each "(" of a run of brackets the search would run to the end of the line)
export const MOVEMENT_NOTE = /\(([^()]*(?<![\p{L}\d])(d[ée]part|parti|quitte|arriv[ée]e?|arrive)(?![\p{L}\d])[^()]*)\)/iu;
/** the verb of a MOVEMENT_NOTE that means an arrival: "arrivée", "arrive" */
export const MOVEMENT_ARRIVAL = /arriv/i;
/** an asterisk proxy marker after a name, with the space before it (global: used with matchAll only; group 1: the asterisks): "Jean-Pierre (Pr*)" */
export const PROXY_MARK = /\s*\(\s*Pr\s*(\*+)\s*\)/gu;
/** a character a name before its mark may hold */
export const NAME_BEFORE_MARK_CHAR = /[\p{L}' .-]/u;
/**
 * a footnote that says whose proxy a starred name gave (global: matchAll only; group 1: the stars, 2: the holder):
 * « Excusés : Patrick *, Éliane ** » then « * pouvoir à Martine », « ** procuration donnée à Jean-Claude »
 */
export const FOOTNOTE_PROXY = /(?<![\p{L}*])(\*{1,3})\s*(?:pouvoir|procuration)(?:\s+donn[ée]e?)?\s+[àa]\s+((?:(?:M\.|Mme|Monsieur|Madame)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;
/** what follows a footnote's star, not a list's bullet: « * pouvoir à Martine » */
export const FOOTNOTE_AFTER_STAR = /(?:pouvoir|procuration)(?:\s+donn[ée]e?)?\s+[àa]\s/;
/** an act's own count of voters, labelled in its text (« Votants : 8 - Pour : 8 », « (Votants : 9) », « Nombre de votants : 10 »; group 1) */
export const ITEM_VOTERS = /(?<![\p{L}])(?:[Nn]ombre\s+de\s+votants|Votants|VOTANTS)\s*:\s*(\d{1,3})(?!\d)/u;
/** a name a star marks after it (global: matchAll only; group 1: the name, 2: the stars): « Patrick * », « Éliane ** » */
export const STARRED_NAME = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*(\*{1,3})(?![\p{L}*])/gu;
/** asterisk proxy markers, removed everywhere (global: used with replace only): "(Pr*)", "(Pr **)" */
export const PROXY_MARKS = /\(\s*Pr\s*\*+\s*\)/g;
/** where the attendance sentence of a header ends: "Le Maire ouvre la séance", "La Présidente", "Le Conseil municipal" */
export const CHAIR_OR_COUNCIL_SUBJECT = /\b(?:Le|La)\s+(?:Maire|Pr[ée]sident|Conseil)\b/;
/** proxies listed inside the attendance sentence (group 1: the list): "(07 Procurations : A à B, C à D)" */
export const INLINE_PROXIES = /\(\s*\d{1,3}\s+(?:Procurations?|Pouvoirs?)(?:\s*:)?\s*([^\s)][^)]*|\s)\)/i;
/** a line that speaks of a proxy: "Procurations : …", "M. X donne pouvoir à M. Y" */
export const PROXY_WORD = /procuration|pouvoir/i;
/** absent members listed at the end of the attendance sentence (group 1: the list): "et 04 Absents : C, D." */
export const INLINE_ABSENTS = /\bet\s+\d{1,3}\s+(?:conseillers\s+(?:[ée]taient\s+)?)?Absents?\s*:\s*(\S(?:.*?\S)??(?:\s+(?=[.,]\s*$))?|.$)[.,]?\s*$/i;
/** a label of absent members: "Absents :", "absent :" */
export const ABSENTS_LABEL = /absents?\s*:/i;
/** a proxy label with nothing after it (there was no proxy): "Procuration(s) :", "Pouvoirs :" */
export const EMPTY_PROXY_LABEL = /^\s*(?:Procurations?(?:\(s\))?|Pouvoirs?)\s*:\s*$/i;

// ---- session header (src/extract/session.ts) ----------------------------------------------------------
/** a match of an authority's name that is only the word for it: "Commune", "la Ville" */
export const AUTHORITY_WORD_ONLY = /^(?:la\s+)?(?:commune|ville)$/i;
/** a word after "Conseil municipal de" that is not a commune's name: "de", "cette" (as in "Conseil municipal de cette commune") */
export const NOT_A_COMMUNE_NAME = /^(?:de|du|cette|la)$/i;
/** particles that stay in lower case inside a place name: "Montclar-sur-Gervanne", "Saint-Martin-de-la-Place", "Villers-lès-Nancy" */
export const PLACE_NAME_PARTICLE = /^(?:sur|sous|en|le|la|les|de|du|des|lès|lez|au|aux|et|d|l)$/;
/** a line about another session or its convocation, whose date is not the session's: "convoqué le", "procès-verbal de la séance précédente", "approbation du PV" */
// (nor the session that adopted these minutes: « PROCÈS-VERBAL arrêté lors de la séance du 7 novembre 2024 »)
export const NOT_THE_SESSION_DATE = /pr[ée]c[ée]dent|approbation|approuv|arr[êe]t[ée]e?\s+lors\s+de|adopt[ée]e?\s+lors\s+de/i;
/** what stands before the convocation's date, not the session's: "convoqué le", "convocation du", "Date de convocation :" */
export const CONVOCATION_BEFORE_DATE = /(?:convoqu[ée]e?s?(?:\s+(?:le|en\s+date\s+du|pour\s+le))?|convocation\s*(?::|du|en\s+date\s+du|adress[ée]e\s+le|faite\s+le))\s*$/i;
/** the year of the opening formula (group 1): "L'an 2024, le cinq mars" */
export const YEAR_OF_L_AN = /\bl'an\s+(\d{4})\b/i;
/** the presidency written after the place, cut from it: "la salle du conseil sous la présidence de M. X" */
export const PRESIDENCY_AFTER_PLACE = /\s+sous\s+la\s+pr[ée]sidence.*$/i;
/** where a signature line in columns breaks between names: "Dr. Xavier POLI    M. Marc-Marie G…", "X, Y" */
export const SIGNATURE_COLUMN_BREAK = /\s{2,}|\s(?=(?:M\.|Mme|Monsieur|Madame)[\s,])|,/;
/** the president's role after the name, cut from it: "Bertrand DURANTON - Maire", "Anne X - Présidente de la communauté" */
// (« , Présidente du Conseil régional » too; a bare « , Maire » stays, the person's role)
export const PRESIDENT_ROLE_AFTER_NAME = /\s+-\s+(?:Maire|Pr[ée]sident).*$|\s*,\s*(?:Pr[ée]sidente?|Vice-pr[ée]sidente?|Maire)\s+(?:du|de|des|d['’]).*$/i;
/** words that show a president's "name" is not a person: "Secrétaire de séance", "Conseil municipal", "Communauté de communes" */
export const NOT_A_PERSON = /s[ée]ance|secr[ée]taire|conseil|commune|communaut/i;
/** words that show a secretary's "name" is not a person: "de séance", "Conseil", "le Maire" */
export const SECRETARY_NOT_A_PERSON = /\b(?:s[ée]ance|conseil|maire)\b/i;
/** a line that speaks of the secretary: "Secrétaire de séance : (à désigner", "secretaire" */
export const SECRETARY_WORD = /secr[ée]taire/i;
/**
 * the signatures at an act's end, a label a column: « Le secrétaire de séance, Benoît ALAUZET », « Le Président, La
 * secrétaire de séance, » over « Laurent GABORIT Sophie GENDRON » (group 1: what follows the secretary's label)
 */
export const SECRETARY_SIGNS = /(?:^|(?<=[.!?:;\d]\s+))(?:(?:Le|La|LE|LA)\s+(?:Maire|MAIRE|Pr[ée]sidente?|PR[ÉE]SIDENTE?),?\s+)?(?:Le|La|LE|LA)\s+(?:secr[ée]taire|SECR[ÉE]TAIRE)(?:\s+(?:de\s+s[ée]ance|DE\s+S[ÉE]ANCE))?,(.*)$/u;
/** the signatories' names before the chair's own label, on one unit: « Benoît ALAUZET Le Maire, Jean-Claude DELMAS » */
export const SIGNATORIES_BEFORE_CHAIR = /^(.*?\S)\s+(?:Le|La|LE|LA)\s+(?:Maire|MAIRE|Pr[ée]sidente?|PR[ÉE]SIDENTE?)(?![\p{L}])/u;
/** names of signatories on one line, « Prénom NOM » each: « Laurent GABORIT Sophie GENDRON » */
export const SIGNATORY_NAMES = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*)?\s*){1,2}$/u;
/** … each of them */
export const SIGNATORY_NAME = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*)?/gu;
/** what follows the secretary's name, cut from it: "Mme X a été désignée secrétaire de séance" */
export const SECRETARY_AFTER_NAME = /\s+a\s+[ée]t[ée]\s+(?:\S.*)?$/i;
/** what precedes the secretary's name, cut from it: "Le Conseil désigne Mme X", "nommée M. Y" */
export const SECRETARY_BEFORE_NAME = /^.*?(?:d[ée]sign[ée]e?|nomm[ée]e?)\s+/i;
/** the role after the secretary's name, cut from it: "M. X comme secrétaire", "Mme Y en qualité de secrétaire" */
/** a post after a name, its apposition: « M. Thomas GASSER, Directeur Général des Services, désigné … » */
/** the chair's role of one word after the name, which the person keeps: « M. Paul ROCCA, Maire », « …, Présidente. »
 * (not « …, Maire délégué de … ») */
export const CHAIR_ROLE_AFTER_NAME = /,\s*(?:Maire|Pr[ée]sidente?)(?=\s*(?:[.,;:)]|$))/u;
export const POST_AFTER_NAME = /,\s+(?:Directeur|Directrice|DGS|Secr[ée]taire|Adjointe?|Conseill[eè]re?|Premi(?:er|ère)|Maire|Pr[ée]sidente?|Vice-pr[ée]sidente?|Attach[ée]e?|Responsable|Cheff?e?|Agent|Fonctionnaire)(?![\p{L}]).*$/iu;
export const SECRETARY_ROLE_AFTER_NAME = /\s+(?:comme|en\s+qualit[ée]).*$/i;
/** leading words before the secretary's name, cut from it (matches the empty string too): "et avoir M. X", "avoir Mme Y" */
export const SECRETARY_LEADING_WORDS = /^(?:et\s+)?(?:avoir\s+)?/i;

// ---- decisions (src/extract/decisions.ts) -------------------------------------------------------------
/** a vote result label, not a decision verb: "VOTE : POUR : 9", "Votes :" */
export const VOTES_LABEL = /^\s*VOTES?\s*:/i;
/** a line that ends a decision running over several lines: a bullet, "Ainsi délibéré", "Pour extrait conforme", "Fait à Corte", "Le Maire", "La séance est levée", "Vote", "2) …" */
export const DECISION_RUN_END = /^\s*(?:[-•–—*]|Ainsi\s+d[ée]lib|Pour\s+extrait|Fait\s+[àa]|Le\s+Maire|La\s+s[ée]ance|Vote|\d+[/.)-]\s)/i;

// ---- identity (src/extract/identity.ts) ---------------------------------------------------------------
/** a line that opens with the word "objet" (any case): "OBJET : Budget primitif 2024", "Objet de la délibération" */
/** the object's label: "Objet", "OBJET :", "Sujet :", "Intitulé :" */
export const OBJET_START = /^\s*(?:objet\b|sujet\s*:|intitul[ée]\s*:)/i;

// ---- content (src/extract/content.ts) -----------------------------------------------------------------
/** a line that opens with an axis of orientations: "AXE 2 : Jeunesse", "Axe" */
export const AXIS_START = /^\s*AXE/i;
/** words of a governance table's header: "Comité de pilotage", "Groupe technique", "Instance de suivi" */
export const GOVERNANCE_HEADER = /comit[ée]|groupe|instance|conseil|commission|r[ée]seau|pilotage|technique/i;
/** words announcing a convention's term, before TERM is tried: "conclue à compter du 1er janvier 2022", "pour une durée de", "convention" */
export const TERM_CUE = /(?:conclu|dur[ée]e|p[ée]riode|valable|compter\s+du|convention)/i;

// ---- votes (src/extract/vote.ts) ----------------------------------------------------------------------
/** a line about a survey, not a council vote: "résultats du sondage", "réponses au questionnaire", "consultation" */
export const SURVEY_LINE = /\b(?:sondage|enqu[êe]te|questionnaire|consultation|r[ée]ponses?)\b/i;
/** a heading naming what is voted, not a vote: "Vote des subventions", "Vote du budget primitif", "Vote de la taxe" */
export const VOTE_OF_HEADING = /^\s*Vote\s+(?:des|du|de\s+la|de\s+l')\s/i;
/** a recital, which may quote other bodies' votes: "Considérant que …", "Vu le CGCT", "Attendu que" */
export const RECITAL_START = /^\s*(?:Consid[ée]rant|Vu\b|Attendu)/i;
/** a vote announced in the debate, no count: « … et annonce un vote contre », « son groupe votera contre » */
export const VOTE_INTENTION = /(?<![\p{L}])(?:annon[cç]\p{L}*|indiqu\p{L}*|exprim\p{L}*|confirm\p{L}*|explique\p{L}*)\s+(?:un|son|leur|notre)\s+vote\s+(?:contre|pour|d['’]\s*abstention)|(?<![\p{L}])vot(?:era|eront|erons|erai)\s+(?:contre|pour)(?![\p{L}])/iu;
/** an amendment's vote, before the act's own: « cet amendement, mis aux voix, est rejeté par 40 voix contre et 13 voix pour » */
export const AMENDMENT_VOTE = /(?<![\p{L}])(?:sous-)?amendements?(?![\p{L}])/iu;
/**
 * (source fragment) what follows a bare "for"/"against" count that ends its phrase: "5 pour", "14 pour / 0 contre",
 * "9 pour et 2 contre", "6 contre (groupe « X »)"
 */
export const VOTE_PHRASE_END = "(?=\\s*(?:$|[,;./()\\]»\"–—-]|et\\b|\\d|contre|pour|abst))";
/** a tally word and all after it, cut from a list of names: "Mme X, M. Y pour le reste", "contre : 2" */
export const TALLY_WORD_ONWARDS = /\b(?:pour|contre|abstentions?)\b.*$/i;
/** an election result line (group 1: the candidate; group 2: the votes; group 3: the rest): "Mme Claire DUVAL : 12 voix, élue" */
export const ELECTION_RESULT_LINE = /^\s*(?:[-•]\s*)?([\p{L}][\p{L}' .-]{1,40}?)\s*:\s*(\d{1,3})\s*(?:voix|votes?|suffrages?)\b(?:\s*,)?\s*((?:\S.*)?)$/iu;
/** the same with a comma, the candidate named with a civility, after a label or not: "Résultat : M. Paul REY, 12 voix" */
export const ELECTION_RESULT_AFTER_COMMA = /^(?:[^:]{0,80}:)?\s*(?:[-•]\s*)?((?:M\.|Mme|Mlle|Monsieur|Madame)\s+[\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,3}),\s*(\d{1,3})\s*(?:voix|votes?|suffrages?)(?![\p{L}])(?:\s*,)?\s*((?:\S.*)?)$/iu;
/** between two candidates' results on one line */
export const RESULTS_SEPARATOR = /\s*;\s*/;
/**
 * labels of an ELECTION_RESULT_LINE that are not a candidate: "Pour : 12 voix", "Résultat : 14 votes", "Total", an
 * outcome before its tally ("Adopté à l'unanimité : 41 voix pour", "Décision adoptée : 13 voix pour, …")
 */
export const NOT_A_CANDIDATE = /^(?:pour|contre|abstentions?|r[ée]sultat|total|vote)(?![\p{L}])|unanimit|majorit|(?<![\p{L}])(?:adopt|rejet|approuv|d[ée]cision|d[ée]lib[ée]ration)/iu;
/** the label of blank ballots in an election result: "Blancs", "Bulletins blancs" */
export const BLANK_BALLOTS_LABEL = /^(?:blancs?|bulletins?\s+blancs?)$/i;
/** the label of void ballots in an election result: "Nuls", "Bulletins nuls" */
export const VOID_BALLOTS_LABEL = /^(?:nuls?|bulletins?\s+nuls?)$/i;
/** a candidate declared elected: "élue", "elus" */
export const ELECTED = /[ée]lue?s?\b/i;
/** the count of blank ballots (group 1): "Bulletins blancs : 2", "Blancs : 1" */
export const BLANK_BALLOTS_COUNT = /(?:bulletins?\s+)?blancs?(?:\s+\([^()]{0,60}\))?\s*:\s*(\d{1,3})/i;
/** the count of void ballots (group 1): "Nuls : 0", "bulletins nuls : 1", "suffrages déclarés nuls par le bureau : 1" (not "blancs ou nuls") */
export const VOID_BALLOTS_COUNT = /(?<!blancs?\s+(?:ou|et)\s+)\bnuls?(?:\s+par\s+le\s+bureau)?(?:\s+\([^()]{0,60}\))?\s*:\s*(\d{1,3})/i;
/** blank and void ballots counted together (group 1): "Bulletins blancs ou nuls : 2", "Blancs et nuls : 1" */
export const BLANK_OR_VOID_COUNT = /blancs?\s+(?:ou|et)\s+nuls?\s*:\s*(\d{1,3})/i;
/**
 * the number of voters of an election (group 1): "Nombre de votants : 15", "Nombre de bulletins : 15", the official
 * form's "b. Nombre de votants (enveloppes déposées) : 15", "Nombre de bulletins trouvés dans l'urne : 15"
 */
export const ELECTION_VOTERS_COUNT = /nombre\s+de\s+(?:votants|bulletins)(?:\s*\([^()]{0,40}\))?(?:\s+trouv[ée]s\s+dans\s+l['’]urne)?\s*:\s*(\d{1,3})/i;
/** the number of votes expressed in an election (group 1): "Suffrages exprimés : 14", "Nombre de suffrages exprimés [b - c - d] : 14" */
export const ELECTION_EXPRESSED_COUNT = /suffrages\s+exprim[ée]s(?:\s*\[[^\]]{0,40}\])?\s*:\s*(\d{1,3})/i;
/** a candidate proclaimed in a sentence of its own: "M. X, ayant obtenu la majorité absolue, est proclamé adjoint", "Mme Y est élue" */
export const PROCLAIMED = /(?<![\p{L}])(?:(?:est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+(?:proclam[ée]e?s?|d[ée]clar[ée]e?s?\s+[ée]lue?s?|[ée]lue?s?|d[ée]sign[ée]e?s?)|ayant\s+obtenu\s+la\s+majorit[ée]\s+absolue)(?![\p{L}])/iu;
/** a new round of a ballot, whose results replace the last round's: « Second tour de scrutin », « 2e tour », « Deuxième tour » */
/** what NEXT_ROUND holds: a line without it is not searched */
export const ROUND_WORD = /tour/i;
export const NEXT_ROUND = /(?<![\p{L}])(?:second|deuxi[èe]me|troisi[èe]me|[23](?:e|ème|nd)?)\s+tour(?![\p{L}])/iu;
/** the candidates' results before a proclamation on the same line, up to the last count of votes */
export const RESULTS_BEFORE_PROCLAMATION = /^.*\d\s*(?:voix|votes?|suffrages?)(?![\p{L}])[,.;]?\s*/iu;
/** what every count of an election result above holds: a colon and a figure (a line without one is not searched) */
export const ELECTION_COUNT_NEED = /:\s*\d|,\s*\d{1,3}\s*(?:voix|votes?|suffrages?)/;
/**
 * an act's title about a survey's results, which has no council vote: « Résultats des sondages », « Questionnaire aux
 * familles », « Enquête de satisfaction » (not « … lancement de l'enquête publique », a procedure the council votes)
 */
export const SURVEY_TITLE = /^\s*(?:sondages?|questionnaires?)\b|\br[ée]sultats?\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|d['’])?(?:sondages?|enqu[êe]tes?|questionnaires?|consultations?)\b|\benqu[êe]tes?\s+(?:aupr[èe]s|de\s+satisfaction)\b/i;
/** the label of a VOTE_BARE_PAIR that gives the votes for: "Pour 12" */
export const BARE_PAIR_FOR = /^pour/i;
/** the label of a VOTE_BARE_PAIR that gives the votes against: "Contre 2" */
export const BARE_PAIR_AGAINST = /^contre/i;
/** an exception to a unanimity, which is then no unanimity: "à l'unanimité sauf M. X", "unanimité moins une voix" */
export const UNANIMITY_EXCEPT = /\bsauf\b|\bmoins\b/i;
/** a line that opens with the outcome, in capitals or not: "ADOPTÉ à l'unanimité", "Approuvée", "REJETÉS", a web page's
 * « Votée à l'unanimité moins une abstention », « Voté à la majorité » */
export const OUTCOME_OPENS_LINE = /^\s*(?:ADOPT[ÉE]E?S?|REJET[ÉE]E?S?|APPROUV[ÉE]E?S?|VOT[ÉE]E?S?(?=\s+(?:[àa]\s+l['’]\s*unanimit|[àa]\s+la\s+majorit|par\s+\d)))(?![\p{L}])/iu;
/** a line that ends with the outcome: "Pour : 14 → adopté", "La proposition est rejetée." */
export const OUTCOME_ENDS_LINE = /(?:→|\s)(?:adopt[ée]e?|rejet[ée]e?)\.?\s*$/i;

// ---- segmentation of minutes (src/segment/agenda.ts, src/segment/items.ts) -----------------------------
/** a sentence of the session, which ends the agenda: "Monsieur le Maire ouvre la séance", "La séance est levée", "Le quorum est atteint" */
export const AGENDA_PROSE = /\b(?:Monsieur|Madame)\s+le\s+(?:Maire|Pr[ée]sident)\b|^(?:Le|La)\s+(?:Maire|Pr[ée]sident|s[ée]ance|quorum)\b/i;
/** an agenda entry that ends on a link word, so the next line continues it: "Approbation du", "Convention avec la commune de" */
export const AGENDA_ENTRY_ENDS_OPEN = /\s(?:de|du|des|la|le|les|à|au|aux|et|pour|d'|l')$/i;
/** an elided article or pronoun before a capital, removed before a word's case is read: "d'Allocations", "l'Isère" */
export const ELISION_BEFORE_CAPITAL = /^[dlcjmnst]['’](?=\p{Lu})/u;
/** a numbered heading's title that ends on a link word or a dash, so the next line continues it: "Convention de mise à disposition de", "Budget –" */
export const TITLE_ENDS_OPEN = /(?:\s(?:à|a|de|du|des|la|le|les|l'|d'|et|en|pour|avec|sur|au|aux)|[–—-])\s*$/i;
/** a line that opens with a date or a count, not an ordinal heading: "12 janvier 2024", "14 voix pour", "3 ans", "2 abstentions" */
export const DATE_OR_COUNT_AT_START = /^\s*\d{1,2}\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|voix|votes?|pour|contre|abstentions?|h\b|heures?|€|%|ans?|mois|jours?)\b/i;

// ---- items found by their votes (src/segment/voted.ts): numbered lines of one kind, each over its vote -------------
/**
 * what opens an item's line, with its number: the act's own (« Délibération n° 3 », « DÉLIBÉRATION N°2024/019 »,
 * « N° 20240602 - … », « Délibération n° CP.2024-05-13.1-7 ») or an ordinal (« 3 », « 0.2 », « II – », « 12. »), then
 * a separator or the next word; group 1 the act's number, group 2 the ordinal, group 3 a registry's number with no
 * word before it (« C2024_0231 », « 24/06/180 », « DCM-2024-231 », « 21/5-001 », « 2024-3-1.1.1 », « DEL20240925_1 »,
 * « 24SP-2101 », « 1-01 »), before a title or a
 * rapporteur; the rapporteur's first name may stand before it, the surname carried on below (« Mme Agnès 2021/12/342 … »)
 */
export const VOTED_ITEM_START = new RegExp(
  `^\\s*(?:(?:M\\.|Mme)\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+(?=\\d{2,4}[-_/.]\\d))?(?:(?:${anyOf(["Délibération", "Délib."], "initial")}\\s*(?:n°|N°|no|No|nº)\\s*|N°\\s*)((?:[A-Z]{1,6}[-_./ ]?){0,3}\\d[\\dA-Za-z]*(?:[-_./][\\dA-Za-z]+)*)|(\\d{1,3}(?:\\.\\d{1,2})?|[IVXL]{1,6})|((?:[A-Z]{1,6}[-_]?){0,2}\\d{1,8}(?:[A-Z]{1,4})?(?:[-_/.]\\d{1,4}){1,4})(?=\\s+(?:\\p{Lu}|M\\.|Mme)))(?:\\s*[.)°](?!\\d)\\s*|\\s*[-–—:]\\s+|\\t\\s*|\\s+|$)`,
  "u",
);
/** a registry's number inside a row, after the title's cell and before the rapporteur's: « Procès-verbal … - Approbation C2024_0231 M. LEMAÎTRE Adoptée » */
export const REGISTRY_NUMBER_IN_ROW = /\s((?:[A-Z]{1,6}[-_]?){1,2}\d{2,4}[-_/.]\d{2,4}(?:[-_/.]\d{1,4})?)\s+(?=(?:M\.|Mme|MM\.|Mmes)\s)/u;
/** an outcome at the start of a decision's cell, whatever follows it: « Adoptée à l'unanimité », « Adoptée », « Rejetée à la majorité » */
export const OUTCOME_CELL_AT_START = /^(?:Adopt[ée]e?s?|ADOPT[ÉE]E?S?|Rejet[ée]e?s?|REJET[ÉE]E?S?)(?:\s+(?:à\s+l['’]unanimit[ée]|à\s+la\s+majorit[ée])(?:\s+des\s+(?:suffrages\s+exprim[ée]s|votants))?)?(?![\p{L}])\s*/u;
/** a note in brackets at the end of a cell: « (NPPV : Mme OZENNE, M. BRIÈRE) » */
export const NOTE_IN_BRACKETS_AT_END = /\s*\([^()]*\)\s*$/;
/** a date, which a registry's number of three parts may look like: « 12/03/2024 », « 24/06/24 » (not « 24/06/180 ») */
export const DATE_LIKE_NUMBER = /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$/;
/** a rapporteur named at the start of a row, before the title: « M. le Maire », « Mme Laure », « M. Bruno GIRAUD » */
export const RAPPORTEUR_AT_START = /^(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)\s+(?:(?:le|la)\s+(?:Maire|Pr[ée]sidente?|Vice-pr[ée]sidente?|Premi(?:er|ère)\s+adjointe?)|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*){0,2}|\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*)?(?![\p{L}]))(?:\s*,\s*(?:Maire|Pr[ée]sidente?|Adjointe?|Vice-pr[ée]sidente?))?(?:\s+|$)/u;
/** the act's own number labelled at a line's start, under its item's heading: « Délibération n° 2024-0141 – … », « Réf. : DEL-2024-0262 », « N° 2026-01-001 », « N° : 2025-014 » */
export const ACT_NUMBER_UNDER = new RegExp(`^\\s*(?:(?:${anyOf(["Délibération", "Délib."], "initial")}|DCM|DCC|DEL|DC|DB)\\s*(?:n°|N°|no|nº)|R[ée]f(?:[ée]rence|\\.)?\\s*:|N°(?:\\s*:)?)\\s*(${REGISTRY_NUMBER})(?![\\d\\p{L}])`, "u");
/** the outcome after an act's number at its item's end: « Délibération n° 2025-001 – Adoptée à l'unanimité. » */
// (or an election's: « Délibération n° 2025-003 – Mme Gwenaëlle KERDRAON est élue cinquième adjointe »)
// (or the vote recorded in brackets under it: « (Vote : unanimité) », « (Scrutin secret – votants : 33 …) »)
export const OUTCOME_AFTER_NUMBER = /^\s*(?:[-–—:,]\s*)?(?:\(\s*(?:Vote|VOTE|Scrutin|SCRUTIN)(?![\p{L}])|[Aa]dopt[ée]e?|ADOPT[ÉE]E?|[Rr]ejet[ée]e?|REJET[ÉE]E?|[Aa]pprouv[ée]e?|APPROUV[ÉE]E?|(?:M\.|Mme|Monsieur|Madame)\s[^.;]{2,60}?\s(?:est|sont)\s+[ée]lue?s?)(?![\p{L}])/u;
/** a rapporteur's label at a line's start: « Rapporteur : », « Rapporteure : » */
export const RAPPORTEUR_LABEL = /^\s*Rapporteure?s?\s*:\s*/i;
/** a title in capitals (three words or more), then a sentence that opens with an article: group 1 the title */
export const CAPS_THEN_SENTENCE = /^((?:[\p{Lu}\d'’()–-]+[ \t]+){2,}[\p{Lu}\d'’()–-]+)[ \t]+(?=(?:Le|La|Les|L['’]|Un|Une)[ \t]*\p{Ll}|L['’]\p{Lu}\p{Ll}+[ \t]+\p{Ll}|(?:Le|La)[ \t]+(?:Conseil|Commission|Maire|Pr[ée]sidente?|Bureau|Comit[ée])(?![\p{L}])|(?:Monsieur|Madame)[ \t]+(?:le|la)[ \t])/u;
/** a group for rapporteur, the whole of a row's cell: « 15 Groupe Union pour Grenoble » over a wish's title */
export const GROUP_AS_RAPPORTEUR = /^(?:Groupes?|GROUPES?)(?:\s+[^\s–—:;.]+)+$/u;
/** a rapporteur named at the end of a row's title: « … et autorisations M. Bertrand » */
export const RAPPORTEUR_AT_END = /\s+(?:M\.|Mme)\s+(?:(?:le|la)\s+(?:Maire|Pr[ée]sidente?)|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*)?)$/u;
/** the outcome or the tally where a row's title ends, once its cells are joined: « … de séance Adoptée à l'unanimité » */
export const OUTCOME_IN_ROW = /\s+(?=(?:Adopt[ée]e?s?|ADOPT[ÉE]E?S?|Rejet[ée]e?s?|REJET[ÉE]E?S?|Unanimit[ée]|UNANIMIT[ÉE]|[ÀA]\s+l['’]unanimit[ée]|Pour\s*:|POUR\s*:|Vote\s*:|Communication\s+[-–—]|Pas\s+de\s+vote|Prend\s+acte|PREND\s+ACTE)(?![\p{L}]))/u;
/** a line that only carries on a name cut in a column: « ROSSI », « BONIFACE-PASCAL », « MOREAU-CHAUVEAU » */
export const SURNAME_CARRIED_ON = /^\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*)?$/u;

// ---- votes in columns (src/normalise/vote-columns.ts) ----------------------------------------------------------
/** a relevé's header over votes in columns: « Pour Contre Abst. », « POUR CONTRE ABSTENTIONS NPPV » (group 1: NPPV) */
export const VOTE_COLUMNS_HEADER = /(?<![\p{L}])(?:Pour|POUR)\s+(?:Contre|CONTRE)\s+(?:Abst\.|Abstentions?|ABST\.|ABSTENTIONS?)(?:\s+(NPPV|Ne\s+prend(?:nent)?\s+pas\s+part))?(?![\p{L}])/u;
/** the column after them on the next unit: « NPPV Décision … » */
export const NPPV_COLUMN = /^\s*(?:NPPV|Ne\s+prend(?:nent)?\s+pas\s+part)(?![\p{L}])/u;
/** a row's figures, a dash or a slash for none, then perhaps its decision: « 46 - 10 - Adopté », « 43 10 » */
export const VOTE_ROW = /^\s*((?:\d{1,3}|[-–—/])(?:[ \t]+(?:\d{1,3}|[-–—/]))*)(?:[ \t]+(\p{Lu}[\p{L}'’]*(?:[ \t]+[\p{L}'’]+){0,4}))?\s*$/u;
/** the same figures and decision at the end of the title's unit: « … Versement d'une avance 56 - - - Unanimité » */
// (the decision may have been cut onto the next unit: VOTE_DECISION)
export const VOTE_ROW_TAIL = /[ \t]((?:\d{1,3}|[-–—/])(?:[ \t]+(?:\d{1,3}|[-–—/])){1,4})(?:[ \t]+((?:Unanimit[ée]|UNANIMIT[ÉE]|Adopt[ée]e?s?|ADOPT[ÉE]E?S?|Rejet[ée]e?s?|REJET[ÉE]E?S?)(?:[ \t]+[\p{L}'’]+){0,4}))?\s*$/u;
/** a unit that is a row's decision alone: « - Adopté », « Unanimité » (group 1: a dash before it, the last column's none) */
export const VOTE_DECISION = /^\s*([-–—]\s*)?(?:Unanimit[ée]|UNANIMIT[ÉE]|Adopt[ée]e?s?|ADOPT[ÉE]E?S?|Rejet[ée]e?s?|REJET[ÉE]E?S?|Prend\s+acte)(?![\p{L}])/u;
/** the labels a row's figures are written with, in the columns' order */
export const VOTE_COLUMN_LABELS = { for: "Pour", against: "Contre", abstentions: "Abstentions", nppv: "Ne prennent pas part au vote" } as const;

// ---- tables of items in a PDF, read by position (src/load/table-layout.ts) -----------------------------------------
/**
 * The words of a relevé's header row, folded (src/vocab/fold.ts foldWords): « N° | Objet | Rapporteur·e | Pour | Contre
 * | Abst. | NPPV | Décision », « RAPPORTEUR N° OBJET DE LA DÉLIBÉRATION – VOTE », « N° AFFAIRE OBJET DÉCISION DU CONSEIL »,
 * « Objet N° de délibération Rapporteur Résultat du vote ». A line made of these words only, a number's among them, is
 * the header whose columns the rows under it are read by.
 */
export const TABLE_HEADER_WORDS = new Set([
  "n", "no", "num", "numero", "numeros", "de", "du", "des", "la", "le", "l", "d", "e", "es", "en", "et",
  "objet", "objets", "intitule", "intitules", "titre", "affaire", "affaires", "dossier", "deliberation", "deliberations", "rapport",
  "rapporteur", "rapporteure", "rapporteurs", "rapporteures", "elu", "elue", "elus", "presente", "par",
  "pour", "contre", "abst", "abstention", "abstentions", "nppv", "vote", "votes", "resultat", "resultats",
  "decision", "decisions", "conseil", "observations", "observation", "suite", "donnee", "adopte", "adoption",
  // a commission's column, a commission permanente's decision: « Commission saisie », « Décision de la Commission permanente »
  "commission", "commissions", "saisie", "permanente", "pleniere", "avis", "service", "direction",
]);
/** what a page's text must hold before its lines are searched for such a header: a number's label and a title's (speed) */
export const TABLE_HEADER_NEED_NUMBER = /[Nn]°|N[Oo]\.?\s|Num|NUM/;
export const TABLE_HEADER_NEED_TITLE = /[Oo]bjet|OBJET|[Ii]ntitul|INTITUL|[Aa]ffaire|AFFAIRE|[Tt]itre|TITRE|[Dd][ée]lib|D[ÉE]LIB|[Dd]ossier|DOSSIER/;
/** the header's cell over the items' numbers: « N° », « N° de délibération », « Numéro », « N° AFFAIRE » (folded) */
export const TABLE_NUMBER_CELL = /^(?:n|no|num|numeros?)(?: |$)/;
/** the same word anywhere in a header read as one line */
export const TABLE_NUMBER_WORD = /(?:^| )(?:n|no|num|numeros?)(?: |$)/;
/** a header's other columns: a title's and a rapporteur's or an outcome's, one of each at least (folded) */
export const TABLE_TITLE_CELL = /(?:^| )(?:objets?|intitules?|titre|affaires?|dossier|deliberations?)(?: |$)/;
/** a word of a header that opens a column's label of its own, not a word within one (folded) */
export const TABLE_LABEL_START = /^(?:n|no|numero|objet|intitule|rapporteure?s?|pour|contre|abst|abstentions?|nppv|decisions?|votes?|resultats?|observations?)$/;
/** a header's cell over a side column, written after its row under its label: a rapporteur's, a commission's, a service's (folded) */
export const TABLE_SIDE_CELL = /^(?:rapporteure?s?|elue?s?|commissions?(?: saisie)?|service|direction)(?: e)?$/;
/** a header's cell over the rapporteurs (folded) */
export const TABLE_RAPPORTEUR_CELL = /(?:^| )(?:rapporteure?s?|elue?s?)(?: |$)/;
export const TABLE_OTHER_CELL = /(?:^| )(?:rapporteure?s?|elue?s?|pour|votes?|resultats?|decisions?)(?: |$)/;
