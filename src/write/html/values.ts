// What to look for in a source line to highlight a value of the record: the value at a JSON pointer of the act,
// turned into the ways a deliberation writes it (a date as « 11/10/2022 », « 11 octobre 2022 » or in the @CTES
// identifier as 20221011; a person by full name, then surname).
import type { Act, EvidenceItem } from "../../schema/record.js";
import type { Finding } from "../../schema/report.js";
import { findValue } from "./highlight.js";

/** The value at an RFC 6901 JSON pointer of the act ("/attendance/present"), undefined when there is none. */
export function valueAt(act: Act, pointer: string): unknown {
  let node: unknown = act;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ways an act writes an ISO date, most specific first. */
export function dateNeedles(iso: string): string[] {
  const m = ISO_DATE.exec(iso);
  if (!m) return [iso];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const day = String(Number(d));
  const month = MONTHS[Number(mo) - 1];
  const out = [`${d}/${mo}/${y}`, `${d}.${mo}.${y}`, `${d}-${mo}-${y}`, `${y}${mo}${d}`, iso, `${d}/${mo}/${y.slice(2)}`];
  if (month) {
    if (day === "1") out.push(`1er ${month} ${y}`);
    out.push(`${day} ${month} ${y}`, `${d} ${month} ${y}`);
  }
  if (day !== d) out.push(`${day}/${mo}/${y}`);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(...values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === "string" && v.trim().length > 0);
}

/** Items of a list looked at for a list's evidence (the line is often its label). */
const LIST_ITEMS = 3;

/** The strings to look for, in order, for a value of the record; none for a value a line cannot show. */
export function needlesFor(value: unknown, pointer = ""): string[] {
  if (typeof value === "number") return [String(value)];
  if (typeof value === "boolean") return value && pointer.endsWith("/unanimous") ? ["unanimité", "unanimement"] : [];
  if (typeof value === "string") return ISO_DATE.test(value) ? dateNeedles(value) : [value];
  if (Array.isArray(value)) return value.slice(0, LIST_ITEMS).flatMap((v) => needlesFor(v));
  if (!isRecord(value)) return [];
  // a person, a proxy (its giver), a decision (its verb), an orientation, a governance body, a term
  if ("from" in value) return needlesFor(value.from);
  if ("lastName" in value) return strings(value.name, value.lastName, value.firstName);
  if ("verb" in value) return strings(value.verb);
  if ("domain" in value) return strings(value.domain);
  if ("start" in value) return [...needlesFor(value.start), ...needlesFor(value.end)];
  return strings(value.name);
}

/** The needles of the value a field's evidence item stands for. */
export function fieldNeedles(act: Act, pointer: string): string[] {
  return needlesFor(valueAt(act, pointer), pointer);
}

function keyOf(item: EvidenceItem): string {
  return `${item.page}:${item.line}:${item.text}`;
}

/**
 * The needles for one evidence item of a finding. The finding keeps the lines, not the pointers: the pointers
 * are found again as the act's evidence read on that same line, and when several values share the line (the
 * @CTES identifier gives six), those the finding's message quotes come first.
 */
export function findingNeedles(act: Act | undefined, finding: Finding, item: EvidenceItem): string[] {
  if (!act) return [];
  const key = keyOf(item);
  const candidates = Object.entries(act.evidence)
    .filter(([, e]) => keyOf(e) === key)
    .map(([pointer]) => fieldNeedles(act, pointer));
  const quoted = candidates.filter((needles) => needles.some((n) => findValue(finding.message, n) !== null));
  const rest = candidates.filter((needles) => !quoted.includes(needles));
  return [...quoted, ...rest].flat();
}
