// ctg scdl-check FILE.csv: a user's own SCDL « Délibérations » CSV against the 2.1.5 schema's field constraints,
// Validata's custom checks and ctg's unique DELIB_ID per authority, with the checker the export uses
// (src/scdl/check.ts). One line per problem on stdout (row, column, cause), a verdict on stderr.
// Exit 0 valid, 1 problems, 2 unreadable input (one line, no stack trace).
import { readFile, stat } from "node:fs/promises";
import { checkScdlTable } from "../../scdl/check.js";
import { readCsv } from "../../scdl/csv.js";
import { describeProblem } from "../../scdl/messages.js";
import { SCDL_SCHEMA_VERSION } from "../../scdl/schema.js";
import { EXIT, displayName, type Context, type ExitCode } from "../context.js";

/** A CSV larger than this is refused (an SCDL file of 100 000 deliberations weighs about 40 MB). */
export const MAX_SCDL_BYTES = 200 * 1024 * 1024;


type Unreadable = { fr: string; en: string };

async function readText(file: string): Promise<{ text: string } | { error: Unreadable }> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    return info.code === "ENOENT"
      ? { error: { fr: "fichier introuvable", en: "file not found" } }
      : { error: { fr: `illisible (${info.code ?? info.message})`, en: `unreadable (${info.code ?? info.message})` } };
  }
  if (info.isDirectory()) return { error: { fr: "est un dossier, pas un fichier CSV", en: "is a folder, not a CSV file" } };
  if (!info.isFile()) return { error: { fr: "n'est pas un fichier ordinaire", en: "is not a regular file" } };
  if (info.size === 0) return { error: { fr: "fichier vide", en: "empty file" } };
  if (info.size > MAX_SCDL_BYTES) return { error: { fr: "fichier trop volumineux (plus de 200 Mo)", en: "file too large (over 200 MB)" } };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    return { error: { fr: `illisible (${code})`, en: `unreadable (${code})` } };
  }
  if (bytes.includes(0)) return { error: { fr: "données binaires (octets nuls), pas un CSV", en: "binary data (NUL bytes), not a CSV" } };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { error: { fr: "n'est pas encodé en UTF-8 (le SCDL l'exige)", en: "not encoded in UTF-8 (SCDL requires it)" } };
  }
}

export async function runScdlCheck(file: string, ctx: Context): Promise<ExitCode> {
  const en = ctx.lang === "en";
  const name = displayName(file);
  const sep = en ? ":" : " :";
  const read = await readText(file);
  if ("error" in read) {
    ctx.fail(`${name}${sep} ${en ? read.error.en : read.error.fr}`);
    return EXIT.input;
  }
  const csv = readCsv(read.text);
  if (!csv.ok) {
    const what =
      csv.problem === "unterminated-quote"
        ? en ? `a quoted field opened on line ${csv.line} is never closed` : `un champ entre guillemets ouvert ligne ${csv.line} n'est jamais fermé`
        : en ? `a double quote inside an unquoted field on line ${csv.line}` : `guillemet au milieu d'un champ non entouré de guillemets, ligne ${csv.line}`;
    ctx.fail(`${name}${sep} ${en ? "not a valid CSV" : "CSV invalide"}${sep} ${what}`);
    return EXIT.input;
  }
  const [head, ...body] = csv.records;
  if (!head) {
    ctx.fail(`${name}${sep} ${en ? "empty file" : "fichier vide"}`);
    return EXIT.input;
  }
  const problems = checkScdlTable(
    head.cells,
    body.map((r) => r.cells),
  );
  for (const p of problems) ctx.out(`${name}${sep} ${describeProblem(p, ctx.lang)}\n`);
  const rows = new Set(problems.map((p) => p.row)).size;
  if (problems.length === 0) {
    ctx.err(
      en
        ? `ctg: ${name}: valid against SCDL Délibérations ${SCDL_SCHEMA_VERSION} and Validata's checks (${body.length} row${body.length > 1 ? "s" : ""})\n`
        : `ctg: ${name} : conforme au schéma SCDL Délibérations ${SCDL_SCHEMA_VERSION} et aux contrôles Validata (${body.length} ligne${body.length > 1 ? "s" : ""})\n`,
    );
    return EXIT.ok;
  }
  ctx.err(
    en
      ? `ctg: ${name}: ${problems.length} problem(s) in ${rows} of ${body.length + 1} rows (header included)\n`
      : `ctg: ${name} : ${problems.length} problème(s) sur ${rows} des ${body.length + 1} lignes (en-tête compris)\n`,
  );
  return EXIT.findings;
}
