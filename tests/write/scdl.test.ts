import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { ConfigError, findConfig, loadConfig, scdlIdentity, type ScdlIdentity } from "../../src/config/index.js";
import { luhnValid } from "../../src/check/siren.js";
import { inferMatiere, matiereNom } from "../../src/config/matiere.js";
import { SCDL_HEADER, csvField, documentToScdl, formatScdlCsv, prefId, scdlForDocument } from "../../src/write/scdl.js";
import { CtgDocument, SCHEMA_VERSION } from "../../src/schema/record.js";
import type { Act, Attendance, Person, Prefecture, Vote } from "../../src/schema/record.js";
import { SEED_TXT, tempDir } from "../batch/helpers.js";

const identity: ScdlIdentity = {
  collNom: "Commune de Savas-Mépin",
  collSiret: "21380476800017",
  urlBase: "https://www.example.fr/deliberations",
  defaultMatiere: null,
  inferMatiere: true,
};

// Acts built from the seed act's record (always valid against the current schema), with every field the SCDL
// writer reads reset, then the values a test gives.
const SEED_ACT: Act = parseText(readFileSync(SEED_TXT, "utf8"), "seed.txt").acts[0]!;
interface ActOverrides {
  kind?: Act["kind"];
  number?: string | null;
  title?: string | null;
  sessionDate?: string | null;
  attendance?: Partial<Attendance>;
  vote?: Partial<Vote>;
  prefecture?: Partial<Prefecture>;
}
function makeAct(o: ActOverrides = {}): Act {
  const base = structuredClone(SEED_ACT);
  return {
    ...base,
    kind: o.kind ?? "deliberation",
    number: o.number ?? null,
    title: o.title ?? null,
    sessionDate: o.sessionDate ?? null,
    attendance: { ...base.attendance, inOffice: null, present: null, absent: null, represented: null, voters: null, proxies: [], notVoting: [], ...o.attendance },
    vote: { ...base.vote, kind: "show-of-hands", for: null, against: null, abstentions: null, ...o.vote },
    prefecture: { ...base.prefecture, id: null, department: null, decisionDate: null, internalNumber: null, receivedDate: null, ...o.prefecture },
  };
}
function person(written: string): Person {
  const m = /^(M\.|Mme)\s+(.*)$/.exec(written);
  return { name: m?.[2] ?? written, civility: m?.[1] ?? null, firstName: null, lastName: null };
}
const proxy = (from: string, to: string) => ({ from: person(from), to: person(to) });

function doc(acts: Act[], path = "2022/seance.pdf") {
  return CtgDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    source: { path, sha256: "0".repeat(64), mediaType: "application/pdf", pages: 1 },
    acts,
  });
}

