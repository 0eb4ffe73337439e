// ctg's version for the report's header, read from package.json (dist/write/html/ and src/write/html/ are both
// three levels below the package root).
import { readFileSync } from "node:fs";

export function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"));
    if (pkg && typeof pkg === "object" && "version" in pkg && typeof pkg.version === "string") return pkg.version;
  } catch {
    // fall through
  }
  return "0.0.0";
}
