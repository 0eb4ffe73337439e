// What a session header says: authority, body, dates, place, president, secretary.
import type { Authority, Person } from "../schema/record.js";
import type { Evidence, Line } from "../core/types.js";
import {
  AUTHORITY_KIND_ONLY, AUTHORITY_KIND_AND_NAME, NAME_IN_CAPITALS_LINE, FORM_HEADINGS, AUTHORITY_NAME_AT_LINE_END, AUTHORITY_NAME_CARRIED_ON, AUTHORITY_NAMES, AUTHORITY_NAME_AFTER, CONTRACTED_ARTICLE, DEPARTMENT_COUNCIL_HEADING, BEFORE_CIVILITY, BODIES, COMMUNE_IN_SENTENCE, CONVOCATION, DEPARTMENT_HEADING, FAIT_A, OTHER_DATE_LABELS, PLACE, PRESIDENT,
  OBJET_LABEL, SECRETARY, SESSION_DATE_LABELS, SIGNATURE, SIGNATURE_COLUMNS, SIGNATURE_LABELS,
  AUTHORITY_WORD_ONLY, DEPARTMENT_AUTHORITY, DEPARTMENT_COUNCIL_IN_TEXT, REGION_COUNCIL_HEADING, DEPARTMENT_BODY, DEPARTMENT_WORD_BEFORE_NAME, PERMANENT_COMMISSION_HEADING, NOT_A_COMMUNE_NAME, NOT_A_PERSON, NOT_THE_SESSION_DATE, PLACE_NAME_PARTICLE, PRESIDENCY_AFTER_PLACE,
  PRESIDENT_ROLE_AFTER_NAME, SECRETARY_AFTER_NAME, SECRETARY_BEFORE_NAME, SECRETARY_LEADING_WORDS, SECRETARY_NOT_A_PERSON,
  POST_AFTER_NAME, SECRETARY_ROLE_AFTER_NAME, CHAIR_ROLE_AFTER_NAME, SECRETARY_SIGNS, SECRETARY_WORD, SIGNATORIES_BEFORE_CHAIR, SIGNATORY_NAME, SIGNATORY_NAMES, SIGNATURE_COLUMN_BREAK, YEAR_OF_L_AN, CONVOCATION_BEFORE_DATE, LEADING_NAME, PLACES_LISTED_AFTER_NAME,
} from "../vocab/fr.js";
import { findDates, type FoundDate } from "../vocab/dates.js";
import { departmentCode, regionName, singleAuthority } from "../vocab/departments.js";
import { parsePerson } from "./people.js";

export interface SessionInfo {
  authority: Authority;
  body: string | null;
  sessionDate: string | null;
  convocationDate: string | null;
  place: string | null;
  president: Person | null;
  secretary: Person | null;
}

function tidyName(name: string): string {
  return name.replace(/\s+/g, " ").replace(/[\s,.;:-]+$/, "").trim();
}

