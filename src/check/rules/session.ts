// Consistency rules: session.
import type { Act } from "../../schema/record.js";
import { amongMembers, hasIdentifyingWord } from "../names.js";
import { Hit, rule, AT, personName } from "./kit.js";

function notAmongPresent(role: "secretary" | "president") {
  return (act: Act): Array<Hit<{ name: string }>> => {
    const person = act[role];
    const present = act.attendance.presentMembers;
    if (person === null || present.length === 0 || !hasIdentifyingWord(person) || amongMembers(person, present)) return [];
    return [{ params: { name: personName(person) }, pointers: [`/${role}`, AT + "presentMembers"] }];
  };
}

export const secretaryNotPresent = rule<{ name: string }>({
  id: "SECRETARY_NOT_PRESENT",
  severity: "warning",
  legalSource: "CGCT L2121-15",
  check: notAmongPresent("secretary"),
  message: {
    fr: (p) => `Le secrétaire de séance, ${p.name}, ne figure pas parmi les membres présents.`,
    en: (p) => `The secretary of the session, ${p.name}, is not among the members present.`,
  },
});

export const presidentNotPresent = rule<{ name: string }>({
  id: "PRESIDENT_NOT_PRESENT",
  severity: "warning",
  legalSource: "CGCT L2121-14",
  check: notAmongPresent("president"),
  message: {
    fr: (p) => `Le président de séance, ${p.name}, ne figure pas parmi les membres présents.`,
    en: (p) => `The president of the session, ${p.name}, is not among the members present.`,
  },
});
