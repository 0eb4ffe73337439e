// Where a reader sees a new unit of a deliberation, whatever the line breaks of the source: the labels of the
// header ("Présents :", "Secrétaire de séance :"), the formulas of the act ("Vu", "Considérant", "DÉCIDE",
// "Après en avoir délibéré"), vote and outcome lines, item headings of minutes, sentence ends. The reflow
// (src/normalise/reflow.ts) breaks the text before each of them, so that every extractor reads the same
// units from a text collapsed to one line, wrapped at 40 columns or laid out as written.
import { anyOf, FAST_CAPITAL, FAST_WORD_START, initials, phrase, WORD_END, WORD_START } from "./build.js";
import { DECISION_VERBS, FIRST_NAME_BEFORE_ORDINAL, ITEM_WORDS, MARK_WORDS } from "./fr.js";
import { MONTHS } from "./dates.js";

/** "… en application de l'article L 2121-20 du CGCT :": the legal basis a label may quote before its colon */
const BY_LAW = "«(?:\\s+en\\s+application\\s[^:]{0,120})?»";

/** "Absent", "Absents", "Absent(s)" */
const ABSENT_S = "Absent«(?:[sS]|\\([sS]\\))?»";
/** who gave a proxy, as labels name them: "Absents", "Absents excusés", "Excusées" (« … ayant donné pouvoir ») */
const PROXY_GIVERS = [ABSENT_S, `${ABSENT_S} excusé«(?:[eE]?[sS]?|\\([eE]?[sS]\\))»`, "Excusé«(?:[eE]?[sS]?|\\([eE]?[sS]\\))»"];

/** labels whose value follows a colon: the label's first word starts the unit */
const COLON_LABELS = [
  "Présents?", "Absente?s?", "Absente?s? excusée?s?", "Absente?s? excusée?s?, non représentée?s?", "Absents? non excusés?", "Non excusés?", "Excusée?s?",
  ...PROXY_GIVERS.flatMap((g) => [`${g} ayant donné procuration«(?:\\s+à)?»${BY_LAW}`, `${g} ayant donné pouvoir«(?:\\s+à)?»${BY_LAW}`, `${g} ayant voté par procuration${BY_LAW}`,
    // « ETAIENT ABSENTS ET AVAIENT DONNE POUVOIR : »
    `${g} et «(?:[aA][vV][aA][iI](?:[eE][nN])?[tT]|[oO][nN][tT])» donné «(?:[pP]ouvoir|POUVOIR|[pP]rocuration|PROCURATION)»`]),
  "«(?:Avai(?:en)?t|Ont|A)» donné procuration«(?:\\s+à)?»", "«(?:Avai(?:en)?t|Ont|A)» donné pouvoir«(?:\\s+à)?»",
  "Absente?s? représentée?s?", "Absents? excusés? représentés?", "Excusée?s? représentée?s?", "Excusés? et représentés?", "Absents? et représentés?", "Absents? non représentés?", "Absents? à l'ouverture de la séance", "Absents? et excusés?", "Absent«(?:[sS]|\\([sS]\\))?» et absent«(?:[sS]|\\([sS]\\))?» excusé«(?:[eE]?[sS]|\\([eE]?[sS]\\))?»",
  "Pouvoirs?", "Procurations?", "Représentée?s?", "Votants?",
  "Secrétaire de séance", "Secrétaire", "Secrétaires de séance", "Président de séance", "Présidente de séance", "Président", "Présidente", "Présidence",
  "Date de convocation", "Date de la convocation", "Date d'affichage", "Date de publication", "Date d'envoi de la convocation",
  // the matter of the act in the prefecture's nomenclature: « Matière : 7.1 – Décisions budgétaires »
  "Matière", "Code matière", "Nomenclature",
  // the committee that examined the report, a line of its own under the object (capitalised: not « … de la commission : »)
  "«C»ommission", "«C»ommission compétente", "«C»ommission saisie", "«COMMISSION»",
  "En exercice", "En fonction", "Afférents au conseil", "Présents ou représentés", "Suffrages exprimés", "Exprimés",
  "Objet", "Objet de la délibération", "Sujet", "Intitulé", "Rappel", "Rapporteur", "Rapporteure", "Exposé", "Ordre du jour", "Réf.", "Référence",
  "Nota", "NB", "N.B.", "Remarque", "Remarques", "Observation", "Observations",
  "Résultat du vote", "Résultat", "Résultats", "Décision", "Abstentions?", "Ont voté contre", "Ont voté pour", "Se sont abstenus", "Se sont abstenues", "Vote contre", "Votent contre", "Bulletins blancs", "Bulletins nuls", "Bulletins blancs ou nuls", "Bulletins blancs et nuls", "Blancs ou nuls", "Blancs et nuls", "Nombre de bulletins", "Nuls?", "Blancs?", "Sont candidats", "Sont candidates", "Est candidat", "Est candidate", "Candidats?", "Candidates?",
];
/**
 * a label alone on its line without its colon, its value on the next line, as web pages and their text exports lay
 * out a header ("Présents" / "M. Paul ROCCA, Mme Lise HUET"): the line is read as the label and its colon
 */
const BARE_LABELS = [
  "Présents?", "Étaient présents", "Absents?", "Absents? excusés?", "Excusés?", "Étaient excusés", "Pouvoirs?", "Procurations?",
  "Représentés?", "Secrétaire de séance", "Secrétaires de séance", "Président de séance", "Présidente de séance",
  "Date de convocation", "Date de la convocation", "Votants?", "En exercice",
];
export const BARE_LABEL_LINE = new RegExp(`^\\s*${anyOf(BARE_LABELS, "initial")}\\s*$`, "u");
/** the same label without its colon right before a civility, a collapsed web page's header: "Présents Mme Hélène BLANC" */
export const LABEL_BEFORE_CIVILITY = new RegExp(`${WORD_START}(${anyOf(BARE_LABELS, "initial")})(?=\\s+(?:M\\.|Mme|Mmes|MM\\.?|Mlle|Monsieur|Madame|Mesdames|Messieurs)\\s)`, "gu");
/** what a line needs for LABEL_BEFORE_CIVILITY: a civility between spaces */
export const CIVILITY_BETWEEN_SPACES = /\s(?:M\.|Mme|Mmes|MM\.?|Mlle|Monsieur|Madame|Mesdames|Messieurs)\s/;
/** the same label alone with its colon: its value is on the next line, whatever that line's width */
export const LABEL_ALONE = new RegExp(`^\\s*${anyOf(BARE_LABELS, "initial")}\\s*:$`, "u");

/** vote labels that are also common words ("pour :" in running text): only with a capital */
const CAPITAL_VOTE_LABELS = "(?:Pour|POUR|Contre|CONTRE)";

/** count labels that a figure follows without a colon, as in side boxes ("En exercice 15 Présents 12") */
const COUNT_LABELS = [
  "En exercice", "En fonction", "Présents?", "Votants?", "Pouvoirs?", "Procurations?", "Représentés?", "Absents?", "Excusés?",
  "Absents? ayant donné procuration", "Absents? ayant donné pouvoir",
];

/** what may stand before a label and belongs to it: "Nombre de conseillers en exercice", "Étaient présents" */
const PREFIX_WORDS = { count: ["Nombre de", "Nombre d'", "Nbre de"], members: ["conseillers", "membres", "délégués", "élus"], were: ["Étaient", "Était", "Etait", "Étai(ent)", "Était(ent)"] };
const LABEL_PREFIX = `(?:${anyOf(PREFIX_WORDS.count)}\\s*)?(?:${anyOf(PREFIX_WORDS.members)}\\s+(?:${anyOf(["municipaux", "communautaires", "titulaires"])}\\s+)?)?(?:${anyOf(PREFIX_WORDS.were)}\\s+)?`;


/**
 * a label's words that belong to the sentence before them (checked once the label has matched: a look-behind before
 * it would run at every word): « A été élu secrétaire : M. X » is one unit, « à l'unanimité des membres présents et
 * représentés : » ends a sentence
 */
const NOT_A_LABEL_HERE = "(?<!(?:[ée]lue?|d[ée]sign[ée]e?|nomm[ée]e?)\\s+secr[ée]taire|(?<![\\p{L}])contre\\s*:\\s*(?:\\d{1,3}|/)\\s+abstentions?|pr[ée]sents?\\s+(?:et|ou)\\s+repr[ée]sent[ée]s?|(?<!excus[ée]e?s?,?\\s+)non\\s+repr[ée]sent[ée]e?s?|(?:de|à|DE|À)\\s+[lL]['’]\\s*(?:ordre\\s+du\\s+jour|ORDRE\\s+DU\\s+JOUR)|(?:M\\.|Mme|Monsieur|Madame)\\s+(?:le|la)\\s+[Pp]r[ée]sidente?|(?<![\\p{L}])(?:LE|LA|Le|La)\\s+(?:PR[ÉE]SIDENTE?|[Pp]r[ée]sidente?))";

