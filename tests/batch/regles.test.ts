// ctg batch with rules switched off or re-graded (ctg.config.yaml regles): the workers apply them, the run says
// once which were off, an unknown id fails before any document, and changing them redoes the documents.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runBatch, readManifest } from "../../src/batch/index.js";
import { ConfigError, type LoadedConfig } from "../../src/config/index.js";
import { corpus, SEED_TXT, tempDir } from "./helpers.js";

const seed = readFileSync(SEED_TXT, "utf8");
/** 3 present of 15: QUORUM (error) and PRESENT_NAMES_COUNT (warning) */
const quorum = seed.replace(/^Présents : 14$/m, "Présents : 3").replace(/^Absents : 1$/m, "Absents : 12");
const config = (regles: NonNullable<LoadedConfig["config"]["regles"]>): LoadedConfig => ({ path: "/etc/ctg.config.yaml", config: { regles } });

function log() {
  const chunks: string[] = [];
  return { stream: { write: (s: string) => chunks.push(s) > 0, isTTY: false }, text: () => chunks.join("") };
}

describe("ctg batch with regles", () => {
  it("the workers apply them; the rules off are said once; other rules redo the documents", async () => {
    const input = corpus({ "a.txt": quorum, "b.txt": quorum });
    const out = tempDir("out");
    const plain = await runBatch({ inputs: [input], out, jobs: 1, quiet: true, failOn: "error" });
    expect(plain.exitCode).toBe(1);
    expect(plain.summary.findings).toMatchObject({ error: 2, warning: 2 });

    const lines = log();
    const regles = { QUORUM: { niveau: "warning" as const, raison: "séance dérogatoire" }, PRESENT_NAMES_COUNT: { niveau: "off" as const, raison: "listes tenues à part" } };
    const configured = await runBatch({ inputs: [input], out, jobs: 1, config: config(regles), log: lines.stream, failOn: "error" });
    expect(configured.summary.converted).toBe(2);
    expect(configured.exitCode).toBe(0);
    expect(configured.summary.findings).toMatchObject({ error: 0, warning: 2 });
    expect(configured.summary.rulesOff).toEqual([{ rule: "PRESENT_NAMES_COUNT", reason: "listes tenues à part" }]);
    const entry = readManifest(out)!.files["a.txt"]!;
    expect(entry.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(["QUORUM:warning"]);
    expect(lines.text().split("\n").filter((l) => l.includes("désactivées"))).toEqual(["ctg: Règles désactivées par la configuration : PRESENT_NAMES_COUNT (listes tenues à part)"]);

    // the same rules again: nothing to redo
    const again = await runBatch({ inputs: [input], out, jobs: 1, quiet: true, config: config(regles) });
    expect(again.summary.converted).toBe(0);
  });

  it("an unknown rule id: a ConfigError naming the file, before any document", async () => {
    const input = corpus({ "a.txt": quorum });
    await expect(runBatch({ inputs: [input], out: tempDir("out"), jobs: 1, quiet: true, config: config({ QUORUM_UNKOWN: { niveau: "off", raison: "x" } }) })).rejects.toThrow(
      new ConfigError("/etc/ctg.config.yaml : regles.QUORUM_UNKOWN : aucune règle ne porte cet identifiant (liste des règles : docs/rules.md, ex. QUORUM_UNKNOWN)"),
    );
  });
});
