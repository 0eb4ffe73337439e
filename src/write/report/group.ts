// One finding repeated on every act of a session (the same rule, severity, message, legal source and evidence:
// a session-level fact such as the quorum, copied onto each of the 15 acts of one set of minutes) is one entry
// that lists the acts it concerns. Text, GitHub and SARIF show one entry per group; JUnit keeps one test case per
// act and says which other acts share the finding; JSON keeps the findings per act and lists the groups.
import type { Finding } from "../../schema/report.js";

export interface ActRef {
  /** index of the act in the document (0-based) */
  index: number;
  number: string | null;
}

export interface FindingGroup {
  /** the finding as found on the first act */
  finding: Finding;
  /** every act it was found on, in document order */
  acts: ActRef[];
}

/** What makes two findings the same apart from their act. */
export function sameFindingKey(f: Finding): string {
  return JSON.stringify([f.rule, f.severity, f.message, f.legalSource, f.evidence, f.ocr ?? null, f.regraded ?? null]);
}

/** The findings grouped, in the order of their first act; within a group the acts in document order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = sameFindingKey(f);
    const group = groups.get(key);
    if (group) {
      if (!group.acts.some((a) => a.index === f.act)) group.acts.push({ index: f.act, number: f.actNumber });
    } else {
      groups.set(key, { finding: f, acts: [{ index: f.act, number: f.actNumber }] });
    }
  }
  const out = [...groups.values()];
  for (const g of out) g.acts.sort((a, b) => a.index - b.index);
  return out;
}

/** The rules switched off, once each, over all the reports (every report of one run has the same list). */
export function rulesOffOf(reports: ReadonlyArray<{ rulesOff?: ReadonlyArray<{ rule: string; reason: string }> | undefined }>): Array<{ rule: string; reason: string }> {
  const seen = new Map<string, { rule: string; reason: string }>();
  for (const r of reports) for (const off of r.rulesOff ?? []) if (!seen.has(off.rule)) seen.set(off.rule, { rule: off.rule, reason: off.reason });
  return [...seen.values()];
}
