// Whole documents of different shapes from the shared corpus (../shared/corpus, read in place, never copied),
// compared with their hand-checked truth (NAME.json `truth`) field by field. Fields the extractor misses today
// are listed in GAPS and show as todo; remove a line from GAPS once the field is right.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseBytes, parseText } from "../../src/parse.js";
import type { Act, Person, Proxy } from "../../src/schema/record.js";

const CORPUS = resolve("../shared/corpus");
const present = existsSync(CORPUS);
if (!present) console.warn(`golden corpus tests skipped: ${CORPUS} is absent`);

/** name, file, shape */
const DOCS: Array<[string, string, string]> = [
  ["dev-015", "dev-015.txt", "single deliberation"],
  ["dev-004", "dev-004.txt", "minutes with numbered items, giver-only proxies"],
  ["dev-022", "dev-022.txt", "minutes with numbered items, members not voting"],
  ["dev-013", "dev-013.txt", "informal compte rendu with first names"],
  ["dev-pdf-031", "dev-pdf-031.pdf", "PDF compte rendu, items 1/ ... 8/"],
];

/** "doc field" or "doc#n field" (n: 1-based deliberation of the truth) -> what is wrong today. */
const GAPS: Record<string, string> = {
  "dev-015 proxies": "OCR split 'DEMU YNCK' kept as two tokens",
};

type Kind = "text" | "exact" | "department" | "number" | "title" | "person" | "people" | "proxies";
const FIELDS: Record<string, [Kind, (a: Act) => unknown]> = {
  commune: ["text", (a) => a.authority.name],
  department: ["department", (a) => a.authority.department],
  body: ["text", (a) => a.body],
  session_date: ["exact", (a) => a.sessionDate],
  convocation_date: ["exact", (a) => a.convocationDate],
  deliberation_number: ["number", (a) => a.number],
  number: ["number", (a) => a.number],
  title: ["title", (a) => a.title],
  members_in_office: ["exact", (a) => a.attendance.inOffice],
  present: ["exact", (a) => a.attendance.present],
  absent: ["exact", (a) => a.attendance.absent],
  represented: ["exact", (a) => a.attendance.represented],
  voters: ["exact", (a) => a.attendance.voters],
  votes_for: ["exact", (a) => a.vote.for],
  votes_against: ["exact", (a) => a.vote.against],
  abstentions: ["exact", (a) => a.vote.abstentions],
  unanimous: ["exact", (a) => a.vote.unanimous],
  adopted: ["exact", (a) => (a.vote.outcome === null ? null : a.vote.outcome === "adopted")],
  prefecture_id: ["exact", (a) => a.prefecture.id],
  prefecture_sent_date: ["exact", (a) => a.prefecture.sentDate],
  prefecture_received_date: ["exact", (a) => a.prefecture.receivedDate],
  publication_date: ["exact", (a) => a.prefecture.publishedDate],
  secretary: ["person", (a) => a.secretary],
  president: ["person", (a) => a.president],
  present_names: ["people", (a) => a.attendance.presentMembers],
  excused_names: ["people", (a) => a.attendance.excusedMembers],
  absent_names: ["people", (a) => a.attendance.absentMembers],
  not_voting: ["people", (a) => a.attendance.notVoting],
  proxies: ["proxies", (a) => a.attendance.proxies],
};

