// Messages for the CLI and input errors, French by default.
import { en } from "./en.js";
import { fr } from "./fr.js";
import type { Lang, Messages } from "./types.js";

export { LANGS, isLang, type Lang, type Messages } from "./types.js";

const catalogs: Record<Lang, Messages> = { fr, en };

export function messages(lang: Lang = "fr"): Messages {
  return catalogs[lang];
}
