// Markup found in text exports: HTML list fragments (<ul><li>) and tables (tab-separated rows, Markdown
// pipes). Lists become "- item" lines; tables are returned as structured blocks for the extractors.
export interface Table {
  page: number;
  line: number;
  header: string[];
  /** cells of each row; a cell holding a list is split into its items */
  rows: string[][][];
}

const TAG = /<\/?[a-z][^>]*>/gi;

export function stripTags(text: string): string {
  return text
    .replace(/<li[^>]*>/gi, "•")
    .replace(TAG, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ ]{2,}/g, " ")
    .trim();
}

/** "• a• b" -> ["a", "b"]; plain text -> [text]. */
export function cellItems(cell: string): string[] {
  const text = stripTags(cell);
  return text
    .split(/\s*•\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function hasMarkup(line: string): boolean {
  return /<\s*(?:ul|ol|li|p|br|table|tr|td|th|div|span)\b/i.test(line);
}

export function splitRow(line: string): string[] | undefined {
  if (line.includes("\t")) return line.split("\t").map((c) => c.trim());
  const md = /^\s*\|(.+)\|\s*$/.exec(line);
  if (md) return md[1]!.split("|").map((c) => c.trim());
  return undefined;
}

export function isMarkdownRule(line: string): boolean {
  return /^\s*(?:\|\s*)?:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)*(?:\s*\|)?\s*$/.test(line);
}
