// What the HTML report says to a clerk, French by default, English with --lang en.
import type { Lang } from "../../i18n/index.js";
import type { Severity } from "../../schema/report.js";
import type { Act } from "../../schema/record.js";

export interface HtmlStrings {
  htmlLang: string;
  title: string;
  generated(version: string): string;
  files(n: number): string;
  acts(n: number): string;
  pages(n: number): string;
  count(severity: Severity, n: number): string;
  severityHeading: Record<Severity, string>;
  /** the summary table's short column headings (a phone's width) */
  severityColumn: Record<Severity, string>;
  noFinding: string;
  contents: string;
  actsHeading: string;
  clean: string;
  file: string;
  unreadableHeading: string;
  unreadableNote: string;
  act(index: number, number: string | null): string;
  untitled: string;
  glance: string;
  authority: string;
  kind: Record<NonNullable<Act["authority"]["kind"]>, string>;
  department(code: string): string;
  siren: string;
  body: string;
  session: string;
  convocation: string;
  place: string;
  president: string;
  secretary: string;
  subject: string;
  attendance: string;
  inOffice(n: number): string;
  present(n: number): string;
  represented(n: number): string;
  absent(n: number): string;
  voters(n: number): string;
  vote: string;
  noVote: string;
  election: string;
  unanimous: string;
  for(n: number): string;
  against(n: number): string;
  abstentions(n: number): string;
  outcome: Record<"adopted" | "rejected", string>;
  stamp: string;
  ctesId: string;
  sent(date: string): string;
  received(date: string): string;
  published(date: string): string;
  inferred: string;
  inferredTitle: string;
  notGiven: string;
  at(page: number, line: number): string;
  atTitle(page: number, line: number): string;
  ocr(confidence: number): string;
  rule: string;
  sources(n: number): string;
  field: string;
  line: string;
  date(iso: string): string;
  fieldNames: Record<string, string>;
}

