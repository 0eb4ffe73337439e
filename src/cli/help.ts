// Help texts of the commands, apart from the commands' code: main.ts builds the whole command line from them and
// imports a command's module only when that command runs (the first output of `ctg parse` does not wait for the
// modules of batch, report or scdl-check).
import { SCDL_SCHEMA_VERSION } from "../scdl/schema.js";

/** The names `ctg check --format` accepts: the formats registered in src/write/report/index.ts (a test holds them equal). */
export const REPORT_FORMAT_NAMES = ["text", "json", "github", "junit", "sarif"] as const;

/** --pdf-engine of parse, check and batch. */
export const PDF_ENGINE_HELP = {
  fr: "moteur qui lit le texte des PDF : pdfium (défaut, le plus rapide) ou pdfjs (pdf.js)",
  en: "engine that reads the text of PDFs: pdfium (default, the fastest) or pdfjs (pdf.js)",
} as const;

/** Help texts of `ctg batch` and `ctg merge`. */
export const BATCH_HELP = {
  fr: {
    batch: "convertit des dossiers de délibérations (PDF, texte) en enregistrements, en parallèle et avec reprise",
    inputs: "dossiers, fichiers ou motifs (ex. 'actes/**/*.pdf')",
    out: "dossier de sortie (arborescence des entrées, manifeste, summary.json)",
    format: "format des enregistrements : json (défaut), yaml ou ndjson (une ligne par document sur la sortie standard)",
    scdl: "écrit aussi le CSV SCDL « Délibérations » de tous les actes dans ce fichier",
    jobs: "nombre de processus de conversion (défaut : tous les cœurs)",
    timeout: "temps maximal par document, en secondes (défaut : 60 ; plus 30 par page lue par OCR)",
    ocrJobs: "documents lus par OCR en même temps (défaut : autant que --jobs, dans la limite de la mémoire libre, 400 Mo par lecteur)",
    shard: "ne traite que la part K sur N des documents (ex. 2/4), pour répartir sur plusieurs machines",
    config: "fichier de configuration (défaut : ctg.config.yaml du dossier courant ou d'un parent)",
    maxMemory: "mémoire maximale par processus de conversion, en Mo (défaut : 512)",
    force: "reconvertit aussi les documents inchangés",
    failOn: "code de sortie 1 si une remarque atteint ce niveau : error ou warning",
    quiet: "n'affiche ni progression ni résumé",
    merge: "réunit les dossiers de sortie de plusieurs `ctg batch --shard`",
    dirs: "dossiers de sortie à réunir",
    mergeOut: "dossier réuni",
    mergeScdl: "fichier CSV SCDL réuni (défaut : deliberations-scdl.csv dans --out si les parts en ont)",
    checkFailOn: "niveau qui fait échouer la vérification (code 1) : error (défaut) ou warning",
    parseConfig: "fichier de configuration pour --format scdl (défaut : ctg.config.yaml du dossier courant ou d'un parent)",
  },
  en: {
    batch: "convert folders of deliberations (PDF, text) into records, in parallel and resumably",
    inputs: "folders, files or patterns (e.g. 'acts/**/*.pdf')",
    out: "output folder (mirror of the inputs, manifest, summary.json)",
    format: "record format: json (default), yaml or ndjson (one line per document on standard output)",
    scdl: "also write the SCDL « Délibérations » CSV of every act to this file",
    jobs: "number of conversion workers (default: all cores)",
    timeout: "time limit per document, in seconds (default: 60; plus 30 per page read by OCR)",
    ocrJobs: "documents read by OCR at the same time (default: as many as --jobs, within the free memory, 400 MB per reader)",
    shard: "only process share K of N of the documents (e.g. 2/4), to spread them over machines",
    config: "configuration file (default: ctg.config.yaml in the current folder or a parent)",
    maxMemory: "memory cap per conversion worker, in MB (default: 512)",
    force: "convert unchanged documents again",
    failOn: "exit code 1 when a finding reaches this level: error or warning",
    quiet: "print neither progress nor summary",
    merge: "join the output folders of several `ctg batch --shard` runs",
    dirs: "output folders to join",
    mergeOut: "joined folder",
    mergeScdl: "joined SCDL CSV file (default: deliberations-scdl.csv in --out when the shards have rows)",
    checkFailOn: "level that fails the check (exit code 1): error (default) or warning",
    parseConfig: "configuration file for --format scdl (default: ctg.config.yaml in the current folder or a parent)",
  },
} as const;

/** Help texts of `ctg report`. */
export const REPORT_HELP = {
  fr: {
    report: "écrit le rapport de vérification en une page HTML autonome, lisible dans un navigateur, même sur téléphone",
    files: "fichiers, dossiers ou motifs (ex. 'actes/**/*.pdf') ; - pour l'entrée standard",
    out: "fichier HTML à écrire (défaut : la sortie standard)",
    batchReport: "écrit aussi rapport.html dans --out : le dossier entier en une page HTML (valeur : html)",
    reportNeedsFiles: "--report html lit les enregistrements écrits dans --out : impossible avec --format ndjson",
    written: (path: string) => `rapport HTML : ${path}`,
  },
  en: {
    report: "write the consistency report as one self-contained HTML page, readable in a browser, phones included",
    files: "files, folders or patterns (e.g. 'acts/**/*.pdf'); - for standard input",
    out: "HTML file to write (default: standard output)",
    batchReport: "also write rapport.html in --out: the whole folder as one HTML page (value: html)",
    reportNeedsFiles: "--report html reads the records written in --out: not possible with --format ndjson",
    written: (path: string) => `HTML report: ${path}`,
  },
} as const;

/** Help texts of `ctg scdl-check`. */
export const SCDL_CHECK_HELP = {
  fr: {
    description: `vérifie un CSV SCDL « Délibérations » (schéma ${SCDL_SCHEMA_VERSION} et contrôles Validata) : une ligne par problème ; code 0 conforme, 1 problèmes, 2 illisible`,
    file: "fichier CSV à vérifier",
  },
  en: {
    description: `checks an SCDL « Délibérations » CSV (schema ${SCDL_SCHEMA_VERSION} and Validata's checks): one line per problem; exit 0 valid, 1 problems, 2 unreadable`,
    file: "CSV file to check",
  },
} as const;
