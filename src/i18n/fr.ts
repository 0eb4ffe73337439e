// French, the default language of every message.
import type { InputErrorCode, InputErrorFigures } from "../load/errors.js";
import type { Messages } from "./types.js";

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;
const FR_SEVERITY = { error: "erreur", warning: "avertissement", info: "info" } as const;

/** 5 000 (a plain space, as the clerk types it) */
const num = (n: number, digits = 0) =>
  new Intl.NumberFormat("fr-FR", { maximumFractionDigits: digits }).format(n).replace(/[\u202f\u00a0]/g, " ");
const mo = (bytes: number) => `${num(bytes / (1024 * 1024), bytes < 10 * 1024 * 1024 ? 1 : 0)} Mo`;
/** "(5 000, limite 2 000)", or "(limite 10 Mo)" when only the limit is known */
const against = (f: InputErrorFigures | undefined, unit: (n: number) => string) =>
  f ? (f.count !== undefined ? ` (${unit(f.count)}, limite ${unit(f.limit)})` : ` (plus de ${unit(f.limit)})`) : "";

const causes: Record<InputErrorCode, (f?: InputErrorFigures) => string> = {
  "not-found": () => "fichier introuvable",
  "not-a-file": () => "n'est pas un fichier (c'est un dossier ?)",
  "special-file": () => "n'est pas un fichier ordinaire (tube, périphérique ou socket) : rien n'est lu",
  "link-loop": () => "lien symbolique en boucle",
  empty: () => "fichier vide",
  binary: () => "données binaires : ni un PDF ni un texte",
  "nul-bytes": () => "caractères nuls (octets 0) dans le texte : fichier endommagé ou mal exporté",
  "not-pdf": () => "n'est pas un PDF (en-tête %PDF- absent)",
  "truncated-pdf": () => "PDF tronqué ou endommagé",
  "damaged-pdf": () => "PDF endommagé (structure interne invalide)",
  "encrypted-pdf": () => "PDF chiffré (protégé par un mot de passe)",
  "pdf-bomb": (f) => `PDF piégé : bombe de décompression${f ? ` (plus de ${mo(f.limit)} une fois décompressé)` : ""}`,
  "no-text-layer": () => "aucune couche texte, probablement un document numérisé : relancer avec --ocr auto pour le lire par OCR",
  "ocr-empty": () => "aucune couche texte, et l'OCR n'y a lu aucun texte (page blanche, dessin ou image illisible)",
  "stamp-only": () => "seul le tampon de la préfecture a une couche texte, et l'OCR n'a rien lu d'autre sur les pages numérisées",
  "no-deliberation": () => "aucune délibération reconnue (ni numéro, ni titre, ni date de séance, ni présences, ni vote, ni décision, ni tampon)",
  "too-many-pages": (f) => `trop de pages${against(f, (n) => num(n))}`,
  "text-too-large": (f) => `texte trop long${against(f, mo)}`,
  "file-too-large": (f) => `fichier trop volumineux${against(f, mo)}`,
  timeout: (f) => `délai dépassé${f ? ` (${num(f.limit, 1)} s par fichier)` : ""}`,
  unreadable: () => "lecture impossible",
};