const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function longDate(iso: string, months: readonly string[], first: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? months[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const day = Number(m[3]);
  return `${day === 1 ? first : day} ${month} ${m[1]}`;
}

const s = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const sEn = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const fr: HtmlStrings = {
  htmlLang: "fr",
  title: "Rapport de vérification des délibérations",
  generated: (v) => `produit par ctg ${v}`,
  files: (n) => s(n, "fichier", "fichiers"),
  acts: (n) => s(n, "acte", "actes"),
  pages: (n) => s(n, "page", "pages"),
  count: (sev, n) => (sev === "error" ? s(n, "erreur", "erreurs") : sev === "warning" ? s(n, "avertissement", "avertissements") : s(n, "information", "informations")),
  severityHeading: { error: "Erreurs", warning: "Avertissements", info: "Informations" },
  severityColumn: { error: "Err.", warning: "Avert.", info: "Info." },
  noFinding: "Aucune remarque : les vérifications de cohérence n'ont rien relevé.",
  contents: "Sommaire",
  actsHeading: "Actes",
  clean: "aucune remarque",
  file: "Fichier",
  unreadableHeading: "Fichiers illisibles",
  unreadableNote: "Ces fichiers n'ont pas pu être lus ; ils ne figurent pas dans le rapport.",
  act: (i, n) => (n ? `Acte n° ${n}` : `Acte ${i + 1}`),
  untitled: "(sans titre)",
  glance: "L'acte en bref",
  authority: "Collectivité",
  kind: { commune: "commune", epci: "EPCI", departement: "département", region: "région", syndicat: "syndicat", other: "autre" },
  department: (c) => `département ${c}`,
  siren: "SIREN",
  body: "Assemblée",
  session: "Séance",
  convocation: "Convocation",
  place: "Lieu",
  president: "Présidence",
  secretary: "Secrétaire de séance",
  subject: "Objet",
  attendance: "Présence",
  inOffice: (n) => s(n, "membre en exercice", "membres en exercice"),
  present: (n) => s(n, "présent", "présents"),
  represented: (n) => s(n, "représenté", "représentés"),
  absent: (n) => s(n, "absent", "absents"),
  voters: (n) => s(n, "votant", "votants"),
  vote: "Vote",
  noVote: "sans vote (information)",
  election: "élection",
  unanimous: "à l'unanimité",
  for: (n) => `${n} pour`,
  against: (n) => `${n} contre`,
  abstentions: (n) => s(n, "abstention", "abstentions"),
  outcome: { adopted: "adopté", rejected: "rejeté" },
  stamp: "Tampon de la préfecture",
  ctesId: "identifiant @CTES",
  sent: (d) => `envoyé le ${d}`,
  received: (d) => `reçu le ${d}`,
  published: (d) => `publié le ${d}`,
  inferred: "déduit",
  inferredTitle: "valeur déduite d'autres mentions, non écrite telle quelle",
  notGiven: "non indiqué",
  at: (p, l) => `p. ${p}, l. ${l}`,
  atTitle: (p, l) => `page ${p}, ligne ${l}`,
  ocr: (c) => `lu par OCR, confiance ${c} %`,
  rule: "Règle",
  sources: (n) => `Où chaque valeur a été lue (${s(n, "ligne", "lignes")})`,
  field: "Champ",
  line: "Ligne du document",
  date: (iso) => longDate(iso, MONTHS_FR, "1er"),
  fieldNames: {
    "/number": "numéro", "/title": "objet", "/body": "assemblée", "/sessionDate": "date de séance", "/convocationDate": "date de convocation",
    "/place": "lieu", "/president": "présidence", "/secretary": "secrétaire", "/authority/name": "collectivité",
    "/authority/siren": "SIREN", "/authority/department": "département", "/attendance/inOffice": "en exercice",
    "/attendance/present": "présents", "/attendance/represented": "représentés", "/attendance/absent": "absents",
    "/attendance/voters": "votants", "/attendance/presentMembers": "liste des présents", "/attendance/excusedMembers": "excusés",
    "/attendance/absentMembers": "absents nommés", "/attendance/proxies": "procurations", "/vote/for": "pour", "/vote/against": "contre",
    "/vote/abstentions": "abstentions", "/vote/expressed": "exprimés", "/vote/unanimous": "unanimité", "/vote/outcome": "résultat",
    "/prefecture/id": "identifiant @CTES", "/prefecture/sentDate": "envoi en préfecture", "/prefecture/receivedDate": "réception en préfecture",
    "/prefecture/publishedDate": "publication", "/decisions": "décisions", "/content/exposedBy": "rapporteur",
    "/prefecture/department": "département (@CTES)", "/prefecture/siren": "SIREN (@CTES)", "/prefecture/decisionDate": "date de l'acte (@CTES)",
    "/prefecture/internalNumber": "numéro interne (@CTES)", "/prefecture/nature": "nature de l'acte (@CTES)",
    "/content/orientations": "orientations", "/content/governance": "gouvernance", "/content/term": "durée", "/content/parties": "signataires",
  },
};

const en: HtmlStrings = {
  htmlLang: "en",
  title: "Deliberations consistency report",
  generated: (v) => `made by ctg ${v}`,
  files: (n) => sEn(n, "file", "files"),
  acts: (n) => sEn(n, "act", "acts"),
  pages: (n) => sEn(n, "page", "pages"),
  count: (sev, n) => (sev === "error" ? sEn(n, "error", "errors") : sev === "warning" ? sEn(n, "warning", "warnings") : sEn(n, "notice", "notices")),
  severityHeading: { error: "Errors", warning: "Warnings", info: "Notices" },
  severityColumn: { error: "Err.", warning: "Warn.", info: "Notes" },
  noFinding: "No finding: the consistency checks raised nothing.",
  contents: "Contents",
  actsHeading: "Acts",
  clean: "no finding",
  file: "File",
  unreadableHeading: "Unreadable files",
  unreadableNote: "These files could not be read; they are not in the report.",
  act: (i, n) => (n ? `Act no. ${n}` : `Act ${i + 1}`),
  untitled: "(untitled)",
  glance: "The act at a glance",
  authority: "Authority",
  kind: { commune: "commune", epci: "EPCI", departement: "département", region: "région", syndicat: "syndicat", other: "other" },
  department: (c) => `department ${c}`,
  siren: "SIREN",
  body: "Council",
  session: "Session",
  convocation: "Convened",
  place: "Place",
  president: "Chair",
  secretary: "Secretary",
  subject: "Subject",
  attendance: "Attendance",
  inOffice: (n) => sEn(n, "member in office", "members in office"),
  present: (n) => `${n} present`,
  represented: (n) => `${n} represented`,
  absent: (n) => `${n} absent`,
  voters: (n) => sEn(n, "voter", "voters"),
  vote: "Vote",
  noVote: "no vote (information)",
  election: "election",
  unanimous: "unanimous",
  for: (n) => `${n} for`,
  against: (n) => `${n} against`,
  abstentions: (n) => sEn(n, "abstention", "abstentions"),
  outcome: { adopted: "adopted", rejected: "rejected" },
  stamp: "Prefecture stamp",
  ctesId: "@CTES identifier",
  sent: (d) => `sent on ${d}`,
  received: (d) => `received on ${d}`,
  published: (d) => `published on ${d}`,
  inferred: "inferred",
  inferredTitle: "value derived from other wording, not written as such",
  notGiven: "not given",
  at: (p, l) => `p. ${p}, l. ${l}`,
  atTitle: (p, l) => `page ${p}, line ${l}`,
  ocr: (c) => `read by OCR, confidence ${c}%`,
  rule: "Rule",
  sources: (n) => `Where each value was read (${sEn(n, "line", "lines")})`,
  field: "Field",
  line: "Line of the document",
  date: (iso) => longDate(iso, MONTHS_EN, "1"),
  fieldNames: {
    "/number": "number", "/title": "subject", "/body": "council", "/sessionDate": "session date", "/convocationDate": "convocation date",
    "/place": "place", "/president": "chair", "/secretary": "secretary", "/authority/name": "authority",
    "/authority/siren": "SIREN", "/authority/department": "department", "/attendance/inOffice": "in office",
    "/attendance/present": "present", "/attendance/represented": "represented", "/attendance/absent": "absent",
    "/attendance/voters": "voters", "/attendance/presentMembers": "members present", "/attendance/excusedMembers": "excused",
    "/attendance/absentMembers": "absent members", "/attendance/proxies": "proxies", "/vote/for": "for", "/vote/against": "against",
    "/vote/abstentions": "abstentions", "/vote/expressed": "expressed", "/vote/unanimous": "unanimity", "/vote/outcome": "outcome",
    "/prefecture/id": "@CTES identifier", "/prefecture/sentDate": "sent to the prefecture", "/prefecture/receivedDate": "received by the prefecture",
    "/prefecture/publishedDate": "published", "/decisions": "decisions", "/content/exposedBy": "rapporteur",
    "/prefecture/department": "department (@CTES)", "/prefecture/siren": "SIREN (@CTES)", "/prefecture/decisionDate": "date of the act (@CTES)",
    "/prefecture/internalNumber": "internal number (@CTES)", "/prefecture/nature": "nature of the act (@CTES)",
    "/content/orientations": "orientations", "/content/governance": "governance", "/content/term": "term", "/content/parties": "parties",
  },
};

export function htmlStrings(lang: Lang): HtmlStrings {
  return lang === "en" ? en : fr;
}
