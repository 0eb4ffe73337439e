import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { ConfigError, findConfig, loadConfig, scdlSettings, type ScdlSettings } from "../../src/config/index.js";
import { luhnValid } from "../../src/check/siren.js";
import { inferMatiere, matiereNom } from "../../src/config/matiere.js";
import { SCDL_HEADER, SCDL_VERSION, csvField, delibId, documentToScdl, formatScdlCsv, prefId, scdlForDocument } from "../../src/write/scdl.js";
import { CtgDocument, SCHEMA_VERSION } from "../../src/schema/record.js";
import type { Act, Attendance, Person, Prefecture, Vote } from "../../src/schema/record.js";
import { SEED_TXT, tempDir } from "../batch/helpers.js";

const SAVAS = { nom: "Commune de Savas-Mépin", siret: "21380476800017", siren: "213804768" };
const identity: ScdlSettings = {
  mode: "one",
  authorities: [SAVAS],
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
  authority?: Partial<Act["authority"]>;
}
function makeAct(o: ActOverrides = {}): Act {
  const base = structuredClone(SEED_ACT);
  return {
    ...base,
    kind: o.kind ?? "deliberation",
    authority: { ...base.authority, ...o.authority },
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
    const { rows, notes, left } = documentToScdl(doc([act, info]), identity);
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
    // an information item is not a deliberation: no row, a reason
    expect(rows).toHaveLength(1);
    expect(left).toEqual([{ act: 1, actNumber: null, reason: "information", message: "point d'information (ni délibération ni vote) : non publié" }]);
    expect(notes.map((n) => [n.act, n.basis, n.code])).toEqual([[0, "inferred", "7.1"]]);
    const csv = formatScdlCsv(rows);
    expect(csv.split("\r\n")[1]).toBe(
      'Commune de Savas-Mépin,21380476800017,2023-07,2023-03-28,7.1,finances locales/décisions budgétaires,' +
        '"Budget primitif 2023, ""budget principal""\nvote par chapitre",,,PREF038,2023-04-02,19,16,13,2,1,' +
        "https://www.example.fr/deliberations/seance.pdf",
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3); // header, 1 row, final empty
  });

  it("falls back on the @CTES number and decision date, the stated voters and the default matière", () => {
    const act = makeAct({
      title: "Objet sans mot-clé connu",
      attendance: { inOffice: 15, voters: 12 },
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
    expect(scdlSettings(loaded)).toEqual({
      mode: "one",
      authorities: [SAVAS],
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
        scdlSettings(loadConfig(file, lang), lang);
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
    // each row of the table is checked as the single identity is
    const table = (rows: string) => message(`collectivites:\n${rows}`);
    expect(table('  - { siret: "21380476800013", nom: X }\n')).toBe(
      `${file} : collectivites[0].siret « 21380476800013 » invalide : la clé de contrôle (Luhn) ne correspond pas ; recopiez-le depuis l'annuaire SIRENE`,
    );
    expect(table('  - { siret: "2138047680001", nom: X }\n')).toContain("collectivites[0].siret « 2138047680001 » invalide : 14 chiffres attendus");
    expect(table('  - { siren: "212000962", siret: "21380476800017", nom: X }\n')).toBe(
      `${file} : collectivites[0] : le siren « 212000962 » n'est pas le début du siret « 21380476800017 » (213804768)`,
    );
    expect(table('  - { siret: "21380476800017", nom: X }\n  - { siret: "21380476800017", nom: Y }\n')).toContain("collectivites[1] : le SIREN 213804768 figure déjà dans collectivites[0]");
    expect(table('  - { siret: "21380476800017" }\n')).toContain("valeur invalide pour collectivites.0.nom");
    expect(message('collectivite: { nom: X, siret: "21380476800017" }\ncollectivites:\n  - { siret: "21200096200010", nom: Corte }\n')).toContain(
      "collectivite et collectivites sont tous deux donnés",
    );
    expect(table('  - { siren: "213804768", siret: "21380476800017", nom: X }\n')).toBe("no error");
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

const CORTE = { nom: "Commune de Corte", siret: "21200096200010", siren: "212000962" }; // a test SIRET: Corte's SIREN, NIC 0001 + Luhn key
const table: ScdlSettings = { ...identity, mode: "table", authorities: [SAVAS, CORTE], urlBase: null };
const corteByName = { name: "Corte", kind: "commune" as const, siren: "212000962", department: "2B", basis: { name: "stated" as const, siren: "inferred" as const } };
const nobody = { name: null, kind: null, siren: null, department: null, basis: {} };

describe("SCDL: each act under its own authority", () => {
  const budget = { number: "25-04/032", title: "Budget primitif 2025", sessionDate: "2025-04-08" };
  const cases: Array<[string, ScdlSettings, ActOverrides, string | null, string | null]> = [
    // name, settings, act, COLL_SIRET written (null: left out), reason
    ["the @CTES SIREN picks the row of the table", table, { ...budget, prefecture: { siren: "212000962" }, authority: nobody }, CORTE.siret, null],
    ["the SIREN the COG gives for the act's name picks it", table, { ...budget, prefecture: { siren: null }, authority: corteByName }, CORTE.siret, null],
    ["else the name, against the row's name", table, { ...budget, prefecture: { siren: null }, authority: { ...nobody, name: "Corte" } }, CORTE.siret, null],
    ["a SIREN the table lacks: no row", table, { ...budget, prefecture: { siren: "217001841" }, authority: nobody }, null, "authority-no-row"],
    ["a table and an act that names nobody", table, { ...budget, prefecture: { siren: null }, authority: nobody }, null, "authority-unknown"],
    ["the @CTES SIREN against the row named like the act", table, { ...budget, prefecture: { siren: "217001841" }, authority: { ...nobody, name: "Corte" } }, null, "authority-contradiction"],
    ["one authority, the act's @CTES SIREN is another's", identity, { ...budget, prefecture: { siren: "212000962" } }, null, "authority-contradiction"],
    ["one authority, the act names Corte (COG SIREN)", identity, { ...budget, prefecture: { siren: null }, authority: corteByName }, null, "authority-contradiction"],
    ["one authority, the act names another commune the COG cannot place", identity, { ...budget, prefecture: { siren: null }, authority: { ...nobody, name: "Saint-Martin" } }, null, "authority-contradiction"],
    ["one authority, the act names nobody: it is the configured one", identity, { ...budget, prefecture: { siren: null }, authority: nobody }, SAVAS.siret, null],
    ["one authority, same @CTES SIREN", identity, { ...budget, prefecture: { siren: "213804768" } }, SAVAS.siret, null],
  ];
  it.each(cases)("%s", (_name, settings, overrides, siret, reason) => {
    const { rows, left } = documentToScdl(doc([makeAct(overrides)]), settings);
    expect(rows.map((r) => r.COLL_SIRET)).toEqual(siret ? [siret] : []);
    expect(left.map((l) => l.reason)).toEqual(reason ? [reason] : []);
    if (siret) expect(rows[0]!.COLL_NOM).toBe(settings.authorities.find((a) => a.siret === siret)!.nom);
  });

  it("says in one line, French or English, what the act names and what the configuration gives", () => {
    const act = makeAct({ ...budget, prefecture: { siren: "212000962" }, authority: corteByName });
    expect(documentToScdl(doc([act]), identity).left[0]!.message).toBe(
      "écarté : l'acte désigne « Corte », SIREN 212000962 (tampon @CTES), ctg.config.yaml donne Commune de Savas-Mépin (SIREN 213804768) ; corrigez la configuration ou l'acte",
    );
    const byName = makeAct({ ...budget, prefecture: { siren: null }, authority: corteByName });
    expect(documentToScdl(doc([byName]), identity, { lang: "en" }).left[0]!.message).toBe(
      'left out: the act names "Corte", SIREN 212000962 (reference data, from its name), ctg.config.yaml gives Commune de Savas-Mépin (SIREN 213804768); fix the configuration or the act',
    );
    const noRow = makeAct({ ...budget, prefecture: { siren: "217001841" }, authority: nobody });
    expect(documentToScdl(doc([noRow]), table).left[0]!.message).toBe(
      "écarté : aucune ligne de collectivites dans ctg.config.yaml pour SIREN 217001841 (tampon @CTES) ; ajoutez-la (siren, siret, nom)",
    );
  });

  it("`ctg parse --format scdl` of an act whose stamp names Corte, with Savas-Mépin configured, writes no row and says why", async () => {
    const corte = readFileSync(SEED_TXT, "utf8").replace(/213804768/g, "212000962");
    const record = parseText(corte, "corte.txt");
    expect(record.acts[0]!.prefecture.siren).toBe("212000962");
    const root = tempDir("cfg");
    writeFileSync(join(root, "ctg.config.yaml"), 'collectivite:\n  nom: Commune de Savas-Mépin\n  siret: "21380476800017"\n');
    const out = await scdlForDocument(record, { configPath: join(root, "ctg.config.yaml") });
    expect(out.csv).toBe(SCDL_HEADER);
    expect(out.rows).toBe(0);
    expect(out.failed).toBe(true);
    expect(out.notes).toEqual([
      expect.stringMatching(/^corte\.txt : acte 2022-29 : écarté : l'acte désigne .*SIREN 212000962 \(tampon @CTES\), ctg\.config\.yaml donne Commune de Savas-Mépin \(SIREN 213804768\)/),
      "corte.txt : aucune délibération à publier : le CSV SCDL ne contient aucune ligne",
    ]);
  });
});

describe("SCDL: only deliberations, every required value read", () => {
  const full = { number: "2023-07", title: "Budget primitif 2023", sessionDate: "2023-03-28", attendance: { inOffice: 19, present: 15, represented: 2 }, vote: { for: 17, against: 0, abstentions: 0 } };
  const cases: Array<[string, ActOverrides, string | null]> = [
    ["an information item", { ...full, kind: "information", vote: { kind: "none" } }, "information"],
    ["an election", { ...full, kind: "election", vote: { kind: "election" } }, "election"],
    ["no number, no @CTES number", { ...full, number: null }, "no-id"],
    ["no session date, no @CTES decision date", { ...full, sessionDate: null }, "no-date"],
    ["no title", { ...full, title: null }, "no-object"],
    ["a title no keyword places, no matiere.defaut", { ...full, title: "Objet sans mot-clé connu" }, "no-matiere"],
    ["a full deliberation", full, null],
  ];
  it.each(cases)("%s", (_name, overrides, reason) => {
    const { rows, left } = documentToScdl(doc([makeAct(overrides)]), identity);
    expect(left.map((l) => l.reason)).toEqual(reason ? [reason] : []);
    expect(rows).toHaveLength(reason ? 0 : 1);
  });

  it("takes the @CTES internal number, and prefixes an item number of minutes with the session date", () => {
    const act = (number: string | null, internal: string | null) => makeAct({ number, prefecture: { internalNumber: internal } });
    expect(delibId(act(null, "DEL-25-04-033"), "2025-04-08")).toBe("DEL-25-04-033");
    expect(delibId(act("2", null), "2021-06-04")).toBe("2021-06-04/2");
    expect(delibId(act("6.3", null), "2021-06-04")).toBe("2021-06-04/6.3");
    expect(delibId(act("23-02/001", "X"), "2023-02-13")).toBe("23-02/001");
    expect(delibId(act("DEL 2025-85", null), "2025-11-13")).toBe("DEL 2025-85");
    expect(delibId(act(null, null), "2025-11-13")).toBeNull();
  });

  it("a list of deliberations (one act with nothing read) gives no row, and the exit code says nothing was published", async () => {
    const list = makeAct({ kind: "information", vote: { kind: "none" } });
    const root = tempDir("cfg");
    writeFileSync(join(root, "ctg.config.yaml"), 'collectivite:\n  nom: Commune de Flaux\n  siret: "21300110000014"\n');
    const out = await scdlForDocument(doc([list], "028.pdf"), { configPath: join(root, "ctg.config.yaml") });
    expect([out.csv, out.rows, out.failed]).toEqual([SCDL_HEADER, 0, true]);
    expect(out.notes.at(-1)).toBe("028.pdf : aucune délibération à publier : le CSV SCDL ne contient aucune ligne");
  });

  it("fills the VOTE_* columns all or none, and leaves them empty when the act's figures contradict each other", () => {
    const vote = (attendance: Partial<Attendance>, v: Partial<Vote>) => documentToScdl(doc([makeAct({ ...full, attendance, vote: v })]), identity);
    const cols = (r: ReturnType<typeof vote>) => [r.rows[0]!.VOTE_EFFECTIF, r.rows[0]!.VOTE_REEL, r.rows[0]!.VOTE_POUR, r.rows[0]!.VOTE_CONTRE, r.rows[0]!.VOTE_ABSTENTION];
    const ok = vote({ inOffice: 19, present: 15, represented: 2 }, { for: 15, against: 1, abstentions: 1 });
    expect([cols(ok), ok.cleared]).toEqual([["19", "17", "15", "1", "1"], []]);
    const noInOffice = vote({ present: 15, represented: 2 }, { for: 15, against: 1, abstentions: 1 });
    expect(cols(noInOffice)).toEqual(["", "", "", "", ""]);
    expect(noInOffice.cleared.map((c) => c.message)).toEqual([
      "colonnes VOTE_* laissées vides (toutes ou aucune, comme l'exige le SCDL) : non lu : VOTE_EFFECTIF",
    ]);
    const noAgainst = vote({ inOffice: 19, present: 15, represented: 2 }, { for: 17, against: null, abstentions: null });
    expect(noAgainst.cleared[0]?.message).toContain("non lu : VOTE_CONTRE, VOTE_ABSTENTION");
    const wrongSum = vote({ inOffice: 19, present: 15, represented: 2 }, { for: 14, against: 1, abstentions: 1 });
    expect(cols(wrongSum)).toEqual(["", "", "", "", ""]);
    expect(wrongSum.cleared[0]?.message).toBe(
      "colonnes VOTE_* laissées vides : les chiffres de l'acte se contredisent (VOTE_REEL 17 ≠ 14 + 1 + 1) ; voir le rapport de cohérence",
    );
    const overOffice = vote({ inOffice: 10, present: 15, represented: 2 }, { for: 15, against: 1, abstentions: 1 });
    expect(overOffice.cleared[0]?.message).toContain("VOTE_EFFECTIF 10 < VOTE_REEL 17");
  });

  it("leaves PREF_DATE empty when the préfecture received the act before its date", () => {
    const { rows, cleared } = documentToScdl(doc([makeAct({ ...full, prefecture: { receivedDate: "2023-03-01" } })]), identity);
    expect(rows[0]!.PREF_DATE).toBe("");
    expect(cleared.map((c) => c.message)).toEqual(["PREF_DATE laissée vide : réception en préfecture le 2023-03-01, avant la date de délibération 2023-03-28"]);
  });

  it("is SCDL 2.1.5", () => {
    expect(SCDL_VERSION).toBe("2.1.5");
  });
});
