// A spreadsheet's export to text with semicolons between its cells (« numéro;objet;rapporteur;vote » / « 2024-182;Budget
// principal …;M. Guillaume LEPRÊTRE, adjoint au Maire;"Adoptée à la majorité (45 pour ; 8 contre)" »), as a town posts
// its list of acts or a data engineer receives it: its rows become lines of cells parted by tabs, as a word processor's
// table exports them, which the normaliser reads as a table (a table of items: one heading and its cells a row); a row of
// one cell is that cell's text. Cells in double quotes may hold semicolons, line breaks and doubled quotes. Pure: a page's
// lines in, as many lines out (a row on the line it starts on, blank lines for the rest of it, so that evidence still
// points at the source's lines); undefined when the page is no such export.

interface Row {
  cells: string[];
  /** the index of the line it starts on */
  at: number;
}

/** most of the page's lines hold the same number of semicolons, two at least, outside quotes */
function looksLikeCsv(rows: readonly Row[]): boolean {
  const widths = rows.filter((r) => r.cells.length > 1).map((r) => r.cells.length);
  if (widths.length < 4) return false;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [width, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return width >= 3 && n >= Math.max(4, rows.length * 0.6);
}

/** the page's text cut into rows of cells, quotes honoured; undefined when a quote is left open */
function parse(text: string): Row[] | undefined {
  const rows: Row[] = [];
  let row: string[] = [];
  let line = 0;
  let at = 0;
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === ";") {
      row.push(cell.trim());
      cell = "";
    } else if (c === "\n") {
      row.push(cell.trim());
      rows.push({ cells: row, at });
      row = [];
      cell = "";
      at = line;
    } else if (c !== "\r") cell += c;
  }
  if (quoted) return undefined;
  row.push(cell.trim());
  rows.push({ cells: row, at });
  return rows;
}

export function csvAsTabs(lines: readonly string[]): string[] | undefined {
  if (lines.filter((l) => l.includes(";")).length < 4) return undefined;
  const rows = parse(lines.join("\n").replace(/^\uFEFF/, ""));
  if (!rows || !looksLikeCsv(rows)) return undefined;
  const out = lines.map(() => "");
  let header = true;
  for (const { cells, at } of rows) {
    const filled = cells.filter((c) => c !== "");
    // (a cell's own line breaks: a paragraph of the header in one cell keeps its lines; a row's cell goes on one line)
    if (filled.length <= 1) (filled[0] ?? "").split("\n").forEach((t, k) => (out[at + k] = t));
    else {
      // (the columns' names as labels: « numéro;objet;rapporteur;vote » gives « Rapporteur : … » a row)
      out[at] = cells.map((c) => c.replace(/\s*\n\s*/g, " ")).map((c) => (header ? c.charAt(0).toUpperCase() + c.slice(1) : c)).join("\t");
      header = false;
    }
  }
  return out;
}