export function extractAuthority(lines: Line[], all: Line[], ev: Evidence): Authority {
  const a: Authority = { name: null, kind: null, department: null, siren: null, basis: {} };
  for (const l of lines.slice(0, 80)) {
    // (the act's object names its matter, not its authority: « OBJET : … CONVENTION … AVEC LE SYNDICAT LES EAUX DE MAYOTTE »)
    if (OBJET_LABEL.test(l.text)) continue;
    for (const [re, kind, need] of AUTHORITY_NAMES) {
      if (need && !need.test(l.text)) continue;
      const m = re.exec(l.text);
      // a heading names the authority; a sentence may name another one ("… retrait de la commune de Castillon du
      // Gard de la Communauté de Communes du Pont du Gard …")
      if (m && !a.name && !namesItsAuthority(l.text.slice(0, m.index))) continue;
      if (m && !a.name) {
        let name = tidyName(m[1]!);
        // "COMMUNE DE CORTE Code INSEE ...": a name in capitals stops at the first word that is not
        if (/^[A-ZÀ-Ý' -]+\b/.test(name) && name !== name.toUpperCase()) name = /^[A-ZÀ-Ý'-]+(?: [A-ZÀ-Ý'-]+)*(?=\s|$)/.exec(name)?.[0]?.replace(/\s+\S$/, "") ?? name;
        if (AUTHORITY_WORD_ONLY.test(name)) continue;
        // the kind on one line, the name on the next: « COMMUNAUTÉ URBAINE » / « DE DUNKERQUE »
        if (AUTHORITY_KIND_ONLY.test(name)) {
          const next = lines[lines.indexOf(l) + 1]?.text ?? "";
          const carried = AUTHORITY_NAME_CARRIED_ON.exec(next) ?? AUTHORITY_NAME_AT_LINE_END.exec(l.text.slice(l.text.indexOf(name) + name.length));
          if (carried) name = `${name} ${carried[1]!.trim()}`;
          // … or its name in capitals on the lines under it, without a particle: « Communauté de communes » / « HAUT-JURA » /
          // « SAINT-CLAUDE »
          else if (NAME_IN_CAPITALS_LINE.test(next) && !FORM_HEADINGS.test(next.trim())) {
            const at = lines.indexOf(l);
            const under = lines.slice(at + 1, at + 3).map((x) => x.text.trim());
            const taken = under[1] !== undefined && NAME_IN_CAPITALS_LINE.test(under[1]) && !FORM_HEADINGS.test(under[1]) ? under : under.slice(0, 1);
            name = name === name.toUpperCase() ? titleCase(`${name} ${taken.join(" ")}`) : `${name} ${titleCase(taken.join(" "))}`;
          }
          // … or the opening sentence names it whole: « le Comité syndical du Syndicat mixte du Parc naturel régional du Vercors, »
          else {
            const kind = name.toLowerCase();
            const whole = lines.slice(0, 80).map((x) => AUTHORITY_KIND_AND_NAME.exec(x.text)).find((w) => w && w[1]!.replace(/\s+/g, " ").toLowerCase() === kind);
            if (whole) name = `${name} ${whole[2]!.replace(/\s+/g, " ").trim()}`;
          }
        }
        // a name in capitals that lists places: « COMMUNAUTÉ DE COMMUNES AUBRAC, CARLADEZ ET VIADÈNE »
        const listed = name === name.toUpperCase() ? PLACES_LISTED_AFTER_NAME.exec(l.text.slice(l.text.indexOf(name) + name.length)) : null;
        if (listed && l.text.includes(name)) name += listed[1]!;
        a.name = kind === "commune" && name === name.toUpperCase() ? titleCase(name) : kind === "other" ? (singleAuthority(name)?.name ?? name) : name;
        // the article « du » and « des » hold: « VILLE DU HAVRE » is Le Havre
        if (kind === "commune") {
          const before = l.text.slice(0, m.index + m[0].indexOf(m[1]!));
          const article = CONTRACTED_ARTICLE.find(([re]) => re.test(before));
          if (article) a.name = article[1] + a.name;
        }
        a.kind = kind;
        a.basis.name = "stated";
        ev.add("/authority/name", l);
      }
    }
    if (a.name) break;
  }
  if (!a.name) {
    for (const l of lines.slice(0, 80)) {
      const m = COMMUNE_IN_SENTENCE.exec(l.text);
      if (m && !NOT_A_COMMUNE_NAME.test(m[1]!)) {
        const name = tidyName(m[1]!);
        a.name = name === name.toUpperCase() ? titleCase(name) : name;
        a.kind = "commune";
        a.basis.name = "stated";
        ev.add("/authority/name", l);
        break;
      }
    }
  }
  // a département's or a region's act: its own heading names it, when the body is its council or its commission
  const body = a.name ? null : bodyOf(lines);
  if (!a.name && body && DEPARTMENT_BODY.test(body)) {
    for (const l of lines.slice(0, 40)) {
      const m = DEPARTMENT_AUTHORITY.exec(l.text);
      // (a département's heading names a département: « DÉPARTEMENT COMMISSION PERMANENTE DU GERS », two columns
      // interleaved, does not)
      if (m && /^d/i.test(m[1]!) && !departmentCode(m[1]!.replace(DEPARTMENT_WORD_BEFORE_NAME, "").trim())) continue;
      if (m) {
        a.name = tidyName(m[1]!);
        a.kind = /^d/i.test(m[1]!) ? "departement" : "region";
        a.basis.name = "stated";
        ev.add("/authority/name", l);
        break;
      }
    }
  }
  // … or its council: « CONSEIL DÉPARTEMENTAL DU FINISTÈRE » is the Département du Finistère
  if (!a.name && body && DEPARTMENT_BODY.test(body)) {
    for (const l of lines.slice(0, 40)) {
      // (its heading, or its council named in the opening sentence: « La Commission permanente du Conseil
      // départemental du Gers s'est réunie … », the name a département's)
      const heading = DEPARTMENT_COUNCIL_HEADING.exec(l.text);
      const inText = heading ? null : DEPARTMENT_COUNCIL_IN_TEXT.exec(l.text);
      const m = heading ?? (inText && departmentCode(inText[2]!) ? inText : null);
      if (m) {
        const name = m[2]!.trim();
        a.name = `Département ${m[1]!.toLowerCase().replace(/\s+/g, " ").replace(/['’] $/, "'")}${name === name.toUpperCase() ? titleCase(name) : name}`;
        a.kind = "departement";
        a.basis.name = "stated";
        ev.add("/authority/name", l);
        break;
      }
    }
  }
  // … and a region by its council: « CONSEIL RÉGIONAL DE BRETAGNE » is the Région Bretagne
  if (!a.name && body && DEPARTMENT_BODY.test(body)) {
    for (const l of lines.slice(0, 40)) {
      const m = REGION_COUNCIL_HEADING.exec(l.text);
      const region = m ? regionName(m[1]!.trim()) : undefined;
      if (region) {
        a.name = `Région ${region}`;
        a.kind = "region";
        a.basis.name = "stated";
        ev.add("/authority/name", l);
        break;
      }
    }
  }
  if (!a.name) {
    for (const l of all) {
      const m = FAIT_A.exec(l.text);
      if (m) {
        a.name = tidyName(m[1]!);
        a.kind = "commune";
        a.basis.name = "stated";
        ev.add("/authority/name", l);
        break;
      }
    }
  }
  for (const l of lines.slice(0, 60)) {
    const m = DEPARTMENT_HEADING.exec(l.text);
    const code = m ? departmentCode(m[1]!.trim()) : undefined;
    if (code) {
      a.department = code;
      a.basis.department = "stated";
      ev.add("/authority/department", l);
      break;
    }
  }
  // a département's own name gives its code: « CONSEIL DÉPARTEMENTAL DE LA HAUTE-GARONNE » is the Haute-Garonne's (31);
  // so does a single territorial authority's: « Collectivité territoriale de Martinique » is 972
  const code = a.department || !a.name ? undefined
    : a.kind === "departement" ? departmentCode(a.name.replace(DEPARTMENT_WORD_BEFORE_NAME, "").trim())
    : a.kind === "other" ? singleAuthority(a.name)?.department ?? undefined : undefined;
  if (code) {
    a.department = code;
    a.basis.department = "stated";
    ev.add("/authority/department", ev.items["/authority/name"]);
  }
  return a;
}

/** what may stand before the authority's name in the unit that names it: nothing, a heading in capitals, a council */
function namesItsAuthority(before: string): boolean {
  return !/\p{Ll}/u.test(before) || AUTHORITY_NAME_AFTER.test(before);
}

/** "MONTCLAR-SUR-GERVANNE" -> "Montclar-sur-Gervanne": particles stay in lower case inside a name. */
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L}+)/gu, (_m, sep: string, word: string) =>
      sep !== "" && PLACE_NAME_PARTICLE.test(word) ? sep + word : sep + word[0]!.toUpperCase() + word.slice(1),
    );
}