const fold = (s: unknown) =>
  String(s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const CIVILITY = new Set(["m", "mm", "mme", "mlle", "mr", "monsieur", "madame", "mademoiselle", "me", "dr", "docteur"]);
function personKey(p: Person | string | null | undefined): string {
  if (p === null || p === undefined) return "";
  const text = typeof p === "string" ? p : [p.lastName, p.firstName].filter(Boolean).join(" ") || p.name;
  return fold(text).split(" ").filter((t) => t && !CIVILITY.has(t)).sort().join(" ");
}
const sorted = (xs: string[]) => [...xs].sort();

/** The value to compare and the expected one, both in the comparable form of the field's kind. */
function comparable(kind: Kind, want: unknown, got: unknown): [unknown, unknown] {
  switch (kind) {
    case "exact":
      return [got ?? null, want];
    case "text":
    case "title":
      return [got === null || got === undefined ? null : fold(got), fold(want)];
    case "department": {
      const code = (x: unknown) => /\(?\b(\d{2,3}|2[AB])\b\)?\s*$/i.exec(String(x ?? ""))?.[1]?.replace(/^0+(?=\d{2})/, "").toUpperCase() ?? null;
      return [code(got), code(want)];
    }
    case "number": {
      const bare = (x: unknown) => (x === null || x === undefined ? null : fold(x).replace(/^(?:n|no|numero)\s+/, ""));
      return [bare(got), bare(want)];
    }
    case "person":
      return [personKey(got as Person | null), personKey(want as string)];
    case "people":
      return [sorted(((got as Person[] | undefined) ?? []).map(personKey)), sorted((want as string[]).map(personKey))];
    case "proxies": {
      const wanted = want as Array<{ from: string; to?: string }>;
      const withHolder = wanted.some((p) => p.to !== undefined);
      const key = (from: unknown, to: unknown) => (withHolder ? `${personKey(from as Person)} > ${personKey(to as Person)}` : personKey(from as Person));
      return [sorted(((got as Proxy[] | undefined) ?? []).map((p) => key(p.from, p.to))), sorted(wanted.map((p) => key(p.from, p.to)))];
    }
  }
}

interface Row {
  where: string;
  field: string;
  want: unknown;
  /** 0: the session's fields, read on the first act; n: the truth's n-th deliberation */
  deliberation: number;
}

interface Truth {
  deliberations?: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

function rowsOf(name: string, truth: Truth): Row[] {
  const { deliberations, acts_total: _total, ...shared } = truth;
  const rows: Row[] = Object.entries(shared).map(([field, want]) => ({ where: name, field, want, deliberation: 0 }));
  (deliberations ?? []).forEach((d, i) => {
    for (const [field, want] of Object.entries(d)) rows.push({ where: `${name}#${i + 1}`, field, want, deliberation: i + 1 });
  });
  return rows;
}

/** The act a truth deliberation describes: same number, else same title among acts with no other number. */
function matchAct(acts: Act[], d: Record<string, unknown>): Act | undefined {
  const [, wantNumber] = comparable("number", d.number, null);
  if (wantNumber !== null) {
    const byNumber = acts.find((a) => comparable("number", d.number, a.number)[0] === wantNumber);
    if (byNumber) return byNumber;
  }
  const free = acts.filter((a) => a.number === null || wantNumber === null);
  return free.find((a) => fold(a.title) === fold(d.title)) ?? free.find((a) => fold(a.title).startsWith(fold(d.title).slice(0, 24)));
}

describe.skipIf(!present)("golden corpus documents", () => {
  describe.each(DOCS)("%s (%s: %s)", (name, file, _shape) => {
    const truth = present ? (JSON.parse(readFileSync(resolve(CORPUS, `${name}.json`), "utf8")) as { truth: Truth }).truth : {};
    let acts: Act[] = [];
    beforeAll(async () => {
      const path = resolve(CORPUS, file);
      const doc = file.endsWith(".pdf") ? await parseBytes(new Uint8Array(readFileSync(path)), path) : parseText(readFileSync(path, "utf8"), path);
      acts = doc.acts;
    });

    for (const row of rowsOf(name, truth)) {
      const title = `${row.where} ${row.field} = ${JSON.stringify(row.want)}`;
      const gap = GAPS[`${row.where} ${row.field}`];
      if (gap) {
        it.todo(`${title} (today: ${gap})`);
        continue;
      }
      it(title, () => {
        const spec = FIELDS[row.field];
        if (!spec) throw new Error(`no mapping for truth field ${row.field}`);
        const act = row.deliberation === 0 ? acts[0] : matchAct(acts, truth.deliberations![row.deliberation - 1]!);
        expect(act, `no act for ${row.where}`).toBeDefined();
        const [got, want] = comparable(spec[0], row.want, spec[1](act!));
        expect(got).toEqual(want);
      });
    }
  });
});
