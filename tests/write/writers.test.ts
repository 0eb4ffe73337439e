import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/write/atomic.js";
import { toJson } from "../../src/write/json.js";
import { toYaml } from "../../src/write/yaml.js";

const dir = mkdtempSync(join(tmpdir(), "ctg-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("toYaml", () => {
  const person = { name: "M. THIVOLET Daniel", civility: "M.", firstName: "Daniel", lastName: "THIVOLET" };
  const value = {
    number: "2022-29",
    sessionDate: "2022-10-11",
    department: "038",
    flags: ["yes", "no", "on", "null", "~", "1e3", "0x1F", "12:30"],
    president: person,
    secretary: person, // the same object twice: no YAML alias
    wording: "Le Conseil Municipal, à l'unanimité des présents : « adopté »\tfin",
    long: "x ".repeat(200).trim(),
    empty: [],
    none: null,
  };

  it("parses back to the same value as the JSON", () => {
    expect(parseYaml(toYaml(value))).toEqual(JSON.parse(toJson(value)));
  });

  it("parses back the same for a YAML 1.1 reader (dates, yes/no quoted)", () => {
    expect(parseYaml(toYaml(value), { version: "1.1" })).toEqual(JSON.parse(toJson(value)));
    expect(toYaml(value)).toContain('sessionDate: "2022-10-11"');
  });

  it("no anchors or aliases, no folded lines", () => {
    const text = toYaml(value);
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text.split("\n").some((l) => l.startsWith("long: x x"))).toBe(true);
  });
});

describe("toJson", () => {
  it("2-space indent and a final newline", () => {
    expect(toJson({ a: [1], b: "é" })).toBe('{\n  "a": [\n    1\n  ],\n  "b": "é"\n}\n');
  });
});

describe("writeFileAtomic", () => {
  it("writes a new file and leaves nothing else", async () => {
    const sub = mkdtempSync(join(dir, "a-"));
    await writeFileAtomic(join(sub, "out.json"), "contenu é\n");
    expect(readFileSync(join(sub, "out.json"), "utf8")).toBe("contenu é\n");
    expect(readdirSync(sub)).toEqual(["out.json"]);
  });

  it("replaces an existing file", async () => {
    const sub = mkdtempSync(join(dir, "b-"));
    writeFileSync(join(sub, "out.json"), "ancien contenu bien plus long que le nouveau\n");
    await writeFileAtomic(join(sub, "out.json"), Buffer.from("neuf\n"));
    expect(readFileSync(join(sub, "out.json"), "utf8")).toBe("neuf\n");
    expect(readdirSync(sub)).toEqual(["out.json"]);
  });

  it("fails on a directory target, removing its temporary file and leaving the directory as it was", async () => {
    const sub = mkdtempSync(join(dir, "c-"));
    const target = join(sub, "dossier");
    mkdirSync(target);
    writeFileSync(join(target, "garde.txt"), "x");
    await expect(writeFileAtomic(target, "x")).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });
    expect(readdirSync(sub)).toEqual(["dossier"]);
    expect(readdirSync(target)).toEqual(["garde.txt"]);
  });

  it("fails in a missing folder with ENOENT", async () => {
    await expect(writeFileAtomic(join(dir, "missing", "out.json"), "x")).rejects.toMatchObject({ code: "ENOENT" });
  });
});
