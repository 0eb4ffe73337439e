// The SCDL « Délibérations » checks, pure and without dependencies so that the CLI can run them: the field
// constraints the 2.1.5 Table Schema declares (required, type and format, pattern, enum, min/max, length,
// unique), as the Frictionless validators apply them, then Validata's custom checks listed by the schema, then
// ctg's own rule that a deliberation's identifier appears once per authority in a file.
// tests/scdl/check.test.ts shows that this checker and the `tableschema` library agree.
import { luhnValid } from "../check/siren.js";
import { LEVEL1 } from "../config/matiere.js";
import { SCDL_CUSTOM_CHECKS, SCDL_FIELDS, type ScdlCustomCheck, type ScdlFieldSpec } from "./schema.js";

export type ScdlProblemCode =
  | "header-missing"
  | "header-unknown"
  | "header-order"
  | "row-length"
  | "required"
  | "type"
  | "format"
  | "pattern"
  | "enum"
  | "minimum"
  | "maximum"
  | "minLength"
  | "maxLength"
  | "unique"
  | ScdlCustomCheck["name"]
  | "duplicate-id";

export interface ScdlProblem {
  /** row of the table, the header being row 1 (as Frictionless and Validata count) */
  row: number;
  column: string | null;
  code: ScdlProblemCode;
  /** which set of rules: the Table Schema's field constraints, Validata's custom checks, or ctg's own */
  source: "schema" | "custom" | "ctg";
  value?: string;
  /** the constraint's value (pattern, bound, enum), the other columns of a custom check, the earlier row */
  expected?: string;
  others?: readonly string[];
}

export interface CheckOptions {
  fields?: readonly ScdlFieldSpec[];
  customChecks?: readonly ScdlCustomCheck[];
  /** ctg's rule: COLL_SIRET + DELIB_ID once in a file (default true) */
  uniqueIds?: boolean;
}

const INTEGER = /^-?\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Table Schema integer: what parseInt gives back unchanged ("+1", "01", "1.0", "1 000" are not integers). */
export function castInteger(value: string): number | null {
  if (!INTEGER.test(value)) return null;
  const n = Number.parseInt(value, 10);
  return String(n) === value ? n : null;
}

/** Table Schema date, default format: YYYY-MM-DD and a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Table Schema "uri" format (validator.js isURL with a protocol): http(s) or ftp, a host with a domain, no space. */
export function isUri(value: string): boolean {
  const scheme = /^(?:https?|ftp):\/\//i.exec(value);
  if (!scheme || /\s/.test(value)) return false;
  const rest = value.slice(scheme[0].length);
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const host = authority.slice(authority.lastIndexOf("@") + 1).replace(/:\d{1,5}$/, "");
  if (/^\[[0-9a-f:.]+\]$/i.test(host) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return true;
  const labels = host.split(".");
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1]!;
  if (!/^(?:[a-z\u00a1-\uffff]{2,}|xn--[a-z0-9-]{2,})$/i.test(tld)) return false;
  return labels.every((l) => /^[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?$/i.test(l));
}

/** SIRET key (Validata french-siret-value): 14 digits, Luhn; La Poste's establishments by the sum of digits. */
export function siretValid(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith("356000000") && value !== "35600000000048") {
    let sum = 0;
    for (const c of value) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnValid(value);
}

const LEVEL1_NAMES = new Set(Object.values(LEVEL1).map((n) => n.toLowerCase()));

function fieldProblems(field: ScdlFieldSpec, value: string, row: number): ScdlProblem[] {
  const c = field.constraints;
  const at = { row, column: field.name, source: "schema" as const, value };
  // "" is the schema's missing value: only `required` applies to it
  if (value === "") return c.required ? [{ ...at, code: "required" }] : [];
  if (field.type === "integer" && castInteger(value) === null) return [{ ...at, code: "type", expected: "integer" }];
  if (field.type === "date" && !isIsoDate(value)) return [{ ...at, code: "type", expected: "date" }];
  if (field.format === "uri" && !isUri(value)) return [{ ...at, code: "format", expected: "uri" }];
  const out: ScdlProblem[] = [];
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, "u").test(value)) out.push({ ...at, code: "pattern", expected: c.pattern });
  if (c.enum !== undefined && !c.enum.includes(value)) out.push({ ...at, code: "enum", expected: c.enum.join(", ") });
  const n = field.type === "integer" ? castInteger(value) : null;
  if (c.minimum !== undefined && n !== null && n < c.minimum) out.push({ ...at, code: "minimum", expected: String(c.minimum) });
  if (c.maximum !== undefined && n !== null && n > c.maximum) out.push({ ...at, code: "maximum", expected: String(c.maximum) });
  if (c.minLength !== undefined && [...value].length < c.minLength) out.push({ ...at, code: "minLength", expected: String(c.minLength) });
  if (c.maxLength !== undefined && [...value].length > c.maxLength) out.push({ ...at, code: "maxLength", expected: String(c.maxLength) });
  return out;
}

type Typed = { kind: "number"; n: number } | { kind: "date"; d: string } | null;