export const fr: Messages = {
  stdin: "entrée standard",
  inputError: (code, file, detail, figures) => `${file} : ${causes[code](figures)}${detail ? ` (${detail})` : ""}`,
  cannotWrite: (file, detail) => `impossible d'écrire ${file} : ${detail}`,
  outIsInput: (file) => `--out ${file} est le fichier d'entrée lui-même : rien n'est écrit, l'original est intact`,
  notAFolder: "n'est pas un dossier",
  fsCauses: {
    ENOENT: "dossier introuvable",
    ENOTDIR: "dossier introuvable",
    EACCES: "accès refusé",
    EPERM: "accès refusé",
    EISDIR: "c'est un dossier",
    ENOSPC: "disque plein",
    EDQUOT: "quota du disque dépassé",
    EFBIG: "fichier trop gros pour ce disque",
    EROFS: "disque en lecture seule",
    EIO: "erreur matérielle du disque",
    ELOOP: "lien symbolique en boucle",
  },
  internalError: (detail) => `erreur interne : ${detail} (ce n'est pas votre fichier : merci de signaler le problème)`,

  usage: {
    unknownOption: (option) => `option inconnue : ${option}`,
    unknownCommand: (command) => `commande inconnue : ${command}`,
    missingArgument: (argument) => `argument manquant : ${argument}`,
    optionMissingArgument: (option) => `valeur manquante pour l'option ${option}`,
    excessArguments: () => "trop d'arguments",
    invalidValue: (option, value, allowed) => `valeur « ${value} » invalide pour ${option} (attendu : ${allowed.join(", ")})`,
    stdinTwice: () => "l'entrée standard (-) ne peut être lue qu'une fois",
    other: (message) => message,
    seeHelp: (command) => `voir ${command} --help`,
  },

  help: {
    program: "Compile les délibérations des collectivités (PDF ou texte) en enregistrements validés, avec un rapport de cohérence.",
    titles: {
      "Usage:": "Utilisation :",
      "Options:": "Options :",
      "Commands:": "Commandes :",
      "Arguments:": "Arguments :",
      "Global Options:": "Options générales :",
    },
    helpOption: "affiche l'aide",
    helpCommand: "affiche l'aide d'une commande",
    versionOption: "affiche la version",
    programUsage: "[options] [commande]",
    pathArgument: "chemin",
    fileArgument: "fichier",
    filesArgument: "fichiers...",
    parse: "lit une délibération et écrit l'enregistrement (JSON ou YAML, ou une ligne SCDL CSV par acte) ; le rapport de cohérence va sur la sortie d'erreur",
    parseFile: "fichier PDF ou texte ; - pour l'entrée standard",
    parseFormat: "format de sortie : json (défaut), yaml ou scdl (CSV « Délibérations »)",
    parseOut: "écrit l'enregistrement dans ce fichier (écriture atomique) au lieu de la sortie standard",
    parseNoReport: "n'affiche pas le rapport de cohérence",
    check: "vérifie la cohérence d'un ou plusieurs documents (code 1 si une erreur est relevée)",
    checkFiles: "fichiers PDF ou texte ; - pour l'entrée standard",
    checkFormat: (formats) => `format du rapport : ${formats.join(", ")} (défaut : text)`,
    minSeverity: "gravité minimale affichée : info, warning ou error (défaut : info ; warning pour github)",
    schema: "affiche le schéma JSON des enregistrements",
    lang: "langue des messages : fr (défaut) ou en",
    maxPages: "nombre maximal de pages d'un PDF (défaut : 2000)",
    maxText: "taille maximale du texte d'un document, en Mo (défaut : 10)",
    timeout: "temps maximal par document, en secondes (défaut : 60 ; plus 30 par page lue par OCR)",
    ocr: "lecture des pages numérisées : auto (pages sans texte, ou seulement le tampon), always (toutes), never (aucune) ; défaut : auto",
  },

  report: {
    severity: FR_SEVERITY,
    act: (index, number) => (number ? `acte n° ${number}` : `acte ${index + 1}`),
    page: (page, line) => `p. ${page}, l. ${line}`,
    quote: (text) => `« ${text} »`,
    summary: (path, acts, counts) => {
      const head = `${path} : ${plural(acts, "acte", "actes")}`;
      if (counts.error + counts.warning + counts.info === 0) return `${head}, aucune remarque`;
      return `${head} ; ${plural(counts.error, "erreur", "erreurs")}, ${plural(counts.warning, "avertissement", "avertissements")}, ${plural(counts.info, "info", "infos")}`;
    },
    total: (files, counts) =>
      `Total : ${plural(files, "fichier", "fichiers")} ; ${plural(counts.error, "erreur", "erreurs")}, ${plural(counts.warning, "avertissement", "avertissements")}, ${plural(counts.info, "info", "infos")}`,
    separator: " : ",
    acts: (acts, total) => {
      if (acts.length > 10 && acts.length === total) return `les ${total} actes`;
      const numbered = acts.every((a) => a.number);
      const items = acts.map((a) => (numbered ? a.number! : a.number ? `n° ${a.number}` : String(a.index + 1)));
      const list = items.length > 10 ? `${items.slice(0, 8).join(", ")}… (${items.length} actes)` : items.join(", ");
      return `actes ${numbered ? "n° " : ""}${list}`;
    },
    regraded: (from, to, reason) => `niveau changé par la configuration : ${FR_SEVERITY[from]} → ${FR_SEVERITY[to]} (${reason})`,
    rulesOff: (rules) => `Règles désactivées par la configuration : ${rules.map((r) => `${r.rule} (${r.reason})`).join(" ; ")}`,
  },
};
