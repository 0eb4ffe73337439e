// The content's structure: who exposes, strategic orientations (domains and numbered axes with their actions),
// governance tables, the term of a convention and its parties.
import type { Content } from "../schema/record.js";
import type { Evidence, Line, Table } from "../core/types.js";
import { AXIS, AXIS_START, DOMAIN, EXPOSE, GOVERNANCE_HEADER, PARTIES_INTRO, TERM, TERM_CUE } from "../vocab/fr.js";
import { firstDate } from "../vocab/dates.js";
import { pushAll } from "../core/arrays.js";

const BULLET = /^\s*[-•–—*o]\s+(\S.*|.)$/;

function romanOrNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const map: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  const u = s.toUpperCase();
  for (let i = 0; i < u.length; i++) {
    const v = map[u[i]!] ?? 0;
    const next = map[u[i + 1]!] ?? 0;
    n += v < next ? -v : v;
  }
  return n || null;
}

/** bullets run together when the layout was lost: "- La Caf de l'Isère - Le Département de l'Isère" */
function runTogether(text: string): string[] {
  return text.split(/\s[-–•]\s(?=\p{Lu})/u).map((x) => x.trim()).filter(Boolean);
}

export function extractContent(lines: Line[], tables: Table[], ev: Evidence): Content {
  const content: Content = { exposedBy: null, orientations: [], governance: [], term: null, parties: [] };
  for (const l of lines) {
    const m = EXPOSE.exec(l.text);
    if (m) {
      content.exposedBy = m[1]!.replace(/^./, (c) => c.toUpperCase());
      ev.add("/content/exposedBy", l);
      break;
    }
  }
  // orientations: "En matière de X :" then "AXE n : title" then "- action" lines
  let domain: Content["orientations"][number] | undefined;
  let axis: Content["orientations"][number]["axes"][number] | undefined;
  for (const l of lines) {
    const d = DOMAIN.exec(l.text);
    if (d && /:\s*$/.test(l.text)) {
      domain = { domain: d[1]!.trim(), axes: [] };
      content.orientations.push(domain);
      ev.add(`/content/orientations/${content.orientations.length - 1}`, l);
      axis = undefined;
      continue;
    }
    const a = AXIS.exec(l.text);
    if (a && domain) {
      // actions run together with the title when the layout was lost: "Ouvrir un espace jeunes - Recruter …"
      const [title, ...actions] = runTogether(a[2]!);
      axis = { number: romanOrNumber(a[1]!), title: title!, actions };
      domain.axes.push(axis);
      continue;
    }
    const b = BULLET.exec(l.text);
    // the term of the convention and its parties close the orientations, even inside a bullet whose layout was lost
    if (PARTIES_INTRO.test(l.text) || TERM.test(l.text)) {
      domain = undefined;
      axis = undefined;
      continue;
    }
    if (b && axis) {
      pushAll(axis.actions, runTogether(b[1]!));
      continue;
    }
    // a wrapped bullet: the line goes on in lower case
    if (!b && axis && axis.actions.length && (/^\s*\p{Ll}/u.test(l.text) || /[,(]$/.test(axis.actions[axis.actions.length - 1]!)) && !AXIS.test(l.text) && !DOMAIN.test(l.text)) {
      axis.actions[axis.actions.length - 1] += ` ${l.text.trim()}`;
      continue;
    }
    if (axis && !b) {
      // prose after the axes closes the orientations
      if (!AXIS_START.test(l.text)) axis = undefined;
      if (!a && !d && domain && /[.]$/.test(l.text)) domain = undefined;
    }
  }
  // governance: tables whose header names bodies (comité, groupe, instance, conseil ...)
  for (const t of tables) {
    if (!t.header.some((h) => GOVERNANCE_HEADER.test(h))) continue;
    t.header.forEach((name, col) => {
      const items = t.rows.flatMap((row) => row[col] ?? []);
      content.governance.push({ name, items });
    });
    ev.add("/content/governance", { page: t.page, line: t.line, text: t.header.join(" | ") });
  }
  // term: "conclue à compter du 1er janvier 2022 jusqu'au 31 décembre 2026"
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!TERM_CUE.test(l.text)) continue;
    const m = TERM.exec(l.text);
    if (!m) continue;
    const start = firstDate(m[1]!);
    const end = firstDate(m[2]!);
    if (start && end) {
      content.term = { start, end };
      ev.add("/content/term", l);
      // parties: the bullet list after "entre :"
      if (PARTIES_INTRO.test(l.text)) {
        for (let j = i + 1; j < lines.length; j++) {
          const b = BULLET.exec(lines[j]!.text);
          // bullets run together when the layout was lost: "- La Caf de l'Isère - Le Département de l'Isère"
          if (b) pushAll(content.parties, runTogether(b[1]!));
          else if (content.parties.length && (/^\s*\p{Ll}/u.test(lines[j]!.text) || /[,(]$/.test(content.parties[content.parties.length - 1]!))) content.parties[content.parties.length - 1] += ` ${lines[j]!.text.trim()}`;
          else break;
        }
        if (content.parties.length) ev.add("/content/parties", lines[i + 1]);
      }
      break;
    }
  }
  return content;
}
