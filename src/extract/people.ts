// Persons as written in acts: "M. BACHER Bruno", "Bruno BACHER", "M.CHARRIER", "POLI X", "JT Albertini",
// "Jean-Pierre", "Docteur Xavier POLI, Maire", "Denis JUVIN - Maire".
import type { Person } from "../schema/record.js";
import { BODY_IN_BRACKETS_AT_END, CIVILITIES, CIVILITY_NAMES_RUN, CIVILITY_NAME_EACH, MEMBERS_AS_A_BODY, NAME_NOTE, ROLE_PHRASE, ROLE_WORDS, SURNAME_PARTICLE_AHEAD, SURNAME_PARTICLE_UPPER } from "../vocab/fr.js";
import { foldLetters, stripAccents } from "../vocab/fold.js";

/** what a name does not end with: a dash, punctuation, spaces */
const NAME_TRAIL = /[-–—:;,.\s]/;

/**
 * `text` without the characters at its end that `trail` accepts. A loop, not /[…]+$/: that regex tries every
 * position of a long run that is not at the end (a line of « - - - - » was quadratic).
 */
function trimEnd(text: string, trail: RegExp): string {
  let end = text.length;
  while (end > 0 && trail.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const UPPER_WORD = /^[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý'’-]*[A-ZÀ-ÖØ-Ý]$/u;
const INITIALS = /^(?:[A-ZÀ-Ý]\.?){1,3}$|^(?:[A-ZÀ-Ý]\.\s?)+$|^[A-ZÀ-Ý]\.-?[A-ZÀ-Ý]\.$/u;

/** Splits a name into civility, first and last name; null when the text is not a plausible name. */
export function parsePerson(raw: string): Person | null {
  let text = raw.replace(NAME_NOTE, " ").replace(BODY_IN_BRACKETS_AT_END, "").replace(/\s[|].*$/, "").replace(/[*\\]+/g, " ").replace(/\s+/g, " ").trim();
  text = trimEnd(text.replace(/^[-•+·–—:;,.\s]+/, ""), NAME_TRAIL);
  let civility: string | null = null;
  for (const [re, value] of CIVILITIES) {
    const m = re.exec(text);
    if (m && (m[0].length > 0)) {
      civility = value;
      text = text.slice(m[0].length).trim();
      break;
    }
  }
  let role: string | null = null;
  for (let guard = 0; guard < 3; guard++) {
    const m = ROLE_WORDS.exec(text);
    if (!m || m.index === 0) break;
    role = m[0].replace(/^[\s,()-]+|[\s,().]+$/g, "");
    text = text.slice(0, m.index).trim();
  }
  // a role's word in capitals after a first name alone is the surname: « Mme Lucie MAIRE », « M. Paul ADJOINT »
  if (role && /^\p{Lu}{2,}$/u.test(role) && text !== "" && !text.split(" ").some((t) => UPPER_WORD.test(t))) {
    text = `${text} ${role}`;
    role = null;
  }
  // (not a surname's particle: « LE BIHAN »)
  text = text.replace(/^(?:le|la|les)\s+(?!(?:LE|LA|LES)\s+\p{Lu}{2})/iu, (m) => (/^(?:LE|LA|LES)\s/.test(m) && /^\S+\s+\p{Lu}{2}/u.test(text) ? m : "")).replace(/[(),]+$/g, "").trim();
  if (!text || text.length < 2 || /\d/.test(text) || text.split(" ").length > 6) return null;
  if (!/^[\p{L}]/u.test(text)) return null;
  const tokens = text.split(" ");
  // (a particle in capitals before a surname in capitals is part of it: « Nolwenn LE GALL », « Vincent DA SILVA »)
  const particle = (k: number) => SURNAME_PARTICLE_UPPER.test(tokens[k]!) && k + 1 < tokens.length && UPPER_WORD.test(tokens[k + 1]!);
  const upper = tokens.filter((t, k) => particle(k) || (UPPER_WORD.test(t) && !INITIALS.test(t.replace(/\.$/, "") + (t.endsWith(".") ? "." : "")) && t.replace(/[^A-ZÀ-Ý]/gu, "").length >= 2));
  let firstName: string | null = null;
  let lastName: string | null = null;
  if (upper.length > 0 && upper.length < tokens.length) {
    lastName = tokens.filter((t) => upper.includes(t)).join(" ");
    firstName = tokens.filter((t) => !upper.includes(t)).join(" ") || null;
  } else if (upper.length === tokens.length) {
    lastName = tokens.length === 1 ? tokens[0]! : tokens.slice(0, -1).join(" ");
    firstName = tokens.length === 1 ? null : tokens[tokens.length - 1]!;
    if (tokens.length > 1 && firstName && !INITIALS.test(firstName)) {
      // "ORSATELLI JF" keeps JF as initials; "GRIMALDI-OSTIENSI A" likewise; two full upper words: last first
      lastName = tokens.join(" ");
      firstName = null;
    }
  } else if (tokens.length === 1) {
    firstName = tokens[0]!;
  } else {
    firstName = tokens.slice(0, -1).join(" ");
    lastName = tokens[tokens.length - 1]!;
  }
  return { name: text, civility, firstName, lastName, role };
}

/** "JF Orsatelli J. Orsatelli": two people run together, the second opened by initials (not a surname's particle) */
const TWO_PEOPLE_BY_INITIALS = new RegExp(`^(\\S+\\s+\\p{Lu}\\p{Ll}+)\\s+(${SURNAME_PARTICLE_AHEAD}(?:\\p{Lu}{1,3}\\.?|(?:\\p{Lu}\\.){1,3})\\s+\\p{Lu}\\S+)$`, "u");

/** Splits a list of names: commas, semicolons, " - ", " et ", "&", line joins. */
export function splitNames(text: string): string[] {
  return text
    .replace(NAME_NOTE, (m) => m) // keep notes with their name; parsePerson removes them
    // "E. BAGHIONI. MJ MALLERONI": a full stop after a whole name (not after an initial) also separates
    .split(/\s*(?:[,;]|\s[-–—]\s|\s&\s|\s&$|\bet\s+(?=(?:M\.|Mme|MM|Madame|Monsieur|[A-ZÀ-Ý]))|(?<!\b(?:MM|Mme|Mmes|Mlle|Dr|Me|Mr|St|Ste))(?<=\p{L}{2})\.\s+(?=\p{Lu}))\s*/u)
    .map((s) => s.trim())
    .filter((s) => s && !/^[-–—.]+$/.test(s))
    // "JF Orsatelli J. Orsatelli": two people run together, the second opened by initials
    .flatMap((s) => {
      const m = TWO_PEOPLE_BY_INITIALS.exec(s);
      return m ? [m[1]!, m[2]!] : [s];
    });
}

/** "Maire", "Adjointe", "(1er adjoint)", « maire délégué de Seynod »: a list item that is only the role of the name before it */
export function roleOnly(part: string): string | null {
  const t = part.trim();
  const m = ROLE_WORDS.exec(` ${t}`);
  if (m && m.index === 0 && m[0].trim().length === t.length) return t.replace(/^[\s,()-]+|[\s,().]+$/g, "");
  // (an office with its place or remit, in small letters: « maire délégué de Seynod », « adjointe chargée des finances »)
  return /^\p{Ll}/u.test(t) && ROLE_PHRASE.test(t) ? t.replace(/[\s.]+$/, "") : null;
}

/**
 * "Paul ROCCA Lise HUET Marc TORRE": names run together without separators, each a first name then a surname in
 * capitals, are cut before each first name; any other shape is left whole.
 */
export function splitRunTogether(part: string): string[] {
  // « M. Julien ARNAUD Mme Claire MOURGUES »: each name opened by its civility
  if (CIVILITY_NAMES_RUN.test(part.trim())) return [...part.trim().matchAll(CIVILITY_NAME_EACH)].map((m) => m[0]);
  const one = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*\\s+\\p{Lu}{2}[\\p{Lu}'’-]*(?:\\s+\\p{Lu}{2}[\\p{Lu}'’-]*)*";
  if (!new RegExp(`^(?:${one}\\s*){2,}$`, "u").test(part.trim())) return [part];
  return [...part.trim().matchAll(new RegExp(one, "gu"))].map((m) => m[0]);
}

export function parsePeople(text: string): Person[] {
  const out: Person[] = [];
  for (const part of splitNames(text).flatMap(splitRunTogether)) {
    if (MEMBERS_AS_A_BODY.test(part)) continue;
    const role = roleOnly(part);
    const previous = out[out.length - 1];
    if (role && previous) {
      previous.role ??= role;
      continue;
    }
    const p = parsePerson(part);
    if (p) out.push(p);
  }
  return out;
}

/** Comparison key: letters only, no accents, lower case, sorted tokens (civility and roles removed). */
export function personKey(p: Person | string): string {
  const person = typeof p === "string" ? parsePerson(p) : p;
  if (!person) return "";
  const text = [person.lastName, person.firstName].filter(Boolean).join(" ") || person.name;
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim()
    .split(" ")
    .sort()
    .join(" ");
}

/** Same person, leniently: accents, case, order, an initial for a first name ("POLI X" = "Xavier POLI"). */
export function samePerson(a: Person | string, b: Person | string): boolean {
  const ka = personKey(a).split(" ");
  const kb = personKey(b).split(" ");
  if (ka.join(" ") === kb.join(" ")) return ka.join("") !== "";
  const pa = typeof a === "string" ? parsePerson(a) : a;
  const pb = typeof b === "string" ? parsePerson(b) : b;
  if (!pa || !pb) return false;
  const fold = (s: string | null) => foldLetters(s ?? "");
  // a surname's particle may be read with the first name on one side (« S. El Atmani », « Sarah EL ATMANI »)
  const bare = (s: string) => fold(s.split(/\s+/).filter((w) => !SURNAME_PARTICLE_UPPER.test(w.toUpperCase())).join(" "));
  if (pa.lastName && pb.lastName && (fold(pa.lastName) === fold(pb.lastName) || (bare(pa.lastName) !== "" && bare(pa.lastName) === bare(pb.lastName)))) {
    const fa = fold(pa.firstName);
    const fb = fold(pb.firstName);
    if (!fa || !fb) return true;
    return fa[0] === fb[0];
  }
  // a member named by the first part of a double surname, without a first name: « Madame DASYLVA » is « Titina
  // DASYLVA-PEYRIN »
  if (pa.lastName && pb.lastName && (!pa.firstName || !pb.firstName)) {
    const first = (s: string) => fold(s.split(/-/)[0]!);
    return (pa.lastName.includes("-") || pb.lastName.includes("-")) && first(pa.lastName) === first(pb.lastName) && first(pa.lastName) !== "";
  }
  return false;
}
