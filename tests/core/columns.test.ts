import { expect, it } from "vitest";
import { columnUnder } from "../../src/core/columns.js";

// labels: « Nom – Prénom » centred over a wide column at 215–270, « Présent » 326–352, « Pouvoir à » 487–520
const COLUMNS = [{ start: 215, end: 270 }, { start: 326, end: 352 }, { start: 487, end: 520 }];

it.each([
  ["a name starting left of its centred label", { start: 172, end: 245 }, false, 0],
  ["a name ending under the next label", { start: 172, end: 330 }, false, 0],
  ["a mark under the middle of its label", { start: 337, end: 342 }, true, 1],
  ["a mark left of its label's start", { start: 322, end: 327 }, true, 1],
  ["a holder under its label", { start: 470, end: 540 }, false, 2],
  ["a text right of every label", { start: 560, end: 600 }, false, 2],
])("%s", (_name, piece, mark, want) => expect(columnUnder(COLUMNS, piece, mark)).toBe(want));
