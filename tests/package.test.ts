// The package as a user installs it: `npm pack`, then `npm install ./ctg-*.tgz` in an empty folder, then
// `npx ctg`, `require("ctg")`, `import ... from "ctg"` and typed imports checked by tsc, all from that folder.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, SEED_TXT } from "./cli/run.js";

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = { ...process.env };
  for (const name of ["NODE_OPTIONS", "FORCE_COLOR", "npm_config_prefix"]) delete env[name];
  return spawnSync(cmd, args, { cwd, encoding: "utf8", env, timeout: 240_000 });
}

function ok(r: SpawnSyncReturns<string>): string {
  if (r.status !== 0) throw new Error(`exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe("the npm package, installed from its tarball into an empty folder", () => {
  let app = "";
  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), "ctg-pack-"));
    // dist/ is built by the global setup: no need to run `prepare` again while packing
    ok(run("npm", ["pack", "--ignore-scripts", "--pack-destination", work], ROOT));
    const tarball = readdirSync(work).find((f) => /^ctg-.*\.tgz$/.test(f));
    if (!tarball) throw new Error(`npm pack wrote no ctg-*.tgz in ${work}`);
    app = join(work, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    ok(run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, tarball)], app));
  }, 300_000);

  it("npx ctg parse gives the record of the seed act", () => {
    const doc = JSON.parse(ok(run("npx", ["--no-install", "ctg", "parse", SEED_TXT], app)));
    expect(doc.acts[0].number).toBe("2022-29");
    expect(doc.acts[0].attendance.inOffice).toBe(15);
  });

  it("require('ctg') works from CommonJS", () => {
    const script = `const { parseText } = require("ctg"); const fs = require("node:fs");
      process.stdout.write(String(parseText(fs.readFileSync(${JSON.stringify(SEED_TXT)}, "utf8"), "seed.txt").acts[0].attendance.present));`;
    expect(ok(run(process.execPath, ["--input-type=commonjs", "-e", script], app))).toBe("14");
  });

  it("import from 'ctg' works from ESM", () => {
    const script = `import { parseText, checkDocument } from "ctg"; import { readFileSync } from "node:fs";
      const doc = parseText(readFileSync(${JSON.stringify(SEED_TXT)}, "utf8"), "seed.txt");
      process.stdout.write(doc.acts[0].title.slice(0, 10) + "|" + checkDocument(doc).counts.error);`;
    expect(ok(run(process.execPath, ["--input-type=module", "-e", script], app))).toBe("CONVENTION|0");
  });

  it("the imports are typed: tsc accepts a right use and rejects a wrong one", () => {
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ["*.ts"] }),
    );
    writeFileSync(
      join(app, "use.ts"),
      `import { parseText, type CtgDocument } from "ctg";\nconst doc: CtgDocument = parseText("x", "x.txt");\nexport const n: string | null = doc.acts[0]!.number;\n`,
    );
    expect(run(process.execPath, [TSC, "-p", "."], app).status).toBe(0);
    writeFileSync(join(app, "use.ts"), `import { parseText } from "ctg";\nexport const n: number = parseText("x", "x.txt").acts[0]!.number;\n`);
    const wrong = run(process.execPath, [TSC, "-p", "."], app);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/TS2322: Type 'string \| null' is not assignable to type 'number'/);
    expect(readFileSync(join(app, "node_modules", "ctg", "package.json"), "utf8")).toContain('"default": "./dist/index.js"');
  });
});
