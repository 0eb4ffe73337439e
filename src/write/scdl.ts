// SCDL « Délibérations » 2.1.x CSV: the 17 columns in schema order, UTF-8, comma, CRLF, a header line, ISO
// dates, "" for a missing value, RFC 4180 quoting. One row per act. See ../shared/reference/standards.md §1.
import type { Act, CtgDocument } from "../schema/record.js";
import type { ScdlIdentity, Lang } from "../config/index.js";
import { inferMatiere, isMatiereCode, matiereNom } from "../config/matiere.js";

export const SCDL_VERSION = "2.1.4";

export const SCDL_COLUMNS = [
  "COLL_NOM",
  "COLL_SIRET",
  "DELIB_ID",
  "DELIB_DATE",
  "DELIB_MATIERE_CODE",
  "DELIB_MATIERE_NOM",
  "DELIB_OBJET",
  "BUDGET_ANNEE",
  "BUDGET_NOM",
  "PREF_ID",
  "PREF_DATE",
  "VOTE_EFFECTIF",
  "VOTE_REEL",
  "VOTE_POUR",
  "VOTE_CONTRE",
  "VOTE_ABSTENTION",
  "DELIB_URL",
] as const;

export type ScdlColumn = (typeof SCDL_COLUMNS)[number];
export type ScdlRow = Record<ScdlColumn, string>;

/** Where an act's DELIB_MATIERE_CODE came from; "inferred" and "missing" must be shown to the clerk. */
export interface MatiereNote {
  act: number;
  actNumber: string | null;
  code: string;
  basis: "inferred" | "default" | "missing";
  /** the title keyword that decided an inferred code */
  keyword?: string;
}

export interface ScdlResult {
  rows: ScdlRow[];
  notes: MatiereNote[];
}

export interface ScdlOptions {
  /** path of the published document under publication.url_base (default: the source file's name) */
  urlPath?: string;
}

const str = (v: string | number | null | undefined): string => (v === null || v === undefined ? "" : String(v));

/** PREF + the department of the @CTES ID on 3 characters (038, 02A, 974); "" without an ID department. */
export function prefId(department: string | null): string {
  if (!department) return "";
  const d = department.trim().toUpperCase();
  if (/^\d{1,3}$/.test(d)) return `PREF${d.padStart(3, "0")}`;
  if (/^0?2[AB]$/.test(d)) return `PREF0${d.slice(-2)}`;
  return "";
}

/**
 * VOTE_REEL, "effectif réel des votants": voices cast or abstaining = présents + représentés − members who
 * do not take part in the vote; the stated number of voters when the counts are missing.
 */
export function voteReel(act: Act): number | null {
  const a = act.attendance;
  if (a.present !== null) {
    const represented = a.represented ?? a.proxies.length;
    return Math.max(0, a.present + represented - a.notVoting.length);
  }
  return a.voters;
}

function delibUrl(base: string | null, path: string): string {
  if (!base) return "";
  const segments = path.split(/[\\/]+/).filter((s) => s !== "" && s !== "." && s !== "..");
  return (base.endsWith("/") ? base : `${base}/`) + segments.map(encodeURIComponent).join("/");
}

function matiereFor(act: Act, index: number, id: ScdlIdentity): { code: string; note: MatiereNote | null } {
  if (id.inferMatiere) {
    const guess = inferMatiere(act.title);
    if (guess) {
      return { code: guess.code, note: { act: index, actNumber: act.number, code: guess.code, basis: "inferred", keyword: guess.keyword } };
    }
  }
  if (id.defaultMatiere && isMatiereCode(id.defaultMatiere)) {
    return { code: id.defaultMatiere, note: { act: index, actNumber: act.number, code: id.defaultMatiere, basis: "default" } };
  }
  return { code: "", note: { act: index, actNumber: act.number, code: "", basis: "missing" } };
}

