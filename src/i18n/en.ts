// English, with --lang en.
import type { InputErrorCode, InputErrorFigures } from "../load/errors.js";
import type { Messages } from "./types.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const num = (n: number, digits = 0) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(n);
const mb = (bytes: number) => `${num(bytes / (1024 * 1024), bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const against = (f: InputErrorFigures | undefined, unit: (n: number) => string) =>
  f ? (f.count !== undefined ? ` (${unit(f.count)}, limit ${unit(f.limit)})` : ` (over ${unit(f.limit)})`) : "";

const causes: Record<InputErrorCode, (f?: InputErrorFigures) => string> = {
  "not-found": () => "file not found",
  "not-a-file": () => "not a file (a directory?)",
  "special-file": () => "not a regular file (a pipe, device or socket): nothing read",
  "link-loop": () => "symbolic link loop",
  empty: () => "empty file",
  binary: () => "binary data: neither a PDF nor text",
  "nul-bytes": () => "NUL bytes in the text: a damaged or badly exported file",
  "not-pdf": () => "not a PDF (no %PDF- header)",
  "truncated-pdf": () => "truncated or damaged PDF",
  "damaged-pdf": () => "damaged PDF (invalid internal structure)",
  "encrypted-pdf": () => "encrypted PDF (password protected)",
  "pdf-bomb": (f) => `booby-trapped PDF: decompression bomb${f ? ` (over ${mb(f.limit)} once inflated)` : ""}`,
  "no-text-layer": () => "no text layer, probably a scan: run again with --ocr auto to read it by OCR",
  "ocr-empty": () => "no text layer, and OCR read no text in it (blank page, drawing or unreadable image)",
  "stamp-only": () => "only the prefecture stamp has a text layer, and OCR read nothing else on the scanned pages",
  "no-deliberation": () => "no deliberation recognised (no number, title, session date, attendance, vote, decision or stamp)",
  "too-many-pages": (f) => `too many pages${against(f, (n) => num(n))}`,
  "text-too-large": (f) => `text too long${against(f, mb)}`,
  "file-too-large": (f) => `file too large${against(f, mb)}`,
  timeout: (f) => `time limit exceeded${f ? ` (${num(f.limit, 1)} s per file)` : ""}`,
  unreadable: () => "cannot be read",
};

export const en: Messages = {
  stdin: "standard input",
  inputError: (code, file, detail, figures) => `${file}: ${causes[code](figures)}${detail ? ` (${detail})` : ""}`,
  cannotWrite: (file, detail) => `cannot write ${file}: ${detail}`,
  outIsInput: (file) => `--out ${file} is the input file itself: nothing written, the original is untouched`,
  notAFolder: "not a folder",
  fsCauses: {
    ENOENT: "no such folder",
    ENOTDIR: "no such folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "is a directory",
    ENOSPC: "disk full",
    EDQUOT: "disk quota exceeded",
    EFBIG: "file too large for this disk",
    EROFS: "read-only file system",
    EIO: "disk input/output error",
    ELOOP: "symbolic link loop",
  },
  internalError: (detail) => `internal error: ${detail} (not a problem with your file: please report it)`,

  usage: {
    unknownOption: (option) => `unknown option: ${option}`,
    unknownCommand: (command) => `unknown command: ${command}`,
    missingArgument: (argument) => `missing argument: ${argument}`,
    optionMissingArgument: (option) => `missing value for option ${option}`,
    excessArguments: () => "too many arguments",
    invalidValue: (option, value, allowed) => `invalid value "${value}" for ${option} (expected: ${allowed.join(", ")})`,
    stdinTwice: () => "standard input (-) can be read only once",
    other: (message) => message,
    seeHelp: (command) => `see ${command} --help`,
  },

  help: {
    program: "Compiles local-authority deliberations (PDF or text) into validated records, with a consistency report.",
    titles: {
      "Usage:": "Usage:",
      "Options:": "Options:",
      "Commands:": "Commands:",
      "Arguments:": "Arguments:",
      "Global Options:": "Global Options:",
    },
    helpOption: "display help",
    helpCommand: "display help for a command",
    versionOption: "display the version",
    programUsage: "[options] [command]",
    pathArgument: "path",
    fileArgument: "file",
    filesArgument: "files...",
    parse: "reads a deliberation and writes the record (JSON or YAML, or an SCDL CSV row per act); the consistency report goes to standard error",
    parseFile: "PDF or text file; - for standard input",
    parseFormat: "output format: json (default), yaml or scdl (« Délibérations » CSV)",
    parseOut: "write the record to this file (atomically) instead of standard output",
    parseNoReport: "do not print the consistency report",
    check: "checks the consistency of one or more documents (exit code 1 when an error is found)",
    checkFiles: "PDF or text files; - for standard input",
    checkFormat: (formats) => `report format: ${formats.join(", ")} (default: text)`,
    minSeverity: "lowest severity shown: info, warning or error (default: info; warning for github)",
    schema: "prints the JSON Schema of the records",
    lang: "language of messages: fr (default) or en",
    maxPages: "maximum number of pages of a PDF (default: 2000)",
    maxText: "maximum size of a document's text, in MB (default: 10)",
    timeout: "time limit per document, in seconds (default: 60; plus 30 per page read by OCR)",
    ocr: "reading scanned pages: auto (pages with no text, or only the stamp), always (every page), never (none); default: auto",
  },

  report: {
    severity: { error: "error", warning: "warning", info: "info" },
    act: (index, number) => (number ? `act ${number}` : `act #${index + 1}`),
    page: (page, line) => `p. ${page}, l. ${line}`,
    quote: (text) => `"${text}"`,
    summary: (path, acts, counts) => {
      const head = `${path}: ${plural(acts, "act", "acts")}`;
      if (counts.error + counts.warning + counts.info === 0) return `${head}, no findings`;
      return `${head}; ${plural(counts.error, "error", "errors")}, ${plural(counts.warning, "warning", "warnings")}, ${plural(counts.info, "info", "infos")}`;
    },
    total: (files, counts) =>
      `Total: ${plural(files, "file", "files")}; ${plural(counts.error, "error", "errors")}, ${plural(counts.warning, "warning", "warnings")}, ${plural(counts.info, "info", "infos")}`,
    separator: ": ",
    acts: (acts, total) => {
      if (acts.length > 10 && acts.length === total) return `all ${total} acts`;
      const items = acts.map((a) => a.number ?? `#${a.index + 1}`);
      const list = items.length > 10 ? `${items.slice(0, 8).join(", ")}… (${items.length} acts)` : items.join(", ");
      return `acts ${list}`;
    },
    regraded: (from, to, reason) => `level changed by the configuration: ${from} → ${to} (${reason})`,
    rulesOff: (rules) => `Rules switched off by the configuration: ${rules.map((r) => `${r.rule} (${r.reason})`).join("; ")}`,
  },
};
