// Writes dist/reference/authorities.tsv, the index of communes and EPCI that src/reference/cog.ts reads, from the
// data of @etalab/decoupage-administratif, folded by the same code (dist/reference/cog.js): one « folded name TAB
// name|kind|department|siren » line per entry. Run by `npm run build` (and `prepare`) after tsc.
import { writeFileSync, renameSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cog = await import(new URL("../dist/reference/cog.js", import.meta.url).href);
const target = fileURLToPath(cog.PREBUILT_INDEX);
const temporary = `${target}.${process.pid}.tmp`;
const entries = cog.referenceEntries();
writeFileSync(temporary, cog.formatIndex(entries));
renameSync(temporary, target);
process.stderr.write(`build-reference: ${entries.length} entries -> ${target}\n`);
