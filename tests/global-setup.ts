// Builds dist/ once before the tests: the CLI tests run the real bin (node bin/ctg.js), as a user would.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.json")], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    // tsc still emits JavaScript on type errors; the tests then run on it, but say so loudly
    console.warn(`\n[global-setup] npx tsc -p . reported errors (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  // the prebuilt index of communes and EPCI (src/reference/cog.ts), as `npm run build` makes it
  const reference = spawnSync(process.execPath, [join(root, "scripts", "build-reference.mjs")], { cwd: root, encoding: "utf8" });
  if (reference.status !== 0) console.warn(`\n[global-setup] scripts/build-reference.mjs failed:\n${reference.stderr}`);
  if (!existsSync(join(root, "dist", "cli", "main.js"))) {
    throw new Error(`[global-setup] build failed, dist/cli/main.js is missing:\n${result.stdout}${result.stderr}`);
  }
}