describe("SCDL CSV writer", () => {
  it("writes exactly the 17 SCDL columns in schema order, CRLF", () => {
    expect(SCDL_HEADER).toBe(
      "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM," +
        "PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL\r\n",
    );
  });

  it("maps an act's fields, quotes what needs it and leaves missing values empty", () => {
    const act = makeAct({
      number: "2023-07",
      title: 'Budget primitif 2023, "budget principal"\nvote par chapitre',
      sessionDate: "2023-03-28",
      attendance: {
        inOffice: 19,
        present: 15,
        represented: 2,
        proxies: [proxy("M. Jean DUPONT", "Mme Anne MARTIN"), proxy("Mme Lise PETIT", "M. Paul RENAUDIN")],
        notVoting: [person("M. Marc LEROY")],
      },
      vote: { kind: "show-of-hands", for: 13, against: 2, abstentions: 1 },
      prefecture: { department: "38", receivedDate: "2023-04-02", internalNumber: "2023_07" },
    });
    const info = makeAct({ kind: "information", title: "Décisions du maire", vote: { kind: "none", for: null } });
    const { rows, notes } = documentToScdl(doc([act, info]), identity);
    expect(rows[0]).toEqual({
      COLL_NOM: "Commune de Savas-Mépin",
      COLL_SIRET: "21380476800017",
      DELIB_ID: "2023-07",
      DELIB_DATE: "2023-03-28",
      DELIB_MATIERE_CODE: "7.1",
      DELIB_MATIERE_NOM: "finances locales/décisions budgétaires",
      DELIB_OBJET: 'Budget primitif 2023, "budget principal"\nvote par chapitre',
      BUDGET_ANNEE: "",
      BUDGET_NOM: "",
      PREF_ID: "PREF038",
      PREF_DATE: "2023-04-02",
      VOTE_EFFECTIF: "19",
      VOTE_REEL: "16", // 15 présents + 2 représentés − 1 ne prend pas part au vote
      VOTE_POUR: "13",
      VOTE_CONTRE: "2",
      VOTE_ABSTENTION: "1",
      DELIB_URL: "https://www.example.fr/deliberations/seance.pdf", // the file name; batch passes the relative path
    });
    // an information item: no vote columns, no number (and no @CTES number to fall back on)
    expect([rows[1]!.DELIB_ID, rows[1]!.VOTE_REEL, rows[1]!.VOTE_POUR, rows[1]!.PREF_ID]).toEqual(["", "", "", ""]);
    expect(notes.map((n) => [n.act, n.basis, n.code])).toEqual([
      [0, "inferred", "7.1"],
      [1, "missing", ""],
    ]);
    const csv = formatScdlCsv(rows);
    expect(csv.split("\r\n")[1]).toBe(
      'Commune de Savas-Mépin,21380476800017,2023-07,2023-03-28,7.1,finances locales/décisions budgétaires,' +
        '"Budget primitif 2023, ""budget principal""\nvote par chapitre",,,PREF038,2023-04-02,19,16,13,2,1,' +
        "https://www.example.fr/deliberations/seance.pdf",
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4); // header, 2 rows, final empty
  });

  it("falls back on the @CTES number and decision date, the stated voters and the default matière", () => {
    const act = makeAct({
      title: "Objet sans mot-clé connu",
      attendance: { voters: 12 },
      vote: { for: 12, against: 0, abstentions: 0 },
      prefecture: { internalNumber: "DE_2024_3", decisionDate: "2024-02-01", department: "2A" },
    });
    const { rows, notes } = documentToScdl(doc([act]), { ...identity, defaultMatiere: "9.1", urlBase: null });
    expect(rows[0]).toMatchObject({
      DELIB_ID: "DE_2024_3",
      DELIB_DATE: "2024-02-01",
      PREF_ID: "PREF02A",
      VOTE_REEL: "12",
      DELIB_MATIERE_CODE: "9.1",
      DELIB_MATIERE_NOM: "autres domaines de compétences/autres domaines de compétences des communes",
      DELIB_URL: "",
    });
    expect(notes[0]?.basis).toBe("default");
    expect(prefId("974")).toBe("PREF974");
    expect(prefId("1")).toBe("PREF001");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("plain")).toBe("plain");
  });

  it("gives the seed act's values in the SCDL columns", () => {
    const record = parseText(readFileSync(SEED_TXT, "utf8"), "savas-mepin-2022-29.txt");
    const act = record.acts[0]!;
    const { rows } = documentToScdl(record, identity);
    expect(rows).toHaveLength(record.acts.length);
    // values from the record ...
    expect(rows[0]).toMatchObject({
      DELIB_ID: act.number ?? "",
      DELIB_DATE: act.sessionDate ?? "",
      DELIB_OBJET: act.title ?? "",
      PREF_DATE: act.prefecture.receivedDate ?? "",
      VOTE_EFFECTIF: String(act.attendance.inOffice ?? ""),
      VOTE_POUR: String(act.vote.for ?? ""),
    });
    // ... which are the hand-checked truth of the seed act (../shared/corpus/savas-mepin-2022-29.json)
    expect(rows[0]).toMatchObject({
      DELIB_ID: "2022-29",
      DELIB_DATE: "2022-10-11",
      DELIB_MATIERE_CODE: "8.2",
      DELIB_OBJET: "CONVENTION TERRITORIALE GLOBALE (CTG)",
      PREF_ID: "PREF038",
      PREF_DATE: "2022-10-14",
      VOTE_EFFECTIF: "15",
      VOTE_REEL: "14",
      VOTE_POUR: "14",
      VOTE_CONTRE: "0",
      VOTE_ABSTENTION: "0",
      DELIB_URL: "https://www.example.fr/deliberations/savas-mepin-2022-29.txt",
    });
  });
});

