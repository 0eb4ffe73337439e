// The help texts live apart from the commands (main.ts imports a command only when it runs): the list of report
// formats the help of `ctg check` gives must be the formats the registry really has.
import { describe, expect, it } from "vitest";
import { REPORT_FORMAT_NAMES } from "../../src/cli/help.js";
import { reportFormats } from "../../src/write/report/index.js";
import { ctg } from "./run.js";

describe("help texts", () => {
  it("the report formats named by the help are the registered ones", () => {
    expect([...REPORT_FORMAT_NAMES]).toEqual(reportFormats());
  });

  it("ctg check --help lists them", async () => {
    const r = await ctg(["check", "--help"]);
    expect(r.code).toBe(0);
    for (const name of REPORT_FORMAT_NAMES) expect(r.stdout).toContain(name);
  });

  it("a usage error of scdl-check points to its own help", async () => {
    const r = await ctg(["scdl-check"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ctg scdl-check --help");
  });
});
