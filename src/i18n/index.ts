// Messages for the CLI and input errors, French by default.
import { en } from "./en.js";
import { fr } from "./fr.js";
import type { Lang, Messages } from "./types.js";

export { LANGS, isLang, type Lang, type Messages } from "./types.js";

const catalogs: Record<Lang, Messages> = { fr, en };

export function messages(lang: Lang = "fr"): Messages {
  return catalogs[lang];
}

/**
 * A file name as one printable line: control characters (a newline in a name would split the one line an error
 * is, or fake a second one) are written as escapes, \n, \r, \t, \x1b; quotes and emoji stay as they are.
 */
export function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    const code = c.charCodeAt(0);
    return named[c] ?? (code > 0xff ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`);
  });
}
