// The SCDL export of the shared corpus (../shared/corpus, read in place) and of the bundled seed act, with one
// configured row per authority of the corpus: every row valid against the official 2.1.5 schema (tableschema
// and our checker agree) and Validata's custom checks, and every act not published has its reason.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import type { ScdlSettings } from "../../src/config/index.js";
import { assembleScdl } from "../../src/scdl/assemble.js";
import { checkScdlTable } from "../../src/scdl/check.js";
import { readCsv } from "../../src/scdl/csv.js";
import { documentToScdl, type ScdlPart } from "../../src/write/scdl.js";
import { SEED_TXT } from "../batch/helpers.js";
import { tableschemaErrors } from "./tableschema.js";

const CORPUS = resolve("../shared/corpus");
const OFFICIAL = resolve("../shared/reference/scdl/deliberations-2.1.5.schema.json");
const present = existsSync(CORPUS) && existsSync(OFFICIAL);
if (!present) console.warn(`SCDL corpus validation skipped: ${CORPUS} or ${OFFICIAL} is absent`);

// Test identities: each authority's real SIREN (the COG's) with NIC 0001 and its Luhn key, except Savas-Mépin's
// SIRET, the project's example. Not the authorities' published SIRETs.
const settings: ScdlSettings = {
  mode: "table",
  authorities: [
    { siren: "212000962", siret: "21200096200010", nom: "Commune de Corte" },
    { siren: "217001841", siret: "21700184100014", nom: "Commune de Couthenans" },
    { siren: "213001100", siret: "21300110000014", nom: "Commune de Flaux" },
    { siren: "213401722", siret: "21340172200011", nom: "Ville de Montpellier" },
    { siren: "246000749", siret: "24600074900019", nom: "Communauté de Communes des Lisières de l'Oise" },
    { siren: "213804768", siret: "21380476800017", nom: "Commune de Savas-Mépin" },
  ],
  urlBase: "https://www.example.fr/deliberations/",
  defaultMatiere: null,
  inferMatiere: true,
};

const parts: Array<[string, ScdlPart]> = [];
let csv = "";

describe.skipIf(!present)("SCDL export of the shared corpus", () => {
  beforeAll(async () => {
    const files = readdirSync(CORPUS).filter((f) => /\.(?:txt|pdf)$/.test(f)).sort();
    for (const f of files) {
      const doc = await parseBytes(readFileSync(join(CORPUS, f)), f);
      parts.push([f, documentToScdl(doc, settings)]);
    }
    const seed = await parseBytes(readFileSync(SEED_TXT), "fixtures/savas-mepin-2022-29.txt");
    parts.push(["fixtures/savas-mepin-2022-29.txt", documentToScdl(seed, settings)]);
    csv = assembleScdl(parts).csv;
  }, 180_000);

  it("is valid against the official 2.1.5 schema and Validata's custom checks, for tableschema and for our checker", async () => {
    const read = readCsv(csv);
    if (!read.ok) throw new Error("unreadable CSV");
    const [header, ...rows] = read.records.map((r) => r.cells);
    // (dev-104's 96 items all read since the items found by their votes: 10 rows more)
    // (188 since dev-105's « Arrêt du dossier d'enquête publique … » is read as the voted act it is, no survey: 12-08)
    expect(rows.length).toBe(188);
    expect(checkScdlTable(header!, rows)).toEqual([]);
    expect(await tableschemaErrors(JSON.parse(readFileSync(OFFICIAL, "utf8")) as object, [header!, ...rows])).toEqual([]);
  });

  it("leaves out what is not a deliberation or lacks a required value, each act with its reason", () => {
    const left = parts.flatMap(([path, p]) => p.left.map((l) => ({ path, ...l })));
    const duplicates = assembleScdl(parts).duplicates;
    const byReason: Record<string, number> = {};
    for (const l of [...left, ...duplicates.map((d) => d.left)]) byReason[l.reason] = (byReason[l.reason] ?? 0) + 1;
    expect(byReason).toEqual({ information: 25, election: 2, "no-matiere": 93, "no-id": 9, duplicate: 3 });
    // no act is written under another authority: every act's authority has its row
    expect(left.filter((l) => l.reason.startsWith("authority"))).toEqual([]);
    // the list of the seed act and Couthenans' minutes without item numbers
    expect(left.filter((l) => l.reason === "no-id").map((l) => `${l.path}#${l.act + 1}`)).toEqual([
      "dev-010.txt#2", "dev-010.txt#3", "dev-010.txt#4", "dev-010.txt#5",
      "dev-104.pdf#1", "dev-104.pdf#2", "dev-105.pdf#1", "dev-105.pdf#2", "dev-106.pdf#1",
    ]);
    expect(duplicates.map((d) => `${d.path}: ${d.left.message}`)).toEqual([
      "dev-011.txt: écarté : le même acte (DELIB_ID 2021-11-26/4) est déjà publié depuis dev-011.pdf, acte #4",
      "dev-pdf-029.pdf: écarté : DELIB_ID 2021-06-04/2 est déjà pris par dev-pdf-029.pdf, acte #2 pour un autre acte ; renumérotez l'un des deux",
      "fixtures/savas-mepin-2022-29.txt: écarté : le même acte (DELIB_ID 2022-29) est déjà publié depuis savas-mepin-2022-29.txt, acte #1",
    ]);
  });

  it("writes every act under its own authority's SIRET", () => {
    const siretOf = (path: string): string => {
      if (/^dev-0(?:04|05|15|16|17|22)\./.test(path)) return "21200096200010"; // Corte
      if (/^dev-(?:01[013]|pdf-029|pdf-031)\./.test(path)) return "21700184100014"; // Couthenans
      if (path.startsWith("dev-014.")) return "21300110000014"; // Flaux
      if (/^dev-10[456]\./.test(path)) return "21340172200011"; // Montpellier
      if (path.startsWith("dev-pdf-013.")) return "24600074900019"; // CC des Lisières de l'Oise
      return "21380476800017"; // Savas-Mépin
    };
    const wrong = parts.flatMap(([path, p]) => p.rows.filter((r) => r.COLL_SIRET !== siretOf(path)).map((r) => `${path} ${r.DELIB_ID} ${r.COLL_SIRET}`));
    expect(wrong).toEqual([]);
    expect(parts.filter(([, p]) => p.rows.length === 0).map(([path, p]) => `${path}: ${p.left.map((l) => l.reason).join(", ")}`)).toEqual([
      "dev-010.txt: information, no-id, no-id, no-id, no-id",
      "dev-014.txt: information, information, no-matiere",
      "dev-015.txt: no-matiere",
    ]);
  });
});
