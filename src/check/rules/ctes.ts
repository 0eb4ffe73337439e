// Consistency rules: ctes.
import { parseCtesId, numberKey, departmentKey, INTERNAL_NUMBER_PATTERN, type CtesId } from "../ctes-id.js";
import { daysBetween, formatDate } from "../dates.js";
import { sirenProblem, type SirenProblem } from "../siren.js";
import { CTES_ID } from "../../vocab/fr.js";
import { Hit, rule, PR, date, decisionDate } from "./kit.js";

export const ctesIdSyntax = rule<{ id: string; reason: "shape" | "date" }>({
  id: "CTES_ID_SYNTAX",
  severity: "error",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    const id = act.prefecture.id;
    if (id === null) return [];
    if (ctx.ctesId === null) return [{ params: { id, reason: "shape" }, pointers: [PR + "id"] }];
    if (ctx.ctesId.date === null) return [{ params: { id, reason: "date" }, pointers: [PR + "id"] }];
    return [];
  },
  message: {
    fr: (p) =>
      p.reason === "shape"
        ? `Identifiant @CTES mal formé : « ${p.id} » (attendu DPT-SIREN-AAAAMMJJ-NUMÉRO-NATURE).`
        : `Identifiant @CTES « ${p.id} » : la date de décision n'est pas une date du calendrier.`,
    en: (p) =>
      p.reason === "shape"
        ? `Malformed @CTES identifier: "${p.id}" (expected DPT-SIREN-YYYYMMDD-NUMBER-NATURE).`
        : `@CTES identifier "${p.id}": the decision date is not a calendar date.`,
  },
  checks: {
    fr: "Signale un identifiant d'acte @CTES qui n'a pas la forme DPT-SIREN-AAAAMMJJ-NUMÉRO-NATURE, ou dont la date de décision à huit chiffres n'est pas une date du calendrier.",
    en: "Fires when the @CTES act identifier does not have the shape DPT-SIREN-YYYYMMDD-NUMBER-NATURE, or when its eight-digit decision date is not a calendar date.",
  },
  example: { id: "038-21380476-20221011-2022_29-DE", reason: "shape" },
});

type IdPart = "department" | "siren" | "date" | "number" | "nature";

const ID_PART_LABELS: Record<IdPart, { fr: string; en: string }> = {
  department: { fr: "département", en: "department" },
  siren: { fr: "SIREN", en: "SIREN" },
  date: { fr: "date de décision", en: "decision date" },
  number: { fr: "numéro interne", en: "internal number" },
  nature: { fr: "nature", en: "nature" },
};

function differingPart(a: CtesId, b: CtesId): IdPart | null {
  if (a.siren !== b.siren) return "siren";
  if (a.rawDate !== b.rawDate) return "date";
  if (numberKey(a.internalNumber) !== numberKey(b.internalNumber)) return "number";
  if (a.department !== b.department) return "department";
  if (a.nature !== b.nature) return "nature";
  return null;
}

/**
 * The same stamp is printed on every page: two well-formed identifiers that differ mean a typed or altered
 * stamp. The extractor keeps the most frequent reading in /prefecture/id and cites the others as evidence
 * under /prefecture/id/<n>; OCR debris that is not a well-formed identifier, or whose date is impossible, is ignored.
 */
export const stampIdConflict = rule<{ id: string; other: string; part: IdPart }>({
  id: "STAMP_ID_CONFLICT",
  severity: "error",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    const id = act.prefecture.id;
    if (id === null || ctx.ctesId === null) return [];
    const hits: Array<Hit<{ id: string; other: string; part: IdPart }>> = [];
    const seen = new Set<string>();
    for (const [pointer, item] of Object.entries(act.evidence)) {
      if (!pointer.startsWith(PR + "id/")) continue;
      for (const m of item.text.matchAll(CTES_ID)) {
        const other = parseCtesId(m[0]);
        // a decision date no calendar has ("20231241") is a misread stamp, not another identifier
        if (other === null || other.date === null || seen.has(m[0])) continue;
        const part = differingPart(ctx.ctesId, other);
        if (part === null) continue;
        seen.add(m[0]);
        hits.push({ params: { id, other: m[0], part }, pointers: [PR + "id", pointer] });
      }
    }
    return hits;
  },
  message: {
    fr: (p) => `Les tampons de l'acte portent des identifiants @CTES différents (${ID_PART_LABELS[p.part].fr}) : « ${p.id} » et « ${p.other} ».`,
    en: (p) => `The act's stamps carry different @CTES identifiers (${ID_PART_LABELS[p.part].en}): "${p.id}" and "${p.other}".`,
  },
  checks: {
    fr: "Signale des tampons portant deux identifiants @CTES bien formés mais différents (SIREN, date, numéro, département ou nature), signe d'un tampon retapé ou altéré ; les fragments illisibles, et une date de décision qui n'est pas une date du calendrier (une lecture OCR), sont ignorés.",
    en: "Fires when the act's stamps carry two well-formed @CTES identifiers that differ (SIREN, date, number, department or nature), a sign of a retyped or altered stamp; unreadable stamp fragments, and a decision date that is not a calendar date (an OCR misreading), are ignored.",
  },
  example: { id: "038-213804768-20221011-2022_29-DE", other: "038-213804768-20221011-2022_28-DE", part: "number" },
});

