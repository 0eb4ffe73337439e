// Consistency rules: attendance.
import { rule, inferred, contradiction, AT, plural, pluralEn, grossExcess } from "./kit.js";

export const presentExceedsInOffice = rule<{ present: number; inOffice: number }>({
  id: "PRESENT_EXCEEDS_IN_OFFICE",
  severity: "error",
  legalSource: "CGCT L2121-17",
  check(act) {
    const { present, inOffice, basis } = act.attendance;
    if (present === null || inOffice === null || present <= inOffice) return [];
    return [{ params: { present, inOffice }, pointers: [AT + "present", AT + "inOffice"], severity: contradiction(inferred(basis, "present", "inOffice")) }];
  },
  message: {
    fr: (p) => `Plus de présents que de membres en exercice : ${p.present} présents pour ${p.inOffice} membres en exercice.`,
    en: (p) => `More members present than in office: ${p.present} present for ${p.inOffice} members in office.`,
  },
  checks: {
    fr: "Signale plus de présents que de membres en exercice ; avertissement si l'un des deux nombres est déduit.",
    en: "Fires when more members are present than are in office; a warning when either count is inferred.",
  },
  example: { present: 16, inOffice: 15 },
});

export const attendanceSum = rule<{ present: number; absent: number; represented: number | null; inOffice: number }>({
  id: "ATTENDANCE_SUM",
  severity: "error",
  legalSource: "CGCT L2121-17",
  check(act) {
    const { present, absent, represented, inOffice, basis } = act.attendance;
    if (present === null || absent === null || inOffice === null || present > inOffice) return [];
    // two conventions: "absents" includes the represented members (P + A = N) or not (P + R + A = N)
    if (present + absent === inOffice) return [];
    if (represented === null) {
      if (present + absent < inOffice) return []; // the gap may be unstated proxies
    } else if (present + represented + absent === inOffice) return [];
    const pointers = [AT + "present", AT + "absent", AT + "inOffice"];
    if (represented !== null) pointers.push(AT + "represented");
    const inf = inferred(basis, "present", "absent", "inOffice", ...(represented !== null ? ["represented"] : []));
    return [{ params: { present, absent, represented, inOffice }, pointers, severity: contradiction(inf) }];
  },
  message: {
    fr: (p) =>
      p.represented === null
        ? `Effectifs incohérents : ${p.present} présents + ${p.absent} absents = ${p.present + p.absent}, plus que les ${p.inOffice} membres en exercice.`
        : `Effectifs incohérents : ${p.present} présents, ${p.represented} représentés et ${p.absent} absents ne font pas ${p.inOffice} membres en exercice (ni ${p.present} + ${p.absent}, ni ${p.present} + ${p.represented} + ${p.absent}).`,
    en: (p) =>
      p.represented === null
        ? `Inconsistent attendance: ${p.present} present + ${p.absent} absent = ${p.present + p.absent}, more than the ${p.inOffice} members in office.`
        : `Inconsistent attendance: ${p.present} present, ${p.represented} represented and ${p.absent} absent do not make ${p.inOffice} members in office (neither ${p.present} + ${p.absent} nor ${p.present} + ${p.represented} + ${p.absent}).`,
  },
  checks: {
    fr: "Vérifie que présents + absents, ou présents + représentés + absents, font le nombre de membres en exercice (les deux usages sont admis) ; sans nombre de représentés, ne signale que présents + absents supérieur aux membres en exercice ; avertissement si un nombre est déduit.",
    en: "Checks that present + absent, or present + represented + absent, makes the members in office (both conventions are accepted); with the represented count unstated it fires only when present + absent exceeds the members in office; a warning when a count is inferred.",
  },
  example: { present: 12, absent: 4, represented: 2, inOffice: 15 },
});

export const representedExceedsAbsent = rule<{ represented: number; notPresent: number; present: number; inOffice: number }>({
  id: "REPRESENTED_EXCEEDS_ABSENT",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { present, represented, inOffice, basis } = act.attendance;
    if (present === null || represented === null || inOffice === null || present > inOffice) return [];
    const notPresent = inOffice - present;
    if (represented <= notPresent) return [];
    return [{
      params: { represented, notPresent, present, inOffice },
      pointers: [AT + "represented", AT + "present", AT + "inOffice"],
      severity: contradiction(inferred(basis, "present", "represented", "inOffice")),
    }];
  },
  message: {
    fr: (p) => `${plural(p.represented, "membre représenté", "membres représentés")} alors que seuls ${p.notPresent} des ${p.inOffice} membres en exercice sont absents (${p.present} présents).`,
    en: (p) => `${pluralEn(p.represented, "member", "members")} represented while only ${p.notPresent} of the ${p.inOffice} members in office are absent (${p.present} present).`,
  },
  checks: {
    fr: "Signale plus de membres représentés que de membres en exercice non présents (en exercice − présents) ; avertissement si un nombre est déduit.",
    en: "Fires when more members are represented by proxy than there are members in office not present (in office − present); a warning when a count is inferred.",
  },
  example: { represented: 4, notPresent: 3, present: 12, inOffice: 15 },
});

