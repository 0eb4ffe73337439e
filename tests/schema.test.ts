// schemas/ctg.schema.json is generated from the zod schemas: this fails when the committed file is stale.
// Fix: npx tsc -p . && node scripts/write-schema.mjs
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ctgJsonSchema } from "../src/write/schema.js";
import { toJson } from "../src/write/json.js";
import { ctg } from "./cli/run.js";

const committed = readFileSync(new URL("../schemas/ctg.schema.json", import.meta.url), "utf8");

describe("schemas/ctg.schema.json", () => {
  it("is what the zod schemas generate now (run scripts/write-schema.mjs if not)", () => {
    expect(committed).toBe(toJson(ctgJsonSchema()));
  });

  it("describes the record: draft 2020-12, closed objects, the fields of an act", () => {
    const schema = JSON.parse(committed) as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: { acts: { items: { required: string[] } }; schemaVersion: { const: string } };
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["schemaVersion", "source", "acts"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.schemaVersion.const).toBe("1.0.0");
    expect(schema.properties.acts.items.required).toContain("vote");
  });

  it("ctg schema prints it", async () => {
    const run = await ctg(["schema"]);
    expect(run).toEqual({ code: 0, stdout: committed, stderr: "" });
  });
});