export function actToScdl(act: Act, index: number, id: ScdlIdentity, urlPath: string): { row: ScdlRow; note: MatiereNote | null } {
  const { code, note } = matiereFor(act, index, id);
  const voted = act.vote.kind !== "none";
  const row: ScdlRow = {
    COLL_NOM: id.collNom,
    COLL_SIRET: id.collSiret,
    DELIB_ID: str(act.number ?? act.prefecture.internalNumber),
    DELIB_DATE: str(act.sessionDate ?? act.prefecture.decisionDate),
    DELIB_MATIERE_CODE: code,
    DELIB_MATIERE_NOM: code ? matiereNom(code) : "",
    DELIB_OBJET: str(act.title),
    BUDGET_ANNEE: "",
    BUDGET_NOM: "",
    PREF_ID: prefId(act.prefecture.department),
    PREF_DATE: str(act.prefecture.receivedDate),
    VOTE_EFFECTIF: str(act.attendance.inOffice),
    VOTE_REEL: voted ? str(voteReel(act)) : "",
    VOTE_POUR: voted ? str(act.vote.for) : "",
    VOTE_CONTRE: voted ? str(act.vote.against) : "",
    VOTE_ABSTENTION: voted ? str(act.vote.abstentions) : "",
    DELIB_URL: delibUrl(id.urlBase, urlPath),
  };
  return { row, note };
}

/** One row per act of the document, with a note for every matière that was not read from the act. */
export function documentToScdl(doc: CtgDocument, id: ScdlIdentity, options: ScdlOptions = {}): ScdlResult {
  const urlPath = options.urlPath ?? doc.source.path.split(/[\\/]/).pop() ?? "";
  const rows: ScdlRow[] = [];
  const notes: MatiereNote[] = [];
  doc.acts.forEach((act, i) => {
    const { row, note } = actToScdl(act, i, id, urlPath);
    rows.push(row);
    if (note) notes.push(note);
  });
  return { rows, notes };
}

/** RFC 4180 field: quoted when it holds a comma, a double quote or a line break; inner quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(",") + "\r\n";
}

export const SCDL_HEADER = csvLine(SCDL_COLUMNS);

export function scdlRowLine(row: ScdlRow): string {
  return csvLine(SCDL_COLUMNS.map((c) => row[c]));
}

/** The whole CSV file: header then one line per row, every line ending in CRLF. */
export function formatScdlCsv(rows: readonly ScdlRow[]): string {
  return SCDL_HEADER + rows.map(scdlRowLine).join("");
}

/** One line for the clerk about a matière that ctg chose (inferred from the title, default) or could not find. */
export function describeMatiereNote(note: MatiereNote, path: string, lang: Lang = "fr"): string {
  const act = note.actNumber ?? `#${note.act + 1}`;
  const nom = note.code ? matiereNom(note.code) : "";
  if (lang === "en") {
    if (note.basis === "inferred") return `${path}: act ${act}: DELIB_MATIERE_CODE ${note.code} (${nom}) inferred from the title (keyword "${note.keyword}"); check it`;
    if (note.basis === "default") return `${path}: act ${act}: DELIB_MATIERE_CODE ${note.code} (${nom}) taken from matiere.defaut in ctg.config.yaml`;
    return `${path}: act ${act}: DELIB_MATIERE_CODE left empty: no keyword of the title matched and no matiere.defaut in ctg.config.yaml`;
  }
  if (note.basis === "inferred") return `${path} : acte ${act} : DELIB_MATIERE_CODE ${note.code} (${nom}) déduit du titre (mot-clé « ${note.keyword} ») ; à vérifier`;
  if (note.basis === "default") return `${path} : acte ${act} : DELIB_MATIERE_CODE ${note.code} (${nom}) pris dans matiere.defaut de ctg.config.yaml`;
  return `${path} : acte ${act} : DELIB_MATIERE_CODE vide : aucun mot-clé du titre reconnu et pas de matiere.defaut dans ctg.config.yaml`;
}

/**
 * `ctg parse FILE --format scdl`: the CSV of one document, with the configuration looked up from the working
 * directory (or `configPath`), and one line per matière ctg chose or could not find, for standard error.
 * Throws ConfigError (one line) when COLL_NOM / COLL_SIRET are missing or invalid.
 */
export async function scdlForDocument(
  doc: CtgDocument,
  options: { configPath?: string; lang?: Lang } = {},
): Promise<{ csv: string; notes: string[] }> {
  const { loadConfig, scdlIdentity } = await import("../config/index.js");
  const lang = options.lang ?? "fr";
  const identity = scdlIdentity(loadConfig(options.configPath, lang), lang);
  const { rows, notes } = documentToScdl(doc, identity);
  return { csv: formatScdlCsv(rows), notes: notes.map((n) => describeMatiereNote(n, doc.source.path, lang)) };
}
