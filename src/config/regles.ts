// `regles` of ctg.config.yaml: rules switched off or re-graded, each with its reason, turned into the overrides
// the checker takes as data. A rule id that names no rule is a one-line error naming the file: a typo must not
// leave a rule silently on.
import type { RuleOverrides } from "../check/overrides.js";
import { ConfigError, type Lang, type LoadedConfig } from "./index.js";

/** The overrides of `loaded` (none without a file or a `regles` key); `known`: the ids of the rules table. */
export function ruleOverrides(loaded: LoadedConfig, known: readonly string[], lang: Lang = "fr"): RuleOverrides {
  const regles = loaded.config.regles ?? {};
  const ids = new Set(known);
  const file = loaded.path ?? "ctg.config.yaml";
  for (const id of Object.keys(regles)) {
    if (ids.has(id)) continue;
    throw new ConfigError(
      lang === "en"
        ? `${file}: regles.${id}: no rule has this id (the rules are listed in docs/rules.md, e.g. QUORUM_UNKNOWN)`
        : `${file} : regles.${id} : aucune règle ne porte cet identifiant (liste des règles : docs/rules.md, ex. QUORUM_UNKNOWN)`,
    );
  }
  return Object.fromEntries(Object.entries(regles).map(([id, r]) => [id, { level: r.niveau, reason: r.raison }]));
}
