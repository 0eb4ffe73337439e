// ctg schema: the JSON Schema of the record, as committed in schemas/ctg.schema.json.
import { toJson } from "../../write/json.js";
import { ctgJsonSchema } from "../../write/schema.js";
import { EXIT, type Context, type ExitCode } from "../context.js";

export function runSchema(ctx: Context): ExitCode {
  ctx.out(toJson(ctgJsonSchema()));
  return EXIT.ok;
}