/** formulas that open a unit wherever they stand */
const FORMULAS = [
  "Vu«(?=\\s)»", "Vus«(?=\\s)»", "Considérant", "Entendu", "Après en avoir délibéré", "Après avoir entendu",
  "Après délibération", "Ouï l'exposé", "Le Conseil Municipal,", "Le Conseil Communautaire,", "Le Conseil,",
  // other bodies opening the act's text: « Le Conseil départemental de la Gironde, régulièrement convoqué … »
  "Le Conseil départemental«(?=[\\s,])»", "Le Conseil régional«(?=[\\s,])»", "Le Conseil métropolitain«(?=[\\s,])»", "Le Comité syndical«(?=[\\s,])»", "Le Conseil d'administration«(?=[\\s,])»",
  "La Commission permanente«(?=,|\\s(?:après|ouï|décide|approuve|adopte|attribue|autorise|accorde|prend|émet|donne|du\\s+[Cc]onseil))»", "Le Bureau communautaire«(?=[\\s,])»", "Le Conseil de territoire«(?=[\\s,])»",
  "Le Conseil municipal «(?=\\s(?:après|à|a|ouï|décide|approuve|adopte|valide|autorise|accepte|prend|émet|donne|sur))»",
  "Le Conseil communautaire «(?=\\s(?:après|à|a|ouï|décide|approuve|adopte|valide|autorise|accepte|prend|émet|donne|sur))»",
  "Article«\\s+\\d»", "Fait et délibéré", "Fait à", "Pour extrait conforme", "Pour copie conforme",
  "Plus rien n'étant à l'ordre du jour", "Ainsi délibéré", "Ainsi fait et délibéré", "L'ordre du jour étant épuisé", "La séance est levée",
  "L'an deux«[\\s-]+»mille", "L'an deux«[\\s-]+»mil", "L'an «\\d{4}»", "Séance du", "Séance publique du", "Séance ordinaire du",
  "Sous la présidence de", "Extrait du registre", "Extrait du procès-verbal", "Date d'affichage", "Acte rendu exécutoire", "Ordre du jour", "La convention est conclue", "La présente convention",
  // the document's own heading: "Compte rendu conseil municipal du 17 novembre 2023", "Procès-verbal de la séance"
  "Compte rendu«(?=\\s+(?:du|de|des|conseil|sommaire|succinct)\\s)»", "Compte-rendu«(?=\\s+(?:du|de|des|conseil|sommaire|succinct)\\s)»",
  "Procès-verbal«(?=\\s+(?:du|de|des|conseil)\\s)»",
];
/** formulas that open a unit only as written, with their capitals ("en matière de" runs on in a sentence) */
const FORMULAS_AS_WRITTEN = [
  "A l'unanimité", "À l'unanimité", "A L'UNANIMITÉ", "À L'UNANIMITÉ", "A été nommé", "A été désigné", "A été élu", "A été élue", "En matière de", "En matière d'", "AXE«\\s+(?:\\d+|[IVX]+)\\s*[:.-]»",
  "Axe«\\s+(?:\\d+|[IVX]+)\\s*[:.-]»", "Le Conseil Municipal«\\s+,»", "LE CONSEIL MUNICIPAL", "LE CONSEIL COMMUNAUTAIRE",
  // the Assemblée de Corse opening its act's text, before its « VU » (not in the act's heading « … DE L'ASSEMBLÉE DE CORSE »)
  "L'ASSEMBLÉE DE CORSE«(?=,?\\s+(?:VU|Vu|APR[ÈE]S|Apr[èe]s|SUR|Sur)\\s)»", "L'Assemblée de Corse«(?=,?\\s+(?:VU|Vu|APR[ÈE]S|Apr[èe]s|SUR|Sur)\\s)»",
];

/** capitalised words that open a sentence of their own (not a name: "Le Mans" and "La Rochelle" are left out) */
const PRONOUN_OPENERS = ["Ces", "Cette", "Cet", "Ceci", "Cela", "Il", "Elle", "Ils", "Elles", "Nous", "On", "Ainsi", "Puis", "Enfin", "Par ailleurs", "En effet", "Toutefois", "Cependant"];
/** a sentence's first words after a heading's title: an article or a pronoun, then a word in lower case ("Déneigement Le prestataire actuel …") */
// (or an article, a body's acronym and its verb: « La CUMA propose … »)
export const SENTENCE_START = new RegExp(`^(?:${anyOf([...PRONOUN_OPENERS, "Le", "La", "Les", "L'", "Un", "Une"], "exact")})(?:\\s+|(?<=['’]))\\p{Ll}|^(?:Le|La|Les)\\s+\\p{Lu}\\p{Lu}[\\p{Lu}\\d-]*\\s+\\p{Ll}`, "u");

/** headings of a deliberation form, after which a new unit starts (the act's number, the session's opening) */
const FORM_OPENINGS = [
  "Délibération du Conseil Municipal", "Délibération du Conseil Communautaire", "Extrait du registre des délibérations du Conseil Municipal",
  "Extrait du registre des délibérations du Conseil Communautaire", "Extrait du registre des délibérations", "Extrait du procès-verbal",
];

/**
 * verbs of the decision, in capitals, that open a decision line ("DÉCIDE de", "AUTORISE le Maire"): the decision
 * verbs of fr.ts and « DÉLIBÈRE », less those that also stand in capitals inside other units ("VOTE :" is a label,
 * "PREND" goes with "ACTE", "RAPPELLE" and "INSCRIT" recall rather than decide, "APPROUVENT" is the members')
 */
const NOT_OPENING = new Set(["PREND", "VOTE", "RAPPELLE", "INSCRIT", "APPROUVENT"]);
const DECISION_OPENERS = [...DECISION_VERBS.filter((v) => !NOT_OPENING.has(v)), "DÉLIBÈRE", "DELIBERE"];

/** outcome formulas ("Adopté à l'unanimité", "ADOPTÉ", "Approuvé par 12 voix") */
const OUTCOMES = [
  "Adopté «(?!\\s)e?s?(?=\\s*(?:[àa]\\s|par\\s|[.:;]|$))»", "Approuvé «(?!\\s)e?s?(?=\\s*(?:[àa]\\s|par\\s))»",
  "Rejeté «(?!\\s)e?s?(?=\\s*(?:[àa]\\s|par\\s|[.:;]|$))»", "À l'unanimité «(?!\\s)(?=[.:;,]?\\s*$)»",
  // the feminine and the plural before « à » or « par » (« Rapporteur : M. X Adoptée à l'unanimité »)
  "Adopté«e?s(?=\\s+(?:[àa]|par)\\s)»", "Adoptée«(?=\\s+(?:[àa]|par)\\s)»", "Approuvé«e?s(?=\\s+(?:[àa]|par)\\s)»", "Approuvée«(?=\\s+(?:[àa]|par)\\s)»",
  "Rejeté«e?s(?=\\s+(?:[àa]|par)\\s)»", "Rejetée«(?=\\s+(?:[àa]|par)\\s)»",
  // a relevé's decision column at a row's end: « … – Communication Prend acte »
  "Prend acte«(?=\\.?\\s*$)»",
];

/** the rapporteur or the chair opening the exposé: "Monsieur le Maire expose", "Mme l'Adjointe présente" */
const SPEAKERS = "(?:Monsieur|Madame|M\\.|Mme|Le|La)\\s+(?:(?:le|la|l['’])\\s*)?(?:Maire|Pr[ée]sidente?|Adjointe?|Rapporteure?|Vice-pr[ée]sidente?|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)";
// (« la présente délibération » presents nothing)
const EXPOSE_VERBS = "(?:expose|(?<![Ll]a\\s|LA\\s|[Cc]ette\\s)pr[ée]sente|rappelle|informe|indique|propose|explique|donne\\s+lecture|soumet|fait\\s+part|demande|quitte|se\\s+retire)";

/** the rapporteur opening the exposé right after a title, without a full stop between: « … du budget principal M. MEYER présente le rapport » */
export const SPEAKER_AFTER_TITLE = new RegExp(`\\s(?=(?:Monsieur|Madame|M\\.|Mme)\\s+(?:(?:le|la|l['’])\\s*)?(?:Maire|Pr[ée]sidente?|Adjointe?|Rapporteure?|Vice-pr[ée]sidente?|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)(?:\\s*,\\s*[^,.;:]{3,80},)?\\s+${EXPOSE_VERBS}${WORD_END})`, "u");
/** ordinal item headings: "1/ Titre", "2- Titre", "IV. Titre", "12. Titre" (followed by a capital) */
const ORDINAL = "(?:(?:\\d{1,2}(?:\\.\\d{1,2})?(?:°(?:\\s*[/.)–—-])?|[/.)]|\\s*[-–—])|[IVX]{1,5}(?:°(?:\\s*[/.)–—-])?|[/.)]|\\s*[-–—]))\\s*(?=[A-ZÀ-Ý«\"])|[IVX]{1,5}\\s+(?=[A-ZÀ-Ý]\\p{Ll}{2}))";
/** numbered item headings: "DEL2025-76 :", "23-02/001 —", "N° 2024/015 –" */
const NUMBERED = "(?:(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\\s+)?(?:n°|N°)\\s*)?(?:(?:DEL|DCM|DCC|D)\\s?\\d{4}[-_/.]\\d{1,4}|\\d{2}-\\d{2}\\/\\d{3})(?![/\\d])\\s*(?:[:—–]|\\s-\\s)";
/** "2024/015 –": a number that could also be a span of years ("2024/2027 :"), a heading only after a unit's end or with a dash */
const NUMBERED_WEAK = "(?:(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\\s+)?(?:n°|N°)\\s*)?\\d{4}[-_/](?!(?:19|20)\\d{2}(?!\\d))\\d{1,4}(?:[-_/.]\\d{1,4}){0,2}(?![/\\d])\\s*(?:[—–]|\\s-\\s)";

/** the shapes of an act's number standing alone: "25-07/046", "2024-17", "2024_05" */
/** a registry's act number: « 2025-014 », « DCM 2024-034 », « 24/0321/VDV » */
const REGISTRY = "(?:[A-Z]{1,4}[-_ ]?)?\\d{2,4}[-_/.]\\d{2,4}(?:[-_/.](?:\\d{1,4}|[A-Z]{2,4}))?";
// (not a span of years in a title: « … D'OBJECTIFS 2025-2028 AVEC L'ASSOCIATION … »)
const ACT_NUMBER_SHAPE = "(?:\\d{2}-\\d{2}\\/\\d{3}|\\d{4}[-_/](?!(?:19|20)\\d{2}(?!\\d))\\d{1,4})(?![\\d/])";
/** what every act's number of that shape holds (a cue's need, below) */
const ACT_NUMBER_NEED = /\d{2}-\d{2}\/\d|\d{4}[-_/]\d/;

/** three words or more in capitals (letters, digits, apostrophes, hyphens) or a year, the first of three letters at least */
const CAPS_RUN = "\\p{Lu}{3}[\\p{Lu}\\d'’-]*(?:\\s+(?:\\p{Lu}[\\p{Lu}\\d'’-]*|(?:19|20)\\d{2}(?![\\d,.])|D['’]|L['’]|À|A|ET|DE|DU|DES|LA|LE|LES|AU|AUX|EN)){2,}(?![\\p{L}])";

