// « M. Laurent BARGADA donne procuration à M. Jean-Jacques LECAT »: the final A of BARGADA once read as « à »
// made a phantom proxy holder « A », whom the proxy rules then reported as not present. Through the whole
// pipeline, from the excerpt to the report.
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/index.js";
import { parseText } from "../../src/parse.js";

const EXCERPT = [
  "COMMUNE DE SAINT-AUBIN-LE-VIEUX",
  "Séance du conseil municipal du 12 juin 2023",
  "Présents : M. Jean-Jacques LECAT, M. Marc TORRE, Mme Odile LAFORGE, M. Alain GIRAUD, Mme Claire VAUTRIN",
  "Absent(s) ayant donné procuration à :",
  "M. Laurent BARGADA donne procuration à M. Jean-Jacques LECAT, Mme Lucie PERALTA donne procuration à M. Marc TORRE",
  "",
  "Délibération n° 2023-41 : Tarifs de la cantine scolaire",
  "Le conseil municipal, après en avoir délibéré, à l'unanimité, décide d'adopter les tarifs.",
].join("\n");

describe("the false proxy « A »", () => {
  const doc = parseText(EXCERPT, "proxy.txt");
  const act = doc.acts[0]!;

  it("no holder « A »: BARGADA's proxy goes to LECAT", () => {
    expect(act.attendance.proxies.map((p) => p.from.lastName)).toEqual(["BARGADA", "PERALTA"]);
    expect(act.attendance.proxies[0]!.to?.lastName).toBe("LECAT");
    expect(act.attendance.proxies.flatMap((p) => [p.from.name, p.to?.name ?? ""])).not.toContain("A");
  });

  // The last pair of the line, followed by a blank line and the item's heading, once lost its holder: the
  // blank line (a paragraph break of the source) now ends the unit before « Délibération n° 2023-41 ».
  it("PERALTA's proxy goes to TORRE", () => {
    expect(act.attendance.proxies[1]!.to?.lastName).toBe("TORRE");
  });

  it("no proxy finding: both holders are present, each holds one proxy", () => {
    const report = checkDocument(doc, { today: "2026-12-03" });
    expect(report.findings.filter((f) => f.rule.startsWith("PROXY"))).toEqual([]);
  });
});
