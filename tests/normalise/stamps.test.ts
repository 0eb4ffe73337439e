import { describe, expect, it } from "vitest";
import { bestId, emptyStamps, stripStamp } from "../../src/normalise/stamps.js";

const at = (text: string) => ({ page: 1, line: 1, text });
function strip(text: string) {
  const stamps = emptyStamps();
  return { rest: stripStamp(at(text), stamps), stamps };
}

describe("a stamp's date under its label (a narrow stamp box)", () => {
  it.each([
    [["Reçu en préfecture le", "15/05/2024"], "received", "2024-05-15", ["", ""]],
    [["Envoyé en préfecture", "le 15/05/2024"], "sent", "2024-05-15", ["", ""]],
    [["REÇU EN PRÉFECTURE LE", "30 MAI 2024"], "received", "2024-05-30", ["", ""]],
    [["Le Conseil adopte. Publié le", "16/05/2024 ID : 056-215602049-20240513-DEL2024_031-DE"], "published", "2024-05-16", ["Le Conseil adopte.", ""]],
    // the next line's figures are no date of the stamp when the label had its own
    [["Reçu en préfecture le 15/05/2024", "12/2024 budget"], "received", "2024-05-15", ["", "12/2024 budget"]],
    // in the stamp's box, its parts without « préfecture » (Cœur Côte Fleurie, Plouguerneau)
    [["Accusé de réception en préfecture", "ID : 014-200066777-20240620-2024_068-DE", "Reçu le : 25/06/2024"], "received", "2024-06-25", ["", "", ""]],
    [["Accusé de réception en préfecture", "029-212902148-20240314-2024_021-DE", "Reçu le 18/03/2024"], "received", "2024-03-18", ["", "", ""]],
    // out of a stamp's box, « Reçu le » is prose
    [["COMMUNE DE BESSANS", "Reçu le 12/03/2024"], "received", null, ["COMMUNE DE BESSANS", "Reçu le 12/03/2024"]],
  ] as const)("%j -> %s %s", (texts, key, date, rests) => {
    const stamps = emptyStamps();
    const out = texts.map((t, i) => stripStamp({ page: 1, line: i + 1, text: t }, stamps));
    expect([stamps[key]?.value ?? null, out]).toEqual([date, rests]);
  });

  it("« transmis au contrôle de légalité » in prose, without a date, is kept", () => {
    const stamps = emptyStamps();
    expect(stripStamp({ page: 1, line: 1, text: "Le dossier sera transmis au contrôle de légalité dès sa signature." }, stamps))
      .toBe("Le dossier sera transmis au contrôle de légalité dès sa signature.");
    expect(stamps.sent).toBeNull();
  });

  it("la publication éventuelle au BODACC: prose without a date is kept", () => {
    const stamps = emptyStamps();
    expect(stripStamp({ page: 1, line: 1, text: "Envoyé en préfecture le 02/02/2024 les statuts, la publication éventuelle au BODACC." }, stamps))
      .toBe("les statuts, la publication éventuelle au BODACC.");
  });
});

