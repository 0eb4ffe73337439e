// The SCDL « Délibérations » Table Schema, version 2.1.5, as ctg needs it at run time: each field's type and
// constraints, and the custom checks Validata runs. Derived by hand from the official schema.json of
// OpenDataFrance (https://gitlab.com/opendatafrance/scdl/deliberations/raw/v2.1.5/schema.json, "version":
// "2.1.5", "lastModified": "2023-08-28"); tests/scdl/schema.test.ts compares it with the copy in
// ../shared/reference/scdl/deliberations-2.1.5.schema.json, which users do not have.

export const SCDL_SCHEMA_VERSION = "2.1.5";

export interface ScdlFieldSpec {
  name: string;
  type: "string" | "date" | "integer";
  /** Table Schema format; "default" when absent */
  format?: "uri";
  constraints: {
    required?: boolean;
    /** an XML-Schema-style pattern: the whole value must match */
    pattern?: string;
    enum?: readonly string[];
    minimum?: number;
    maximum?: number;
    minLength?: number;
    maxLength?: number;
    unique?: boolean;
  };
}

export const SCDL_FIELDS = [
  { name: "COLL_NOM", type: "string", constraints: { required: true } },
  { name: "COLL_SIRET", type: "string", constraints: { required: true, pattern: "^\\d{14}$" } },
  { name: "DELIB_ID", type: "string", constraints: { required: true } },
  { name: "DELIB_DATE", type: "date", constraints: { required: true } },
  { name: "DELIB_MATIERE_CODE", type: "string", constraints: { required: true, pattern: "^\\d\\.\\d{1,2}$" } },
  { name: "DELIB_MATIERE_NOM", type: "string", constraints: { required: true } },
  { name: "DELIB_OBJET", type: "string", constraints: { required: true } },
  { name: "BUDGET_ANNEE", type: "string", constraints: { pattern: "^[0-9]{4}(\\/[0-9]{4})?$" } },
  { name: "BUDGET_NOM", type: "string", constraints: {} },
  { name: "PREF_ID", type: "string", constraints: {} },
  { name: "PREF_DATE", type: "date", constraints: {} },
  { name: "VOTE_EFFECTIF", type: "integer", constraints: {} },
  { name: "VOTE_REEL", type: "integer", constraints: {} },
  { name: "VOTE_POUR", type: "integer", constraints: {} },
  { name: "VOTE_CONTRE", type: "integer", constraints: {} },
  { name: "VOTE_ABSTENTION", type: "integer", constraints: {} },
  { name: "DELIB_URL", type: "string", format: "uri", constraints: {} },
] as const satisfies readonly ScdlFieldSpec[];

export type ScdlColumn = (typeof SCDL_FIELDS)[number]["name"];

/** Validata's custom checks the schema names under "custom_checks", with their parameters. */
export type ScdlCustomCheck =
  | { name: "french-siret-value"; params: { column: string } }
  | { name: "year-interval-value"; params: { column: string; "allow-year-only": "yes" | "no" } }
  | { name: "cohesive-columns-value"; params: { column: string; othercolumns: readonly string[] } }
  | { name: "compare-columns-value"; params: { column: string; op: ">=" | ">" | "<=" | "<" | "=="; column2: string } }
  | { name: "sum-columns-value"; params: { column: string; columns: readonly string[] } }
  | { name: "nomenclature-actes-value"; params: { column: string } };

export const SCDL_CUSTOM_CHECKS: readonly ScdlCustomCheck[] = [
  { name: "french-siret-value", params: { column: "COLL_SIRET" } },
  { name: "year-interval-value", params: { column: "BUDGET_ANNEE", "allow-year-only": "yes" } },
  { name: "cohesive-columns-value", params: { column: "BUDGET_ANNEE", othercolumns: ["BUDGET_NOM"] } },
  { name: "cohesive-columns-value", params: { column: "VOTE_EFFECTIF", othercolumns: ["VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION"] } },
  { name: "compare-columns-value", params: { column: "PREF_DATE", op: ">=", column2: "DELIB_DATE" } },
  { name: "compare-columns-value", params: { column: "VOTE_EFFECTIF", op: ">=", column2: "VOTE_REEL" } },
  { name: "compare-columns-value", params: { column: "VOTE_REEL", op: ">=", column2: "VOTE_POUR" } },
  { name: "compare-columns-value", params: { column: "VOTE_REEL", op: ">=", column2: "VOTE_CONTRE" } },
  { name: "compare-columns-value", params: { column: "VOTE_REEL", op: ">=", column2: "VOTE_ABSTENTION" } },
  { name: "sum-columns-value", params: { column: "VOTE_REEL", columns: ["VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION"] } },
  { name: "nomenclature-actes-value", params: { column: "DELIB_MATIERE_NOM" } },
];
