// Command-line inputs (files, folders walked recursively, globs) to the list of documents to convert, each
// with a path relative to the deepest folder common to all inputs: that relative path names the document in
// the manifest, decides its shard and mirrors it under --out.
import { readdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { globToRegExp, hasMagic, staticPrefix } from "./glob.js";

export const INPUT_EXTENSIONS = /\.(pdf|txt|md|markdown)$/i;
const SKIPPED_DIRS = new Set([".git", "node_modules", ".hg", ".svn"]);

export interface InputFile {
  /** absolute path */
  abs: string;
  /** "/"-separated path relative to the common base, never with "..", never absolute */
  rel: string;
  /** the same path as it is on disk (control characters kept), for messages */
  shown?: string;
}

export interface ExpandedInputs {
  base: string;
  files: InputFile[];
  /** arguments that matched nothing (missing path, empty glob) */
  unmatched: string[];
}

const toPosix = (p: string): string => p.split(sep).join("/");

function walk(dir: string, exclude: ReadonlySet<string>, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name) || exclude.has(full)) continue;
      walk(full, exclude, out);
    } else if (INPUT_EXTENSIONS.test(e.name)) {
      // links to folders are not followed (no loop can make the walk endless); a link that loops or leads
      // nowhere, a FIFO or a device named like a document are listed, and the reader says in one line what
      // they are, without ever opening them for reading
      if (e.isSymbolicLink()) {
        try {
          if (statSync(full).isDirectory()) continue;
        } catch {
          // ELOOP, ENOENT: reported by the reader
        }
      }
      out.push(full);
    }
  }
}

function commonDir(dirs: readonly string[]): string {
  if (dirs.length === 0) return process.cwd();
  let parts = dirs[0]!.split(sep);
  for (const d of dirs.slice(1)) {
    const p = d.split(sep);
    let i = 0;
    while (i < parts.length && i < p.length && parts[i] === p[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

/**
 * Expands arguments into documents: a file is taken as is (any extension), a folder is walked for
 * .pdf/.txt/.md, a pattern with wildcards is matched from its fixed prefix. `exclude` folders (the output
 * folder) are never walked. The result is sorted by relative path and free of duplicates.
 */
export function expandInputs(args: readonly string[], options: { exclude?: readonly string[]; cwd?: string } = {}): ExpandedInputs {
  const cwd = options.cwd ?? process.cwd();
  const exclude = new Set((options.exclude ?? []).map((p) => resolve(cwd, p)));
  const roots: string[] = [];
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of args) {
    const before = found.size;
    const abs = resolve(cwd, arg);
    let info;
    try {
      info = statSync(abs);
    } catch {
      info = null;
    }
    if (info?.isFile()) {
      roots.push(dirname(abs));
      found.add(abs);
    } else if (info?.isDirectory()) {
      roots.push(abs);
      const files: string[] = [];
      walk(abs, exclude, files);
      for (const f of files) found.add(f);
    } else if (hasMagic(arg)) {
      const pattern = toPosix(arg).replace(/^\.\//, "");
      const prefix = staticPrefix(pattern);
      const rootAbs = resolve(cwd, prefix);
      roots.push(rootAbs);
      const rest = prefix === "." ? pattern : pattern.slice(prefix.length).replace(/^\//, "");
      const re = globToRegExp(rest);
      const files: string[] = [];
      walk(rootAbs, exclude, files);
      for (const f of files) if (re.test(toPosix(relative(rootAbs, f)))) found.add(f);
    }
    if (found.size === before) unmatched.push(arg);
  }
  const base = commonDir(roots);
  const files = [...found]
    .map((abs) => {
      const shown = toPosix(relative(base, abs));
      return { abs, rel: safeRelative(shown), shown };
    })
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { base, files, unmatched };
}

/** A relative path cleaned of "..", ".", empty segments, drive letters and leading "/" (never escapes). */
export function safeRelative(p: string): string {
  const segments = p
    .replace(/\\/g, "/")
    .replace(/^[A-Za-z]:/, "")
    .split("/")
    .filter((s) => s !== "" && s !== "." && s !== "..")
    .map((s) => s.replace(/[\u0000-\u001f]/g, "_"));
  return segments.length ? segments.join("/") : "_";
}

/** Absolute output path for a relative document path under `outDir`; throws if it would leave it. */
export function outputPathFor(outDir: string, rel: string, extension: string): string {
  const root = resolve(outDir);
  const target = resolve(root, ...safeRelative(rel).split("/")) + extension;
  if (!target.startsWith(root + sep)) throw new Error(`output path escapes ${root}: ${rel}`);
  return target;
}

export function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
}

/**
 * Arguments of `ctg check`: files as given ("-" included), folders and globs expanded to their documents
 * (shown relative to the working directory when inside it). Arguments that match nothing stay as they are,
 * so the command reports them as missing files.
 */
export function expandCheckArgs(args: readonly string[], cwd: string = process.cwd()): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === "-") {
      out.push(arg);
      continue;
    }
    let isDir = false;
    let isFile = false;
    try {
      const st = statSync(resolve(cwd, arg));
      isDir = st.isDirectory();
      isFile = st.isFile();
    } catch {
      // missing: maybe a glob
    }
    if (isFile || (!isDir && !hasMagic(arg))) {
      out.push(arg);
      continue;
    }
    const { files } = expandInputs([arg], { cwd });
    if (files.length === 0) out.push(arg);
    for (const f of files) out.push(isInside(f.abs, cwd) ? relative(cwd, f.abs) || f.abs : f.abs);
  }
  // a file named twice (a folder and a glob over it) is checked once
  const seen = new Set<string>();
  return out.filter((f) => {
    if (f === "-") return true;
    const key = resolve(cwd, f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
