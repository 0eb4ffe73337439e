// Whole documents of different shapes from the shared corpus (../shared/corpus, read in place, never copied),
// compared with their hand-checked truth (NAME.json `truth`) field by field. Fields the extractor misses today
// are listed in GAPS and show as todo; remove a line from GAPS once the field is right.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseBytes, parseText } from "../../src/parse.js";
import type { Act } from "../../src/schema/record.js";
import { truthTests, type Truth } from "./truth.js";

const CORPUS = resolve("../shared/corpus");
const present = existsSync(CORPUS);
if (!present) console.warn(`golden corpus tests skipped: ${CORPUS} is absent`);

/** name, file, shape */
const DOCS: Array<[string, string, string]> = [
  ["dev-015", "dev-015.txt", "single deliberation"],
  ["dev-004", "dev-004.txt", "minutes with numbered items, giver-only proxies"],
  ["dev-022", "dev-022.txt", "minutes with numbered items, members not voting"],
  ["dev-013", "dev-013.txt", "informal compte rendu with first names"],
  ["dev-pdf-031", "dev-pdf-031.pdf", "PDF compte rendu, items 1/ ... 8/"],
];

/** "doc field" or "doc#n field" (n: 1-based deliberation of the truth) -> what is wrong today. */
const GAPS: Record<string, string> = {
  "dev-015 proxies": "OCR split 'DEMU YNCK' kept as two tokens",
};

describe.skipIf(!present)("golden corpus documents", () => {
  describe.each(DOCS)("%s (%s: %s)", (name, file, _shape) => {
    const truth = present ? (JSON.parse(readFileSync(resolve(CORPUS, `${name}.json`), "utf8")) as { truth: Truth }).truth : {};
    let acts: Act[] = [];
    beforeAll(async () => {
      const path = resolve(CORPUS, file);
      const doc = file.endsWith(".pdf") ? await parseBytes(new Uint8Array(readFileSync(path)), path) : parseText(readFileSync(path, "utf8"), path);
      acts = doc.acts;
    });
    truthTests(name, truth, () => acts, GAPS);
  });
});
