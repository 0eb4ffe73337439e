// ctg.config.yaml: what the documents cannot say (the collectivité's SIRET, its publication URL, a default
// matière) plus batch defaults. Looked up from the working directory upwards, or given with --config.
//
//   collectivite:            # one authority
//     nom: Commune de Savas-Mépin
//     siret: "21380476800017"
//   collectivites:           # or a table of many: each act picks its row by its @CTES SIREN, then its name
//     - siren: "213804768"
//       siret: "21380476800017"
//       nom: Commune de Savas-Mépin
//   regles:                  # rules switched off or re-graded, each with the reason why
//     QUORUM_UNKNOWN: { niveau: off, raison: "quorum suivi hors ctg" }
//     VOTE_SUM_MISMATCH: { niveau: warning, raison: "..." }
//   publication:
//     url_base: https://www.example.fr/deliberations/
//   matiere:
//     defaut: "9.1"      # used when no keyword of the title matches
//     deduire: true      # infer the matière from the title (default true)
//   batch:
//     jobs: 4
//     timeout: 60        # seconds per file
//     memoire_mo: 512    # heap cap per worker, MB
//   ocr:
//     mode: auto         # auto | always | never (--ocr)
//     jobs: 1            # batch: documents read by OCR at the same time (--ocr-jobs)
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { isMatiereCode } from "./matiere.js";
import { luhnValid } from "../check/siren.js";
import { findConfig } from "./find.js";

export type Lang = "fr" | "en";

export { CONFIG_NAMES, findConfig } from "./find.js";

