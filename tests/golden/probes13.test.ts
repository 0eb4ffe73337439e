// The thirteenth round of documents written for ctg (fixtures/written/probes13, 2026-12-08): a city's compte rendu in two
// columns as a PDF (Clermont-Ferrand), a procès-verbal as pdftotext -layout gives it (Rouen), a relevé as a PDF table
// (Saint-Denis), an agglomeration's procès-verbal with delegates by commune (Grand Annecy, PDF), two extracts of a
// syndicat in one file (SyDEV), an intercommunality's bureau relevé from Word in Windows-1252 (Terres de Montaigu), small
// communes (an OCR'd form, a Word PDF with a side box, an Alsace-Moselle procès-verbal in Windows-1252), a département's
// extract (Landes, PDF), a région's list in columns of spaces (Hauts-de-France), the Assemblée de Martinique, and other
// tools' exports (a Markdown conversion, an RTF-to-text conversion, a two-column PDF pasted from a viewer). Scored before
// any change (after round 12's fixes), they gave 78.1 % of their 857 fields; what ctg reads of them since is pinned here
// field by field (./truth.ts), the fields it still misses listed in GAPS as todo.
import { resolve } from "node:path";
import { documentTests } from "./truth.js";

/** "doc field" or "doc#n field" (n: 1-based deliberation of the truth) -> what is wrong today. */
const GAPS: Record<string, string> = {
  "cancale-cr-2024-11-25 excused_names": "ctg gives [ 'gildas robidou', …(1) ]",
  "clermont-ferrand-cr-sommaire-2025-06-27 present_names": "ctg gives [ 'chambrial olivier' ]",
  "dax-pv-rtf-texte-2025-06-24 excused_names": "ctg gives [ 'patrice saubion' ]",
  "dax-pv-rtf-texte-2025-06-24#6 title": "ctg gives 'patrimoine arenes de dax mise en accessibilite et securisation des gradins'",
  "eguisheim-pv-2024-10-14 acts_total": "ctg gives 9",
  "eguisheim-pv-2024-10-14 absent": "ctg gives 0",
  "eguisheim-pv-2024-10-14 present_names": "ctg gives [ 'anne stoeffler', …(12) ]",
  "eguisheim-pv-2024-10-14 excused_names": "ctg gives [ 'nicolas schaeffer' ]",
  "grand-annecy-pv-cc-2024-09-26 present_names": "ctg gives [ 'agnes mollier', …(68) ]",
  "grand-annecy-pv-cc-2024-09-26 proxies": "ctg gives [ 'bernard jolivet > bouchet lionel', …(10) ]",
  "hauts-de-france-cp-liste-2024-11-19 members_in_office": "ctg gives null",
  "landes-cp-2024-05-17-3-1 prefecture_published_date": "ctg gives null",
  "rouen-pv-2025-05-12#6 title": "ctg gives 'rapporteur'",
  "rouen-pv-2025-05-12#6 votes_for": "ctg gives null",
  "rouen-pv-2025-05-12#6 unanimous": "ctg gives null",
  "rouen-pv-2025-05-12#7 votes_for": "ctg gives 11",
  "rouen-pv-2025-05-12#7 adopted": "ctg gives false",
  "rouen-pv-2025-05-12#8 title": "no act found for it",
  "rouen-pv-2025-05-12#8 votes_for": "no act found for it",
  "rouen-pv-2025-05-12#8 votes_against": "no act found for it",
  "rouen-pv-2025-05-12#8 abstentions": "no act found for it",
  "rouen-pv-2025-05-12#8 unanimous": "no act found for it",
  "rouen-pv-2025-05-12#8 adopted": "no act found for it",
  "saint-cirq-lapopie-extrait-ocr-2024-41 commune": "ctg gives 'saint cirq lapople'",
  "saint-cirq-lapopie-extrait-ocr-2024-41 members_in_office": "ctg gives null",
  "saint-cirq-lapopie-extrait-ocr-2024-41 voters": "ctg gives null",
  "saint-cirq-lapopie-extrait-ocr-2024-41 prefecture_published_date": "ctg gives null",
  "saint-denis-releve-2025-09-25 acts_total": "ctg gives 11",
  "saint-denis-releve-2025-09-25#9 votes_against": "ctg gives 4",
  "saint-denis-releve-2025-09-25#10 deliberation_number": "no act found for it",
  "saint-denis-releve-2025-09-25#10 title": "no act found for it",
  "sydev-extraits-cs-2024-12-10 present_names": "ctg gives [ 'boudaud jean marc' ]",
  "sydev-extraits-cs-2024-12-10#2 prefecture_received_date": "ctg gives null",
  "terres-de-montaigu-releve-bureau-2021-11-15 acts_total": "ctg gives 8",
  "terres-de-montaigu-releve-bureau-2021-11-15 commune": "ctg gives 'communaute de communes montaigu rocheserviere'",
  "terres-de-montaigu-releve-bureau-2021-11-15 department": "ctg gives null",
  "terres-de-montaigu-releve-bureau-2021-11-15#1 present": "ctg gives 14",
  "terres-de-montaigu-releve-bureau-2021-11-15#1 voters": "ctg gives 15",
  "terres-de-montaigu-releve-bureau-2021-11-15#2 present": "ctg gives 14",
  "terres-de-montaigu-releve-bureau-2021-11-15#2 voters": "ctg gives 15",
  "vitre-cr-markitdown-2024-11-18 excused_names": "ctg gives [ 'antoine daligault' ]",
};

documentTests(resolve("fixtures/written/probes13"), GAPS);
