// `ctg batch … --report html`: OUT/rapport.html, the whole folder as one page, built at the end of the run from
// what the run wrote (the manifest and each document's record in --out), not by parsing the documents again:
// each record is read back, validated against the schema and checked (the rules run on the record alone).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { checkDocument, type RuleOverrides } from "../../check/index.js";
import { readManifest, type ManifestEntry } from "../../batch/manifest.js";
import { failureLine } from "../../batch/progress.js";
import type { FileResult } from "../../batch/protocol.js";
import { displayName, type Lang } from "../../i18n/index.js";
import { CtgDocument } from "../../schema/record.js";
import { writeFileAtomic } from "../atomic.js";
import { renderHtmlReport, type HtmlDocument, type HtmlUnreadable } from "./render.js";
import { packageVersion } from "./version.js";

export const BATCH_REPORT_FILE = "rapport.html";

async function readRecord(outDir: string, output: string): Promise<CtgDocument> {
  const text = await readFile(join(outDir, ...output.split("/")), "utf8");
  return CtgDocument.parse(output.endsWith(".yaml") ? parseYaml(text) : JSON.parse(text));
}

function failure(rel: string, entry: ManifestEntry, lang: Lang): string {
  const result: FileResult = { status: entry.status, error: entry.error, sha256: null, pages: 0, acts: 0, counts: entry.counts, findings: [], ms: 0 };
  return failureLine(rel, result, lang);
}

/**
 * Writes OUT/rapport.html for the documents `rels` (relative paths, as the manifest keys them) and returns its
 * path. A document without a record (unreadable, failed, or converted to ndjson) is listed with its one line.
 * `rules`: those ctg.config.yaml switches off or re-grades, as the run applied them.
 */
export async function writeBatchReport(outDir: string, rels: readonly string[], lang: Lang, rules: RuleOverrides = {}): Promise<string> {
  const manifest = readManifest(outDir);
  const documents: HtmlDocument[] = [];
  const unreadable: HtmlUnreadable[] = [];
  for (const rel of rels) {
    const entry = manifest?.files[rel];
    if (!entry) continue;
    const name = displayName(rel);
    if (entry.output === null || entry.status === "unreadable" || entry.status === "failed") {
      if (entry.status === "unreadable" || entry.status === "failed") unreadable.push({ name, message: failure(rel, entry, lang) });
      continue;
    }
    const doc = await readRecord(outDir, entry.output);
    documents.push({ name, doc, report: checkDocument(doc, { lang, rules }) });
  }
  const path = join(outDir, BATCH_REPORT_FILE);
  const html = renderHtmlReport({ documents, unreadable, lang, version: packageVersion(), collapseClean: true });
  await writeFileAtomic(path, html);
  return path;
}
