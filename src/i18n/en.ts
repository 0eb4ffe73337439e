// English, with --lang en.
import type { InputErrorCode } from "../load/errors.js";
import type { Messages } from "./types.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const causes: Record<InputErrorCode, string> = {
  "not-found": "file not found",
  "not-a-file": "not a file (a directory?)",
  empty: "empty file",
  binary: "binary data: neither a PDF nor text",
  "not-pdf": "not a PDF (no %PDF- header)",
  "truncated-pdf": "truncated or damaged PDF",
  "encrypted-pdf": "encrypted PDF (password protected)",
  "no-text-layer": "no text layer, probably a scan",
  "stamp-only": "only the prefecture stamp has a text layer, the act itself is probably a scan",
  unreadable: "cannot be read",
};

export const en: Messages = {
  stdin: "standard input",
  inputError: (code, file, detail) => `${file}: ${causes[code]}${detail ? ` (${detail})` : ""}`,
  cannotWrite: (file, detail) => `cannot write ${file}: ${detail}`,
  fsCauses: {
    ENOENT: "no such folder",
    ENOTDIR: "no such folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "is a directory",
    ENOSPC: "disk full",
    EROFS: "read-only file system",
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
    schema: "prints the JSON Schema of the records",
    lang: "language of messages: fr (default) or en",
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
  },
};
