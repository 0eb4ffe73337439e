// SCDL « Délibérations » 2.1.5 CSV: the 17 columns in schema order, UTF-8, comma, CRLF, a header line, ISO
// dates, "" for a missing value, RFC 4180 quoting. One row per deliberation whose required values were read
// and whose authority is configured; every other act is left out with a one-line reason. See README « Open
// data » and ../shared/reference/standards.md §1.
import type { Act, CtgDocument } from "../schema/record.js";
import type { ScdlSettings, Lang } from "../config/index.js";
import { inferMatiere, isMatiereCode, matiereNom } from "../config/matiere.js";
import { matchAuthority } from "../scdl/authority.js";
import { clearedText, leftOutText, nothingPublished } from "../scdl/messages.js";
import { SCDL_FIELDS, SCDL_SCHEMA_VERSION, type ScdlColumn } from "../scdl/schema.js";

export const SCDL_VERSION = SCDL_SCHEMA_VERSION;

/** The 17 columns in schema order (src/scdl/schema.ts, from the official 2.1.5 schema). */
export const SCDL_COLUMNS: readonly ScdlColumn[] = SCDL_FIELDS.map((f) => f.name);

export type { ScdlColumn };
export type ScdlRow = Record<ScdlColumn, string>;

/**
 * Why an act is not in the CSV. information / election: not a deliberation (expected, not a failure); every
 * other reason is a deliberation that could not be published as it is (exit code 1).
 */
export type LeftOutReason =
  | "information"
  | "election"
  | "authority-contradiction"
  | "authority-no-row"
  | "authority-ambiguous"
  | "authority-unknown"
  | "no-id"
  | "no-date"
  | "no-object"
  | "no-matiere"
  | "duplicate";

export const NOT_DELIBERATION: readonly LeftOutReason[] = ["information", "election"];

/** An act left out of the CSV, with its reason as one line in the run's language. */
export interface LeftOut {
  act: number;
  actNumber: string | null;
  reason: LeftOutReason;
  message: string;
}

/** Columns of a published row left empty on purpose (votes incomplete or contradictory, PREF_DATE before DELIB_DATE). */
export interface ClearedNote {
  act: number;
  actNumber: string | null;
  columns: "VOTE" | "PREF_DATE";
  cause: "unknown" | "inconsistent" | "before";
  message: string;
}

/** Where an act's DELIB_MATIERE_CODE came from; "inferred" and "missing" must be shown to the clerk. */
export interface MatiereNote {
  act: number;
  actNumber: string | null;
  code: string;
  basis: "inferred" | "default" | "missing";
  /** the title keyword that decided an inferred code */
  keyword?: string;
}

/** What one document gives the SCDL CSV; kept in the batch manifest per document. */
export interface ScdlPart {
  rows: ScdlRow[];
  /** position in the document of each row's act */
  acts: number[];
  notes: MatiereNote[];
  left: LeftOut[];
  cleared: ClearedNote[];
}