function bodyLine(lines: Line[]): { body: string; at: Line } | null {
  const head = lines.slice(0, 60);
  for (const l of head) {
    for (const [re, body] of BODIES) {
      if (!re.test(l.text)) continue;
      // a département's or a région's council heads the page, its commission permanente deliberates: « CONSEIL
      // DÉPARTEMENTAL DE LA HAUTE-GARONNE » / « COMMISSION PERMANENTE »
      const permanent = DEPARTMENT_BODY.test(body) && body !== "commission permanente" ? head.find((x) => PERMANENT_COMMISSION_HEADING.test(x.text)) : undefined;
      return permanent ? { body: "commission permanente", at: permanent } : { body, at: l };
    }
  }
  return null;
}

function bodyOf(lines: Line[]): string | null {
  return bodyLine(lines)?.body ?? null;
}

export function extractBody(lines: Line[], ev: Evidence): string | null {
  const found = bodyLine(lines);
  if (found) ev.add("/body", found.at);
  return found?.body ?? null;
}

/** The session date: a labelled date first ("Séance du", "L'an ... le ..."), then the first date of the header. */
export function extractSessionDate(lines: Line[], ev: Evidence): string | null {
  const head = lines.slice(0, 60);
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!;
    if (NOT_THE_SESSION_DATE.test(l.text)) continue;
    if (!SESSION_DATE_LABELS.test(l.text)) continue;
    // the date may follow on the next line ("Compte rendu / conseil municipal du / 17 novembre 2023")
    const joined = `${l.text} ${head[i + 1]?.text ?? ""}`;
    const labelAt = joined.search(SESSION_DATE_LABELS);
    // not the convocation's date in the same sentence: "…, régulièrement convoqué le 26 septembre, s'est réuni"
    const session = (x: FoundDate) => x.index >= labelAt && !CONVOCATION_BEFORE_DATE.test(joined.slice(Math.max(0, x.index - 40), x.index));
    const dates = findDates(joined).filter(session);
    const year = YEAR_OF_L_AN.exec(joined)?.[1];
    const d = dates[0] ?? findDates(joined, year ? Number(year) : undefined).find(session);
    // a date on the next line that has a label of its own ("Date de convocation : 5 mars 2024") is that label's
    if (d && d.index >= l.text.length && OTHER_DATE_LABELS.test(head[i + 1]?.text ?? "")) continue;
    if (d) {
      ev.add("/sessionDate", d.index < l.text.length ? l : head[i + 1]);
      return d.iso;
    }
  }
  return null;
}

