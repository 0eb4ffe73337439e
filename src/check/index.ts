// The consistency report: every rule of src/check/rules.ts run on every act of a document.
import type { Act, CtgDocument, EvidenceItem } from "../schema/record.js";
import type { Finding, Report, Severity } from "../schema/report.js";
import { RULES, contextFor, type Lang } from "./rules.js";
import { todayIso } from "./dates.js";
import { pushAll } from "../core/arrays.js";
import { isOff, regrade, rulesOff, type RuleOverrides } from "./overrides.js";

export type { Lang } from "./rules.js";
export { RULES } from "./rules.js";
export type { RuleLevel, RuleOverride, RuleOverrides } from "./overrides.js";

export interface CheckOptions {
  /** language of the messages: French unless "en" */
  lang?: Lang;
  /** today's date (AAAA-MM-JJ) for "not in the future"; the current date when omitted */
  today?: string;
  /** rules switched off or re-graded (ctg.config.yaml `regles`), read by the caller */
  rules?: RuleOverrides;
}

/** Items per list pointer when the evidence is keyed by the list's elements ("/attendance/proxies/0"). */
const MAX_ITEMS_PER_LIST = 3;

/** The evidence items of `pointers`, in order, without repeats; a list pointer gathers its first elements' items. */
export function evidenceFor(act: Act, pointers: readonly string[]): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const seen = new Set<string>();
  const push = (item: EvidenceItem): void => {
    const key = `${item.page}:${item.line}:${item.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(item);
  };
  for (const pointer of pointers) {
    const exact = act.evidence[pointer];
    if (exact) {
      push(exact);
      continue;
    }
    const prefix = pointer + "/";
    Object.keys(act.evidence)
      .filter((k) => k.startsWith(prefix))
      .slice(0, MAX_ITEMS_PER_LIST)
      .forEach((k) => {
        const item = act.evidence[k];
        if (item) push(item);
      });
  }
  return out;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Below this OCR confidence (0-100) a line may be misread: an error resting on it is a warning at most. */
export const LOW_OCR_CONFIDENCE = 80;

const OCR_NOTE: Record<Lang, (confidence: number, low: boolean) => string> = {
  fr: (c, low) => ` (lu par OCR, confiance ${c} %${low ? " : à vérifier sur le document" : ""})`,
  en: (c, low) => ` (read by OCR, confidence ${c}%${low ? ": check against the document" : ""})`,
};

/** A finding whose evidence was read by OCR says so; an error on a line read with low confidence is a warning. */
function withOcr(finding: Finding, lang: Lang): Finding {
  const read = finding.evidence.filter((e) => e.source === "ocr" && e.confidence !== undefined);
  if (read.length === 0) return finding;
  const confidence = Math.min(...read.map((e) => e.confidence!));
  const low = confidence < LOW_OCR_CONFIDENCE;
  return {
    ...finding,
    severity: low && finding.severity === "error" ? "warning" : finding.severity,
    message: finding.message + OCR_NOTE[lang](confidence, low),
    ocr: { confidence },
  };
}

export function checkDocument(doc: CtgDocument, options: CheckOptions = {}): Report {
  const lang: Lang = options.lang === "en" ? "en" : "fr";
  const today = options.today ?? todayIso();
  const findings: Finding[] = [];
  doc.acts.forEach((act, index) => {
    const context = contextFor(act, today);
    const ofAct: Finding[] = [];
    for (const rule of RULES) {
      if (isOff(options.rules, rule.id)) continue;
      for (const out of rule.run(act, context)) {
        const finding: Finding = {
          rule: rule.id,
          severity: out.severity,
          act: index,
          actNumber: act.number,
          message: out.message[lang],
          legalSource: out.legalSource,
          evidence: evidenceFor(act, out.pointers),
        };
        ofAct.push(withOcr(regrade(finding, options.rules), lang));
      }
    }
    // within an act: errors first, then warnings, then information (stable, so table order otherwise)
    ofAct.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    pushAll(findings, ofAct);
  });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const off = rulesOff(options.rules, RULES.map((r) => r.id));
  return { path: doc.source.path, acts: doc.acts.length, findings, counts, ...(off.length ? { rulesOff: off } : {}) };
}
