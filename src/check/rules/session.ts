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
  checks: {
    fr: "Signale un secrétaire de séance nommé qui ne figure pas sur la liste des présents (rien si aucune liste n'est imprimée).",
    en: "Fires when the named secretary of the session is not on the list of members present (silent when no list is printed).",
  },
  example: { name: "Mme Anne Girard" },
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
  checks: {
    fr: "Signale un président de séance nommé qui ne figure pas sur la liste des présents (rien si aucune liste n'est imprimée).",
    en: "Fires when the named president of the session is not on the list of members present (silent when no list is printed).",
  },
  example: { name: "M. Paul Renaud" },
});

/** The mayor, as a member who does not take part: "Le Maire", a person with the role Maire, or the act's president. */
function mayorWithdrew(act: Act): boolean {
  return act.attendance.notVoting.some(
    (p) => /^maire$/i.test(p.role ?? "") || /^le\s+maire$/i.test(p.name) || (act.president !== null && amongMembers(p, [act.president])),
  );
}

export const compteAdministratif = rule<{ title: string }>({
  id: "CA_MAYOR_WITHDRAWAL",
  severity: "warning",
  legalSource: "CGCT L2121-14",
  check(act) {
    const title = act.title ?? "";
    if (!/compte\s+administratif|compte\s+financier\s+unique/i.test(title) || act.vote.kind === "none" || mayorWithdrew(act)) return [];
    return [{ params: { title }, pointers: ["/title", "/president", AT + "notVoting"] }];
  },
  message: {
    fr: (p) =>
      `« ${p.title} » : pour le compte administratif, le maire peut assister au débat mais doit se retirer au moment du vote ; l'acte ne dit pas qu'il s'est retiré.`,
    en: (p) => `"${p.title}": for the compte administratif the mayor may attend the debate but must withdraw for the vote; the act does not say he did.`,
  },
  checks: {
    fr: "Pour un vote sur un compte administratif (ou compte financier unique, d'après le titre), signale un acte qui ne nomme pas le maire parmi les membres ne prenant pas part au vote.",
    en: "For a vote on a compte administratif (or compte financier unique, by its title), fires when the act does not name the mayor among the members not taking part in the vote.",
  },
  example: { title: "Approbation du compte administratif 2023" },
});