export const CtgConfig = z
  .object({
    collectivite: z
      .object({
        nom: z.string().trim().min(1).optional(),
        siret: z.union([z.string(), z.number().int()]).transform((v) => String(v).replace(/\s+/g, "")).optional(),
      })
      .strict()
      .optional(),
    collectivites: z
      .array(
        z
          .object({
            siren: z.union([z.string(), z.number().int()]).transform((v) => String(v).replace(/\s+/g, "")).optional(),
            siret: z.union([z.string(), z.number().int()]).transform((v) => String(v).replace(/\s+/g, "")),
            nom: z.string().trim().min(1),
          })
          .strict(),
      )
      .min(1)
      .optional(),
    regles: z
      .record(
        z.string().regex(/^[A-Z][A-Z0-9_]*$/),
        z
          .object({
            niveau: z.enum(["off", "info", "warning", "error"]),
            raison: z.string().trim().min(1),
          })
          .strict(),
      )
      .optional(),
    publication: z.object({ url_base: z.string().trim().min(1).optional() }).strict().optional(),
    matiere: z
      .object({
        defaut: z.union([z.string(), z.number()]).transform((v) => String(v).trim()).optional(),
        deduire: z.boolean().optional(),
      })
      .strict()
      .optional(),
    batch: z
      .object({
        jobs: z.number().int().positive().optional(),
        timeout: z.number().positive().optional(),
        memoire_mo: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    ocr: z
      .object({
        mode: z.enum(["auto", "always", "never"]).optional(),
        jobs: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CtgConfig = z.infer<typeof CtgConfig>;

export interface LoadedConfig {
  /** absolute path of the file read, null when none was found */
  path: string | null;
  config: CtgConfig;
}

/** A configuration problem, reported as one line naming the file; CLI exit code 2. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Reads --config FILE, or the nearest ctg.config.yaml; an absent file gives an empty configuration. */
export function loadConfig(explicit?: string, lang: Lang = "fr", from?: string): LoadedConfig {
  const path = explicit ? resolve(explicit) : findConfig(from);
  if (!path) return { path: null, config: {} };
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    if (!existsSync(path)) {
      throw new ConfigError(lang === "en" ? `${path}: configuration file not found` : `${path} : fichier de configuration introuvable`);
    }
    throw new ConfigError(lang === "en" ? `${path}: not valid YAML (${detail})` : `${path} : YAML illisible (${detail})`);
  }
  const parsed = CtgConfig.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(".") || "/" : "/";
    const what = issue?.message ?? "";
    throw new ConfigError(
      lang === "en" ? `${path}: invalid value at ${where} (${what})` : `${path} : valeur invalide pour ${where} (${what})`,
    );
  }
  const config = parsed.data;
  const defaut = config.matiere?.defaut;
  if (defaut !== undefined && !isMatiereCode(defaut)) {
    throw new ConfigError(
      lang === "en"
        ? `${path}: matiere.defaut "${defaut}" is not an @CTES level-2 code (e.g. "7.1")`
        : `${path} : matiere.defaut « ${defaut} » n'est pas un code @CTES de niveau 2 (ex. « 7.1 »)`,
    );
  }
  return { path, config };
}

/** One row of the SCDL identity: the authority's official name, its SIRET and its SIREN (the SIRET's first 9 digits). */
export interface ScdlAuthority {
  nom: string;
  siret: string;
  siren: string;
}

/**
 * What the SCDL export needs from the configuration. `one`: the single `collectivite:` (an act that names no
 * authority takes it); `table`: the rows of `collectivites:`, each act picking its own.
 */
export interface ScdlSettings {
  mode: "one" | "table";
  authorities: ScdlAuthority[];
  urlBase: string | null;
  defaultMatiere: string | null;
  inferMatiere: boolean;
}

/** The SIRET's problem as one line, or null: 14 digits, Luhn key. `where` names the key in the file. */
function siretProblem(file: string, where: string, siret: string, en: boolean): string | null {
  if (!/^\d{14}$/.test(siret)) {
    return en
      ? `${file}: ${where} "${siret}" is invalid: 14 digits expected (SIREN + NIC, no spaces)`
      : `${file} : ${where} « ${siret} » invalide : 14 chiffres attendus (SIREN + NIC, sans espace)`;
  }
  if (!luhnValid(siret)) {
    return en
      ? `${file}: ${where} "${siret}" is invalid: its check digit (Luhn) does not match; copy it from the SIRENE directory`
      : `${file} : ${where} « ${siret} » invalide : la clé de contrôle (Luhn) ne correspond pas ; recopiez-le depuis l'annuaire SIRENE`;
  }
  return null;
}

/** The rows of `collectivites:`, each checked as the single identity is; throws a one-line ConfigError. */
function authorityTable(file: string, rows: NonNullable<CtgConfig["collectivites"]>, en: boolean): ScdlAuthority[] {
  const out: ScdlAuthority[] = [];
  rows.forEach((row, i) => {
    const where = `collectivites[${i}]`;
    const bad = siretProblem(file, `${where}.siret`, row.siret, en);
    if (bad) throw new ConfigError(bad);
    const siren = row.siret.slice(0, 9);
    if (row.siren !== undefined && row.siren !== siren) {
      throw new ConfigError(
        en
          ? `${file}: ${where}: siren "${row.siren}" is not the first 9 digits of siret "${row.siret}" (${siren})`
          : `${file} : ${where} : le siren « ${row.siren} » n'est pas le début du siret « ${row.siret} » (${siren})`,
      );
    }
    const twice = out.findIndex((o) => o.siren === siren);
    if (twice >= 0) {
      throw new ConfigError(
        en
          ? `${file}: ${where}: SIREN ${siren} already given in collectivites[${twice}]; one row per authority`
          : `${file} : ${where} : le SIREN ${siren} figure déjà dans collectivites[${twice}] ; une ligne par collectivité`,
      );
    }
    out.push({ nom: row.nom, siret: row.siret, siren });
  });
  return out;
}

/** The values SCDL requires from the configuration; throws a one-line ConfigError naming what is missing. */
export function scdlSettings(loaded: LoadedConfig, lang: Lang = "fr"): ScdlSettings {
  const file = loaded.path ?? "ctg.config.yaml";
  const en = lang === "en";
  const common = {
    urlBase: loaded.config.publication?.url_base ?? null,
    defaultMatiere: loaded.config.matiere?.defaut ?? null,
    inferMatiere: loaded.config.matiere?.deduire ?? true,
  };
  if (!loaded.path) {
    throw new ConfigError(
      en
        ? `SCDL export: no ctg.config.yaml found (searched from ${process.cwd()} upwards); COLL_NOM and COLL_SIRET come from it (collectivite.nom, collectivite.siret, or a table collectivites)`
        : `export SCDL : aucun ctg.config.yaml trouvé (cherché depuis ${process.cwd()} vers le haut) ; COLL_NOM et COLL_SIRET y sont lus (collectivite.nom, collectivite.siret, ou une table collectivites)`,
    );
  }
  const table = loaded.config.collectivites;
  if (table) {
    if (loaded.config.collectivite) {
      throw new ConfigError(
        en
          ? `${file}: both collectivite and collectivites are given; keep one (collectivites for several authorities)`
          : `${file} : collectivite et collectivites sont tous deux donnés ; n'en gardez qu'un (collectivites pour plusieurs collectivités)`,
      );
    }
    return { mode: "table", authorities: authorityTable(file, table, en), ...common };
  }
  const nom = loaded.config.collectivite?.nom;
  const siret = loaded.config.collectivite?.siret;
  if (!nom) {
    throw new ConfigError(
      en
        ? `${file}: COLL_NOM missing: add "collectivite: nom: ..." (official name, e.g. Commune de Savas-Mépin)`
        : `${file} : COLL_NOM manquant : ajoutez « collectivite: nom: ... » (nom officiel, ex. Commune de Savas-Mépin)`,
    );
  }
  if (!siret) {
    throw new ConfigError(
      en
        ? `${file}: COLL_SIRET missing: add "collectivite: siret: \\"...\\"" (14 digits, SIREN + NIC)`
        : `${file} : COLL_SIRET manquant : ajoutez « collectivite: siret: "..." » (14 chiffres, SIREN + NIC)`,
    );
  }
  const bad = siretProblem(file, "COLL_SIRET", siret, en);
  if (bad) throw new ConfigError(bad);
  return { mode: "one", authorities: [{ nom, siret, siren: siret.slice(0, 9) }], ...common };
}