export interface ScdlOptions {
  /** path of the published document under publication.url_base (default: the source file's name) */
  urlPath?: string;
  /** language of the reasons (default fr) */
  lang?: Lang;
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

function matiereFor(act: Act, index: number, s: ScdlSettings): { code: string; note: MatiereNote } {
  if (s.inferMatiere) {
    const guess = inferMatiere(act.title);
    if (guess) {
      return { code: guess.code, note: { act: index, actNumber: act.number, code: guess.code, basis: "inferred", keyword: guess.keyword } };
    }
  }
  if (s.defaultMatiere && isMatiereCode(s.defaultMatiere)) {
    return { code: s.defaultMatiere, note: { act: index, actNumber: act.number, code: s.defaultMatiere, basis: "default" } };
  }
  return { code: "", note: { act: index, actNumber: act.number, code: "", basis: "missing" } };
}

/** An item number of minutes (« 2 », « 6.3 »), which names an act only within its session. */
const ITEM_NUMBER = /^\d{1,3}(?:\.\d{1,2})?[a-z]?$/i;

/**
 * DELIB_ID: the act's number as read; an item number of minutes, which every session starts again, is
 * prefixed with the session date (« 2021-06-04/2 »); without a number, the @CTES internal number; else null.
 */
export function delibId(act: Act, date: string): string | null {
  const number = act.number?.trim();
  if (number) return ITEM_NUMBER.test(number) ? `${date}/${number}` : number;
  return act.prefecture.internalNumber?.trim() || null;
}

type VoteColumns = Pick<ScdlRow, "VOTE_EFFECTIF" | "VOTE_REEL" | "VOTE_POUR" | "VOTE_CONTRE" | "VOTE_ABSTENTION">;
const NO_VOTE: VoteColumns = { VOTE_EFFECTIF: "", VOTE_REEL: "", VOTE_POUR: "", VOTE_CONTRE: "", VOTE_ABSTENTION: "" };

/**
 * The five VOTE_* columns, all filled or all empty as the schema requires: empty when one of them was not read,
 * or when the act's figures contradict each other (Validata's checks: effectif ≥ réel ≥ each count, réel = pour
 * + contre + abstention); the note says which.
 */
function voteColumns(act: Act, en: boolean): { columns: VoteColumns; cleared?: { cause: "unknown" | "inconsistent"; message: string } } {
  if (act.vote.kind === "none") return { columns: NO_VOTE };
  const values = {
    VOTE_EFFECTIF: act.attendance.inOffice,
    VOTE_REEL: voteReel(act),
    VOTE_POUR: act.vote.for,
    VOTE_CONTRE: act.vote.against,
    VOTE_ABSTENTION: act.vote.abstentions,
  };
  const missing = Object.entries(values).filter(([, v]) => v === null).map(([k]) => k);
  if (missing.length) return { columns: NO_VOTE, cleared: { cause: "unknown", message: clearedText.votesUnknown(missing, en) } };
  const { VOTE_EFFECTIF: eff, VOTE_REEL: reel, VOTE_POUR: pour, VOTE_CONTRE: contre, VOTE_ABSTENTION: abst } = values as Record<keyof VoteColumns, number>;
  const wrong: string[] = [];
  if (eff < reel) wrong.push(`VOTE_EFFECTIF ${eff} < VOTE_REEL ${reel}`);
  if (pour + contre + abst !== reel) wrong.push(`VOTE_REEL ${reel} ≠ ${pour} + ${contre} + ${abst}`);
  else if (Math.max(pour, contre, abst) > reel) wrong.push(`VOTE_REEL ${reel} < ${Math.max(pour, contre, abst)}`);
  if (wrong.length) return { columns: NO_VOTE, cleared: { cause: "inconsistent", message: clearedText.votesInconsistent(wrong.join(" ; "), en) } };
  return { columns: { VOTE_EFFECTIF: String(eff), VOTE_REEL: String(reel), VOTE_POUR: String(pour), VOTE_CONTRE: String(contre), VOTE_ABSTENTION: String(abst) } };
}

export type ActScdl =
  | { row: ScdlRow; note: MatiereNote | null; cleared: ClearedNote[] }
  | { left: LeftOut };

/** The row of one act, or why it has none. */
export function actToScdl(act: Act, index: number, s: ScdlSettings, urlPath: string, lang: Lang = "fr"): ActScdl {
  const en = lang === "en";
  const left = (reason: LeftOutReason, message: string): ActScdl => ({ left: { act: index, actNumber: act.number, reason, message } });
  if (act.kind === "information") return left("information", leftOutText.information(en));
  if (act.kind === "election") return left("election", leftOutText.election(en));
  const who = matchAuthority(act, s);
  if (!who.ok) return left(`authority-${who.reason}`, leftOutText.authority(who, en));
  const date = act.sessionDate ?? act.prefecture.decisionDate;
  if (!date) return left("no-date", leftOutText.noDate(en));
  const id = delibId(act, date);
  if (!id) return left("no-id", leftOutText.noId(en));
  const title = act.title?.trim();
  if (!title) return left("no-object", leftOutText.noObject(en));
  const { code, note } = matiereFor(act, index, s);
  if (!code) return left("no-matiere", leftOutText.noMatiere(en));
  const cleared: ClearedNote[] = [];
  const votes = voteColumns(act, en);
  if (votes.cleared) cleared.push({ act: index, actNumber: act.number, columns: "VOTE", ...votes.cleared });
  let prefDate = str(act.prefecture.receivedDate);
  if (prefDate && prefDate < date) {
    cleared.push({ act: index, actNumber: act.number, columns: "PREF_DATE", cause: "before", message: clearedText.prefBefore(prefDate, date, en) });
    prefDate = "";
  }
  const row: ScdlRow = {
    COLL_NOM: who.authority.nom,
    COLL_SIRET: who.authority.siret,
    DELIB_ID: id,
    DELIB_DATE: date,
    DELIB_MATIERE_CODE: code,
    DELIB_MATIERE_NOM: matiereNom(code),
    DELIB_OBJET: title,
    BUDGET_ANNEE: "",
    BUDGET_NOM: "",
    PREF_ID: prefId(act.prefecture.department),
    PREF_DATE: prefDate,
    ...votes.columns,
    DELIB_URL: delibUrl(s.urlBase, urlPath),
  };
  return { row, note: note.basis === "inferred" || note.basis === "default" ? note : null, cleared };
}

/** The rows of a document's deliberations, what was left out and why, and the notes on what ctg chose. */
export function documentToScdl(doc: CtgDocument, s: ScdlSettings, options: ScdlOptions = {}): ScdlPart {
  const urlPath = options.urlPath ?? doc.source.path.split(/[\\/]/).pop() ?? "";
  const part: ScdlPart = { rows: [], acts: [], notes: [], left: [], cleared: [] };
  doc.acts.forEach((act, i) => {
    const r = actToScdl(act, i, s, urlPath, options.lang ?? "fr");
    if ("left" in r) {
      part.left.push(r.left);
      return;
    }
    part.rows.push(r.row);
    part.acts.push(i);
    if (r.note) part.notes.push(r.note);
    part.cleared.push(...r.cleared);
  });
  return part;
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

/** « acte 23-02/001 » or « acte #3 » (position in the document) for the lines about one act. */
export function actLabel(act: number, actNumber: string | null, lang: Lang = "fr"): string {
  return `${lang === "en" ? "act" : "acte"} ${actNumber ?? `#${act + 1}`}`;
}

/** One line about an act left out or a column left empty: « FILE : acte N : reason ». */
export function describeActLine(path: string, item: { act: number; actNumber: string | null; message: string }, lang: Lang = "fr"): string {
  const sep = lang === "en" ? ":" : " :";
  return `${path}${sep} ${actLabel(item.act, item.actNumber, lang)}${sep} ${item.message}`;
}

/**
 * `ctg parse FILE --format scdl`: the CSV of one document, with the configuration looked up from the working
 * directory (or `configPath`), and the lines for standard error: every matière ctg chose, every act left out,
 * every column left empty. `failed`: a deliberation was left out or no row was published (exit code 1).
 * Throws ConfigError (one line) when COLL_NOM / COLL_SIRET are missing or invalid.
 */
export async function scdlForDocument(
  doc: CtgDocument,
  options: { configPath?: string; lang?: Lang } = {},
): Promise<{ csv: string; notes: string[]; rows: number; failed: boolean }> {
  const { loadConfig, scdlSettings } = await import("../config/index.js");
  const { assembleScdl } = await import("../scdl/assemble.js");
  const lang = options.lang ?? "fr";
  const settings = scdlSettings(loadConfig(options.configPath, lang), lang);
  const part = documentToScdl(doc, settings, { lang });
  const path = doc.source.path;
  const whole = assembleScdl([[path, part]], lang);
  const lines = [
    ...part.notes.map((n) => describeMatiereNote(n, path, lang)),
    ...part.cleared.map((c) => describeActLine(path, c, lang)),
    ...[...part.left, ...whole.duplicates.map((d) => d.left)].sort((a, b) => a.act - b.act).map((l) => describeActLine(path, l, lang)),
  ];
  if (whole.rows === 0) lines.push(nothingPublished(path, lang === "en"));
  const failed = whole.rows === 0 || part.left.some((l) => !NOT_DELIBERATION.includes(l.reason)) || whole.duplicates.length > 0;
  return { csv: whole.csv, notes: lines, rows: whole.rows, failed };
}
