import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse.js";
import { checkDocument } from "../../../src/check/index.js";
import { renderHtmlReport, type HtmlDocument } from "../../../src/write/html/render.js";
import { HOSTILE_TITLE, hostileSeed, SEED, textOf } from "./documents.js";

const TODAY = "2026-12-03";

function document(text: string, name: string, lang: "fr" | "en" = "fr"): HtmlDocument {
  const doc = parseText(text, name);
  return { name, doc, report: checkDocument(doc, { lang, today: TODAY }) };
}

/** Every URL the page could load or open: src, href, url(), @import, srcset, action. */
function references(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href|action|srcset|poster|data)\s*=\s*"([^"]*)"|url\(([^)]*)\)|@import/gi)].map((m) => m[0]);
}

describe("renderHtmlReport on the seed act", () => {
  const html = renderHtmlReport({ documents: [document(SEED, "savas-mepin-2022-29.txt")], version: "9.9.9" });

  it("is one page with its own stylesheet, a viewport, and a policy that forbids loading or running anything", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    const style = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    const hash = createHash("sha256").update(style).digest("base64");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object/i);
    // nothing to load: the only references are anchors of the page itself, and each has its target
    const refs = references(html);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const id = /^href="#([\w-]+)"$/.exec(ref)?.[1];
      expect(id, ref).toBeDefined();
      expect(html).toContain(`id="${id}"`);
    }
  });

  it("shows the act at a glance with page and line of each value", () => {
    const text = textOf(html);
    expect(text).toContain("Acte n° 2022-29");
    expect(text).toContain("CONVENTION TERRITORIALE GLOBALE (CTG)");
    expect(text).toContain("Collectivité Savas-Mépin p. 1, l. 181 · commune · département 38 p. 1, l. 16 · SIREN 213804768 p. 1, l. 16");
    expect(text).toContain("Séance 11 octobre 2022 déduit p. 1, l. 16");
    expect(text).toContain("Présence 15 membres en exercice p. 1, l. 22 · 14 présents p. 1, l. 23 · 0 représenté déduit · 1 absent p. 1, l. 24");
    expect(text).toContain("Vote à l'unanimité p. 1, l. 171 · 14 pour déduit");
    expect(text).toContain("identifiant @CTES 038-213804768-20221011-2022_29-DE p. 1, l. 16 envoyé le 14 octobre 2022 p. 1, l. 13");
    expect(text).toContain("Aucune remarque");
    expect(text).toContain("produit par ctg 9.9.9");
    expect(html).toContain("<blockquote>Présents : <mark>14</mark></blockquote>");
  });
});

describe("renderHtmlReport with findings and hostile text", () => {
  const hostileName = `"><script>alert('nom')</script>.txt`;
  const doc = document(hostileSeed(), hostileName);
  const html = renderHtmlReport({ documents: [doc] });

  it("escapes everything the document gives: title, lines, file name", () => {
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain(
      "Convention &lt;/mark&gt;&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt; &amp; &quot;l&#39;école&quot; &lt;img src=x onerror=alert(1)&gt;",
    );
    expect(html).toContain("&quot;&gt;&lt;script&gt;alert(&#39;nom&#39;)&lt;/script&gt;.txt");
    expect(textOf(html)).toContain(HOSTILE_TITLE);
  });

  it("groups the findings by severity, each with its lines, the value marked", () => {
    const messages = doc.report.findings.map((f) => f.message);
    expect(messages).toEqual([
      "Plus de présents que de membres en exercice : 16 présents pour 15 membres en exercice.",
      "La liste des présents compte 14 noms pour 16 présents annoncés.",
    ]);
    const errors = html.indexOf(">Erreurs (1)</h4>");
    const warnings = html.indexOf(">Avertissements (1)</h4>");
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(html.indexOf(messages[0]!)).toBeGreaterThan(errors);
    expect(html.indexOf(messages[0]!)).toBeLessThan(warnings);
    expect(html.indexOf(messages[1]!)).toBeGreaterThan(warnings);
    expect(html).toContain("<blockquote>Présents : <mark>16</mark></blockquote><span class=\"ref\">page 1, ligne 23</span>");
    expect(html).toContain("<blockquote>En exercice : <mark>15</mark></blockquote><span class=\"ref\">page 1, ligne 22</span>");
    expect(textOf(html)).toContain("Règle PRESENT_EXCEEDS_IN_OFFICE · CGCT L2121-17");
  });
});

describe("renderHtmlReport of several files", () => {
  it("has a table of contents linking to each file and act; a folder's report folds the acts without findings", () => {
    const clean = document(SEED, "a/seed.txt");
    const bad = document(hostileSeed(), "b/hostile.txt");
    const html = renderHtmlReport({ documents: [clean, bad], unreadable: [{ name: "c.pdf", message: "c.pdf : PDF chiffré" }], collapseClean: true });
    expect(html).toContain('<a href="#d1">a/seed.txt</a><br><span class="ref"><a href="#d1-a1">2022-29</a></span></td><td class="n">1</td><td class="n">0</td><td class="n">0</td><td class="n">0</td>');
    expect(html).toContain('<a href="#d2">b/hostile.txt</a><br><span class="ref"><a href="#d2-a1">2022-29</a></span></td><td class="n">1</td><td class="n">1</td><td class="n">1</td><td class="n">0</td>');
    expect(html).toContain('<details class="act" id="d1-a1"><summary>');
    expect(html).toContain('<details class="act" id="d2-a1" open><summary>');
    expect(textOf(html)).toContain("Fichiers illisibles Ces fichiers n'ont pas pu être lus ; ils ne figurent pas dans le rapport. c.pdf : PDF chiffré");
    expect(textOf(html)).toContain("3 fichiers · 2 actes · 1 erreur · 1 avertissement · 0 information");
  });
});

describe("renderHtmlReport in English", () => {
  it("says everything in English, the findings included", () => {
    const html = renderHtmlReport({ documents: [document(hostileSeed(), "hostile.txt", "en")], lang: "en" });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const text = textOf(html);
    expect(text).toContain("The act at a glance");
    expect(text).toContain("Act no. 2022-29");
    expect(text).toContain("Errors (1)");
    expect(text).toContain("Session 11 October 2022 inferred p. 1, l. 16");
    expect(text).not.toMatch(/Séance|Erreurs|Présence/);
  });
});