export const votersExceedAttendance = rule<{ voters: number; bound: number; present: number | null; represented: number | null; against: "attendance" | "inOffice" }>({
  id: "VOTERS_EXCEED_ATTENDANCE",
  severity: "error",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { voters, present, represented, inOffice, basis } = act.attendance;
    if (voters === null) return [];
    if (present !== null && represented !== null) {
      const bound = present + represented;
      if (voters <= bound) return [];
      const inf = inferred(basis, "voters") || (inferred(basis, "present", "represented") && !grossExcess(voters, bound));
      return [{
        params: { voters, bound, present, represented, against: "attendance" },
        pointers: [AT + "voters", AT + "present", AT + "represented"],
        severity: contradiction(inf),
      }];
    }
    if (inOffice !== null && voters > inOffice) {
      return [{
        params: { voters, bound: inOffice, present, represented, against: "inOffice" },
        pointers: [AT + "voters", AT + "inOffice"],
        severity: contradiction(inferred(basis, "voters", "inOffice")),
      }];
    }
    return [];
  },
  message: {
    fr: (p) =>
      p.against === "attendance"
        ? `${p.voters} votants pour ${p.present} présents et ${p.represented} représentés : au plus ${p.bound} membres peuvent voter.`
        : `${p.voters} votants pour ${p.bound} membres en exercice.`,
    en: (p) =>
      p.against === "attendance"
        ? `${p.voters} voters for ${p.present} present and ${p.represented} represented: at most ${p.bound} members can vote.`
        : `${p.voters} voters for ${p.bound} members in office.`,
  },
  checks: {
    fr: "Signale plus de votants que de présents + représentés (ou, faute de ces deux nombres, que de membres en exercice) ; avertissement si un nombre est déduit, sauf si seuls les présents ou représentés le sont et que les votants dépassent le double de leur somme.",
    en: "Fires when there are more voters than present + represented (or, when these are not both stated, than members in office); a warning when a count is inferred, unless only present or represented is inferred and the voters exceed their sum more than twofold.",
  },
  example: { voters: 16, bound: 15, present: 12, represented: 3, against: "attendance" },
});

export const votersBelowAttendance = rule<{ voters: number; expected: number; present: number; represented: number; notVoting: number }>({
  id: "VOTERS_BELOW_ATTENDANCE",
  severity: "warning",
  legalSource: "CGCT L2121-20",
  check(act) {
    const { voters, present, represented, notVoting } = act.attendance;
    if (voters === null || present === null || represented === null) return [];
    const expected = present + represented - notVoting.length;
    if (voters >= expected || voters > present + represented) return [];
    return [{ params: { voters, expected, present, represented, notVoting: notVoting.length }, pointers: [AT + "voters", AT + "present", AT + "represented"] }];
  },
  message: {
    fr: (p) =>
      `${p.voters} votants alors que ${p.present} présents et ${p.represented} représentés${p.notVoting > 0 ? `, moins ${p.notVoting} ne prenant pas part au vote,` : ""} font ${p.expected} : départ en cours de séance non mentionné ?`,
    en: (p) =>
      `${p.voters} voters while ${p.present} present and ${p.represented} represented${p.notVoting > 0 ? `, less ${p.notVoting} not taking part,` : ""} make ${p.expected}: an unrecorded departure?`,
  },
  checks: {
    fr: "Signale moins de votants que de présents + représentés, moins les membres nommés comme ne prenant pas part au vote : un départ en cours de séance a pu ne pas être mentionné.",
    en: "Fires when there are fewer voters than present + represented, less the members named as not taking part: a departure during the session may have gone unrecorded.",
  },
  example: { voters: 13, expected: 14, present: 12, represented: 3, notVoting: 1 },
});

export const presentNamesCount = rule<{ names: number; present: number }>({
  id: "PRESENT_NAMES_COUNT",
  severity: "warning",
  legalSource: "CGCT L2121-15",
  check(act) {
    const { present, presentMembers } = act.attendance;
    if (present === null || presentMembers.length === 0 || presentMembers.length === present) return [];
    return [{ params: { names: presentMembers.length, present }, pointers: [AT + "present", AT + "presentMembers"] }];
  },
  message: {
    fr: (p) => `La liste des présents compte ${plural(p.names, "nom", "noms")} pour ${p.present} présents annoncés.`,
    en: (p) => `The list of members present holds ${pluralEn(p.names, "name", "names")} for ${p.present} present stated.`,
  },
  checks: {
    fr: "Signale une liste des présents dont le nombre de noms diffère du nombre de présents annoncé (rien si aucune liste n'est imprimée).",
    en: "Fires when the list of members present holds a different number of names than the number present stated (silent when no list is printed).",
  },
  example: { names: 11, present: 12 },
});
