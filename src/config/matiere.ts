// The @CTES matière nomenclature, levels 1 and 2 (national and stable; levels 3-5 are per préfecture and are
// never hard-coded), and keyword rules that infer a level-2 code from an act's title for SCDL
// DELIB_MATIERE_CODE / DELIB_MATIERE_NOM. An inferred code is a guess: callers must report it as inferred.

export const LEVEL1: Readonly<Record<string, string>> = {
  "1": "Commande publique",
  "2": "Urbanisme",
  "3": "Domaine et patrimoine",
  "4": "Fonction publique",
  "5": "Institutions et vie politique",
  "6": "Libertés publiques et pouvoirs de police",
  "7": "Finances locales",
  "8": "Domaines de compétences par thèmes",
  "9": "Autres domaines de compétences",
};

export const LEVEL2: Readonly<Record<string, string>> = {
  "1.1": "Marchés publics",
  "1.2": "Délégation de service public",
  "1.3": "Conventions de mandat",
  "1.4": "Autres types de contrats",
  "1.5": "Transactions / protocole d'accord transactionnel",
  "1.6": "Actes relatifs à la maîtrise d'œuvre",
  "1.7": "Actes spéciaux et divers",
  "2.1": "Documents d'urbanisme",
  "2.2": "Actes relatifs au droit d'occupation ou d'utilisation des sols",
  "2.3": "Droit de préemption urbain",
  "3.1": "Acquisitions",
  "3.2": "Aliénations",
  "3.3": "Locations",
  "3.4": "Limites territoriales",
  "3.5": "Autres actes de gestion du domaine public",
  "3.6": "Autres actes de gestion du domaine privé",
  "4.1": "Personnel titulaires et stagiaires de la F.P.T.",
  "4.2": "Personnel contractuel",
  "4.3": "Fonction publique hospitalière",
  "4.4": "Autres catégories de personnels",
  "4.5": "Régime indemnitaire",
  "5.1": "Élection exécutif",
  "5.2": "Fonctionnement des assemblées",
  "5.3": "Désignation de représentants",
  "5.4": "Délégation de fonctions",
  "5.5": "Délégation de signature",
  "5.6": "Exercice des mandats locaux",
  "5.7": "Intercommunalité",
  "5.8": "Décision d'ester en justice",
  "6.1": "Police municipale",
  "6.2": "Pouvoirs du président du conseil départemental",
  "6.3": "Pouvoirs du président du conseil régional",
  "6.4": "Autres actes réglementaires",
  "6.5": "Actes pris au nom de l'État et soumis au contrôle hiérarchique",
  "7.1": "Décisions budgétaires",
  "7.2": "Fiscalité",
  "7.3": "Emprunts",
  "7.4": "Interventions économiques",
  "7.5": "Subventions",
  "7.6": "Contributions budgétaires",
  "7.7": "Avances",
  "7.8": "Fonds de concours",
  "7.9": "Prise de participation",
  "7.10": "Divers",
  "8.1": "Enseignement",
  "8.2": "Aide sociale",
  "8.3": "Voirie",
  "8.4": "Aménagement du territoire",
  "8.5": "Politique de la ville-habitat-logement",
  "8.6": "Emploi-formation professionnelle",
  "8.7": "Transports",
  "8.8": "Environnement",
  "8.9": "Culture",
  "9.1": "Autres domaines de compétences des communes",
  "9.2": "Autres domaines de compétences des départements",
  "9.3": "Autres domaines de compétences des régions",
  "9.4": "Vœux et motions",
};

export function isMatiereCode(code: string): boolean {
  return Object.hasOwn(LEVEL2, code);
}

/** SCDL DELIB_MATIERE_NOM: "level 1/level 2" in lower case with accents, no commas, no parentheses. */
export function matiereNom(code: string): string {
  const l2 = LEVEL2[code];
  const l1 = LEVEL1[code.split(".")[0] ?? ""];
  if (!l1 || !l2) throw new RangeError(`unknown @CTES matière code ${code}`);
  const clean = (s: string): string =>
    s
      .toLocaleLowerCase("fr")
      .replace(/[,()]/g, " ")
      .replace(/\s*\/\s*/g, " - ")
      .replace(/\s+/g, " ")
      .trim();
  return `${clean(l1)}/${clean(l2)}`;
}

