// What the SCDL export and `ctg scdl-check` say to the clerk: French by default, English with --lang en.
import type { AuthorityMatch } from "./authority.js";
import type { ScdlProblem } from "./check.js";

export type Lang = "fr" | "en";

type Failed = Extract<AuthorityMatch, { ok: false }>;

function actSays(a: Failed["act"], en: boolean): string {
  const siren = a.siren
    ? a.sirenFrom === "ctes"
      ? en ? `SIREN ${a.siren} (@CTES stamp)` : `SIREN ${a.siren} (tampon @CTES)`
      : en ? `SIREN ${a.siren} (reference data, from its name)` : `SIREN ${a.siren} (référentiel COG, d'après son nom)`
    : "";
  const name = a.name ? (en ? `"${a.name}"` : `« ${a.name} »`) : "";
  return [name, siren].filter(Boolean).join(", ");
}

/** Why an act of a deliberation kind is not in the CSV, or why a non-deliberation is not, in one line. */
export const leftOutText = {
  information: (en: boolean) =>
    en ? "information item (no deliberation, no vote): not published" : "point d'information (ni délibération ni vote) : non publié",
  election: (en: boolean) =>
    en
      ? "election (a result by candidate, not a deliberation's vote): not published"
      : "élection (résultat par candidat, pas un vote de délibération) : non publiée",
  authority: (m: Failed, en: boolean): string => {
    const says = actSays(m.act, en);
    const row = m.row ? (en ? `${m.row.nom} (SIREN ${m.row.siren})` : `${m.row.nom} (SIREN ${m.row.siren})`) : "";
    switch (m.reason) {
      case "contradiction":
        return en
          ? `left out: the act names ${says}, ctg.config.yaml gives ${row}; fix the configuration or the act`
          : `écarté : l'acte désigne ${says}, ctg.config.yaml donne ${row} ; corrigez la configuration ou l'acte`;
      case "no-row":
        return en
          ? `left out: no row of collectivites in ctg.config.yaml for ${says}; add it (siren, siret, nom)`
          : `écarté : aucune ligne de collectivites dans ctg.config.yaml pour ${says} ; ajoutez-la (siren, siret, nom)`;
      case "ambiguous":
        return en
          ? `left out: several rows of collectivites bear the name ${says}; give their SIREN`
          : `écarté : plusieurs lignes de collectivites portent le nom ${says} ; précisez leur SIREN`;
      default:
        return en
          ? "left out: the act names no authority and has no @CTES identifier; collectivites needs one of them"
          : "écarté : l'acte ne nomme aucune collectivité et n'a pas d'identifiant @CTES ; la table collectivites en a besoin";
    }
  },
  noId: (en: boolean) =>
    en
      ? "left out: no deliberation number read, nor an @CTES internal number (DELIB_ID is required)"
      : "écarté : aucun numéro de délibération lu, ni numéro interne @CTES (DELIB_ID obligatoire)",
  noDate: (en: boolean) =>
    en ? "left out: no session date read, nor an @CTES decision date (DELIB_DATE is required)" : "écarté : aucune date de séance lue, ni date de décision @CTES (DELIB_DATE obligatoire)",
  noObject: (en: boolean) => (en ? "left out: no title read (DELIB_OBJET is required)" : "écarté : aucun objet lu (DELIB_OBJET obligatoire)"),
  noMatiere: (en: boolean) =>
    en
      ? "left out: no keyword of the title gives a matière and ctg.config.yaml has no matiere.defaut (DELIB_MATIERE_CODE is required)"
      : "écarté : aucun mot-clé du titre ne donne la matière et ctg.config.yaml n'a pas de matiere.defaut (DELIB_MATIERE_CODE obligatoire)",
  duplicate: (id: string, first: string, same: boolean, en: boolean) =>
    same
      ? en
        ? `left out: the same act (DELIB_ID ${id}) is already published from ${first}`
        : `écarté : le même acte (DELIB_ID ${id}) est déjà publié depuis ${first}`
      : en
        ? `left out: DELIB_ID ${id} is already used by ${first} for another act; number one of them`
        : `écarté : DELIB_ID ${id} est déjà pris par ${first} pour un autre acte ; renumérotez l'un des deux`,
};

