// src/scdl: the constant derived from the official 2.1.5 schema, the checker against Frictionless's tableschema
// on deliberately broken rows, Validata's custom checks, and the CSV reader of `ctg scdl-check`.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkScdlTable, isUri, type ScdlProblem } from "../../src/scdl/check.js";
import { readCsv } from "../../src/scdl/csv.js";
import { describeProblem } from "../../src/scdl/messages.js";
import { SCDL_CUSTOM_CHECKS, SCDL_FIELDS, SCDL_SCHEMA_VERSION } from "../../src/scdl/schema.js";
import { SCDL_COLUMNS } from "../../src/write/scdl.js";
import { tableschemaErrors } from "./tableschema.js";

const OFFICIAL = resolve("../shared/reference/scdl/deliberations-2.1.5.schema.json");
const present = existsSync(OFFICIAL);
if (!present) console.warn(`SCDL schema comparison and tableschema agreement skipped: ${OFFICIAL} is absent`);

interface OfficialField {
  name: string;
  type: string;
  format?: string;
  constraints?: Record<string, unknown>;
}

const H = [...SCDL_COLUMNS];
const GOOD: Record<string, string> = {
  COLL_NOM: "Commune de Savas-Mépin",
  COLL_SIRET: "21380476800017",
  DELIB_ID: "2022-29",
  DELIB_DATE: "2022-10-11",
  DELIB_MATIERE_CODE: "8.2",
  DELIB_MATIERE_NOM: "domaines de compétences par thèmes/aide sociale",
  DELIB_OBJET: "CONVENTION TERRITORIALE GLOBALE (CTG)",
  BUDGET_ANNEE: "",
  BUDGET_NOM: "",
  PREF_ID: "PREF038",
  PREF_DATE: "2022-10-14",
  VOTE_EFFECTIF: "15",
  VOTE_REEL: "14",
  VOTE_POUR: "14",
  VOTE_CONTRE: "0",
  VOTE_ABSTENTION: "0",
  DELIB_URL: "https://www.example.fr/deliberations/savas-mepin-2022-29.txt",
};
const row = (changes: Record<string, string> = {}): string[] => H.map((c) => changes[c] ?? GOOD[c]!);

/** Rows broken on purpose, each in one field constraint the schema declares (id for the row, the changes). */
const BROKEN: Array<Record<string, string>> = [
  {},
  { COLL_NOM: "", DELIB_ID: "", DELIB_OBJET: "" },
  { COLL_SIRET: "2138047680001", DELIB_MATIERE_CODE: "10" },
  { DELIB_DATE: "2022-02-30", PREF_DATE: "14/10/2022" },
  { DELIB_DATE: "", DELIB_MATIERE_NOM: "" },
  { VOTE_EFFECTIF: "1.0", VOTE_REEL: "+3", VOTE_POUR: "quinze", VOTE_CONTRE: "01", VOTE_ABSTENTION: "-0" },
  { BUDGET_ANNEE: "23", BUDGET_NOM: "Budget annexe" },
  { BUDGET_ANNEE: "2023/24" },
  { DELIB_URL: "www.example.fr/a.pdf" },
  { DELIB_URL: "https://example.fr/a b.pdf" },
  { DELIB_URL: "https://localhost/a.pdf" },
  { DELIB_URL: "ftp://files.example.fr/a.pdf", BUDGET_ANNEE: "2023", BUDGET_NOM: "Budget principal" },
  { DELIB_MATIERE_CODE: "7.10", COLL_SIRET: "21380476800013" },
];

const schemaOnly = (ps: ScdlProblem[]) =>
  ps.filter((p) => p.source === "schema").map((p) => ({ row: p.row, column: p.column!, kind: p.code })).sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

describe("the SCDL 2.1.5 schema in src", () => {
  it.skipIf(!present)("is the official schema's fields, constraints and custom checks", () => {
    const official = JSON.parse(readFileSync(OFFICIAL, "utf8")) as { version: string; fields: OfficialField[]; custom_checks: unknown[] };
    expect(SCDL_SCHEMA_VERSION).toBe(official.version);
    expect(SCDL_FIELDS.map((f) => ({ name: f.name, type: f.type, format: "format" in f ? f.format : undefined, constraints: f.constraints }))).toEqual(
      official.fields.map((f) => ({ name: f.name, type: f.type, format: f.format, constraints: f.constraints ?? {} })),
    );
    expect(SCDL_CUSTOM_CHECKS).toEqual(official.custom_checks);
  });
});

