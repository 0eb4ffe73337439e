// The @CTES act identifier DPT-SIREN-AAAAMMJJ-NUMERO-NATURE (standards.md §2.1). The internal number may
// itself hold hyphens ("AR-2022-02"), so the identifier is parsed with one anchored regex whose number group
// is greedy: never by splitting on "-".
import { isValidIsoDate } from "./dates.js";

export const CTES_ID_PATTERN = /^(\d{3}|02[AB])-(\d{9})-(\d{8})-(.+)-(DE|AR|AI|CC|BF|AU)$/;
/** @CTES XSD rule for NumeroInterne: 1-15 characters, letter or digit at both ends. */
export const INTERNAL_NUMBER_PATTERN = /^(?:[a-zA-Z0-9][a-zA-Z0-9\-_ ]{0,13})?[a-zA-Z0-9]$/;

export type CtesNature = "DE" | "AR" | "AI" | "CC" | "BF" | "AU";

export interface CtesId {
  department: string;
  siren: string;
  /** decision date as ISO AAAA-MM-JJ; null when the eight digits are not a calendar date */
  date: string | null;
  /** the eight digits as written */
  rawDate: string;
  internalNumber: string;
  nature: CtesNature;
}

function isNature(s: string): s is CtesNature {
  return s === "DE" || s === "AR" || s === "AI" || s === "CC" || s === "BF" || s === "AU";
}

/** Parses an identifier; null when it does not have the @CTES shape. Surrounding spaces are ignored. */
export function parseCtesId(id: string): CtesId | null {
  const m = CTES_ID_PATTERN.exec(id.trim());
  if (!m) return null;
  const [, department, siren, rawDate, internalNumber, nature] = m;
  if (department === undefined || siren === undefined || rawDate === undefined || internalNumber === undefined) return null;
  if (nature === undefined || !isNature(nature)) return null;
  const iso = `${rawDate.slice(0, 4)}-${rawDate.slice(4, 6)}-${rawDate.slice(6, 8)}`;
  return { department, siren, date: isValidIsoDate(iso) ? iso : null, rawDate, internalNumber, nature };
}

/**
 * An act number or internal number reduced to a comparable key: upper case, "-", "/", "." and spaces mapped to
 * "_", runs of "_" collapsed, a leading "DEL"/"D" prefix dropped ("DEL-25-04/032" and "25_04_032" agree).
 */
export function numberKey(n: string): string {
  let k = n.toUpperCase().replace(/[-/. ]/g, "_").replace(/_+/g, "_");
  k = k.replace(/^(?:DELIB|DEL|D)(?=[_\d])/, "");
  return k.replace(/^_+|_+$/g, "");
}

/** "38" -> "038", "2B" -> "02B", "974" -> "974"; null for anything else. */
export function departmentKey(d: string): string | null {
  const s = d.trim().toUpperCase();
  if (/^\d{1,3}$/.test(s)) return s.padStart(3, "0");
  if (/^0?2[AB]$/.test(s)) return s.padStart(3, "0");
  return null;
}
