// The documents the HTML tests render: the bundled seed act, and the same act made inconsistent and hostile
// (16 present for 15 in office; a title that is markup, with quotes and a script).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SEED_TXT = join(fileURLToPath(new URL("../../../fixtures", import.meta.url)), "savas-mepin-2022-29.txt");
export const SEED = readFileSync(SEED_TXT, "utf8");

export const HOSTILE_TITLE = `Convention </mark><script>document.title="pwned"</script> & "l'école" <img src=x onerror=alert(1)>`;

/** The seed act with 16 present (PRESENT_EXCEEDS_IN_OFFICE, PRESENT_NAMES_COUNT) and the hostile title. */
export function hostileSeed(): string {
  const text = SEED.replace("Présents : 14\n", "Présents : 16\n").replace("CONVENTION TERRITORIALE GLOBALE (CTG)\n", `Objet : ${HOSTILE_TITLE}\n`);
  if (text === SEED || !text.includes("Présents : 16") || !text.includes(HOSTILE_TITLE)) throw new Error("the seed act changed: update hostileSeed()");
  return text;
}

/** The text of an HTML fragment: tags dropped, the entities the serialiser writes decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
