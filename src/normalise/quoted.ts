// An act received in an e-mail's reply or forward, every line of the quoted message opened by « > » (or « > > » when
// quoted twice): the marks go from every line when most of the page's lines carry them, so that labels open their lines
// again (« > Présents : 32 »). Pure: a page's lines in, as many lines out; undefined when the page is no such quotation.
const QUOTED = /^\s*>/;
const MARKS = /^\s*(?:>\s?)+/;

export function unquoted(lines: readonly string[]): string[] | undefined {
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length < 4 || filled.filter((l) => QUOTED.test(l)).length < filled.length * 0.5) return undefined;
  return lines.map((l) => l.replace(MARKS, ""));
}
