// The consistency report: findings of the rules in src/check/rules.ts, one list per act.
import { z } from "zod";
import { EvidenceItem } from "./record.js";

export const Severity = z.enum(["error", "warning", "info"]);

export const Finding = z.object({
  rule: z.string().describe("rule id, e.g. QUORUM"),
  severity: Severity,
  act: z.number().int().nonnegative().describe("index of the act in the document"),
  actNumber: z.string().nullable(),
  message: z.string(),
  legalSource: z.string(),
  evidence: z.array(EvidenceItem),
  ocr: z
    .object({ confidence: z.number().min(0).max(100).describe("the lowest confidence of the OCR lines the finding rests on") })
    .optional()
    .describe("present when the finding rests on text read by OCR; an error on a line read with low confidence is lowered to a warning"),
  regraded: z
    .object({
      from: Severity.describe("the severity the rule gave"),
      reason: z.string().describe("why, as ctg.config.yaml says (regles.RULE.raison)"),
    })
    .optional()
    .describe("present when ctg.config.yaml re-grades the rule (regles.RULE.niveau): severity is the configured level"),
});

export const RuleOff = z.object({
  rule: z.string(),
  reason: z.string().describe("regles.RULE.raison of ctg.config.yaml"),
});

export const Report = z.object({
  path: z.string(),
  acts: z.number().int().nonnegative(),
  findings: z.array(Finding),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  rulesOff: z.array(RuleOff).optional().describe("rules switched off by ctg.config.yaml (niveau: off), with the reason: they ran on no act"),
});

export type Severity = z.infer<typeof Severity>;
export type Finding = z.infer<typeof Finding>;
export type Report = z.infer<typeof Report>;
export type RuleOff = z.infer<typeof RuleOff>;
