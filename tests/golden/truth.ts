// Field-by-field comparison of ctg's acts with a hand-checked truth (NAME.json `truth`, the format of
// ../shared/corpus): the comparable form of each field's kind, the rows of a truth, the act a truth deliberation
// describes. Used by the golden tests of the shared corpus and of the written probes.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import type { Act, Person, Proxy } from "../../src/schema/record.js";

export type Kind = "text" | "exact" | "department" | "number" | "title" | "person" | "people" | "proxies";
export const FIELDS: Record<string, [Kind, (a: Act) => unknown]> = {
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
  prefecture_published_date: ["exact", (a) => a.prefecture.publishedDate],
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
export function comparable(kind: Kind, want: unknown, got: unknown): [unknown, unknown] {
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

export interface Row {
  where: string;
  field: string;
  want: unknown;
  /** 0: the session's fields, read on the first act; n: the truth's n-th deliberation */
  deliberation: number;
}

export interface Truth {
  deliberations?: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

export function rowsOf(name: string, truth: Truth): Row[] {
  const { deliberations, acts_total: _total, ...shared } = truth;
  const rows: Row[] = Object.entries(shared).map(([field, want]) => ({ where: name, field, want, deliberation: 0 }));
  (deliberations ?? []).forEach((d, i) => {
    for (const [field, want] of Object.entries(d)) rows.push({ where: `${name}#${i + 1}`, field, want, deliberation: i + 1 });
  });
  return rows;
}

/** The act a truth deliberation describes: same number, else same title among acts with no other number. */
export function matchAct(acts: Act[], d: Record<string, unknown>): Act | undefined {
  const number = d.number ?? d.deliberation_number;
  const [, wantNumber] = comparable("number", number, null);
  if (wantNumber !== null) {
    const byNumber = acts.find((a) => comparable("number", number, a.number)[0] === wantNumber);
    if (byNumber) return byNumber;
  }
  const free = acts.filter((a) => a.number === null || wantNumber === null);
  return free.find((a) => fold(a.title) === fold(d.title)) ?? free.find((a) => fold(a.title).startsWith(fold(d.title).slice(0, 24)));
}

/**
 * One test per field of a truth, on the acts `acts()` gives once read; a field listed in `gaps` ("doc field" or
 * "doc#n field" -> what is wrong today) is a todo with its reason.
 */
export function truthTests(name: string, truth: Truth, acts: () => Act[], gaps: Record<string, string>): void {
  for (const row of rowsOf(name, truth)) {
    const title = `${row.where} ${row.field} = ${JSON.stringify(row.want)}`;
    const gap = gaps[`${row.where} ${row.field}`];
    if (gap) {
      it.todo(`${title} (today: ${gap})`);
      continue;
    }
    it(title, () => {
      const spec = FIELDS[row.field];
      if (!spec) throw new Error(`no mapping for truth field ${row.field}`);
      const act = row.deliberation === 0 ? acts()[0] : matchAct(acts(), truth.deliberations![row.deliberation - 1]!);
      expect(act, `no act for ${row.where}`).toBeDefined();
      const [got, want] = comparable(spec[0], row.want, spec[1](act!));
      expect(got).toEqual(want);
    });
  }
}

/**
 * Every document of `dir` (NAME.txt or NAME.pdf with NAME.json), read as `ctg parse` reads a file (its bytes: PDF,
 * UTF-8 or Windows-1252 text), compared with its truth field by field; the fields of `gaps` show as todo.
 */
export function documentTests(dir: string, gaps: Record<string, string>): void {
  const names = readdirSync(dir).filter((f) => /\.(?:txt|pdf|md)$/.test(f)).sort();
  describe.each(names)("%s", (file) => {
    const name = file.replace(/\.(?:txt|pdf|md)$/, "");
    const truth = (JSON.parse(readFileSync(resolve(dir, `${name}.json`), "utf8")) as { truth: Truth }).truth;
    let acts: Act[] = [];
    beforeAll(async () => {
      const path = resolve(dir, file);
      acts = (await parseBytes(readFileSync(path), path)).acts;
    });
    if (Number.isInteger(truth.acts_total)) {
      const gap = gaps[`${name} acts_total`];
      if (gap) it.todo(`${name} acts = ${String(truth.acts_total)} (today: ${gap})`);
      else it(`${name} acts = ${String(truth.acts_total)}`, () => expect(acts.length).toBe(truth.acts_total));
    }
    truthTests(name, truth, () => acts, gaps);
  });
}
