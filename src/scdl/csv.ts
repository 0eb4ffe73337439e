// An RFC 4180 reader for `ctg scdl-check`: comma-separated, fields in double quotes may hold commas, quotes
// (doubled) and line breaks; CRLF or LF line ends; a UTF-8 byte-order mark is skipped. One pass over the text.

export interface CsvRecord {
  cells: string[];
  /** line of the file where the record starts (1-based) */
  line: number;
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; problem: "unterminated-quote" | "stray-quote"; line: number };

export function readCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  let cell = "";
  let start = line;
  let quoted = false;
  let afterQuote = false;
  const endRecord = () => {
    cells.push(cell);
    // a blank line (one empty cell) is no record
    if (!(cells.length === 1 && cells[0] === "" && !afterQuote)) records.push({ cells, line: start });
    cells = [];
    cell = "";
    afterQuote = false;
  };
  const n = text.length;
  let atStart = true;
  while (i < n) {
    const c = text[i]!;
    if (atStart) {
      start = line;
      atStart = false;
    }
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (c === "\n") line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cell !== "" || afterQuote) return { ok: false, problem: "stray-quote", line };
      quoted = true;
      i++;
      continue;
    }
    if (c === ",") {
      cells.push(cell);
      cell = "";
      afterQuote = false;
      i++;
      continue;
    }
    if (c === "\r" && text[i + 1] === "\n") i++;
    if (c === "\r" || c === "\n") {
      endRecord();
      line++;
      i++;
      atStart = true;
      continue;
    }
    if (afterQuote) return { ok: false, problem: "stray-quote", line };
    cell += c;
    i++;
  }
  if (quoted) return { ok: false, problem: "unterminated-quote", line: start };
  if (!atStart) endRecord();
  return { ok: true, records };
}