/** Why columns of a published row were left empty. */
export const clearedText = {
  votesUnknown: (missing: string[], en: boolean) =>
    en
      ? `VOTE_* columns left empty (all or none, as SCDL requires): not read: ${missing.join(", ")}`
      : `colonnes VOTE_* laissées vides (toutes ou aucune, comme l'exige le SCDL) : non lu : ${missing.join(", ")}`,
  votesInconsistent: (detail: string, en: boolean) =>
    en
      ? `VOTE_* columns left empty: the act's figures contradict each other (${detail}); see the consistency report`
      : `colonnes VOTE_* laissées vides : les chiffres de l'acte se contredisent (${detail}) ; voir le rapport de cohérence`,
  prefBefore: (pref: string, delib: string, en: boolean) =>
    en
      ? `PREF_DATE left empty: reception in préfecture ${pref} is before the deliberation date ${delib}`
      : `PREF_DATE laissée vide : réception en préfecture le ${pref}, avant la date de délibération ${delib}`,
};

export function nothingPublished(what: string, en: boolean): string {
  return en
    ? `${what}: no deliberation to publish: the SCDL CSV holds no row`
    : `${what} : aucune délibération à publier : le CSV SCDL ne contient aucune ligne`;
}

const quote = (v: string | undefined, en: boolean) => (v === undefined ? "" : en ? `"${v}"` : `« ${v} »`);

/** One problem found by the checker, as a line: row, column, cause. */
export function describeProblem(p: ScdlProblem, lang: Lang = "fr"): string {
  const en = lang === "en";
  const where = en ? `row ${p.row}${p.column ? `, ${p.column}` : ""}` : `ligne ${p.row}${p.column ? `, ${p.column}` : ""}`;
  const v = quote(p.value, en);
  const others = (p.others ?? []).join(", ");
  const cause = ((): string => {
    switch (p.code) {
      case "header-missing":
        return en ? "column missing from the header" : "colonne absente de l'en-tête";
      case "header-unknown":
        return en ? "column unknown to the SCDL Délibérations schema" : "colonne inconnue du schéma SCDL Délibérations";
      case "header-order":
        return en ? `column out of order (expected here: ${p.expected})` : `colonne mal placée (attendue ici : ${p.expected})`;
      case "row-length":
        return en ? `${p.value} cells, ${p.expected} expected` : `${p.value} cellules, ${p.expected} attendues`;
      case "required":
        return en ? "required value missing" : "valeur obligatoire manquante";
      case "type":
        return p.expected === "date"
          ? en ? `${v} is not a date YYYY-MM-DD` : `${v} n'est pas une date AAAA-MM-JJ`
          : en ? `${v} is not an integer` : `${v} n'est pas un nombre entier`;
      case "format":
        return en ? `${v} is not a URL (http, https)` : `${v} n'est pas une adresse web (http, https)`;
      case "pattern":
        return en ? `${v} does not match the pattern ${p.expected}` : `${v} ne respecte pas le motif ${p.expected}`;
      case "enum":
        return en ? `${v} is not one of: ${p.expected}` : `${v} n'est pas une des valeurs : ${p.expected}`;
      case "minimum":
      case "minLength":
        return en ? `${v} is below the minimum ${p.expected}` : `${v} est en dessous du minimum ${p.expected}`;
      case "maximum":
      case "maxLength":
        return en ? `${v} is above the maximum ${p.expected}` : `${v} dépasse le maximum ${p.expected}`;
      case "unique":
        return en ? `${v} already appears in row ${p.expected}` : `${v} figure déjà ligne ${p.expected}`;
      case "french-siret-value":
        return en ? `${v} is not a valid SIRET (check digit)` : `${v} n'est pas un SIRET valide (clé de contrôle)`;
      case "year-interval-value":
        return en ? `${v} is not a year YYYY or an interval YYYY/YYYY` : `${v} n'est ni une année AAAA ni un intervalle AAAA/AAAA croissant`;
      case "cohesive-columns-value":
        return en ? `${p.column} and ${others} must be all filled or all empty` : `${p.column} et ${others} doivent être toutes remplies ou toutes vides`;
      case "compare-columns-value":
        return en ? `${p.column} must be ${p.expected} ${others}` : `${p.column} doit être ${p.expected} ${others}`;
      case "sum-columns-value":
        return en
          ? `${p.column} ${v} is not the sum of ${others} (${p.expected})`
          : `${p.column} ${v} n'est pas la somme de ${others} (${p.expected})`;
      case "nomenclature-actes-value":
        return en
          ? `${v} does not start with a level-1 name of the @CTES nomenclature followed by "/"`
          : `${v} ne commence pas par un intitulé de niveau 1 de la nomenclature @CTES suivi de « / »`;
      case "duplicate-id":
        return en
          ? `${v} already used in row ${p.expected} by the same authority (ctg check, not in the schema)`
          : `${v} déjà utilisé ligne ${p.expected} par la même collectivité (contrôle ctg, hors schéma)`;
    }
  })();
  return `${where}${en ? ":" : " :"} ${cause}`;
}