/** Lower case, accents and ligatures folded, punctuation to spaces: the form keywords are matched in. */
export function foldForMatch(text: string): string {
  return ` ${text
    .toLocaleLowerCase("fr")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

// Keyword -> level-2 code. Keywords are written folded (see foldForMatch) and matched on word boundaries;
// the longest matching keyword wins, so a specific phrase beats a generic word ("convention de mandat" 1.3
// beats "convention" 1.4). Ordered by code for review.
const RULES: ReadonlyArray<readonly [string, string]> = [
  ["marche public", "1.1"], ["marches publics", "1.1"], ["appel d offres", "1.1"], ["accord cadre", "1.1"],
  ["attribution du marche", "1.1"], ["avenant au marche", "1.1"], ["mapa", "1.1"],
  ["delegation de service public", "1.2"], ["dsp", "1.2"], ["concession de service", "1.2"],
  ["convention de mandat", "1.3"], ["mandat de maitrise d ouvrage", "1.3"],
  ["convention", "1.4"], ["contrat", "1.4"], ["avenant", "1.4"], ["groupement de commandes", "1.4"],
  ["transaction", "1.5"], ["protocole transactionnel", "1.5"], ["protocole d accord transactionnel", "1.5"],
  ["maitrise d oeuvre", "1.6"],
  ["plan local d urbanisme", "2.1"], ["plu", "2.1"], ["plui", "2.1"], ["carte communale", "2.1"], ["scot", "2.1"],
  ["document d urbanisme", "2.1"], ["reglement local de publicite", "2.1"],
  ["permis de construire", "2.2"], ["permis d amenager", "2.2"], ["declaration prealable", "2.2"],
  ["autorisation d urbanisme", "2.2"],
  ["droit de preemption", "2.3"], ["preemption", "2.3"],
  ["acquisition", "3.1"], ["acquerir", "3.1"], ["achat de terrain", "3.1"], ["incorporation de biens vacants", "3.1"],
  ["cession", "3.2"], ["alienation", "3.2"], ["vente", "3.2"], ["declassement", "3.2"],
  ["bail", "3.3"], ["location", "3.3"], ["loyer", "3.3"], ["loyers", "3.3"], ["mise a disposition", "3.3"],
  ["limites territoriales", "3.4"],
  ["domaine public", "3.5"], ["classement dans le domaine public", "3.5"], ["occupation du domaine public", "3.5"],
  ["denomination", "3.5"], ["numerotation", "3.5"],
  ["domaine prive", "3.6"], ["servitude", "3.6"],
  ["tableau des effectifs", "4.1"], ["creation de poste", "4.1"], ["creation d un poste", "4.1"],
  ["suppression de poste", "4.1"], ["titularisation", "4.1"], ["temps de travail", "4.1"], ["personnel", "4.1"],
  ["contractuel", "4.2"], ["agent contractuel", "4.2"], ["emploi saisonnier", "4.2"], ["vacataire", "4.2"],
  ["accroissement temporaire d activite", "4.2"], ["apprenti", "4.2"],
  ["regime indemnitaire", "4.5"], ["rifseep", "4.5"], ["ifse", "4.5"],
  ["election du maire", "5.1"], ["election des adjoints", "5.1"], ["election d un adjoint", "5.1"],
  ["nombre d adjoints", "5.1"], ["election du president", "5.1"], ["election des vice presidents", "5.1"],
  ["reglement interieur", "5.2"], ["proces verbal", "5.2"], ["compte rendu", "5.2"], ["commission", "5.2"],
  ["commissions", "5.2"], ["huis clos", "5.2"],
  ["designation", "5.3"], ["delegues", "5.3"], ["representants", "5.3"], ["representant", "5.3"],
  ["delegation de fonctions", "5.4"], ["delegations au maire", "5.4"], ["delegation au maire", "5.4"],
  ["delegation d attributions", "5.4"], ["delegations consenties", "5.4"],
  ["delegation de signature", "5.5"],
  ["indemnites de fonction", "5.6"], ["indemnite de fonction", "5.6"], ["formation des elus", "5.6"],
  ["intercommunalite", "5.7"], ["communaute de communes", "5.7"], ["communaute d agglomeration", "5.7"],
  ["transfert de competence", "5.7"], ["transfert de la competence", "5.7"], ["clect", "5.7"],
  ["adhesion", "5.7"], ["syndicat", "5.7"], ["statuts", "5.7"], ["epci", "5.7"],
  ["ester en justice", "5.8"], ["action en justice", "5.8"], ["contentieux", "5.8"],
  ["police municipale", "6.1"],
  ["reglementation", "6.4"],
  ["budget primitif", "7.1"], ["budget supplementaire", "7.1"], ["decision modificative", "7.1"],
  ["compte administratif", "7.1"], ["compte de gestion", "7.1"], ["compte financier unique", "7.1"],
  ["affectation du resultat", "7.1"], ["affectation des resultats", "7.1"], ["budget", "7.1"],
  ["debat d orientation budgetaire", "7.1"], ["autorisation de programme", "7.1"],
  ["fiscalite", "7.2"], ["taux d imposition", "7.2"], ["taux des taxes", "7.2"], ["taxe fonciere", "7.2"],
  ["taxe d habitation", "7.2"], ["taxe d amenagement", "7.2"], ["exoneration", "7.2"], ["taxe de sejour", "7.2"],
  ["emprunt", "7.3"], ["pret", "7.3"], ["ligne de tresorerie", "7.3"], ["garantie d emprunt", "7.3"],
  ["aide aux entreprises", "7.4"], ["interventions economiques", "7.4"],
  ["subvention", "7.5"], ["subventions", "7.5"],
  ["contribution", "7.6"], ["participation financiere", "7.6"], ["cotisation", "7.6"],
  ["avance", "7.7"], ["avances", "7.7"],
  ["fonds de concours", "7.8"],
  ["prise de participation", "7.9"], ["sem", "7.9"], ["spl", "7.9"],
  ["tarif", "7.10"], ["tarifs", "7.10"], ["redevance", "7.10"], ["admission en non valeur", "7.10"],
  ["creances", "7.10"], ["provision", "7.10"], ["amortissement", "7.10"], ["regie", "7.10"],
  ["ecole", "8.1"], ["ecoles", "8.1"], ["scolaire", "8.1"], ["enseignement", "8.1"], ["cantine", "8.1"],
  ["restauration scolaire", "8.1"],
  ["aide sociale", "8.2"], ["action sociale", "8.2"], ["ccas", "8.2"], ["convention territoriale globale", "8.2"],
  ["ctg", "8.2"], ["petite enfance", "8.2"], ["enfance jeunesse", "8.2"], ["caf", "8.2"], ["creche", "8.2"],
  ["voirie", "8.3"], ["chemin", "8.3"], ["chemins", "8.3"], ["route", "8.3"], ["trottoir", "8.3"],
  ["eclairage public", "8.3"], ["stationnement", "8.3"],
  ["amenagement du territoire", "8.4"], ["zac", "8.4"], ["lotissement", "8.4"], ["revitalisation", "8.4"],
  ["logement", "8.5"], ["logements", "8.5"], ["habitat", "8.5"], ["politique de la ville", "8.5"],
  ["emploi", "8.6"], ["formation professionnelle", "8.6"],
  ["transport", "8.7"], ["transports", "8.7"], ["mobilite", "8.7"],
  ["environnement", "8.8"], ["eau potable", "8.8"], ["assainissement", "8.8"], ["dechets", "8.8"],
  ["ordures menageres", "8.8"], ["foret", "8.8"], ["onf", "8.8"], ["energie", "8.8"], ["photovoltaique", "8.8"],
  ["eau", "8.8"],
  ["culture", "8.9"], ["culturel", "8.9"], ["bibliotheque", "8.9"], ["mediatheque", "8.9"], ["musee", "8.9"],
  ["festival", "8.9"],
  ["cimetiere", "9.1"], ["concession funeraire", "9.1"], ["concessions funeraires", "9.1"],
  ["voeu", "9.4"], ["voeux", "9.4"], ["motion", "9.4"],
];

export interface MatiereGuess {
  code: string;
  nom: string;
  /** the keyword of the rule that matched, as folded */
  keyword: string;
}

/** Infers a level-2 @CTES code from a title; null when no keyword matches. */
export function inferMatiere(title: string | null | undefined): MatiereGuess | null {
  if (!title) return null;
  const folded = foldForMatch(title);
  let best: readonly [string, string] | null = null;
  for (const rule of RULES) {
    if (!folded.includes(` ${rule[0]} `)) continue;
    if (!best || rule[0].length > best[0].length) best = rule;
  }
  return best ? { code: best[1], nom: matiereNom(best[1]), keyword: best[0] } : null;
}