export function extractConvocationDate(lines: Line[], sessionDate: string | null, ev: Evidence): string | null {
  const year = sessionDate ? Number(sessionDate.slice(0, 4)) : undefined;
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const l = lines[i]!;
    const m = CONVOCATION.exec(l.text);
    if (!m) continue;
    const rest = l.text.slice(m.index + m[0].length);
    const next = lines[i + 1]?.text ?? "";
    const d = findDates(rest, year)[0] ?? (rest.trim() === "" ? findDates(next, year)[0] : undefined);
    if (d) {
      ev.add("/convocationDate", l);
      return d.iso;
    }
  }
  return null;
}

export function extractPlace(lines: Line[], ev: Evidence): string | null {
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const text = `${lines[i]!.text} ${lines[i + 1]?.text ?? ""}`;
    const m = PLACE.exec(text);
    if (m && m.index < lines[i]!.text.length) {
      ev.add("/place", lines[i]);
      return tidyName(m[1]!.replace(PRESIDENCY_AFTER_PLACE, ""));
    }
  }
  return null;
}

/** the first name of a signature line in columns: "Dr. Xavier POLI    M. Marc-Marie G…" -> "Dr. Xavier POLI" */
function firstColumn(names: string): string {
  return names.split(SIGNATURE_COLUMN_BREAK)[0]!;
}