/** things a title numbers, which « N° » after them belongs to: « Décision modificative n° 3 », « Avenant n° 2 », « Lot n° 4 » */
const NUMBERED_IN_TITLES = ["Modificative", "Avenant", "Lot", "Tranche", "Annexe", "Arrêté", "Marché", "Convention", "Programme", "Phase", "Secteur", "Parcelle", "Emprunt", "Contrat"];

/** what ends a row of a relevé before the next row's number: a sentence's end, a figure, « / » for none, an outcome, a column's header */
const ROW_END = "(?:^|[.!?;»)\\]/]|\\d|unanimit[ée]|majorit[ée]|exprim[ée]s|[Aa]dopt[ée]e?s?|ADOPT[ÉE]E?S?|[Rr]ejet[ée]e?s?|REJET[ÉE]E?S?|[Pp]rend\\s+acte|Vote|VOTE|D[ée]cision|D[ÉE]CISION|\\p{Lu}{3})";
/** a row's number: an ordinal (« 3 », « 0.2 ») or a registry's (« 24/06/181 », « 2024-0231 ») */
const ROW_NUMBER = "(?:\\d{2,4}[-_/.]\\d{2,4}(?:[-_/.]\\d{1,4})?|\\d{1,2}(?:\\.\\d{1,2})?)";

/** the same before an act's own number, a figure only as a count's value (« Affaire n° 1 Délibération n° 24-127 » is one heading) */
const ACT_ROW_END = "(?:^|[.!?;»)\\]/]|:\\s*\\d{1,3}|unanimit[ée]|majorit[ée]|exprim[ée]s|[Aa]dopt[ée]e?s?|ADOPT[ÉE]E?S?|[Rr]ejet[ée]e?s?|REJET[ÉE]E?S?|Vote|VOTE|D[ée]cision|D[ÉE]CISION)";

/** what no item's title opens with: an outcome (« 3 - Adopté » ends a row of figures, « 2 – Adoptée » no item) */
const OUTCOME_OPENING = "(?:Adopt|ADOPT|Rejet|REJET|Unanimit|UNANIMIT)";

/** what stands just before a heading: the end of a sentence or of the previous item */
const AFTER_END = "(?<=(?:^|[.!?;:»)\\]]|\\d)\\s+|^)";

/**
 * What a costly cue needs in a page's text before it is worth running: a cheap pattern that every match of the
 * cue contains (speed only; a cue without a need always runs). Cheap means opening with a literal, a digit or a
 * space, which the engine finds fast: a need that opens with \p{Lu} or \p{Ll} is tried at every letter and costs
 * more than the cue it guards.
 */
export const CUE_NEEDS = new Map<RegExp, RegExp>();
function needs(cue: RegExp, need: RegExp): RegExp {
  CUE_NEEDS.set(cue, need);
  return cue;
}

/**
 * Positions where a new unit starts. Each pattern is global; the break is at the start of the match (after any
 * lookbehind). Kept linear: no nested quantifiers over unbounded text. A pattern that opens with a lookbehind
 * first looks ahead at the one character it needs, so that the engine does not run the lookbehind everywhere.
 */
/** a civility and a first name, before a surname in capitals: "M. Hugo", "Mme Anne-Sophie" */
const CIVILITY_FIRST_NAME = "(?:M\\.|Mme|Monsieur|Madame)\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";

