// The report a clerk opens in a browser: one self-contained HTML page (inline stylesheet, no script, no font,
// image or link to load; a Content-Security-Policy that forbids any), readable on a phone. For each act: the act
// at a glance (authority, session, attendance, vote, prefecture stamp), then the findings grouped by severity,
// each with the source lines it rests on, the value highlighted, page and line. Every text of a document is
// escaped (escape.ts): a title holding « <script> » is shown as written, never run.
import { createHash } from "node:crypto";
import { messages, type Lang } from "../../i18n/index.js";
import type { Act, Basis, CtgDocument, EvidenceItem } from "../../schema/record.js";
import type { Finding, Report, Severity } from "../../schema/report.js";
import { escapeHtml as e } from "./escape.js";
import { highlightLine } from "./highlight.js";
import { htmlStrings, type HtmlStrings } from "./strings.js";
import { STYLES } from "./styles.js";
import { fieldNeedles, findingNeedles } from "./values.js";

export interface HtmlDocument {
  /** the file as the clerk named it */
  name: string;
  doc: CtgDocument;
  report: Report;
}

export interface HtmlUnreadable {
  name: string;
  /** the one line said on standard error */
  message: string;
}

export interface HtmlReportInput {
  documents: readonly HtmlDocument[];
  unreadable?: readonly HtmlUnreadable[];
  lang?: Lang;
  /** ctg's version, shown in the header */
  version?: string;
  /** acts without findings folded (<details> closed): for a folder's report */
  collapseClean?: boolean;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** The Content-Security-Policy of the page: nothing may be loaded or run, only its own stylesheet applies. */
export function contentSecurityPolicy(styles: string = STYLES): string {
  const hash = createHash("sha256").update(styles).digest("base64");
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

function badges(counts: Record<Severity, number>, t: HtmlStrings): string {
  const shown = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `<span class="badge ${s}">${e(t.count(s, counts[s]))}</span>`);
  return `<span class="badges">${shown.length ? shown.join("") : `<span class="badge clean">${e(t.clean)}</span>`}</span>`;
}

function countsOf(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Renders one act; `id` is its anchor ("d1-a2"), made of indices only. */
class ActView {
  /** the pointers shown in the glance, with the row of the sources table they link to */
  private readonly rows: Array<{ pointer: string; item: EvidenceItem }>;

  constructor(
    private readonly act: Act,
    private readonly id: string,
    private readonly t: HtmlStrings,
    private readonly lang: Lang,
    /** the table of every value's line; left out of a folder's acts without findings (they stay small) */
    private readonly withSources: boolean,
  ) {
    this.rows = Object.entries(act.evidence).map(([pointer, item]) => ({ pointer, item }));
  }

  /** « p. 1, l. 23 », linked to the line in the sources table; "" when the value has no evidence. */
  private ref(pointer: string): string {
    const row = this.rows.findIndex((r) => r.pointer === pointer);
    if (row < 0) return "";
    const { page, line } = this.rows[row]!.item;
    const title = `title="${e(this.t.atTitle(page, line))}"`;
    if (!this.withSources) return ` <span class="ref" ${title}>${e(this.t.at(page, line))}</span>`;
    return ` <a class="ref" href="#${this.id}-s${row + 1}" ${title}>${e(this.t.at(page, line))}</a>`;
  }

  private tag(basis: Record<string, Basis>, key: string): string {
    return basis[key] === "inferred" ? ` <span class="tag" title="${e(this.t.inferredTitle)}">${e(this.t.inferred)}</span>` : "";
  }

  /** One value with its inferred tag and its reference. */
  private value(text: string, pointer: string, basis: Record<string, Basis> = {}, key = pointer.slice(pointer.lastIndexOf("/") + 1)): string {
    return `${e(text)}${this.tag(basis, key)}${this.ref(pointer)}`;
  }

  private glance(): string {
    const { act, t } = this;
    const rows: Array<[string, string]> = [];
    const a = act.authority;
    const authority = [
      a.name !== null ? this.value(a.name, "/authority/name", a.basis) : "",
      a.kind ? e(t.kind[a.kind]) : "",
      a.department !== null ? this.value(t.department(a.department), "/authority/department", a.basis) : "",
      a.siren !== null ? `${e(t.siren)} ${this.value(a.siren, "/authority/siren", a.basis)}` : "",
    ].filter(Boolean);
    rows.push([t.authority, authority.length ? authority.join(" · ") : e(t.notGiven)]);
    if (act.body !== null) rows.push([t.body, this.value(act.body, "/body", act.basis)]);
    rows.push([t.session, act.sessionDate !== null ? this.value(t.date(act.sessionDate), "/sessionDate", act.basis) : e(t.notGiven)]);
    if (act.convocationDate !== null) rows.push([t.convocation, this.value(t.date(act.convocationDate), "/convocationDate", act.basis)]);
    if (act.president) rows.push([t.president, this.value(act.president.name, "/president")]);
    if (act.secretary) rows.push([t.secretary, this.value(act.secretary.name, "/secretary")]);
    rows.push([t.attendance, this.attendance()]);
    rows.push([t.vote, this.vote()]);
    rows.push([t.stamp, this.stamp()]);
    return `<dl class="glance">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join("")}</dl>`;
  }

  private attendance(): string {
    const { t } = this;
    const a = this.act.attendance;
    const parts: string[] = [];
    const add = (n: number | null, key: "inOffice" | "present" | "represented" | "absent" | "voters") => {
      if (n !== null) parts.push(this.value(t[key](n), `/attendance/${key}`, a.basis, key));
    };
    add(a.inOffice, "inOffice");
    add(a.present, "present");
    add(a.represented, "represented");
    add(a.absent, "absent");
    add(a.voters, "voters");
    return parts.length ? parts.join(" · ") : e(t.notGiven);
  }

  private vote(): string {
    const { t } = this;
    const v = this.act.vote;
    if (v.kind === "none") return e(t.noVote);
    const parts: string[] = [];
    if (v.kind === "election") parts.push(e(t.election));
    if (v.unanimous) parts.push(this.value(t.unanimous, "/vote/unanimous", v.basis, "unanimous"));
    if (v.for !== null) parts.push(this.value(t.for(v.for), "/vote/for", v.basis, "for"));
    if (v.against !== null) parts.push(this.value(t.against(v.against), "/vote/against", v.basis, "against"));
    if (v.abstentions !== null) parts.push(this.value(t.abstentions(v.abstentions), "/vote/abstentions", v.basis, "abstentions"));
    if (v.outcome) parts.push(`<strong>${this.value(t.outcome[v.outcome], "/vote/outcome", v.basis, "outcome")}</strong>`);
    return parts.length ? parts.join(" · ") : e(t.notGiven);
  }

  private stamp(): string {
    const { t } = this;
    const p = this.act.prefecture;
    const parts: string[] = [];
    if (p.id !== null) parts.push(`${e(t.ctesId)} <span class="id">${e(p.id)}</span>${this.ref("/prefecture/id")}`);
    if (p.sentDate !== null) parts.push(this.value(t.sent(t.date(p.sentDate)), "/prefecture/sentDate"));
    if (p.receivedDate !== null) parts.push(this.value(t.received(t.date(p.receivedDate)), "/prefecture/receivedDate"));
    if (p.publishedDate !== null) parts.push(this.value(t.published(t.date(p.publishedDate)), "/prefecture/publishedDate"));
    return parts.length ? parts.join("<br>") : e(t.notGiven);
  }

  private evidenceLine(item: EvidenceItem, needles: readonly string[]): string {
    const { t } = this;
    const ocr = item.source === "ocr" && item.confidence !== undefined ? ` · ${e(t.ocr(item.confidence))}` : "";
    return `<blockquote>${highlightLine(item.text, needles)}</blockquote><span class="ref">${e(t.atTitle(item.page, item.line))}${ocr}</span>`;
  }

  private findings(findings: readonly Finding[]): string {
    const { t } = this;
    if (findings.length === 0) return `<p class="clean-note">${e(t.noFinding)}</p>`;
    return SEVERITIES.map((severity) => {
      const group = findings.filter((f) => f.severity === severity);
      if (group.length === 0) return "";
      const items = group.map((f) => {
        const evidence = f.evidence.map((item) => `<li>${this.evidenceLine(item, findingNeedles(this.act, f, item))}</li>`).join("");
        return (
          `<li class="finding ${severity}"><p>${e(f.message)}</p>` +
          `<p class="rule">${e(t.rule)} ${e(f.rule)}${f.legalSource ? ` · ${e(f.legalSource)}` : ""}</p>` +
          (f.regraded ? `<p class="rule">${e(messages(this.lang).report.regraded(f.regraded.from, f.severity, f.regraded.reason))}</p>` : "") +
          (evidence ? `<ul class="evidence">${evidence}</ul>` : "") +
          `</li>`
        );
      });
      return `<h4 class="finding ${severity}">${e(t.severityHeading[severity])} (${group.length})</h4><ol class="findings">${items.join("")}</ol>`;
    }).join("");
  }

  private sources(): string {
    const { t } = this;
    if (this.rows.length === 0 || !this.withSources) return "";
    const rows = this.rows.map(({ pointer, item }, i) => {
      const label = t.fieldNames[pointer] ?? t.fieldNames[pointer.replace(/\/\d+$/, "")] ?? pointer;
      return `<tr id="${this.id}-s${i + 1}"><td>${e(label)}</td><td>${this.evidenceLine(item, fieldNeedles(this.act, pointer))}</td></tr>`;
    });
    return (
      `<details class="sources"><summary>${e(t.sources(this.rows.length))}</summary><div class="scroll"><table>` +
      `<thead><tr><th>${e(t.field)}</th><th>${e(t.line)}</th></tr></thead><tbody>${rows.join("")}</tbody></table></div></details>`
    );
  }

  render(index: number, findings: readonly Finding[], open: boolean): string {
    const { act, t } = this;
    return (
      `<details class="act" id="${this.id}"${open ? " open" : ""}><summary><h3>${e(t.act(index, act.number))}</h3>${badges(countsOf(findings), t)}` +
      `<span class="act-title">${e(act.title ?? t.untitled)}</span></summary>` +
      `<h4>${e(t.glance)}</h4>${this.glance()}${this.findings(findings)}${this.sources()}</details>`
    );
  }
}

function contents(input: HtmlReportInput, t: HtmlStrings): string {
  const rows = input.documents.map((d, i) => {
    const acts = d.doc.acts
      .map((act, a) => `<a href="#d${i + 1}-a${a + 1}">${e(act.number ?? String(a + 1))}</a>`)
      .join(", ");
    const c = d.report.counts;
    return (
      `<tr><td><a href="#d${i + 1}">${e(d.name)}</a>${acts ? `<br><span class="ref">${acts}</span>` : ""}</td>` +
      `<td class="n">${d.doc.acts.length}</td><td class="n">${c.error}</td><td class="n">${c.warning}</td><td class="n">${c.info}</td></tr>`
    );
  });
  return (
    `<section><h2>${e(t.contents)}</h2><div class="scroll"><table><thead><tr><th>${e(t.file)}</th>` +
    `<th class="n">${e(t.actsHeading)}</th>` +
    SEVERITIES.map((s) => `<th class="n"><abbr title="${e(t.severityHeading[s])}">${e(t.severityColumn[s])}</abbr></th>`).join("") +
    `</tr></thead><tbody>${rows.join("")}</tbody></table></div></section>`
  );
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const lang = input.lang ?? "fr";
  const t = htmlStrings(lang);
  const unreadable = input.unreadable ?? [];
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let acts = 0;
  for (const d of input.documents) {
    acts += d.doc.acts.length;
    for (const s of SEVERITIES) total[s] += d.report.counts[s];
  }
  const meta = [
    t.files(input.documents.length + unreadable.length),
    t.acts(acts),
    ...SEVERITIES.map((s) => t.count(s, total[s])),
    ...(input.version ? [t.generated(input.version)] : []),
  ].join(" · ");
  const many = input.documents.length + unreadable.length > 1;
  const docs = input.documents.map((d, i) => {
    const id = `d${i + 1}`;
    const actsHtml = d.doc.acts.map((act, a) => {
      const findings = d.report.findings.filter((f) => f.act === a);
      const open = !input.collapseClean || findings.some((f) => f.severity !== "info");
      return new ActView(act, `${id}-a${a + 1}`, t, lang, !input.collapseClean || findings.length > 0).render(a, findings, open);
    });
    const facts = [t.acts(d.doc.acts.length), t.pages(d.doc.source.pages)].join(" · ");
    const off = d.report.rulesOff?.length ? `<p class="meta">${e(messages(lang).report.rulesOff(d.report.rulesOff))}</p>` : "";
    return `<section class="doc" id="${id}"><h2>${e(d.name)}</h2><p class="meta">${e(facts)} ${badges(d.report.counts, t)}</p>${off}${actsHtml.join("")}</section>`;
  });
  const bad = unreadable.length
    ? `<section class="unreadable"><h2>${e(t.unreadableHeading)}</h2><p>${e(t.unreadableNote)}</p><ul>${unreadable
        .map((u) => `<li>${e(u.message)}</li>`)
        .join("")}</ul></section>`
    : "";
  const title = input.documents.length === 1 && unreadable.length === 0 ? `${t.title} — ${input.documents[0]!.name}` : t.title;
  return (
    `<!DOCTYPE html>\n<html lang="${t.htmlLang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="referrer" content="no-referrer"><title>${e(title)}</title><style>${STYLES}</style></head>\n` +
    `<body><header><h1>${e(t.title)}</h1><p class="meta">${e(meta)}</p></header>\n<main>` +
    (many ? contents(input, t) : "") +
    bad +
    docs.join("\n") +
    `</main></body></html>\n`
  );
}
