// Minimal glob matching for `ctg batch` / `ctg check` arguments that the shell did not expand (quoted, or on
// Windows): `*`, `?`, `**` (any depth), `[abc]`, `{a,b}`. Node 20 has no fs.glob (it arrived in Node 22).

export function hasMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Leading path segments without wildcards: the folder to walk from ("docs/2022" for "docs/2022/**\/*.pdf"). */
export function staticPrefix(pattern: string): string {
  const segments = pattern.split("/");
  const fixed: string[] = [];
  for (const s of segments) {
    if (hasMagic(s)) break;
    fixed.push(s);
  }
  if (fixed.length === segments.length) fixed.pop();
  const prefix = fixed.join("/");
  return prefix === "" ? (pattern.startsWith("/") ? "/" : ".") : prefix;
}

function escapeRe(c: string): string {
  return /[\\^$.|+()[\]{}*?/]/.test(c) ? `\\${c}` : c;
}

/** A pattern over "/"-separated paths to an anchored RegExp. `*` and `?` never cross "/", `**` does. */
export function globToRegExp(pattern: string): RegExp {
  let re = "";
  let i = 0;
  let braces = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const slashAfter = pattern[i + 2] === "/";
        const atSegmentStart = i === 0 || pattern[i - 1] === "/";
        if (atSegmentStart && slashAfter) {
          re += "(?:[^/]*/)*";
          i += 3;
        } else {
          re += ".*";
          i += 2;
        }
      } else {
        re += "[^/]*";
        i++;
      }
    } else if (c === "?") {
      re += "[^/]";
      i++;
    } else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) {
        re += "\\[";
        i++;
      } else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = end + 1;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
      i++;
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
      i++;
    } else if (c === "," && braces > 0) {
      re += "|";
      i++;
    } else {
      re += escapeRe(c);
      i++;
    }
  }
  return new RegExp(`^${re}$`);
}
