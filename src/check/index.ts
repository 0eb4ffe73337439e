// Placeholder until the rules table lands (see src/check/rules.ts).
import type { CtgDocument } from "../schema/record.js";
import type { Report } from "../schema/report.js";

export type Lang = "fr" | "en";

export function checkDocument(doc: CtgDocument, _options: { lang?: Lang } = {}): Report {
  return { path: doc.source.path, acts: doc.acts.length, findings: [], counts: { error: 0, warning: 0, info: 0 } };
}