export function extractPresident(lines: Line[], all: Line[], ev: Evidence): Person | null {
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const text = `${lines[i]!.text} ${lines[i + 1]?.text ?? ""}`;
    for (const re of PRESIDENT) {
      // a label's value is its own unit ("Président de séance : M. Roger DIDIER" before "Secrétaire de séance : …");
      // a sentence may run on to the next line ("sous la présidence de M. Jean" / "DUPONT, Maire")
      const m = re.exec(re === PRESIDENT[2] ? lines[i]!.text : text);
      if (!m) continue;
      // (the chair's office after the name goes, « M. Théo ANDRIEUX, Premier adjoint à la Maire de Paris »; a role of one
      // word stays, the person's own: « M. Paul ROCCA, Maire »)
      const who = m[1]!.replace(PRESIDENT_ROLE_AFTER_NAME, "");
      const p = parsePerson(CHAIR_ROLE_AFTER_NAME.test(who) ? who : who.replace(POST_AFTER_NAME, ""));
      if (p && (p.lastName || p.firstName) && !NOT_A_PERSON.test(p.name)) {
        ev.add("/president", lines[i]);
        return p;
      }
    }
  }
  // the signature at the end: "Le Maire, Bertrand DURANTON"
  for (const l of [...all].reverse().slice(0, 40)) {
    const m = SIGNATURE.exec(l.text);
    if (!m) continue;
    const p = parsePerson(m[2]!);
    if (p && p.lastName && !NOT_A_PERSON.test(p.name)) {
      ev.add("/president", l);
      return p;
    }
  }
  // a signature block in columns: "Le Maire    Le Secrétaire" then "Dr. Xavier POLI    M. Marc-Marie G..."
  const tail = all.slice(-40);
  for (let i = tail.length - 1; i >= 0; i--) {
    const cols = SIGNATURE_COLUMNS.exec(tail[i]!.text);
    if (!cols) continue;
    const p = parsePerson(firstColumn(cols[1]!));
    if (p && p.lastName) {
      ev.add("/president", tail[i]);
      return p;
    }
  }
  for (let i = tail.length - 2; i >= 0; i--) {
    const label = SIGNATURE_LABELS.exec(tail[i]!.text);
    if (!label) continue;
    const names = tail[i + 1]!.text;
    // the mayor's column comes first on the label line: his name opens the next line
    const first = label.index === 0 ? firstColumn(names) : names;
    const p = parsePerson(first);
    if (p && p.lastName) {
      ev.add("/president", tail[i + 1]);
      return p;
    }
  }
  return null;
}

export function extractSecretary(lines: Line[], ev: Evidence): Person | null {
  const accept = (who: string, at: Line): Person | null => {
    const cleaned = who
      // an apposition after the name: « Mme Nathalie LADOUX, benjamine de l'Assemblée », « …, désignée à l'unanimité »
      .replace(/,\s+\p{Ll}.*$/u, "")
      .replace(POST_AFTER_NAME, "")
      .replace(SECRETARY_AFTER_NAME, "")
      .replace(SECRETARY_BEFORE_NAME, "")
      .replace(SECRETARY_ROLE_AFTER_NAME, "")
      .replace(SECRETARY_LEADING_WORDS, "")
      .replace(/\s*[:;].*$/, "");
    // once collapsed, the name runs on into what follows it (« Mme Fanny JANER M. le Maire ouvre la séance »): its
    // civility and its capitalised words, up to the next civility or a word in small letters
    const p = parsePerson(cleaned) ?? parsePerson(LEADING_NAME.exec(cleaned)?.[0] ?? "");
    if (p && (p.lastName || p.firstName) && !SECRETARY_NOT_A_PERSON.test(p.name)) {
      ev.add("/secretary", at);
      return p;
    }
    return null;
  };
  // "Secrétaire de séance : X", "A été nommé(e) comme secrétaire de séance : X"
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const text = SECRETARY_WORD.test(l.text) && /\([^)]*$/.test(l.text) ? `${l.text} ${lines[i + 1]?.text ?? ""}` : l.text;
    const m = SECRETARY[0]!.exec(text);
    if (m) {
      const p = accept(m[1]!, l);
      if (p) return p;
    }
  }
  // "X a été désignée secrétaire" on one line, else over two (a name cut at the line's end); when what precedes
  // the verb holds several people ("… M. Nicolas BERTHET Madame Céline ROSSET a été élue"), the last one
  const sentence = (text: string, at: Line): Person | null => {
    const m = SECRETARY.slice(1).reduce<RegExpExecArray | null>((found, re) => found ?? re.exec(text), null);
    if (!m || m.index >= at.text.length) return null;
    // (the sentence before it goes, not a civility's full stop: « M. Bastien LORIOT assurera … »)
    const who = m[1]!.replace(/^.*(?<!(?:^|\s)(?:M|MM|Dr))[.;:]\s+/, "");
    const civilities = [...who.matchAll(BEFORE_CIVILITY)];
    return accept(civilities.length ? who.slice(civilities[civilities.length - 1]!.index! + 1) : who, at);
  };
  for (const l of lines) {
    const p = sentence(l.text, l);
    if (p) return p;
  }
  for (let i = 0; i < lines.length; i++) {
    const p = sentence(`${lines[i]!.text} ${lines[i + 1]?.text ?? ""}`, lines[i]!);
    if (p) return p;
  }
  return null;
}