export const ctesNumberSyntax = rule<{ number: string }>({
  id: "CTES_NUMBER_SYNTAX",
  severity: "warning",
  legalSource: "@CTES (NumeroInterne)",
  check(_act, ctx) {
    if (ctx.ctesId === null || INTERNAL_NUMBER_PATTERN.test(ctx.ctesId.internalNumber)) return [];
    return [{ params: { number: ctx.ctesId.internalNumber }, pointers: [PR + "id"] }];
  },
  message: {
    fr: (p) => `Numéro interne @CTES « ${p.number} » non conforme : 1 à 15 caractères, lettres, chiffres, « - », « _ » ou espace, commençant et finissant par une lettre ou un chiffre.`,
    en: (p) => `@CTES internal number "${p.number}" does not conform: 1 to 15 letters, digits, "-", "_" or spaces, starting and ending with a letter or digit.`,
  },
  checks: {
    fr: "Signale un numéro interne de l'identifiant @CTES contraire à la règle @CTES : 1 à 15 lettres, chiffres, tirets, soulignés ou espaces, commençant et finissant par une lettre ou un chiffre.",
    en: "Fires when the internal number in the @CTES identifier breaks the @CTES rule: 1 to 15 letters, digits, hyphens, underscores or spaces, starting and ending with a letter or digit.",
  },
  example: { number: "2022/29" },
});

export const sirenChecksum = rule<{ siren: string; problem: SirenProblem }>({
  id: "SIREN_CHECKSUM",
  severity: "error",
  legalSource: "INSEE, SIREN (clé de Luhn)",
  check(act, ctx) {
    const sources: Array<[string | null | undefined, string]> = [
      [ctx.ctesId?.siren, PR + "id"],
      [act.prefecture.siren, PR + "siren"],
      [act.authority.siren, "/authority/siren"],
    ];
    const bySiren = new Map<string, string[]>();
    for (const [value, pointer] of sources) {
      if (value === null || value === undefined) continue;
      const key = value.replace(/\s+/g, "");
      bySiren.set(key, [...(bySiren.get(key) ?? []), pointer]);
    }
    const hits: Array<Hit<{ siren: string; problem: SirenProblem }>> = [];
    for (const [siren, pointers] of bySiren) {
      const problem = sirenProblem(siren);
      if (problem !== null) hits.push({ params: { siren, problem }, pointers });
    }
    return hits;
  },
  message: {
    fr: (p) => (p.problem === "format" ? `SIREN « ${p.siren} » invalide : 9 chiffres attendus.` : `SIREN ${p.siren} invalide : la clé de contrôle (Luhn) est fausse.`),
    en: (p) => (p.problem === "format" ? `Invalid SIREN "${p.siren}": 9 digits expected.` : `Invalid SIREN ${p.siren}: wrong check digit (Luhn).`),
  },
  checks: {
    fr: "Signale chaque SIREN (de l'identifiant @CTES, du tampon de la préfecture ou de la collectivité) qui n'a pas neuf chiffres ou dont la clé de Luhn est fausse.",
    en: "Fires for each SIREN (in the @CTES identifier, on the prefecture stamp or for the authority) that is not nine digits or fails the Luhn check digit.",
  },
  example: { siren: "213804767", problem: "checksum" },
});

export const sirenMismatch = rule<{ idSiren: string; other: string; where: "prefecture" | "authority" }>({
  id: "SIREN_MISMATCH",
  severity: "warning",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    if (ctx.ctesId === null) return [];
    const idSiren = ctx.ctesId.siren;
    const hits: Array<Hit<{ idSiren: string; other: string; where: "prefecture" | "authority" }>> = [];
    const compare = (value: string | null, where: "prefecture" | "authority", pointer: string): void => {
      if (value === null) return;
      const other = value.replace(/\s+/g, "");
      if (/^\d{9}$/.test(other) && other !== idSiren) hits.push({ params: { idSiren, other, where }, pointers: [PR + "id", pointer] });
    };
    compare(act.prefecture.siren, "prefecture", PR + "siren");
    compare(act.authority.siren, "authority", "/authority/siren");
    return hits;
  },
  message: {
    fr: (p) => `Le SIREN de l'identifiant @CTES (${p.idSiren}) diffère de celui ${p.where === "authority" ? "de la collectivité" : "du tampon de la préfecture"} (${p.other}).`,
    en: (p) => `The SIREN in the @CTES identifier (${p.idSiren}) differs from the ${p.where === "authority" ? "authority's" : "stamp's"} (${p.other}).`,
  },
  checks: {
    fr: "Signale un SIREN de l'identifiant @CTES différent d'un SIREN à neuf chiffres porté par le tampon de la préfecture ou donné pour la collectivité.",
    en: "Fires when the SIREN in the @CTES identifier differs from a nine-digit SIREN given on the prefecture stamp or for the authority.",
  },
  example: { idSiren: "213804768", other: "213804776", where: "authority" },
});

