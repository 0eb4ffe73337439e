import type { Normalised } from "../normalise/index.js";
import type { Act } from "../schema/record.js";
export function extractActs(_n: Normalised): Act[] {
  return [];
}