/** how far into the body a secretary designated as the first item is looked for */
const SECRETARY_ITEM_LINES = 12;
/** how far from the end the signatures are looked for */
const SIGNATURE_LINES = 12;

/**
 * The secretary named only where the act is signed: « Le secrétaire de séance, Benoît ALAUZET », or the label over the
 * name (« La secrétaire de séance, » / « Sophie GENDRON »), the chair's label and name first when they sign beside.
 */
export function secretaryWhoSigns(lines: readonly Line[], ev: Evidence): Person | null {
  for (let i = Math.max(0, lines.length - SIGNATURE_LINES); i < lines.length; i++) {
    const m = SECRETARY_SIGNS.exec(lines[i]!.text.trim());
    if (!m) continue;
    const chairToo = !/^(?:Le|La|LE|LA)\s+(?:secr|SECR)/u.test(m[0]);
    const rest = m[1]!.trim();
    // (the names on the label's line or under it; the chair's own label may follow: « Benoît ALAUZET Le Maire, … »)
    // (under it, one a bullet when a word processor's row of two cells came as a list: « - Laurent GABORIT » / « - Sophie … »)
    const below = lines.slice(i + 1, i + 3).map((l) => l.text.trim());
    const bullets = below.length === 2 && below.every((t) => t.startsWith("- "));
    const source = rest !== "" ? rest : bullets ? below.map((t) => t.slice(2)).join(" ") : (below[0] ?? "");
    const head = SIGNATORIES_BEFORE_CHAIR.exec(source)?.[1] ?? source;
    const names = SIGNATORY_NAMES.test(head) ? (head.match(SIGNATORY_NAME) ?? []) : [];
    // (beside the chair's label, the secretary's name is the second)
    const name = chairToo ? (names.length === 2 ? names[1] : undefined) : names.length === 1 ? names[0] : undefined;
    const p = name ? parsePerson(name) : null;
    if (p) {
      ev.add("/secretary", lines[i]!);
      return p;
    }
  }
  return null;
}

export function extractSession(header: Line[], all: Line[], ev: Evidence): SessionInfo {
  const sessionDate = extractSessionDate(header, ev);
  return {
    authority: extractAuthority(header, all, ev),
    body: extractBody(header, ev),
    sessionDate,
    convocationDate: extractConvocationDate(header, sessionDate, ev),
    place: extractPlace(header, ev),
    president: extractPresident(header, all, ev),
    // (or designated in the first item, « Point n° 1 – Désignation du secrétaire de séance »: the body's first lines)
    secretary: extractSecretary(header, ev) ?? extractSecretary(all.slice(header.length, header.length + SECRETARY_ITEM_LINES), ev) ?? secretaryWhoSigns(all, ev),
  };
}
