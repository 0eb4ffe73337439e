// Colours: only where chalk sees a terminal (or FORCE_COLOR), never when NO_COLOR is set, never on a pipe.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colorLevel } from "../../src/cli/color.js";
import { ANSI, SEED_TXT, ctg, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

let quorum: string;
beforeAll(() => {
  quorum = join(tempDir(), "quorum.txt");
  writeFileSync(quorum, readFileSync(SEED_TXT, "utf8").replace(/^Présents : 14$/m, "Présents : 3"));
});

const strip = (s: string) => s.replace(new RegExp(ANSI.source, "g"), "");

describe("colours of the report", () => {
  it("a pipe gets plain text (parse: stderr, check: stdout)", async () => {
    const parse = await ctg(["parse", quorum, "--no-report"]);
    expect(parse.stdout).not.toMatch(ANSI);
    const withReport = await ctg(["parse", quorum]);
    expect(withReport.stderr).toContain("QUORUM");
    expect(withReport.stderr).not.toMatch(ANSI);
    const check = await ctg(["check", quorum]);
    expect(check.stdout).toContain("QUORUM");
    expect(check.stdout).not.toMatch(ANSI);
  });

  it("FORCE_COLOR colours it (red for errors), and only the report: the JSON stays plain", async () => {
    const run = await ctg(["parse", quorum], { env: { FORCE_COLOR: "1" } });
    expect(run.stderr).toContain("\u001b[31m\u001b[1merreur");
    expect(run.stdout).not.toMatch(ANSI);
    const plain = await ctg(["parse", quorum]);
    expect(strip(run.stderr)).toBe(plain.stderr);
  });

  it("NO_COLOR wins over FORCE_COLOR", async () => {
    const parse = await ctg(["parse", quorum], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(parse.stderr).toContain("QUORUM");
    expect(parse.stderr).not.toMatch(ANSI);
    const check = await ctg(["check", quorum], { env: { FORCE_COLOR: "3", NO_COLOR: "yes" } });
    expect(check.stdout).not.toMatch(ANSI);
  });

  it("an empty NO_COLOR does not count (no-color.org)", () => {
    expect(colorLevel("stderr", { NO_COLOR: "" })).toBe(colorLevel("stderr", {}));
    expect(colorLevel("stdout", { NO_COLOR: "1" })).toBe(0);
  });
});
