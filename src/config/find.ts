// Where ctg.config.yaml is: zod- and yaml-free, so that a command can look for it without loading them.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const CONFIG_NAMES = ["ctg.config.yaml", "ctg.config.yml"] as const;

/** ctg.config.yaml (or .yml) in `from` or its nearest ancestor, or null. */
export function findConfig(from: string = process.cwd()): string | null {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

