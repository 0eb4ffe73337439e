// The reference validator for the tests: Frictionless's JS Table Schema library (`tableschema`, a
// devDependency), reading rows against ../shared's official SCDL 2.1.5 schema. Its errors are reduced to
// (row, column, kind) so that they compare with src/scdl/check.ts' problems.
import { createRequire } from "node:module";

interface CastError {
  rowNumber: number;
  columnNumber: number;
  message: string;
}
interface TableLike {
  iter(options: { extended: boolean; forceCast: boolean }): Promise<AsyncIterable<unknown>>;
}
const { Table } = createRequire(import.meta.url)("tableschema") as {
  Table: { load(source: string[][], options: { schema: object }): Promise<TableLike> };
};

export interface Found {
  row: number;
  column: string;
  kind: string;
}

/** Every error tableschema finds in `rows` (header first), as (row, column, required | pattern | type | format). */
export async function tableschemaErrors(schema: object, rows: string[][]): Promise<Found[]> {
  const table = await Table.load(rows, { schema });
  const found: Found[] = [];
  for await (const r of await table.iter({ extended: true, forceCast: true })) {
    if (!(r instanceof Error)) continue;
    const errors = (r as Error & { errors?: CastError[] }).errors ?? [];
    for (const e of errors) {
      const constraint = /does not conform to the "(\w+)" constraint for column "(\w+)"/.exec(e.message);
      const cast = /in column "(\w+)" is not type "\w+" and format "(\w+)"/.exec(e.message);
      if (constraint) found.push({ row: e.rowNumber, column: constraint[2]!, kind: constraint[1]! });
      else if (cast) found.push({ row: e.rowNumber, column: cast[1]!, kind: cast[2] === "default" ? "type" : "format" });
      else found.push({ row: e.rowNumber, column: "?", kind: e.message });
    }
  }
  return found.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
}
