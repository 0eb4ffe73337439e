// What `ctg batch` and `ctg merge` say to the clerk: French by default, English with --lang en.
export type Lang = "fr" | "en";

export function num(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : "fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: 0 })
    .format(n)
    .replace(/\u202f/g, " ");
}

export function duration(ms: number, lang: Lang): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return ms < 10_000 ? `${num(ms / 1000, lang, 1)} s` : `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

const FR = {
  files: "fichiers",
  perSecond: "fichiers/s",
  eta: "reste",
  unreadable: "illisible",
  failed: "échec",
  timeout: "délai dépassé",
  memory: "mémoire dépassée",
  crash: "arrêt du traitement",
  writeFailed: (cause: string) => `impossible d'écrire la sortie (${cause})`,
  done: (n: number, converted: number, skipped: number, time: string, rate: string) =>
    `${n} documents (${converted} convertis, ${skipped} inchangés) en ${time} – ${rate} fichiers/s`,
  statusLine: (ok: number, w: number, e: number, u: number, f: number) =>
    `sans remarque : ${ok} · avec avertissements : ${w} · avec erreurs : ${e} · illisibles : ${u} · échecs : ${f}`,
  topRules: "règles les plus relevées",
  severityName: { error: "erreur", warning: "avertissement", info: "info" },
  scdl: (rows: number, file: string) => `SCDL : ${rows} lignes dans ${file}`,
  inferred: (n: number) => `matière déduite du titre pour ${n} acte(s) : à vérifier (liste dans summary.json)`,
  defaulted: (n: number) => `matière par défaut (ctg.config.yaml) pour ${n} acte(s)`,
  missing: (n: number) => `matière vide pour ${n} acte(s) : aucun mot-clé reconnu, pas de matiere.defaut`,
  summaryAt: (p: string) => `résumé : ${p}`,
  noInput: (args: string) => `aucun document .pdf, .txt ou .md trouvé dans ${args}`,
  unmatched: (arg: string) => `ignoré : ${arg} (introuvable ou aucun document)`,
  staleTemps: (n: number) => `${n} fichier(s) temporaire(s) d'une exécution interrompue supprimé(s)`,
  interrupted: (done: number, total: number) =>
    `interrompu : ${done} document(s) sur ${total} terminé(s) et enregistré(s), aucun fichier partiel ; relancer la même commande pour reprendre`,
  badShard: (s: string) => `--shard « ${s} » invalide : attendu K/N avec 1 ≤ K ≤ N (ex. 2/4)`,
  badJobs: (s: string) => `--jobs « ${s} » invalide : nombre entier ≥ 1 attendu`,
  badTimeout: (s: string) => `--timeout « ${s} » invalide : nombre de secondes > 0 attendu`,
  badFormat: (s: string) => `--format « ${s} » invalide : json, yaml ou ndjson`,
  mergeConflict: (rel: string, a: string, b: string) => `${rel} : présent dans ${a} et ${b} ; ${a} est gardé`,
  mergeNoManifest: (dir: string) => `${dir} : pas de manifeste ctg (ctg-manifest.json) ; ce dossier est-il une sortie de ctg batch ?`,
  merged: (n: number, dirs: number, out: string) => `${n} documents de ${dirs} dossiers réunis dans ${out}`,
  ocrPages: (n: number) => ` · ${n} page${n > 1 ? "s" : ""} lue${n > 1 ? "s" : ""} par OCR`,
  // the same two counts, in the same words, as the summary's status line
  progressLine: (done: number, total: number, rate: string, eta: string, unreadable: number, failed: number) =>
    `${done}/${total} fichiers · ${rate} fichiers/s · reste ${eta} · illisibles : ${unreadable} · échecs : ${failed}`,
};

type Messages = typeof FR;

const EN: Messages = {
  files: "files",
  perSecond: "files/s",
  eta: "ETA",
  unreadable: "unreadable",
  failed: "failed",
  timeout: "time limit exceeded",
  memory: "memory cap exceeded",
  crash: "worker crashed",
  writeFailed: (cause) => `cannot write the output (${cause})`,
  done: (n, converted, skipped, time, rate) => `${n} documents (${converted} converted, ${skipped} unchanged) in ${time} – ${rate} files/s`,
  statusLine: (ok, w, e, u, f) => `clean: ${ok} · with warnings: ${w} · with errors: ${e} · unreadable: ${u} · failed: ${f}`,
  topRules: "most frequent rules",
  severityName: { error: "error", warning: "warning", info: "info" },
  scdl: (rows, file) => `SCDL: ${rows} rows in ${file}`,
  inferred: (n) => `matière inferred from the title for ${n} act(s): check them (listed in summary.json)`,
  defaulted: (n) => `default matière (ctg.config.yaml) for ${n} act(s)`,
  missing: (n) => `matière left empty for ${n} act(s): no keyword matched, no matiere.defaut`,
  summaryAt: (p) => `summary: ${p}`,
  noInput: (args) => `no .pdf, .txt or .md document found in ${args}`,
  unmatched: (arg) => `skipped: ${arg} (not found or no document)`,
  staleTemps: (n) => `removed ${n} temporary file(s) left by an interrupted run`,
  interrupted: (done, total) => `interrupted: ${done} of ${total} document(s) finished and recorded, no partial file; run the same command again to resume`,
  badShard: (s) => `--shard "${s}" is invalid: expected K/N with 1 ≤ K ≤ N (e.g. 2/4)`,
  badJobs: (s) => `--jobs "${s}" is invalid: an integer ≥ 1 expected`,
  badTimeout: (s) => `--timeout "${s}" is invalid: a number of seconds > 0 expected`,
  badFormat: (s) => `--format "${s}" is invalid: json, yaml or ndjson`,
  mergeConflict: (rel, a, b) => `${rel}: present in ${a} and ${b}; keeping ${a}`,
  mergeNoManifest: (dir) => `${dir}: no ctg manifest (ctg-manifest.json); is it an output folder of ctg batch?`,
  merged: (n, dirs, out) => `merged ${n} documents from ${dirs} folders into ${out}`,
  ocrPages: (n) => ` · ${n} page${n > 1 ? "s" : ""} read by OCR`,
  progressLine: (done, total, rate, eta, unreadable, failed) =>
    `${done}/${total} files · ${rate} files/s · ETA ${eta} · unreadable: ${unreadable} · failed: ${failed}`,
};

export function messages(lang: Lang): Messages {
  return lang === "en" ? EN : FR;
}