describe("the SCDL checker", () => {
  it.skipIf(!present)("finds what tableschema finds in rows broken on purpose, no more, no less", async () => {
    const schema = JSON.parse(readFileSync(OFFICIAL, "utf8")) as object;
    const rows = BROKEN.map((changes) => row(changes));
    const ours = schemaOnly(checkScdlTable(H, rows));
    const theirs = await tableschemaErrors(schema, [H, ...rows]);
    expect(ours).toEqual(theirs);
    // and the breakage is real: every broken row but the first gives something
    expect(new Set(ours.map((p) => p.row)).size).toBe(10);
  });

  it("runs Validata's custom checks", () => {
    const cases: Array<[Record<string, string>, string[]]> = [
      [{}, []],
      [{ COLL_SIRET: "21380476800013" }, ["french-siret-value COLL_SIRET"]],
      [{ COLL_SIRET: "35600000000048" }, []], // La Poste's head office: valid by the sum of its digits rule's exception
      [{ VOTE_EFFECTIF: "" }, ["cohesive-columns-value VOTE_EFFECTIF"]],
      [{ VOTE_EFFECTIF: "", VOTE_REEL: "", VOTE_POUR: "", VOTE_CONTRE: "", VOTE_ABSTENTION: "" }, []],
      [{ VOTE_POUR: "13" }, ["sum-columns-value VOTE_REEL"]],
      [{ VOTE_EFFECTIF: "13" }, ["compare-columns-value VOTE_EFFECTIF"]],
      [{ VOTE_REEL: "13", VOTE_POUR: "14", VOTE_CONTRE: "1" }, ["compare-columns-value VOTE_REEL", "sum-columns-value VOTE_REEL"]],
      [{ PREF_DATE: "2022-10-10" }, ["compare-columns-value PREF_DATE"]],
      [{ PREF_DATE: "" }, []],
      [{ BUDGET_ANNEE: "2023" }, ["cohesive-columns-value BUDGET_ANNEE"]],
      [{ BUDGET_ANNEE: "2024/2023", BUDGET_NOM: "Budget principal" }, ["year-interval-value BUDGET_ANNEE"]],
      [{ BUDGET_ANNEE: "2023/2024", BUDGET_NOM: "Budget principal" }, []],
      [{ DELIB_MATIERE_NOM: "URBANISME" }, ["nomenclature-actes-value DELIB_MATIERE_NOM"]],
      [{ DELIB_MATIERE_NOM: "Urbanisme/documents d'urbanisme" }, []],
    ];
    for (const [changes, expected] of cases) {
      const found = checkScdlTable(H, [row(changes)]).filter((p) => p.source === "custom");
      expect([changes, found.map((p) => `${p.code} ${p.column}`)]).toEqual([changes, expected]);
    }
  });

  it("says each problem in one line with row, column and cause, in French or English", () => {
    const [a, b] = checkScdlTable(H, [row({ DELIB_ID: "" }), row({ VOTE_POUR: "13" })]);
    expect(describeProblem(a!)).toBe("ligne 2, DELIB_ID : valeur obligatoire manquante");
    expect(describeProblem(b!)).toBe("ligne 3, VOTE_REEL : VOTE_REEL « 14 » n'est pas la somme de VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION (13)");
    expect(describeProblem(b!, "en")).toBe('row 3, VOTE_REEL: VOTE_REEL "14" is not the sum of VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION (13)');
  });

  it("checks the header and a DELIB_ID repeated by one authority (ctg's rule)", () => {
    const swapped = [H[1]!, H[0]!, ...H.slice(2)];
    expect(checkScdlTable(swapped, []).map((p) => `${p.code} ${p.column}`)).toEqual(["header-order COLL_SIRET", "header-order COLL_NOM"]);
    expect(checkScdlTable([...H.slice(0, 16), "URL"], []).map((p) => `${p.code} ${p.column}`)).toEqual(["header-missing DELIB_URL", "header-unknown URL"]);
    const dup = checkScdlTable(H, [row(), row(), row({ COLL_SIRET: "21200096200010" })]);
    expect(dup.map((p) => [p.row, p.code, p.source, p.expected])).toEqual([[3, "duplicate-id", "ctg", "2"]]);
    expect(checkScdlTable(H, [row().slice(0, 16)]).map((p) => p.code)).toEqual(["row-length"]);
  });

  it("reads URLs as the uri format does", () => {
    expect(["https://www.example.fr/a.pdf", "http://x.example.fr:8080/a?b=1#c", "ftp://files.example.fr/a"].map(isUri)).toEqual([true, true, true]);
    expect(["www.example.fr", "https://localhost/a", "https://ex ample.fr", "mailto:a@b.fr", "https://", "https://a."].map(isUri)).toEqual([false, false, false, false, false, false]);
  });
});

describe("the CSV reader of ctg scdl-check", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, a BOM", () => {
    const r = readCsv('\ufeffa,b\r\n"x, y","say ""hi""\nthere"\n1,\r\n\r\n');
    expect(r).toEqual({
      ok: true,
      records: [
        { cells: ["a", "b"], line: 1 },
        { cells: ["x, y", 'say "hi"\nthere'], line: 2 },
        { cells: ["1", ""], line: 4 },
      ],
    });
  });

  it("refuses an unterminated quote and a quote inside a bare field, naming the line", () => {
    expect(readCsv('a,b\n"x,y\n')).toEqual({ ok: false, problem: "unterminated-quote", line: 2 });
    expect(readCsv('a,b\nx"y,z\n')).toEqual({ ok: false, problem: "stray-quote", line: 2 });
  });
});
