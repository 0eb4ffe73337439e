// The record `ctg parse` produces. These zod schemas are the single source of truth: TypeScript types are
// inferred from them and schemas/ctg.schema.json is generated from them (scripts/write-schema.mjs).
import { z } from "zod";

export const SCHEMA_VERSION = "1.0.0";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("ISO 8601 date AAAA-MM-JJ");
const count = z.number().int().nonnegative();

/** Whether a value was read as such in the text, or derived from other wording (e.g. unanimity). */
export const Basis = z.enum(["stated", "inferred"]);

export const Person = z.object({
  name: z.string().describe("as written, civility removed"),
  civility: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  role: z.string().nullable().optional().describe("role words attached to the name (Maire, Délégué, ...)"),
});

export const Proxy = z.object({
  from: Person.describe("member who gave the proxy"),
  to: Person.nullable().describe("member who holds it; null when the text names only the giver"),
});

export const Authority = z.object({
  name: z.string().nullable(),
  kind: z.enum(["commune", "epci", "departement", "region", "syndicat", "other"]).nullable(),
  department: z.string().nullable().describe("INSEE department code: '38', '2B', '974'"),
  siren: z.string().nullable(),
  basis: z.record(z.string(), Basis).describe("for each field: read in the text (stated) or looked up in the COG reference data (inferred)"),
});

export const Attendance = z.object({
  inOffice: count.nullable(),
  present: count.nullable(),
  absent: count.nullable(),
  represented: count.nullable(),
  voters: count.nullable(),
  presentMembers: z.array(Person),
  excusedMembers: z.array(Person),
  absentMembers: z.array(Person),
  proxies: z.array(Proxy),
  notVoting: z.array(Person).describe("members who do not take part in this act's vote"),
  events: z
    .array(z.object({ kind: z.enum(["arrival", "departure"]), person: Person, note: z.string() }))
    .describe("arrivals and departures during the session, as written ('(départ à 19h59)', 'arrivée de M. X')"),
  basis: z.record(z.string(), Basis).describe("for each count: stated in the text or inferred"),
});

export const ElectionResult = z.object({
  voters: count.nullable(),
  blank: count.nullable(),
  void: count.nullable(),
  blankOrVoid: count.nullable().describe("blank and void ballots counted together ('Bulletins blancs ou nuls : 2'): then blank and void are null"),
  expressed: count.nullable(),
  candidates: z.array(z.object({ name: z.string(), votes: count, elected: z.boolean().nullable() })),
});

export const Vote = z.object({
  kind: z.enum(["show-of-hands", "election", "none"]).describe("none: information item, no vote"),
  for: count.nullable(),
  against: count.nullable(),
  abstentions: count.nullable(),
  expressed: count.nullable(),
  unanimous: z.boolean().nullable(),
  unanimityScope: z.enum(["expressed", "present", "present-and-represented", "members", "unspecified"]).nullable(),
  outcome: z.enum(["adopted", "rejected"]).nullable(),
  basis: z.record(z.string(), Basis).describe("for each count: stated in the text or inferred"),
  abstainers: z.array(Person),
  opponents: z.array(Person),
  election: ElectionResult.nullable(),
  wording: z.string().nullable().describe("the vote line as written"),
});

export const Prefecture = z.object({
  id: z.string().nullable().describe("@CTES act identifier DPT-SIREN-AAAAMMJJ-NUMERO-NATURE"),
  department: z.string().nullable(),
  siren: z.string().nullable(),
  decisionDate: isoDate.nullable(),
  internalNumber: z.string().nullable(),
  nature: z.string().nullable(),
  sentDate: isoDate.nullable(),
  receivedDate: isoDate.nullable(),
  publishedDate: isoDate.nullable(),
});

export const Decision = z.object({ verb: z.string(), text: z.string() });

export const Axis = z.object({ number: z.number().int().nullable(), title: z.string(), actions: z.array(z.string()) });
export const Orientation = z.object({ domain: z.string(), axes: z.array(Axis) });
export const GovernanceBody = z.object({ name: z.string(), items: z.array(z.string()) });

export const Content = z.object({
  exposedBy: z.string().nullable(),
  orientations: z.array(Orientation),
  governance: z.array(GovernanceBody),
  term: z.object({ start: isoDate.nullable(), end: isoDate.nullable() }).nullable(),
  parties: z.array(z.string()),
});

export const EvidenceItem = z.object({
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  text: z.string(),
  source: z.literal("ocr").optional().describe("present when the line was read by OCR (absent: the text layer or the text file)"),
  confidence: z.number().min(0).max(100).optional().describe("OCR: the line's mean word confidence, 0-100"),
});

export const Act = z.object({
  kind: z.enum(["deliberation", "information", "election"]),
  authority: Authority,
  body: z.string().nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  sessionDate: isoDate.nullable(),
  convocationDate: isoDate.nullable(),
  place: z.string().nullable(),
  president: Person.nullable(),
  secretary: Person.nullable(),
  attendance: Attendance,
  vote: Vote,
  prefecture: Prefecture,
  decisions: z.array(Decision),
  content: Content,
  basis: z
    .record(z.string(), Basis)
    .describe("for the act's own values (sessionDate, number, title, ...): stated in the text or inferred (e.g. the session date read in the @CTES identifier)"),
  evidence: z.record(z.string(), EvidenceItem).describe("JSON pointer of a value -> where it was read"),
});

export const Source = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.enum(["application/pdf", "text/plain", "text/markdown"]),
  pages: z.number().int().nonnegative(),
  ocr: z
    .object({
      engine: z.string(),
      pages: z.array(
        z.object({
          page: z.number().int().positive(),
          method: z.enum(["image", "render"]).describe("image: the page's one embedded image, at its own resolution; render: the page drawn at 300 dpi"),
          confidence: z.number().min(0).max(100).describe("mean word confidence of the page, 0-100"),
        }),
      ),
    })
    .optional()
    .describe("the pages read by OCR (absent when none was)"),
});

export const CtgDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  acts: z.array(Act),
});

export type Basis = z.infer<typeof Basis>;
export type Person = z.infer<typeof Person>;
export type Proxy = z.infer<typeof Proxy>;
export type Authority = z.infer<typeof Authority>;
export type Attendance = z.infer<typeof Attendance>;
export type ElectionResult = z.infer<typeof ElectionResult>;
export type Vote = z.infer<typeof Vote>;
export type Prefecture = z.infer<typeof Prefecture>;
export type Decision = z.infer<typeof Decision>;
export type Content = z.infer<typeof Content>;
export type EvidenceItem = z.infer<typeof EvidenceItem>;
export type Act = z.infer<typeof Act>;
export type Source = z.infer<typeof Source>;
export type CtgDocument = z.infer<typeof CtgDocument>;