export const BREAK_CUES: RegExp[] = [
  // a label and its colon ("Secrétaire de séance :", "Absents excusés (2) :")
  new RegExp(`${FAST_WORD_START}${WORD_START}(?<!(?:comme|qualit[ée]\\s+de|fonctions\\s+de|\\(e\\)|(?:\\(|\\bet\\s|[,;]\\s)\\s*\\d{1,3})\\s+)${LABEL_PREFIX}${anyOf(COLON_LABELS)}${NOT_A_LABEL_HERE}\\s*(?:\\([^()\\n]{0,20}\\)\\s*)?(?=[:：])`, "gu"),
  // a count label and its figure ("Présents 12", "En exercice : 15")
  // (not inside « présents ou représentés : 14 », one label)
  new RegExp(`${WORD_START}${LABEL_PREFIX}${anyOf(COUNT_LABELS)}${NOT_A_LABEL_HERE}(?:\\s*:)?\\s*(?=\\d{1,3}${WORD_END})`, "gu"),
  // (not a session named inside a title: « PROCÈS-VERBAL DE LA SÉANCE DU 7 OCTOBRE 2024 »)
  // (nor the council as an agent inside a title: « DÉLÉGATIONS CONSENTIES AU MAIRE PAR LE CONSEIL MUNICIPAL »)
  // (nor an item's title after its number opening a table's row: « 2024-202 Compte rendu des décisions prises par le Maire … »)
  new RegExp(`${WORD_START}(?<!(?:de|DE|De)\\s+(?:la|LA)\\s+|(?:par|PAR)\\s+|^\\s*(?:\\d{1,3}|\\d{2,4}[-_/]\\d{1,4})\\s+)${anyOf(FORMULAS, "initial")}`, "gu"),
  new RegExp(`${WORD_START}(?<!(?:par|PAR)\\s+)${anyOf(FORMULAS_AS_WRITTEN, "exact")}`, "gu"),
  // (not inside a survey's sentence: "Le sondage … donne Pour : 61 / Contre : 27")
  new RegExp(`(?=[PC])${WORD_START}(?<!(?:sondage|enqu[êe]te|consultation)[^.;]{0,80})${CAPITAL_VOTE_LABELS}\\s*(?=[:：])`, "gu"),
  // "Vote :", except after the subject it is labelled by ("DM1 pour budget communal approuvé : Vote : 14 pour")
  // (nor in « Ne prend pas part au vote : M. X »)
  new RegExp(`(?=[vV])${WORD_START}(?<!:\\s*|part\\s+au\\s+)${anyOf(["Vote", "Votes"])}\\s*(?=[:：])`, "gu"),
  // after an outcome formula without a full stop, the next unit: "Adopté à l'unanimité Mme le Maire Adoption du …"
  needs(new RegExp(`\\s(?=\\p{Lu})(?<=${WORD_START}${anyOf(["Adopté", "Adoptée", "Adoptés", "Rejeté", "Rejetée"], "initial")}\\s+${anyOf(["à l'unanimité", "à la majorité"])}(?:\\s+${anyOf(["des suffrages exprimés", "des membres présents et représentés", "des membres présents", "des présents et représentés", "absolue"])})?\\.?\\s+)`, "gu"), new RegExp(`${phrase("nanim")}|${phrase("jorit")}`, "u")),
  // after an outcome arrow, the next subject: "→ adopté DM1 pour budget assainissement …"
  needs(new RegExp(`(?=\\s)(?<=→\\s*(?:adopt|ADOPT|rejet|REJET)[ée]e?s?\\.?)\\s+(?=\\S)`, "gu"), /→/),
  // a bare item number after a unit's end or an outcome: "adopté 3 Tarification cimetière", ". 4 Archivage"
  needs(new RegExp(`(?=\\d)(?<=(?:^|[.!?;»)\\]→]|(?:adopt|ADOPT|rejet|REJET)[ée]e?s?)\\s+|^)\\d{1,2}\\s+(?=\\p{Lu}\\p{Ll}+\\s)(?!${anyOf(["conseillers", "membres", "absents", "présents", "pouvoirs", "procurations", "votants", "voix", "votes", "pour", "contre", "abstentions", ...Object.keys(MONTHS)])}${WORD_END})`, "gu"), /\s\d{1,2}\s+\p{Lu}\p{Ll}/u),
  // a compte-rendu in columns, rapporteur | number | title: "Max LEVITA 1 Exercice 2012 - Budget Primitif …"
  needs(new RegExp(`\\d{1,3}(?<=(?:\\p{Lu}\\p{Ll}+|M\\.|Mme|Mlle)[\\s-]+\\p{Lu}{2}[\\p{Lu}'’-]*\\s+\\d{1,3})(?=\\.?\\s+(?!(?:M\\.|Mme|Madame|Monsieur|Mr|Mlle)\\s)(?:\\p{Lu}\\p{Ll}|\\p{Lu}{2,}\\s))`, "gu"), /\s\d{1,3}\.?\s+\p{Lu}/u),
  // … the act's number in the middle column: « Mme Sylvie ANDRIEU 2024-10-032 Finances – … », « M. le Maire 2024-10-031 … »
  needs(new RegExp(`(?=[\\dA-Z])(?<=(?:(?:M\\.|Mme|Mlle|Monsieur|Madame)\\s+(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+)?\\p{Lu}{2}[\\p{Lu}'’-]*|(?:M\\.|Mme|Monsieur|Madame)\\s+(?:le|la)\\s+(?:Maire|Pr[ée]sidente?))\\s+)(?!\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}(?!\\d))(?:[A-Z]{1,5}[-_ ]?)?\\d{2,4}[-_/.]\\d{1,4}(?:[-_/.]\\d{1,5})?(?![\\d/])(?=\\s+(?:[–—-]\\s+)?\\p{Lu}\\p{Ll})`, "gu"), /\d[-_/.]\d{1,5}\s+(?:[–—-]\s+)?\p{Lu}\p{Ll}/u),
  // an item's number alone over its rapporteur's label, after the previous item's tally: « … Abstention : / N° 5 Rapporteur : … »
  // (not a title's own « N° 1 »: « … DÉCISION MODIFICATIVE N° 1 Rapporteur : … »)
  needs(new RegExp(`(?=N)(?<=(?:\\s\\/|\\d|\\)|»|\\.)\\s+)N°\\s*\\d{1,3}(?=\\s+Rapporteure?\\s*:)`, "gu"), /N°\s*\d{1,3}\s+Rapporteure?\s*:/u),
  // the same read by OCR, the surname on the next line: "… aménagement durable Philippe 1 ZAC Pagézy …"
  needs(new RegExp(`\\s${FAST_CAPITAL}(?<=\\p{Ll}[.,;:)]?\\s)(?=${FIRST_NAME_BEFORE_ORDINAL.source.slice(1)})`, "gu"), /\s\d{1,2}\s+\p{Lu}/u),
  // "12. Titre": a small number, a full stop and a capitalised word, after a space
  new RegExp(`(?=\\d)(?<=\\s)(?<![Aa]rticle\\s|[Cc]hapitre\\s|[Pp]oint\\s|n°\\s|\\d\\s?h\\s)\\d{1,2}\\.\\s+(?=[A-ZÀ-Ý]\\p{Ll})`, "gu"),
  // a list label without a colon before a name: "(procuration à Mario) Absent Hélène"
  new RegExp(`(?=[AaEeÉé])(?<=[)\\].]\\s*)${anyOf(["Absents?", "Excusés?", "Absents? excusés?"], "initial")}\\s+(?=\\p{Lu}\\p{Ll})`, "gu"),
  // after a form heading ("DÉLIBÉRATION DU CONSEIL MUNICIPAL | 2022-29")
  needs(new RegExp(`\\s(?=\\S)(?<=${WORD_START}${anyOf(FORM_OPENINGS)}\\s)`, "gu"), /extrait|d[ée]lib[ée]ration/i),
  // after the act's number under a form heading: "DÉLIBÉRATION DU CONSEIL MUNICIPAL 2024-05 | ADHÉSION AU …"
  needs(new RegExp(`\\s(?=\\p{Lu}{2})(?<=${WORD_START}${anyOf(FORM_OPENINGS)}\\s+(?:N°\\s*)?\\d{2,4}\\s?[-/._]\\s?\\d{1,4}\\s)`, "gu"), /extrait|d[ée]lib[ée]ration/i),
  // the act's number under its item's heading, a registry's letters and « n° »: « POINT 1 : Budget … DCM n° 24-12-12-1 »
  needs(new RegExp(`(?=D)${WORD_START}(?:DCM|DCC|DEL|DB)\\s*(?:n°|N°)\\s*(?=\\d)`, "gu"), /D(?:CM|CC|EL|B)\s*[nN]°/),
  // an act's heading with its number and colon, wherever it stands: « … 3. Questions diverses Délibération n° 2023-041 : … »,
  // « … FINANCES Délibération 2024-55 : Budget principal … »
  // (not after its item's ordinal: « 3. Délibération n° 2023-42 : … » is one heading)
  needs(new RegExp(`(?=[DA-Z])${WORD_START}(?<!(?:^|\\s)\\d{1,2}(?:\\s*[.)/–-])?\\s+)(?:Délibération|DÉLIBÉRATION)\\s+(?:(?:n°|N°)\\s*)?(?:[A-Z]{1,5}[-_. ]?)?${ACT_NUMBER_SHAPE}\\s*:`, "gu"), /lib[ée]ration\s+(?:n°\s*)?[A-Z\d]/i),
  // a registry's number right after the previous row's outcome, before a title: « … Adopté à l'unanimité 1-02 Fonds de
  // solidarité … », « … ADOPTÉ 24SP-2102 Rapport … », « … Adoptée à la majorité DEL20240925_10 ZAC … »
  // (or after a count closing a sentence, a note on the attendance before the next row: « … – Votants : 87. DEL-2024-131 MOBILITÉS »)
  needs(new RegExp(`(?=[A-Z\\d])(?<=(?:unanimit[ée]|UNANIMIT[ÉE]|majorit[ée]|MAJORIT[ÉE]|[Aa]dopt[ée]e?s?|ADOPT[ÉE]E?S?|[Rr]ejet[ée]e?s?|REJET[ÉE]E?S?|acte|ACTE|:\\s*\\d{1,3}\\.)\\.?\\s+)(?:[A-Z]{1,6}[-_]?)?\\d{1,8}(?:[A-Z]{1,4})?[-_/.]\\d{1,4}(?![\\d/])(?=\\s+\\p{Lu})`, "gu"), /\d[A-Z]{0,4}[-_/.]\d/),
  // a signature: "Le Maire, Bertrand DURANTON"; the mayor's exposé under the act's number: "LE MAIRE, 25-07/046 Expose"
  new RegExp(`${WORD_START}(?:Le|La|LE|LA)\\s+(?:Maire|MAIRE|Pr[ée]sidente?|PR[ÉE]SIDENTE?)\\s*,(?=\\s*[\\p{Lu}\\d])`, "gu"),
  // the text after the last figure of a side box: "ABSENTS : 05 L'An Deux-Mil-Vingt-Cinq …"
  needs(new RegExp(`\\s(?<=${WORD_START}${anyOf(COUNT_LABELS)}(?:\\s*:)?\\s*\\d{1,3}\\s)(?=\\p{Lu}(?!\\p{Lu}*\\s*(?:[:(]|\\d)))`, "gu"), /\d\s+\p{Lu}/u),
  // an act's number before a heading in capitals or the object: "25-07/046 COMMUNE DE CORTE", "… Maire 2024-17 OBJET :"
  needs(new RegExp(`(?=\\s)(?<=(?:^|\\s)${ACT_NUMBER_SHAPE})\\s+(?=${CAPS_RUN}|${phrase("Objet")}\\s*:)`, "gu"), ACT_NUMBER_NEED),
  // (not after its label: "Délibération n° 2024-021 Objet : …" keeps its number)
  needs(new RegExp(`(?=\\d)(?<=\\s)(?<![nN]°\\s*(?:[A-Z]{1,5}[-_/. ]?){0,2}|[nN]o\\s+|(?<![\\p{L}])[A-Z]{2,5}\\s)(?=${ACT_NUMBER_SHAPE}\\s+(?:${CAPS_RUN}|${phrase("Objet")}\\s*:))`, "gu"), ACT_NUMBER_NEED),
  // a heading in capitals (three words or more) between text in lower case: before and after it
  // (not a surname before the next heading, glued in a collapsed text: "Mme Fabienne MOUGIN DÉLIBÉRATION N° …")
  // (nor a surname after its civility and first name: "M. Hugo BERNARD AVENANT AU CONTRAT …" is cut after BERNARD, below)
  new RegExp(`\\s${FAST_CAPITAL}(?=\\p{Lu}{3})(?<=\\p{Ll}[.,;:)]?\\s+)(?<!${CIVILITY_FIRST_NAME}\\s+)(?!\\p{Lu}[\\p{Lu}'’-]*\\s+(?:D[ÉE]LIB[ÉE]RATION|OBJET)(?![\\p{L}]))(?=${CAPS_RUN})`, "gu"),
  // (the name behind checked first: the run of capitals ahead, looked for at every space of a long one, was quadratic)
  new RegExp(`\\s${FAST_CAPITAL}(?<=${CIVILITY_FIRST_NAME}\\s+\\p{Lu}{2}[\\p{Lu}'’-]*\\s)(?=${CAPS_RUN})`, "gu"),
  new RegExp(`\\s${FAST_CAPITAL}(?<=[^\\s\\p{Ll}]\\s+)(?=\\p{Lu}\\p{Ll})(?<=\\p{Ll}[.,;:)]?\\s+${CAPS_RUN}(?:\\s*\\([^()]{1,20}\\))?\\s+)(?=\\p{Lu}\\p{Ll})`, "gu"),
  // (not a title's first word after its number, the title in capitals: « DCM 2024-034 : DEMANDE DE SUBVENTION … »;
  // an article's verb goes on in lower case: « Article 1 : FIXE le produit … »; a verb's letters bound the look ahead, which
  // the fast scan tries at every capital of a run)
  new RegExp(`(?=[A-ZÀ-Ý])(?<=^|[\\s(«"'’-])(?:(?<!\\d\\s?[:–—-]\\s)|(?=[\\p{Lu}'’]{1,20}\\s+[\\p{Ll}«"(]))(?:${DECISION_OPENERS.map((v) => v.replace(/'/g, "['’]")).join("|")})${WORD_END}(?=\\s*[:,]|\\s+(?:[\\p{Ll}«"(]|à|A|L['’]|LE\\s|LA\\s|LES\\s|DE\\s|D['’]|QUE\\s|UN\\s|UNE\\s|M\\.\\s|Mme\\s|Monsieur\\s|Madame\\s))`, "gu"),
  new RegExp(`${WORD_START}${anyOf(OUTCOMES)}`, "gu"),
  // the outcome alone, its full stop after it: « Objet : Tarifs » / « Adopté. » (the formulas above want a space)
  needs(new RegExp(`(?=[AR])${WORD_START}${anyOf(["Adopté«e?s?»", "Rejeté«e?s?»"], "initial")}(?=\\s*[.;]|\\s*$)`, "gu"), /Adopt|Rejet/),
  // (not after a label's colon: « Secrétaire de séance : Mme Julie GIROD Délibération … Mme le Maire propose » names her)
  needs(new RegExp(`(?=[MmLl])(?<=(?:^|[.:;!?»)\\]|])\\s*)(?<!(?:s[ée]ance|[Pp]r[ée]sents?|[Ee]xcus[ée]e?s?|[Aa]bsente?s?|[Rr]apporteure?)\\s*:\\s*)${SPEAKERS}(?=[^.;:!?]{0,80}?\\s${EXPOSE_VERBS}${WORD_END})`, "gu"), new RegExp(EXPOSE_VERBS, "u")),
  // a speaker's turn in a verbatim procès-verbal: "Monsieur le Maire : Je mets aux voix.", "Anne BRISSAUD : Monsieur …"
  needs(new RegExp(`${FAST_WORD_START}${WORD_START}${FAST_CAPITAL}(?:(?:Monsieur|Madame)\\s+(?:le|la)\\s+(?:Maire|Pr[ée]sidente?)|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}{2}[\\p{Lu}'’-]*)\\s*:(?=\\s*\\p{Lu})`, "gu"), /:\s*\p{Lu}/u),
  // … in capitals, or a member named by civility and surname, their group or commune in brackets: « LE PRÉSIDENT : »,
  // « M. LE MAIRE : », « M. MEYER (Montigny-lès-Metz) : », « Mme NEXON (Limoges en commun) : »
  needs(new RegExp(`${FAST_WORD_START}${WORD_START}(?=[LMlm])(?:(?:M\\.|MME|Mme|MONSIEUR|MADAME|Monsieur|Madame)\\s+(?:LE|LA|le|la)|LE|LA|Le|La)\\s+(?:MAIRE|PR[ÉE]SIDENTE?|Maire|Pr[ée]sidente?)(?![\\p{L}])\\s*:(?=\\s*\\p{Lu})`, "gu"), /(?:MAIRE|PR[ÉE]SIDENTE?|Maire|Pr[ée]sidente?)\s*:\s*\p{Lu}/u),
  needs(new RegExp(`${WORD_START}(?=[M])(?:M\\.|Mme|MM\\.)\\s+\\p{Lu}{2}[\\p{Lu}'’-]*(?:\\s+\\([^()]{2,40}\\))?\\s*:(?=\\s*\\p{Lu})`, "gu"), /(?:M\.|Mme|MM\.)\s\p{Lu}{2}[\p{Lu}'’-]*(?:\s\([^()]{2,40}\))?\s?:/u),
  // the turn written « M. LE MAIRE. – », « Mme ABRY. – », « M. Jean ROSSET. – » (a full stop, then a dash)
  needs(new RegExp(`${WORD_START}(?=[MmL])(?:M\\.|MM\\.|Mme|Mmes|Monsieur|Madame|MONSIEUR|MADAME)\\s+(?:(?:LE|LA|le|la)\\s+(?:MAIRE|Maire|PR[ÉE]SIDENTE?|Pr[ée]sidente?)|(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+)?\\p{Lu}{2}[\\p{Lu}'’-]*)\\s*\\.\\s*[–—-]\\s`, "gu"), /\.\s*[–—-]\s/),
  // a member presenting, after a title without its full stop: « … chemin des Vignes M. Louis CARRET présente les devis »
  new RegExp(`${WORD_START}(?=[MmL])(?:M\\.|Mme|Monsieur|Madame)\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}{2}[\\p{Lu}'’-]*(?=\\s+${EXPOSE_VERBS}${WORD_END})`, "gu"),
  // the chair speaking, wherever it stands: "Mr le Maire demande l'autorisation"
  new RegExp(`${WORD_START}(?:Monsieur|Madame|Mr\\.?|M\\.|Mme)\\s+(?:le|la)\\s+(?:Maire|Pr[ée]sidente?)(?=[^.;:!?]{0,80}?\\s${EXPOSE_VERBS}${WORD_END})`, "gu"),
  // "… eau potable 2023 Le Président présente le rapport": the verb right after (« Le Président à prendre toutes les
  // mesures … la présente délibération » is no exposé)
  new RegExp(`(?=L)${WORD_START}(?<!(?:Monsieur|Madame|Mr\\.?|M\\.|Mme)\\s+)(?:Le|La)\\s+(?:Maire|Pr[ée]sidente?)(?=\\s+${EXPOSE_VERBS}${WORD_END})`, "gu"),
  // a name and its status: "Maryline : absente non excusée"
  needs(new RegExp(`${FAST_WORD_START}${WORD_START}${FAST_CAPITAL}\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s*:\\s*(?:absente?s?|excus[ée]e?s?)${WORD_END}`, "gu"), /:\s*(?:absent|excus)/i),
  // a tally: "10 votes pour", "2 abstentions", "4 votes contre" (not "par 20 voix pour, et 5 abstentions")
  // (nor a count after a dash in a tally, "13 POUR – 1 ABSTENTION", nor the value of a label before a label,
  // "Pour 45 Contre 0 Abstention 0")
  new RegExp(`(?=\\d)(?<!(?:par|et|avec|dont|soit|pour|contre|,|:|\\/|[-–—]|ADOPT[ÉE]E?S?|[Aa]dopt[ée]e?s?|REJET[ÉE]E?S?|[Rr]ejet[ée]e?s?)\\s+)(?<![\\d,.])\\d{1,3}\\s+(?:(?:votes?|voix)\\s+(?:pour|contre)|abstentions?)${WORD_END}`, "giu"),
  // a signature block in columns: "Le Maire  Le Secrétaire de séance" over the two names
  new RegExp(`${WORD_START}(?:Le|La)\\s+(?:Maire|Pr[ée]sidente?)\\s+(?:Le|La)\\s+Secr[ée]tair`, "gu"),
  // the council as the subject of a sentence after a colon or a full stop: "… cantine scolaire : Le Conseil fixe …"
  new RegExp(`(?=L)(?<=[.:;!?]\\s+)${anyOf(["Le Conseil", "Le Conseil Municipal", "Le Conseil Communautaire", "Le Conseil Syndical"], "initial")}(?=[\\s,])`, "gu"),
  // the chair opening a sentence: "Le Maire, après avoir procédé à l'appel"
  new RegExp(`${WORD_START}(?:Le|La|Monsieur\\s+le|Madame\\s+la|Madame\\s+le)\\s+(?:Maire|Pr[ée]sidente?)\\s*,(?=\\s*\\p{Ll})`, "gu"),
  // (not a count's value: "Abstentions : 17" before a bullet "- VALIDE …" on the next line is no item 17)
  new RegExp(`(?=[\\dIVX])${AFTER_END}(?<!${anyOf([...COUNT_LABELS, "Pour", "Contre", "Abstentions?", "Exprimés", "Suffrages exprimés", "Nuls?", "Blancs?", "Favorables?", "Défavorables?"])}\\s*:\\s*)${ORDINAL}(?!${OUTCOME_OPENING})`, "gu"),
  // an item right after a person's name (« … Secrétaire de séance : Mme Lisa CHAMPEL 1 - DIRECTION GÉNÉRALE - … »,
  // « Ne prend pas part au vote : M. Hervé BOUCHET 4 - CULTURE - … »): item 1, or any number before a rubric in
  // capitals (a first name, then a surname of three capitals or more: « Parcelle AI 1 - Conventions » is no item)
  new RegExp(`(?:1\\s*[-–/.)]\\s*(?=\\p{Lu})|\\d{1,2}\\s+[-–]\\s+(?=\\p{Lu}{2}))(?<=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{Lu}'-]{2,}\\s+(?:1\\s*[-–/.)]\\s*|\\d{1,2}\\s+[-–]\\s+))`, "gu"),
  // "RAPPORT N° 2 – FINANCES – …", "Affaire n° 3 : …": an item's word and its number (not « le rapport n° 3 »)
  needs(new RegExp(`${WORD_START}(?<!(?:le|du|au|ce|un|son|par|la|de|des|mon|notre|votre)\\s+|[lLdD]['’]\\s*)${anyOf(ITEM_WORDS)}\\s+(?:n°|N°)\\s*(?:\\d{1,3}|(?:19|20)\\d{6}[-_]\\d{1,4})(?=\\s*(?:[:.–—-]|\\s\\p{Lu}))`, "gu"), /[nN]°\s*\d/),
  // an item after an outcome without its full stop: « Adoptée à l'unanimité 2 - FINANCES - … »
  // (the number first, the outcome before it checked once it has matched: a look-behind first ran at every digit)
  new RegExp(`\\d{1,2}\\s*[-–/.)]\\s*(?=\\p{Lu})(?<=(?:unanimit[ée]|majorit[ée]|exprim[ée]s|Adopt[ée]e?s?|Rejet[ée]e?s?)\\s+\\d{1,2}\\s*[-–/.)]\\s*)`, "gu"),
  // a row of a relevé in columns, its number then its rapporteur, after a unit's end, a figure or an outcome: « … Adoptée
  // à l'unanimité 0.2 M. le Maire Approbation … », « … budgétaire. 3 M. Bruno GIRAUD … » (not a count's value before a
  // name, « Contre : 2 M. Olivier CHAIX »; the number first, what stands before it checked once it has matched)
  // (or a registry's number: « … ADOPTÉ À L'UNANIMITÉ 24/06/181 M. Paul VIAL … »)
  needs(new RegExp(`${ROW_NUMBER}\\s+(?=(?:M\\.|Mme|MM\\.|Mmes)\\s+(?:(?:le|la)\\s+)?\\p{Lu})(?<=${ROW_END}\\s+${ROW_NUMBER}\\s+)`, "gu"), /\d\s+(?:M\.|Mme|MM\.)\s/),
  // the act's own number opening an item, after a unit's end, a figure or an outcome: « … Pour : 51 Délibération n° 4 … »
  // (a figure only as a count's value: « Affaire n° 1 Délibération n° 24-127 » is one heading)
  // (nor after its item's ordinal: « 3. Délibération n° 2023-42 : … » is one heading)
  needs(new RegExp(`(?=D)(?<=${ACT_ROW_END}\\s+)(?<!(?:^|\\s)\\d{1,3}(?:\\.\\d{1,2})?\\s*[-–—.)]\\s*)(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\\s*(?:n°|N°|no)\\s*(?=[A-Z\\d])`, "gu"), /(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s*(?:n°|N°|no)/),
  // "3/ Délibération …", "3°) Tarifs …": a number and a slash or a degree sign open an item wherever they stand
  // (a date has figures after its slash; "(28) Absents" is a count in brackets)
  new RegExp(`(?=\\d)(?<![\\p{L}\\d°.,/(-]|n°\\s?|[Aa]rticle\\s|[Cc]hapitre\\s|[Pp]oint\\s)(?<!:\\s*)(?:\\d{1,2}°(?:\\s*[/.)-])?|\\d{1,2}[/)]|\\d{1,2}-)\\s*(?=[A-ZÀ-Ý«"])`, "gu"),
  // a candidate and the votes: "Mme Lucie FAVRE : 9 voix, élue"
  new RegExp(`${WORD_START}(?:M\\.|Mme|Monsieur|Madame)\\s+[^:;,.]{2,40}?:\\s*\\d{1,3}\\s+(?:voix|votes?|suffrages)${WORD_END}`, "gu"),
  // an item word and its number without « n° », in capitals anywhere (« … MANGIN.) RAPPORT 5 Centre aquatique »), or
  // after a sentence's end: « Affaire n° 1 », « Point 3 de l'ordre du jour : … », « QUESTI0N N° 5 - … »
  needs(new RegExp(`${WORD_START}(?:${anyOf(MARK_WORDS.map((w) => w.toUpperCase()), "exact")}|(?<=(?:^|[.!?;»)\\]]|\\d|\\p{Lu}{2})\\s*)${anyOf(MARK_WORDS, "initial")})\\s+(?:(?:n°|N°)\\s*)?\\d{1,3}(?![\\d/.-]\\d)(?=\\s*(?:[:.–—-]\\s|$)|\\s+\\p{Lu}|\\s+(?:de|à)\\s+l['’]\\s*ordre\\s+du\\s+jour)`, "gu"), /(?:RAPPORT|AFFAIRE|POINT|QUESTI|DOSSIER|MOTION|VOEU|VŒU|Rapport|Affaire|Point|Questi|Dossier|Motion|Voeu|Vœu)\s+(?:[nN]°\s*)?\d/),
  // a registry's number « C 24.110 », « 24/512 » after a sentence's end, an outcome or a figure, before a title: « …
  // l'unanimité. C 24.111 - Finances … », « Abstention : 2 24/513 Fixation des tarifs … »
  needs(new RegExp(`(?=\\d)(?<=(?:[.!?;»)\\]]|\\d|unanimit[ée]|majorit[ée]|[Aa]dopt[ée]e?s?|ADOPT[ÉE]E?S?|[Rr]ejet[ée]e?s?|\\p{Lu}{2})\\s+)\\d{2}[./]\\d{3,4}(?:(?<=\\d{4})[/.][A-Z]{2,4}(?![\\p{L}]))?(?![\\d/.])(?=\\s*(?:[-–—:]\\s+)?\\p{Lu}\\p{Ll}|\\s*(?<=[A-Z]{2})\\s+\\p{Lu}|\\s*$)`, "gu"), /\d[./]\d{3}/),
  needs(new RegExp(`(?=[A-Z])(?<=(?:[.!?;»)\\]]|\\d|unanimit[ée]|majorit[ée]|[Aa]dopt[ée]e?s?|ADOPT[ÉE]E?S?|[Rr]ejet[ée]e?s?|\\p{Lu}{2})\\s+)[A-Z]{1,4}[-_ ]?\\d{2}[./]\\d{3,4}(?:(?<=\\d{4})[/.][A-Z]{2,4}(?![\\p{L}]))?(?![\\d/.])(?=\\s*(?:[-–—:]\\s+)?\\p{Lu}\\p{Ll}|\\s*(?<=[A-Z]{2})\\s+\\p{Lu}|\\s*$)`, "gu"), /\d[./]\d{3}/),
  // an act's heading with its number and a separator, after the previous act's tally on a web page's list: « … – Vote :
  // 20 pour, 5 contre Délibération n° 2025-03-04 : Budget principal … » (« la délibération n° 2024-12 du 5 mars » in a
  // sentence has neither its capital nor a separator)
  // (not after the item's ordinal: « 3. Délibération n° 2024-080 : … » is one heading)
  // (the lookahead first: a lookbehind tried at every position would scan back through every run of spaces)
  needs(new RegExp(`(?=D[ée]lib[ée]ration\\s+n°\\s*(?:[A-Z]{1,4}[-_ ]?)?\\d{2,4}[-_/.]\\d{1,4}(?:[-_/.]\\d{1,4})?\\s*[:–—-]\\s+\\p{Lu})(?<=\\S\\s+)(?<!(?:^|\\s)\\d{1,3}(?:[.)]|\\s+[–—-])\\s+)`, "gu"), /D[ée]lib[ée]ration\s+n°/),
  // an item's ordinal and its title right after the previous item's tally: « … Adopté par 39 voix pour, 8 contre 5 –
  // Budget primitif 2025 … » (a compte rendu whose outcomes stand at the end of the heading's line)
  needs(new RegExp(`(?=\\d)(?<=(?:pour|contre|abstentions?|unanimit[ée]|UNANIMIT[ÉE])\\.?\\s+)\\d{1,3}\\s+[–—]\\s+(?=\\p{Lu})`, "gu"), /\d\s+[–—]\s/),
  // a département's report code before its title: « … l'unanimité. 4C1-02 – RAPPORT SUR … »
  needs(new RegExp(`(?=\\d)(?<=(?:[.!?;»)\\]]|\\d|unanimit[ée]|majorit[ée]|[Aa]dopt[ée]e?s?|ADOPT[ÉE]E?S?|[Rr]ejet[ée]e?s?|\\p{Lu}{2})\\s+)\\d[A-Z]{1,2}\\d{1,2}[-_.]\\d{2,3}(?![\\d\\p{L}])(?=\\s*[-–—:]\\s+\\p{Lu})`, "gu"), /\d[A-Z]{1,2}\d{1,2}[-_.]\d{2}/),
  // an item's heading wherever it stands: « N° 2 – Budget … », « 1.2 – DEL-24-0457 Garantie … »
  // (not the number of a thing a title names: « DÉCISION MODIFICATIVE N° 3 - EXERCICE 2024 », « Avenant n° 2 – … »)
  needs(new RegExp(`(?=N)(?<![\\p{L}\\d.,/-])N°(?<!${anyOf([...MARK_WORDS, "Délibération", ...NUMBERED_IN_TITLES])}\\s+N°)\\s*\\d{1,3}\\s*[–—-]\\s+(?=\\p{Lu})`, "gu"), /N°\s*\d{1,3}\s*[–—-]\s/),
  needs(new RegExp(`(?=\\d)(?<![\\p{L}\\d.,/-])\\d{1,3}(?:\\.\\d{1,2})?\\s*[–—]\\s+(?=[A-Z]{1,4}[-_ ]?\\d{2,4}[-_/.]\\d{2,4})`, "gu"), /[–—]\s+[A-Z]{1,4}[-_ ]?\d{2,4}[-_/.]\d/),
  // the convocation's date in the other column of a heading: « N° 2024-287 Convocation du 17 mai 2024 »
  new RegExp(`(?=C)(?<=\\d\\s+)Convocation\\s+du\\s+(?=\\d)`, "gu"),
  new RegExp(`${WORD_START}${NUMBERED}`, "gu"),
  // (not after its prefix: "DCM 2023-007 – Approbation …" is one heading, cut before DCM by the cue above)
  needs(new RegExp(`${WORD_START}(?=[DdnN\\dA-Z])(?<!\\b(?:DEL|DCM|DCC|D)\\s?|[A-Za-z][-_.])(?:[A-Z]{1,4}\\.(?=\\d{4}[-_/]))?${NUMBERED_WEAK}`, "gu"), /\d{4}[-_/]\d/),
  // "2026-01 Approbation du compte rendu": a year and an item's number, then a title, after the end of a unit
  // (the number first, what stands before it checked once it has matched)
  // (not a label's value: « N° : 2025-014 Aucune remarque … » is the act's number under its heading)
  // (a rank of 1–3 figures, or 5 zero-padded, « 2024-00413 »: « 2014/0007 La Ville décide … » lists the mayor's decisions)
  needs(new RegExp(`(?:19|20)\\d{2}[-_/](?:\\d{1,3}|\\d{5})(?![/\\d-])\\s+(?=\\p{Lu}\\p{Ll}{2})(?<=(?:(?:^|[.!?;:»)\\]]|\\d)\\s+|^)(?<![nN]°\\s*:\\s*)(?:19|20)\\d{2}[-_/](?:\\d{1,3}|\\d{5})\\s+)`, "gu"), /\d{4}[-_/]\d/),
  // the act's number under its label, a unit of its own: « 1. Approbation du compte rendu … N° : 2025-014 »
  // (not after the word it labels: « DELIBERATION N° : CD-2024-062 » is one unit)
  needs(new RegExp(`(?=N)${WORD_START}(?<!${anyOf(["Délibération", "Acte", "Arrêté"], "initial")}\\s+)N°\\s*:\\s*(?=${REGISTRY}(?![\\d/]))`, "gu"), /N°\s*:/),
  needs(new RegExp(`\\s(?<=N°\\s*:\\s*${REGISTRY}\\s)(?=\\p{Lu})`, "gu"), /N°\s*:/),
  // (not after an item's own number: "3. Délibération n° 2023-42 : Tarifs …" is one heading)
  needs(new RegExp(`(?=[DdnN\\d])${AFTER_END}(?<!(?:^|\\s)\\d{1,2}[.)]\\s+)(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\\s+(?:(?:n°|N°)\\s*)?|(?:n°|N°)\\s*)?\\d{4}[-_/]\\d{1,4}(?![/\\d])\\s*:`, "gu"), /\d{4}[-_/]\d/),
  // … and after a surname in capitals that ends a header's list (« … Madame Laure CHAPUIS 2020-1 : Approbation … »),
  // the number no span of years (« AP /CP 2024/2027 : » is a title's end)
  needs(new RegExp(`(?=\\d)(?<=\\p{Lu}{2}\\s+)(?<!(?:DEL|DCM|DCC)\\s+)(?:19|20)\\d{2}[-_/](?!(?:19|20)\\d{2}(?!\\d))\\d{1,4}(?![/\\d])\\s*:`, "gu"), /\d{4}[-_/]\d/),
  // "Délibération n° DCM2024_014" after a unit's end or a surname in capitals (« … secrétaire : M. ESTRADE Délibération n° … »)
  // (not after an item's own number: "3. Délibération n° 2023-42 : Tarifs …" is one heading)
  new RegExp(`(?=D)(?<=(?:\\p{Lu}{2}|[.:;!?»)])\\s+)(?<!(?:^|\\s)\\d{1,3}(?:\\.\\d{1,2})?\\s*[-–—.)]\\s+)Délibération\\s+(?:n°|N°|no)\\s*(?=\\S)`, "gu"),
  // a rubric in square brackets after a heading: "… Budgétaires 2023 : [Point n° 1 : Finances Communales"
  new RegExp(`(?=\\[)(?<=\\s)\\[(?=\\p{Lu}\\p{Ll})`, "gu"),
  // bullets
  new RegExp(`(?=[•▪●■◦])(?<=\\s|^)[•▪●■◦]\\s`, "gu"),
  new RegExp(`(?=[-–])(?<=[.;:!?]\\s+)[-–]\\s(?=\\S)`, "gu"),
  // a sentence that starts without a full stop before it: a capitalised pronoun or linking word after a word in
  // lower case ("… logements d'urgence Ces axes de travail …"); articles are left out ("Le Mans", "La Rochelle")
  new RegExp(`${initials(PRONOUN_OPENERS, "exact")}(?<=\\p{Ll}\\s+)${anyOf(PRONOUN_OPENERS, "exact")}(?=\\s)`, "gu"),
  // a sentence end: two lower-case letters or digits before the full stop, a capital after
  new RegExp(`\\s(?=[A-ZÀ-Ý«])(?<=(?:[\\p{Ll})»"]{2}|\\p{Lu}{3}|\\p{L}\\)|\\d{3})[.!?]\\s)(?<!\\b(?:art|Art|ART|etc|cf|av|bd|St|Ste|Me|Mr|MM|Mmes?|Dr|pp?|no|vol|chap)\\.\\s)`, "gu"),
  // the sentence that opens the minutes, run on after a heading: "… DU 3 OCTOBRE 2023 Le trois octobre deux mille
  // vingt-trois à 20h30, le Conseil …" (with a capital: « convoqué le 26 septembre » runs on)
  new RegExp(`(?=L)${WORD_START}(?:Le|LE)\\s+(?:\\d{1,2}(?:er)?|[\\p{Ll}]+(?:[- ]\\p{Ll}+){0,3})\\s+${anyOf(Object.keys(MONTHS))}${WORD_END}`, "gu"),
  // a sentence that opens with an article after a year, run on after a title: "… séance du 12 septembre 2023 Le
  // procès-verbal est approuvé" (a word in lower case after the article: « 2023 La Rochelle » runs on)
  new RegExp(`(?=L)(?<=${WORD_START}(?:19|20)\\d{2}\\s+)(?:Le|La|Les)\\s+(?=\\p{Ll}{2})`, "gu"),
  // an act's number and its object wherever they stand: "… Abstention 0 N° 2024-102 Objet : Attribution …"
  new RegExp(`(?=[Nn])${WORD_START}(?<![Dd][ée]lib[ée]ration\\s+|D[ÉE]LIB[ÉE]RATION\\s+)(?:N°|n°)\\s*(?=(?:[A-Z]{1,4}[-_]?)?\\d{2,4}\\s?[-/._]\\s?\\d{1,4}(?:[-/._]\\d{1,4})?\\s+(?:Objet|OBJET)\\s*:)`, "gu"),
  // an act's heading in capitals wherever it stands: "VOTE : Unanimité DÉLIBÉRATION N° 2024-049 : ACQUISITION …"
  // (in running text a cited act is written in small letters: « Vu la délibération n° 2023-12 »)
  // (not after the item's ordinal: « 1 – DÉLIBÉRATION N° 2024-03-01 : … » is one heading)
  new RegExp(`(?=D)${WORD_START}(?<!(?:^|\\s)\\d{1,3}(?:\\.\\d{1,2})?\\s*[-–—.)]\\s+)D[ÉE]LIB[ÉE]RATION\\s+N°\\s*(?=\\d{2,4}\\s?[-_/.]\\s?(?:[A-Z]{1,5}[-_/.])?\\d{1,4}|[A-Z]{1,5}[-_/.]?\\d{2,4}[-_/.]\\d)`, "gu"),
];

/** short words that need the next one: prepositions, articles, conjunctions */
const LINK_WORDS = ["de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "en", "et", "ou", "par", "pour", "sur"];

/** words after which a capitalised word goes on inside a title: prepositions, articles, civilities ("de Corte") */
export const TITLE_LINKS = new RegExp(`^(?:${[...LINK_WORDS, "sous", "avec", "entre", "vers", "chez", "rue", "avenue", "place", "chemin", "route", "saint", "sainte", "M.", "Mme", "Mr", "Mlle", "Me", "Dr",
  // a place or a body that its proper name follows: « l'allée Simone Iff », « association Marie Curie », « groupe Limoges en commun »
  "allée", "boulevard", "impasse", "quai", "square", "quartier", "résidence", "école", "collège", "lycée", "gymnase", "stade", "parc", "salle", "centre", "groupe", "association", "aquatique", "annexe", "cité", "ZAC", "lotissement"].map((w) => phrase(w)).join("|")})$|['’]$`, "u");

/** a line that ends on a word that needs the next one: "… du centre de", "… et", "M.", or on a comma, a bracket, a dash */
export const LINK_AT_END = new RegExp(`(?:\\s(?:${[...LINK_WORDS, "M.", "Mme", "n°"].map((w) => w.replace(".", "\\.")).join("|")})|[,(\\-–])$`, "iu");
/** LINK_AT_END on a line's last characters only (the engine would try the pattern at every position of the line) */
export function linksToNext(line: string): boolean {
  return LINK_AT_END.test(line.slice(-8)) && !COUNT_FOR_AT_END.test(line.slice(-12));
}
/** « pour » that ends a tally, not a preposition: « Votes : 21 pour », « 19 voix pour » */
const COUNT_FOR_AT_END = /(?:\d|voix)\s+pour$/i;

/**
 * A compound cut at its hyphen and re-flowed with a space: "BONIFACE- PASCAL", "2011- 2014" (a surname in capitals
 * or a span of years; "Ovalie- Demande" is left alone)
 */
export const BROKEN_COMPOUND = /(?<![\p{L}\d])(\p{Lu}{2,}|\d{4})- +(\p{Lu}{2,}|\d{4})(?![\p{L}\d])/gu;

/**
 * A side box's count standing among names, as a two-column page reads line by line: « Présents : M. Paul REY,
 * Contre : 2 M. Luc VIAL, M. Yves Abstention : 0 BOREL » (the names of the right column, the box's label and
 * figure on the left). Never a name: the list reads on without it.
 */
export const COUNT_AMONG_NAMES = new RegExp(`${WORD_START}${LABEL_PREFIX}${anyOf([...COUNT_LABELS, "Pour", "Contre", "Abstentions?", "Exprimés", "Suffrages exprimés"])}\\s*:\\s*\\d{1,3}(?![\\d/.,]|\\s*[(\\d])\\s*`, "gu");
/** a count's label that ends a line, its figure on the next (a side box read line by line: "Présents" / "19") */
export const COUNT_LABEL_AT_LINE_END = new RegExp(`${WORD_START}${anyOf([...COUNT_LABELS, "Exprimés", "Suffrages exprimés"])}\\s*:?$`, "u");
/** a line in capitals that goes on from the one before, a title over two lines: "… DES EFFECTIFS" / "DU PERSONNEL COMMUNAL" */
export const CAPS_CONTINUATION = /^(?:DU|DE|DES|D['’]|ET|À|AU|AUX|EN|POUR|SUR|PAR|DANS|AVEC|ENTRE)(?:\s|(?<=['’]))(?!.*\p{Ll})/u;
/** a line without a letter in lower case */
export const NO_LOWER_CASE = /^(?!.*\p{Ll})(?=.*\p{Lu})/u;
/** a figure alone on its line */
export const FIGURE_ALONE = /^\d{1,3}$/;

/** an agenda's heading on a line of its own: "Ordre du jour", "ORDRE DU JOUR :" */
export const AGENDA_HEADING = new RegExp(`^${phrase("Ordre du jour")}\\s*:?$`, "u");

/** a source line that is an item heading by its shape: "1 Subventions associatives", "6.1 Ecole", "IV - Finances" */
/** a registry's number: « 2024-03-01 », « DEL-24-0456 », « 24-127 », « C 24.110 » */
/**
 * an item's heading that gives no title, the title on the next line: « RAPPORT 1 », « Affaire n° 1 », « 1.1 – DEL-24-0456 »,
 * « Délibération n° 24-127 » (the act's number between the item's and the title)
 */
export const HEADING_WITHOUT_TITLE = new RegExp(`^(?:${anyOf(MARK_WORDS, "initial")}\\s*(?:(?:n°|N°|no)\\s*)?\\d{1,3}(?:\\.\\d{1,2})?|\\d{1,3}(?:\\.\\d{1,2})?\\s*[-–—.)]\\s+(?:${anyOf(["Délibération"], "initial")}\\s+(?:n°|N°|no)\\s*)?${REGISTRY})\\s*[:.–—-]?$`, "u");
/** the act's number on a line of its own between the item's heading and its title: « Affaire n° 1 » / « Délibération n° 24-127 » */
export const ACT_NUMBER_LINE = new RegExp(`^(?:${anyOf(["Délibération"], "initial")}\\s+(?:n°|N°|no)\\s*)?${REGISTRY}\\s*[:.–—-]?$`, "u");
export const HEADING_LINE = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5})(?:[.)°]|\s*[-–])?\s+\p{Lu}\p{Ll}/u;