export const ctesDepartment = rule<{ idDepartment: string; department: string }>({
  id: "CTES_DEPARTMENT",
  severity: "warning",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    if (ctx.ctesId === null) return [];
    const hits: Array<Hit<{ idDepartment: string; department: string }>> = [];
    for (const [value, pointer] of [[act.authority.department, "/authority/department"], [act.prefecture.department, PR + "department"]] as const) {
      if (value === null) continue;
      const key = departmentKey(value);
      if (key !== null && key !== ctx.ctesId.department) hits.push({ params: { idDepartment: ctx.ctesId.department, department: value }, pointers: [PR + "id", pointer] });
    }
    return hits.slice(0, 1);
  },
  message: {
    fr: (p) => `Le département de l'identifiant @CTES (${p.idDepartment}) diffère de celui de la collectivité (${p.department}).`,
    en: (p) => `The department in the @CTES identifier (${p.idDepartment}) differs from the authority's (${p.department}).`,
  },
  checks: {
    fr: "Signale, une seule fois, un département de l'identifiant @CTES différent de celui de la collectivité ou du tampon (« 38 » et « 038 » concordent).",
    en: "Fires, once, when the department in the @CTES identifier differs from the authority's or the stamp's department (« 38 » and « 038 » agree).",
  },
  example: { idDepartment: "038", department: "73" },
});

/** An ID decision date this far before the session cannot be the session's decision. */
const ID_DATE_TOLERANCE_DAYS = 30;

export const ctesDateImplausible = rule<{ idDate: string; other: string; against: "session" | "sent" | "received" }>({
  id: "CTES_DATE_IMPLAUSIBLE",
  severity: "error",
  legalSource: "@CTES (identifiant d'acte) ; CGCT L2131-1",
  check(act, ctx) {
    const d = decisionDate(act, ctx);
    if (d === null) return [];
    const session = date(act.sessionDate);
    const sent = date(act.prefecture.sentDate);
    const received = date(act.prefecture.receivedDate);
    if (session !== null && daysBetween(d.date, session) > ID_DATE_TOLERANCE_DAYS) {
      return [{ params: { idDate: d.date, other: session, against: "session" }, pointers: [d.pointer, "/sessionDate"] }];
    }
    if (sent !== null && d.date > sent) return [{ params: { idDate: d.date, other: sent, against: "sent" }, pointers: [d.pointer, PR + "sentDate"] }];
    if (received !== null && d.date > received) {
      return [{ params: { idDate: d.date, other: received, against: "received" }, pointers: [d.pointer, PR + "receivedDate"] }];
    }
    return [];
  },
  message: {
    fr: (p) =>
      p.against === "session"
        ? `Date de décision de l'identifiant @CTES (${formatDate(p.idDate, "fr")}) antérieure de plus de ${ID_DATE_TOLERANCE_DAYS} jours à la séance du ${formatDate(p.other, "fr")}.`
        : `Date de décision de l'identifiant @CTES (${formatDate(p.idDate, "fr")}) postérieure à ${p.against === "sent" ? "l'envoi" : "la réception"} en préfecture le ${formatDate(p.other, "fr")}.`,
    en: (p) =>
      p.against === "session"
        ? `Decision date in the @CTES identifier (${p.idDate}) more than ${ID_DATE_TOLERANCE_DAYS} days before the session of ${p.other}.`
        : `Decision date in the @CTES identifier (${p.idDate}) after the act was ${p.against === "sent" ? "sent to" : "received by"} the prefecture on ${p.other}.`,
  },
  checks: {
    fr: "Signale une date de décision (de l'identifiant @CTES, sinon du tampon) antérieure de plus de 30 jours à la séance, ou postérieure à l'envoi ou à la réception de l'acte en préfecture.",
    en: "Fires when the decision date (from the @CTES identifier, else the stamp) is more than 30 days before the session, or later than the act's sending to or receipt by the prefecture.",
  },
  example: { idDate: "2021-10-11", other: "2022-10-11", against: "session" },
});