describe("matière inference", () => {
  it("picks the most specific keyword of the title", () => {
    const code = (t: string) => inferMatiere(t)?.code ?? null;
    expect(code("Approbation du compte administratif 2022")).toBe("7.1");
    expect(code("Convention de mandat avec la SPL")).toBe("1.3");
    expect(code("Convention avec l'association des parents")).toBe("1.4");
    expect(code("Désignation des délégués au syndicat des eaux")).toBe("5.3");
    expect(code("Tarifs de la cantine scolaire")).toBe("8.1");
    expect(code("Modification simplifiée n° 2 du PLU")).toBe("2.1");
    expect(code("Vœu pour le maintien du bureau de poste")).toBe("9.4");
    expect(code("Questions diverses")).toBeNull();
    expect(code(null)).toBeNull();
    expect(matiereNom("1.5")).toBe("commande publique/transactions - protocole d'accord transactionnel");
    expect(matiereNom("4.1")).toBe("fonction publique/personnel titulaires et stagiaires de la f.p.t.");
  });
});

describe("ctg.config.yaml", () => {
  it("checks the SIRET with Luhn", () => {
    expect(luhnValid("21860194600013")).toBe(true); // Poitiers, the SCDL example
    expect(luhnValid("21380476800013")).toBe(false);
    expect(luhnValid("21380476800017")).toBe(true);
  });

  it("is found from a sub-folder upwards and gives the SCDL identity", () => {
    const root = tempDir("cfg");
    mkdirSync(join(root, "a", "b"), { recursive: true });
    writeFileSync(
      join(root, "ctg.config.yaml"),
      'collectivite:\n  nom: Commune de Savas-Mépin\n  siret: "21380476800017"\npublication:\n  url_base: https://x.fr/d/\nmatiere:\n  defaut: "9.1"\n',
    );
    expect(findConfig(join(root, "a", "b"))).toBe(join(root, "ctg.config.yaml"));
    const loaded = loadConfig(undefined, "fr", join(root, "a", "b"));
    expect(scdlIdentity(loaded)).toEqual({
      collNom: "Commune de Savas-Mépin",
      collSiret: "21380476800017",
      urlBase: "https://x.fr/d/",
      defaultMatiere: "9.1",
      inferMatiere: true,
    });
  });

  it("says in one French line what is missing or wrong", () => {
    const root = tempDir("cfg");
    const file = join(root, "ctg.config.yaml");
    const message = (yaml: string, lang: "fr" | "en" = "fr"): string => {
      writeFileSync(file, yaml);
      try {
        scdlIdentity(loadConfig(file, lang), lang);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      return "no error";
    };
    expect(message("collectivite:\n  nom: X\n")).toBe(
      `${file} : COLL_SIRET manquant : ajoutez « collectivite: siret: "..." » (14 chiffres, SIREN + NIC)`,
    );
    expect(message('collectivite:\n  nom: X\n  siret: "2138047680001"\n')).toContain("COLL_SIRET « 2138047680001 » invalide : 14 chiffres attendus");
    expect(message('collectivite:\n  nom: X\n  siret: "21380476800013"\n')).toContain("la clé de contrôle (Luhn) ne correspond pas");
    expect(message('collectivite:\n  siret: "21380476800017"\n')).toContain("COLL_NOM manquant");
    expect(message('collectivite:\n  nom: X\n  siret: "21380476800013"\n', "en")).toContain("check digit (Luhn) does not match");
    expect(message("matiere:\n  defaut: 12\n")).toContain("n'est pas un code @CTES de niveau 2");
    for (const m of ["collectivite:\n  nom: X\n"].map((y) => message(y))) expect(m).not.toContain("\n");
  });

  it("refuses an SCDL export when no configuration exists", async () => {
    const record = parseText(readFileSync(SEED_TXT, "utf8"), "seed.txt");
    const empty = tempDir("nocfg");
    const cwd = process.cwd();
    process.chdir(empty);
    try {
      await expect(scdlForDocument(record)).rejects.toThrow(/aucun ctg\.config\.yaml trouvé/);
    } finally {
      process.chdir(cwd);
    }
  });
});
