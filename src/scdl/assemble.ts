// The SCDL CSV of a run from the parts of its documents (in path order): one header, then the rows, each
// DELIB_ID once per authority. A later row with a DELIB_ID already published for the same COLL_SIRET is left
// out, its reason naming the first: the same act met twice (every column equal but DELIB_URL: the same
// deliberation as text and as PDF), or two acts the documents number alike.
import { SCDL_COLUMNS, SCDL_HEADER, actLabel, scdlRowLine, type LeftOut, type ScdlPart, type ScdlRow } from "../write/scdl.js";
import { leftOutText, type Lang } from "./messages.js";

export interface Assembled {
  csv: string;
  rows: number;
  /** rows left out as duplicates, with the path of their document */
  duplicates: Array<{ path: string; left: LeftOut }>;
}

const sameAct = (a: ScdlRow, b: ScdlRow) => SCDL_COLUMNS.every((c) => c === "DELIB_URL" || a[c] === b[c]);

export function assembleScdl(parts: ReadonlyArray<readonly [string, Pick<ScdlPart, "rows" | "acts"> | null | undefined]>, lang: Lang = "fr"): Assembled {
  const en = lang === "en";
  const first = new Map<string, { path: string; index: number; row: ScdlRow }>();
  const lines: string[] = [];
  const duplicates: Assembled["duplicates"] = [];
  for (const [path, part] of parts) {
    (part?.rows ?? []).forEach((row, i) => {
      // the act's position in its document (older manifests keep no positions: the row's)
      const index = part?.acts?.[i] ?? i;
      const key = `${row.COLL_SIRET}\u0000${row.DELIB_ID}`;
      const seen = first.get(key);
      if (seen) {
        const where = `${seen.path}, ${actLabel(seen.index, null, lang)}`;
        duplicates.push({
          path,
          left: { act: index, actNumber: null, reason: "duplicate", message: leftOutText.duplicate(row.DELIB_ID, where, sameAct(seen.row, row), en) },
        });
        return;
      }
      first.set(key, { path, index, row });
      lines.push(scdlRowLine(row));
    });
  }
  return { csv: SCDL_HEADER + lines.join(""), rows: lines.length, duplicates };
}
