// The JSON Schema of the record, generated from the zod schemas (src/schema/record.ts), the single source
// of truth. schemas/ctg.schema.json is this, written by scripts/write-schema.mjs.
import { z } from "zod";
import { CtgDocument } from "../schema/record.js";

export function ctgJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CtgDocument, {
    target: "draft-2020-12",
    // what `ctg parse` writes (after validation), not what it would accept
    io: "output",
    // a zod type with no JSON Schema equivalent is a bug in the schema, not something to paper over with {}
    unrepresentable: "throw",
    cycles: "throw",
    reused: "inline",
  }) as Record<string, unknown>;
}