function typed(fields: ReadonlyMap<string, ScdlFieldSpec>, column: string, value: string | undefined): Typed {
  if (value === undefined || value === "") return null;
  const type = fields.get(column)?.type;
  if (type === "integer") {
    const n = castInteger(value);
    return n === null ? null : { kind: "number", n };
  }
  if (type === "date") return isIsoDate(value) ? { kind: "date", d: value } : null;
  const n = castInteger(value);
  return n === null ? null : { kind: "number", n };
}

function compare(a: Typed, b: Typed, op: string): boolean | null {
  if (!a || !b || a.kind !== b.kind) return null;
  const [x, y] = a.kind === "number" && b.kind === "number" ? [a.n, b.n] : a.kind === "date" && b.kind === "date" ? [a.d, b.d] : [0, 0];
  switch (op) {
    case ">=":
      return x >= y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    case "<":
      return x < y;
    default:
      return x === y;
  }
}

function customProblems(check: ScdlCustomCheck, get: (c: string) => string | undefined, fields: ReadonlyMap<string, ScdlFieldSpec>, row: number): ScdlProblem[] {
  const column = check.params.column;
  const value = get(column);
  const at = { row, column, source: "custom" as const, code: check.name, ...(value !== undefined ? { value } : {}) };
  switch (check.name) {
    case "french-siret-value":
      return value && /^\d{14}$/.test(value) && !siretValid(value) ? [at] : [];
    case "year-interval-value": {
      if (!value) return [];
      const m = /^(\d{4})(?:\/(\d{4}))?$/.exec(value);
      if (!m) return [at];
      if (m[2] === undefined) return check.params["allow-year-only"] === "yes" ? [] : [at];
      return Number(m[1]) < Number(m[2]) ? [] : [at];
    }
    case "cohesive-columns-value": {
      const all = [column, ...check.params.othercolumns];
      if (all.some((c) => get(c) === undefined)) return [];
      const filled = all.filter((c) => get(c) !== "").length;
      return filled === 0 || filled === all.length ? [] : [{ ...at, others: check.params.othercolumns }];
    }
    case "compare-columns-value": {
      const { column2, op } = check.params;
      const ok = compare(typed(fields, column, value), typed(fields, column2, get(column2)), op);
      return ok === false ? [{ ...at, others: [column2], expected: op }] : [];
    }
    case "sum-columns-value": {
      const total = typed(fields, column, value);
      const parts = check.params.columns.map((c) => typed(fields, c, get(c)));
      if (total?.kind !== "number" || parts.some((p) => p?.kind !== "number")) return [];
      const sum = parts.reduce((s, p) => s + (p?.kind === "number" ? p.n : 0), 0);
      return sum === total.n ? [] : [{ ...at, others: check.params.columns, expected: String(sum) }];
    }
    case "nomenclature-actes-value": {
      if (!value) return [];
      const slash = value.indexOf("/");
      return slash > 0 && LEVEL1_NAMES.has(value.slice(0, slash).toLowerCase()) ? [] : [at];
    }
  }
}

/**
 * Every problem of an SCDL table, row by row: the header's (row 1), then each row's field constraints and custom
 * checks. `header` and the cells are the raw strings of the CSV.
 */
export function checkScdlTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, options: CheckOptions = {}): ScdlProblem[] {
  const fields: readonly ScdlFieldSpec[] = options.fields ?? SCDL_FIELDS;
  const checks = options.customChecks ?? SCDL_CUSTOM_CHECKS;
  const byName = new Map(fields.map((f) => [f.name, f] as const));
  const problems: ScdlProblem[] = [];
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  for (const f of fields) if (!index.has(f.name)) problems.push({ row: 1, column: f.name, code: "header-missing", source: "schema" });
  header.forEach((h, i) => {
    if (!byName.has(h)) problems.push({ row: 1, column: h, code: "header-unknown", source: "schema" });
    else if (fields[i]?.name !== h && fields.every((f) => index.has(f.name))) problems.push({ row: 1, column: h, code: "header-order", source: "schema", expected: fields[i]?.name ?? "" });
  });
  const seen = new Map<string, Map<string, number>>();
  const ids = new Map<string, number>();
  rows.forEach((cells, r) => {
    const row = r + 2;
    if (cells.length !== header.length) {
      problems.push({ row, column: null, code: "row-length", source: "schema", value: String(cells.length), expected: String(header.length) });
    }
    const get = (c: string): string | undefined => {
      const i = index.get(c);
      return i === undefined ? undefined : (cells[i] ?? "");
    };
    for (const f of fields) {
      const value = get(f.name);
      if (value === undefined) continue;
      problems.push(...fieldProblems(f, value, row));
      if (f.constraints.unique && value !== "") {
        const values = seen.get(f.name) ?? new Map<string, number>();
        seen.set(f.name, values);
        const first = values.get(value);
        if (first !== undefined) problems.push({ row, column: f.name, code: "unique", source: "schema", value, expected: String(first) });
        else values.set(value, row);
      }
    }
    for (const check of checks) problems.push(...customProblems(check, get, byName, row));
    const id = get("DELIB_ID");
    if ((options.uniqueIds ?? true) && id) {
      const key = `${get("COLL_SIRET") ?? ""}\u0000${id}`;
      const first = ids.get(key);
      if (first !== undefined) problems.push({ row, column: "DELIB_ID", code: "duplicate-id", source: "ctg", value: id, expected: String(first) });
      else ids.set(key, row);
    }
  });
  return problems;
}
