import { describe, expect, it } from "vitest";
import { Evidence } from "../../src/core/types.js";
import { extractAttendance } from "../../src/extract/attendance.js";
import { completeProxyHolders } from "../../src/extract/proxy-holders.js";
import { linesOf } from "./lines.js";

const HEADER =
  "Présents :\nOdile LAFORGE, Alain GIRAUD, Paul ROCCA, Marc TORRE, Hervé SALVAN.\n" +
  "Absents ayant voté par procuration en application de l'article L 2121-20 du Code Général des Collectivités Territoriales :\n" +
  "Lucie FAVRE, Hélène MOREL, Jean MARTIN, Bruno MARTIN.";

/** the proxies of the header once the minutes' movement lines have been read: [giver, holder] */
function holders(minutes: string): Array<[string | null, string | null]> {
  const ev = new Evidence();
  const a = extractAttendance(linesOf(HEADER), ev);
  completeProxyHolders(a, linesOf(`${HEADER}\n${minutes}`), ev);
  return a.proxies.map((p) => [p.from.lastName, p.to?.lastName ?? null]);
}

describe("holders of proxies named where members come and go", () => {
  it.each([
    ["M. Giraud avec sa procuration (L. Favre) sort de séance.", [["FAVRE", "GIRAUD"], ["MOREL", null], ["MARTIN", null], ["MARTIN", null]]],
    ["Messieurs Rocca (avec la procuration de Mme Morel), Salvan sortent de séance.", [["FAVRE", null], ["MOREL", "ROCCA"], ["MARTIN", null], ["MARTIN", null]]],
    ["O. Laforge sort définitivement (avec la procuration de J. Martin)", [["FAVRE", null], ["MOREL", null], ["MARTIN", "LAFORGE"], ["MARTIN", null]]],
    ["M. Giraud et M. Torre avec leurs procurations (L. Favre et H. Morel) sortent de séance.", [["FAVRE", "GIRAUD"], ["MOREL", "TORRE"], ["MARTIN", null], ["MARTIN", null]]],
  ])("%s", (minutes, expected) => expect(holders(minutes)).toEqual(expected));

  it.each([
    ["a giver that names two members (M. Martin)", "M. Rocca (avec la procuration de M. Martin) sort de séance."],
    ["a holder who is not in the present list", "M. Dupuis avec sa procuration (L. Favre) sort de séance."],
    ["no movement line at all", "Adopté à l'unanimité."],
  ])("%s completes nothing", (_name, minutes) => expect(holders(minutes).every(([, to]) => to === null)).toBe(true));
});