export const ctesDateSession = rule<{ idDate: string; session: string }>({
  id: "CTES_DATE_SESSION",
  severity: "warning",
  legalSource: "@CTES (identifiant d'acte)",
  check(act, ctx) {
    const d = decisionDate(act, ctx);
    const session = date(act.sessionDate);
    if (d === null || session === null || d.date === session) return [];
    if (ctesDateImplausible.run(act, ctx).length > 0) return []; // already an error
    return [{ params: { idDate: d.date, session }, pointers: [d.pointer, "/sessionDate"] }];
  },
  message: {
    fr: (p) => `La date de décision de l'identifiant @CTES (${formatDate(p.idDate, "fr")}) n'est pas celle de la séance (${formatDate(p.session, "fr")}) : certaines collectivités y portent la date de transmission.`,
    en: (p) => `The decision date in the @CTES identifier (${p.idDate}) is not the session date (${p.session}); some authorities put the transmission date there.`,
  },
  checks: {
    fr: "Signale une date de décision (de l'identifiant @CTES, sinon du tampon) différente de la date de séance, sauf si elle est déjà signalée comme invraisemblable ; certaines collectivités y portent la date de transmission.",
    en: "Fires when the decision date (from the @CTES identifier, else the stamp) is not the session date, unless it is already reported as implausible; some authorities put the transmission date there.",
  },
  example: { idDate: "2022-10-14", session: "2022-10-11" },
});

export const ctesNumberMismatch = rule<{ idNumber: string; number: string }>({
  id: "CTES_NUMBER_MISMATCH",
  severity: "warning",
  legalSource: "@CTES (NumeroInterne)",
  check(act, ctx) {
    if (ctx.ctesId === null || act.number === null) return [];
    const a = numberKey(ctx.ctesId.internalNumber);
    const b = numberKey(act.number);
    if (a.length === 0 || b.length === 0 || a === b) return [];
    return [{ params: { idNumber: ctx.ctesId.internalNumber, number: act.number }, pointers: [PR + "id", "/number"] }];
  },
  message: {
    fr: (p) => `Le numéro interne de l'identifiant @CTES (« ${p.idNumber} ») ne correspond pas au numéro de l'acte (« ${p.number} »).`,
    en: (p) => `The internal number in the @CTES identifier ("${p.idNumber}") does not match the act number ("${p.number}").`,
  },
  checks: {
    fr: "Signale un numéro interne de l'identifiant @CTES qui ne correspond pas au numéro de l'acte, comparés avec souplesse (casse, séparateurs et préfixe « DEL » ou « D » ignorés).",
    en: "Fires when the internal number in the @CTES identifier does not match the act's number, compared loosely (case, separators and a leading « DEL » or « D » ignored).",
  },
  example: { idNumber: "2022_29", number: "2022-31" },
});

const NATURE_LABELS: Record<string, { fr: string; en: string }> = {
  DE: { fr: "délibération", en: "deliberation" },
  AR: { fr: "acte réglementaire", en: "regulatory act" },
  AI: { fr: "acte individuel", en: "individual act" },
  CC: { fr: "contrat, convention et avenant", en: "contract, agreement or amendment" },
  BF: { fr: "document budgétaire et financier", en: "budget or financial document" },
  AU: { fr: "autre", en: "other" },
};

export const ctesNature = rule<{ nature: string }>({
  id: "CTES_NATURE",
  severity: "warning",
  legalSource: "@CTES (nature de l'acte)",
  check(act, ctx) {
    if (act.kind === "information") return [];
    const nature = ctx.ctesId?.nature ?? act.prefecture.nature;
    if (nature === null || nature === "DE" || NATURE_LABELS[nature] === undefined) return [];
    // budget deliberations sent as BF and minutes sent as AU are common practice
    return [{ params: { nature }, pointers: [ctx.ctesId ? PR + "id" : PR + "nature"], severity: nature === "BF" || nature === "AU" ? "info" : "warning" }];
  },
  message: {
    fr: (p) => `Délibération transmise avec la nature @CTES ${p.nature} (${NATURE_LABELS[p.nature]?.fr ?? "?"}) au lieu de DE (délibération).`,
    en: (p) => `Deliberation transmitted with @CTES nature ${p.nature} (${NATURE_LABELS[p.nature]?.en ?? "?"}) instead of DE (deliberation).`,
  },
  checks: {
    fr: "Signale une délibération transmise sous une nature @CTES autre que DE (délibération), d'après l'identifiant ou le tampon ; simple information pour BF (budget) et AU (autre), d'usage courant ; rien pour les points d'information.",
    en: "Fires when a deliberation is transmitted under an @CTES nature other than DE (deliberation), from the identifier or the stamp; only an info for BF (budget) and AU (other), common in practice; silent for information items.",
  },
  example: { nature: "AR" },
});