/** a rubric in capitals for all a heading gives, one to four words and dashes: « FINANCES », « URBANISME – FONCIER », « ADMINISTRATION GÉNÉRALE » */
// (no article or preposition: « ÉLECTION DU MAIRE » is a title, not a rubric)
export const RUBRIC_TITLE = /^(?!.*(?:^|\s)(?:DE|DU|DES|LA|LE|LES|AU|AUX|D['’]|L['’])(?:\s|$))\p{Lu}[\p{Lu}'’-]+(?:\s+(?:[–—-]\s+)?\p{Lu}[\p{Lu}'’-]+){0,3}$/u;
/** a line that opens with a civility or a label, no title: « M. Paul REY présente … », « Rapporteur : … », « Vu … » */
export const SPEAKER_OR_LABEL_START = /^(?:M\.|Mme|MM\.|Monsieur|Madame|Vu|Considérant|Rapporteure?\s*:|[\p{L} ]{2,30}:)/u;
/** a council's office, written with its capital inside a title: « Election d'un Adjoint au Maire », « Désignation d'un Conseiller délégué » */
export const OFFICE_IN_TITLE = /^(?:Adjointe?s?|Maire|Conseill(?:er|[èe]re)s?|Vice-[Pp]r[ée]sidente?s?|Pr[ée]sidente?s?|D[ée]l[ée]gu[ée]e?s?|Secr[ée]taires?)$/u;
/** words that open a sentence, not a proper name, when a capitalised word follows them: « Le Conseil », « Mme Chamberlain » */
export const SENTENCE_OPENING_WORD = /^(?:Le|La|Les|L['’].*|Un|Une|Mme|M\.|Mlle|Monsieur|Madame|Messieurs|Mesdames)$/u;
/** a service's name in capitals before an item's title once joined with it: « DIRECTION DES ROUTES Convention … » */
export const SERVICE_BEFORE_TITLE = /^(?:\p{Lu}[\p{Lu}'’]*\s+){2,}(?=\p{Lu}\p{Ll})/u;
/** a service's rubrics in capitals before a title, each before a dash: « DÉLÉGATION GÉNÉRALE … - DIRECTION DES SPORTS - Attribution … » */
export const RUBRICS_BEFORE_TITLE = /^(?:[\p{Lu}\d'’ ]+\s[-–]\s)+(?=\p{Lu}\p{Ll})/u;
/** the service in charge, in brackets after an item's title: « … (Direction générale des services - Direction des Finances) » */
export const TITLE_SERVICE = /\s\((?:Direction|Service|Pôle|Délégation|Mission|Département)\s[^()]*\)$/u;

/**
 * A heading's title given as short phrases each closed by a full stop, as Orléans' minutes print them (« N° 4 – Finances.
 * Compte de gestion et compte administratif 2023. Approbation. »): once the reflow has cut them at their stops, the
 * title's first phrase is a theme of a few words and the units under it are phrases without a verb of their own.
 * TITLE_THEME is such a first phrase; TITLE_PHRASE a phrase that carries the title on: a capital, no article or pronoun
 * or civility before it (a sentence's or a speaker's opening), no colon, a stop at its end.
 */
export const TITLE_THEME = /^[\p{Lu}][^.:;!?]{0,38}\.$/u;
const PHRASE_OPENERS = [...PRONOUN_OPENERS, "Le", "La", "Les", "Un", "Une", "Des", "Du", "Au", "Aux", "En", "Sur", "Par", "Pour", "Dans", "Après", "Vu", "Considérant", "Conformément", "Monsieur", "Madame", "M.", "Mme", "MM.", "Mmes", "Je", "Vous"];
export const TITLE_PHRASE = new RegExp(`^(?!${anyOf(PHRASE_OPENERS, "exact")}(?:\\s|$))(?!L['’])\\p{Lu}[^:;!?–—]{1,110}\\.$`, "u");

/** the particle inside a place's name, which a title's capitalised words go on through: « Val de Charente », « Bourg en Bresse » */
export const PLACE_PARTICLE_IN_TITLE = /^(?:de|du|des|la|sur|sous|en|lès|les)$/;
/** a line that may open a sentence: a capitalised word, an elided article (« L'avenant ») */
export const SENTENCE_OPENS = /^(?:[LDlQ]['’]\p{L}|\p{Lu}\p{Ll})/u;
/** a sentence with its commas, not an item's heading: « En l'absence de M. le Maire, qui ne prend pas part au vote, le nombre … » */
export const FOOTNOTE_LIKE = /^(?=.{60})\p{Lu}\p{Ll}*(?:\s+|['’])\p{Ll}[^,]*,/u;

/** a table's cell that holds an item's number only: « 1. », « N° 2024-071 », « 2024-071 », « DEL-2024-12 » */
export const NUMBER_CELL = /^(?:(?:N°|n°|No)\s*)?(?:\d{1,3}[.)]?|[A-Z]{0,5}[-_ ]?\d{2,4}[-_/.]\d{1,5}(?:[-_/.]\d{1,5})?)$/;

/** a person's civility and first name ending a line, the surname on the next: « … sous la présidence de M. Gérard » */
export const FIRST_NAME_AT_LINE_END = /(?:^|\s)(?:M\.|Mme|Monsieur|Madame)\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** … and the surname in capitals opening the next line: « BOUVERET, Président. » */
export const SURNAME_AT_LINE_START = /^\p{Lu}{2}[\p{Lu}'’-]*(?=[\s,.]|$)/u;

/**
 * a sentence opening after a title run on into its summary: an article or a pronoun, then a word in small letters; or,
 * after a word in small letters or a figure (no dash nor colon parting a title's parts), a noun of action (« … au 1er
 * juillet 2025 Création de 11 postes … », « … pour l'exercice 2024 Présentation du rapport … »)
 */
export const SUMMARY_OPENS = /\s(?=(?:Le|La|Les|Un|Une|Ce|Ces|Cet|Cette|Il|Elle|Ils|Elles)\s+\p{Ll}|L['’]\p{Ll})|(?<=[\p{Ll}\d])\s(?=(?:Création|Présentation|Suppression|Approbation|Attribution|Adoption|Modification)\s+(?:(?:de|du|des|la|le|les|à)\s|d['’]|l['’]))/u;

/** a row's number in a table's number column: one token (« 20242311 », « 2024-3-1.1.1 », « N° 12 »), a figure in it */
export const ROW_NUMBER_CELL = /^(?=\D*\d)(?:N°\s*)?[\p{L}\d./_()-]+$/u;

/** a box's label alone on its line, no figure (src/normalise/labels-then-values.ts): « Nombre de membres en exercice »,
 * « Nombre de votants », « Date de la convocation : », a vote's « Pour », « Contre », « Abstentions » */
export const BOX_LABEL = /^(?=[^\d]{3,70}$)\s*(?:Nombre\s+d|Membres|Conseillers|D[ée]l[ée]gu[ée]s|En\s|Pr[ée]sents|Pouvoirs|Procurations|Votants|Date\s+d)[^\d:]*?(?:exercice|pr[ée]sents?|pouvoirs?|procurations?|votants?|repr[ée]sent[ée]s?|absents?|aff[ée]rents?|exprim[ée]s|convocation|affichage|publication)(?:\s*:)?\s*$|^\s*(?:Pour|POUR|Contre|CONTRE|Abstentions?|ABSTENTIONS?|Votants|VOTANTS|Exprim[ée]s|Suffrages\s+exprim[ée]s)(?:\s*:)?\s*$/iu;
/** … and its value, alone on its line: a count or a date */
export const BOX_VALUE = /^\s*(?:\d{1,3}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*$/;

/** a civility opening a unit: a speaker or a member named, no heading (« Monsieur le Maire demande … ») */
export const CIVILITY_AT_START = /^(?:Monsieur|Madame|M\.|Mme)\s/u;
/** what an unnumbered item's title among numbered ones never holds: a number, a member, the council, a vote */
export const NOT_AN_UNNUMBERED_TITLE = /\d{2,4}[-_/.]\d|N°|n°|(?:^|\s)(?:M\.|Mme|MM\.)\s|[Cc]onseil\s+municipal|D[ée]lib[ée]ration|ne\s+prend|ne\s+prennent|[Pp]age\s+\d/u;

/** a list's label heading a column of names, its colon or none (src/normalise/list-columns.ts): « PRÉSENTS », « EXCUSÉS
 * REPRÉSENTÉS », « Absents excusés : », « Étaient présents (26) », « Pouvoirs » */
export const LIST_COLUMN_LABEL = /^(?:[ÉE]tai(?:en)?t\s+)?(?:(?:Membres|Conseillers|D[ée]l[ée]gu[ée]s)\s+)?(?:Pr[ée]sent|Absent|Excus[ée]|Repr[ée]sent[ée]|Pouvoir|Procuration)(?:e?s?|\(e?s\))(?:\s+(?:et\s+)?(?:non\s+)?(?:excus[ée]|absent|repr[ée]sent[ée])(?:e?s?|\(e?s\)))*(?:\s+ayant\s+donn[ée]\s+(?:pouvoir|procuration))?(?:\s*\(\s*\d{1,3}\s*\))?(?:\s*:)?$/iu;
/** a column's line that goes on with its list: a member (a civility, or a surname in capitals and a first name) */
export const LIST_COLUMN_MEMBER = /^(?:M\.|Mme|Mlle|MM\.?|Monsieur|Madame|\p{Lu}{2}[\p{Lu}'’-]*\s+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}{2})/u;
/** … and a member's line that goes on on the next: « Mme Hélène LABORDE, pouvoir à », « M. Paul ROUX, » */
export const LIST_COLUMN_OPEN_END = /(?:,|\s(?:à|au|et|pouvoir|procuration))\s*$/u;

/** a cell that names a member, their civility first: « M. Grégoire VANDEKERCKHOVE », « Mme Inès BOUKHRIS » */
export const MEMBER_CELL = /^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\p{Lu}[\p{L}'’ -]{1,60}$/u;
/** … and the cell of their role beside it: « Maire », « Première Adjointe », « Conseiller municipal délégué » */
export const MEMBER_ROLE_CELL = /^(?:Maire|Premi(?:er|ère)\s+[Aa]djointe?|(?:\d{1,2}(?:er|re|e|ème)\s+)?[Aa]djointe?(?:\s+au\s+[Mm]aire)?|Conseill(?:er|ère)\s+(?:municipale?|communautaire|d[ée]l[ée]gu[ée]e?)(?:\s+d[ée]l[ée]gu[ée]e?)?|Vice-[Pp]r[ée]sidente?|Pr[ée]sidente?|D[ée]l[ée]gu[ée]e?(?:\s+(?:titulaire|suppl[ée]ante?))?)\.?$/u;
