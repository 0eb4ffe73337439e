// An unexpected exception (a bug) is one line "ctg: erreur interne ..." and exit 70, no stack trace. No input
// makes the real parser throw on purpose, so parse.ts is replaced by one that does, and main() runs in process.
import { afterEach, describe, expect, it, vi } from "vitest";
import { SEED_TXT } from "./run.js";

vi.mock("../../src/parse.js", () => ({
  parseLoaded: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'lines')\n    at extract (acts.ts:1:1)");
  },
}));

const { main } = await import("../../src/cli/main.js");

function capture() {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  return {
    result: () => {
      o.mockRestore();
      e.mockRestore();
      return { out, err };
    },
  };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe("internal errors", () => {
  it("parse: one French line, exit 70, nothing on stdout", async () => {
    const c = capture();
    const code = await main(["node", "ctg", "parse", SEED_TXT]);
    const { out, err } = c.result();
    expect(code).toBe(70);
    expect(out).toBe("");
    expect(err).toBe(
      "ctg: erreur interne : Cannot read properties of undefined (reading 'lines') at extract (acts.ts:1:1) (ce n'est pas votre fichier : merci de signaler le problème)\n",
    );
  });

  it("check: the file is named, the others still reported, exit 70; English with --lang en", async () => {
    const c = capture();
    const code = await main(["node", "ctg", "check", "--lang", "en", SEED_TXT, "/no/such/file.pdf"]);
    const { out, err } = c.result();
    expect(code).toBe(70);
    expect(err.split("\n")).toEqual([
      `ctg: internal error: ${SEED_TXT}: Cannot read properties of undefined (reading 'lines') at extract (acts.ts:1:1) (not a problem with your file: please report it)`,
      "ctg: /no/such/file.pdf: file not found",
      "",
    ]);
    expect(out).toBe("");
  });
});
