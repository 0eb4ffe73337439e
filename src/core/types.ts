// Types shared by the pipeline stages (not part of the record: see src/schema for that).
import type { EvidenceItem } from "../schema/record.js";
import type { Table } from "../normalise/markup.js";

/** One line of the normalised body, with where it was in the source (1-based page and line). */
export interface Line {
  page: number;
  line: number;
  text: string;
}

export type { Table };

/** Where each extracted value was read, keyed by JSON pointer ("/attendance/present"). */
export class Evidence {
  readonly items: Record<string, EvidenceItem> = {};
  add(pointer: string, at: Line | undefined, text?: string): void {
    if (!at || this.items[pointer]) return;
    this.items[pointer] = { page: at.page, line: at.line, text: (text ?? at.text).trim().slice(0, 300) };
  }
  /** the value was read again, elsewhere: the act's own stamp over the document's */
  replace(pointer: string, at: Line): void {
    delete this.items[pointer];
    this.add(pointer, at);
  }
  merge(other: Evidence, prefix = ""): void {
    for (const [k, v] of Object.entries(other.items)) this.items[prefix + k] ??= v;
  }
}