describe("stripStamp removes the prefecture stamp", () => {
  it.each([
    ["Envoyé en préfecture le 14/10/2022", "", "sent", "2022-10-14"],
    ["Télétransmis en préfecture le 27/11/2024 – ID : 045-254500986-20241121-CS2024_18-DE", "", "sent", "2024-11-27"],
    ["Reçu en préfecture le 03/05/2024", "", "received", "2024-05-03"],
    ["Publié le 06/05/2024", "", "published", "2024-05-06"],
    ["Publié le", "", "published", null],
    ["Date de télétransmission : 21/11/2023", "", "sent", "2023-11-21"],
    ["Date de réception préfecture : 22/11/2023", "", "received", "2023-11-22"],
    // the labels as OCR reads a scan: a space inside the word, a grave accent for an acute one
    ["Date de télé transmission : 16/12/2024", "", "sent", "2024-12-16"],
    ["Date de rèception préfecture : 16/12/2024", "", "received", "2024-12-16"],
    ["[Réception par le préfet : 09/06/2025 Publication : 10/06/2025", "", "received", "2025-06-09"],
    ["Transmis en préfecture le 02/10/2023", "", "sent", "2023-10-02"],
    ["Transmis au représentant de l'État le 15/03/2024", "", "sent", "2024-03-15"],
    ["Transmis au contrôle de légalité le 15/03/2024", "", "sent", "2024-03-15"],
    ["Reçu au contrôle de légalité le 15/03/2024", "", "received", "2024-03-15"],
    ["Acte rendu exécutoire après dépôt en Préfecture le 16/09/2024 et publication le 17/09/2024", "Acte rendu exécutoire et", "received", "2024-09-16"],
    ["Acte rendu exécutoire après dépôt en Préfecture le 16/09/2024 et publication le 17/09/2024", "Acte rendu exécutoire et", "published", "2024-09-17"],
    // dates in words, the prefecture named after its département
    ["Rendu exécutoire après transmission à la Préfecture du Bas-Rhin le 4 avril 2024 et publication le 5 avril 2024", "Rendu exécutoire après et", "sent", "2024-04-04"],
    ["Rendu exécutoire après transmission à la Préfecture du Bas-Rhin le 4 avril 2024 et publication le 5 avril 2024", "Rendu exécutoire après et", "published", "2024-04-05"],
    ["Transmis en préfecture de la Gironde le 19/12/2023", "", "sent", "2023-12-19"],
    ["Rendu exécutoire après transmission au représentant de l'État le 17/05/2024 et publication le 21/05/2024.", "Rendu exécutoire après et .", "published", "2024-05-21"],
    ["Publié sur le site internet de la Ville le 30/06/2025", "", "published", "2025-06-30"],
    ["Reçu à la Sous-Préfecture de Figeac le 21 octobre 2024", "", "received", "2024-10-21"],
    ["Affiché et publié sous forme électronique le 4 juillet 2024.", "", "published", "2024-07-04"],
    ["Acte rendu exécutoire après transmission en Préfecture le 28 juin 2024 et publication le 1er juillet 2024", "Acte rendu exécutoire après et", "published", "2024-07-01"],
    // a sentence that ends on the date's full stop
    ["Certifié exécutoire compte tenu de la transmission en préfecture le 03/05/2024 et de la publication le 06/05/2024.", "Certifié exécutoire compte tenu de la et de la .", "sent", "2024-05-03"],
    ["Certifié exécutoire compte tenu de la transmission en préfecture le 03/05/2024 et de la publication le 06/05/2024.", "Certifié exécutoire compte tenu de la et de la .", "published", "2024-05-06"],
  ])("%j -> %j, %s %s", (text, rest, key, date) => {
    const r = strip(text);
    expect(r.rest).toBe(rest);
    expect(r.stamps.seen).toBe(true);
    expect(r.stamps[key as "sent"]?.value ?? null).toBe(date);
  });

  it.each([
    ["ID : 038-213804768-20221011-2022_29-DE", "038-213804768-20221011-2022_29-DE"],
    ["ID : 073-217300102-20230612-DEL_2023_41-DE", "073-217300102-20230612-DEL_2023_41-DE"],
    ["[02B-212000962-20250408-DEL-25-04-032-DE]", "02B-212000962-20250408-DEL-25-04-032-DE"],
    ["[2A-212000044-20240115-D-24-01-007-DE]", "02A-212000044-20240115-D-24-01-007-DE"],
    ["Identifiant Acte : 069-216901231-20231204-2023-118-CC", "069-216901231-20231204-2023-118-CC"],
  ])("%j -> id %s", (text, id) => {
    const r = strip(text);
    expect(r.rest).toBe("");
    expect(r.stamps.ids.map((x) => x.id)).toEqual([id]);
  });

  it.each([
    ["ABSENTS : MM. Pierre SALVAN et Marc TORRE Accusé de réception - Ministère de l'Intérieur", "ABSENTS : MM. Pierre SALVAN et Marc TORRE"],
    // the stamp cut over two lines: "… Accusé de réception - Ministère de" / "l'Intérieur"
    ["ABSENTS : MM. Pierre SALVAN et Marc TORRE Accusé de réception - Ministère de", "ABSENTS : MM. Pierre SALVAN et Marc TORRE"],
    ["l'Intérieur", ""],
    ["… et Marc TORRE Accusé de", "… et Marc TORRE"],
    ["réception - Ministère de l'Intérieur", ""],
    ["Ministère de l'Intérieur", ""],
    ["Le Conseil approuve le projet. Envoyé en préfecture le 02/02/2024", "Le Conseil approuve le projet."],
    ["DECIDE d'adopter le règlement ID : 038-213800012-20240129-2024_05-DE", "DECIDE d'adopter le règlement"],
  ])("a stamp glued to a body line: %j -> %j", (text, rest) => expect(strip(text).rest).toBe(rest));

  it.each([
    ["Le Maire expose au Conseil le projet de convention"],
    ["La délibération sera publiée le 12 mars sur le site de la commune après transmission au contrôle de légalité"],
    ["Le dossier sera envoyé en préfecture pour contrôle."],
    ["Présents : 14"],
  ])("a body line stays: %j", (text) => {
    const r = strip(text);
    expect(r.rest).toBe(text);
    expect(r.stamps.seen).toBe(false);
  });
});

describe("bestId", () => {
  it("keeps the identifier read most often", () => {
    const stamps = emptyStamps();
    for (const text of ["ID : 038-213804768-20221011-2022_29-DE", "ID : 038-213804768-20221011-2022_28-DE", "ID : 038-213804768-20221011-2022_29-DE"]) stripStamp(at(text), stamps);
    expect(bestId(stamps)?.id).toBe("038-213804768-20221011-2022_29-DE");
    expect(stamps.ids.map((x) => x.count)).toEqual([2, 1]);
  });
});
