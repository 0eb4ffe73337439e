// Completes the authority from the reference data (COG): the department and SIREN of a commune named in the
// text, or the name of the authority whose SIREN the @CTES identifier gives. Values found this way are marked
// "inferred" in authority.basis; a name shared by several communes gives nothing.
import type { Authority } from "../schema/record.js";
import { authorityByName, authorityBySiren } from "../reference/cog.js";

export function enrichAuthority(a: Authority): void {
  const ref = a.siren ? authorityBySiren(a.siren) : a.name ? authorityByName(a.name, a.kind === "epci" ? "epci" : a.kind === "commune" ? "commune" : undefined) : undefined;
  if (!ref) return;
  if (!a.name) { a.name = ref.name; a.basis.name = "inferred"; }
  if (!a.kind) { a.kind = ref.kind; a.basis.kind = "inferred"; }
  if (!a.department && ref.department) { a.department = ref.department; a.basis.department = "inferred"; }
  if (!a.siren && ref.siren) { a.siren = ref.siren; a.basis.siren = "inferred"; }
}
