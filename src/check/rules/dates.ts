// Consistency rules: dates.
import type { Act } from "../../schema/record.js";
import { addYears, daysBetween, formatDate, isValidIsoDate } from "../dates.js";
import { Hit, rule, PR, date, DatedPointer, sessionOf, decisionDate, plural, pluralEn, transmission } from "./kit.js";

type DateField = "sessionDate" | "convocationDate" | "sentDate" | "receivedDate" | "publishedDate";

/** French: the noun, its form after "date", with its article, and its gender (for agreement). */
const DATE_LABELS: Record<DateField, { fr: string; frOf: string; frThe: string; feminine: boolean; en: string }> = {
  sessionDate: { fr: "séance", frOf: "de séance", frThe: "la séance", feminine: true, en: "session" },
  convocationDate: { fr: "convocation", frOf: "de convocation", frThe: "la convocation", feminine: true, en: "convocation" },
  sentDate: { fr: "envoi en préfecture", frOf: "d'envoi en préfecture", frThe: "l'envoi en préfecture", feminine: false, en: "sending to the prefecture" },
  receivedDate: { fr: "réception en préfecture", frOf: "de réception en préfecture", frThe: "la réception en préfecture", feminine: true, en: "receipt by the prefecture" },
  publishedDate: { fr: "publication", frOf: "de publication", frThe: "la publication", feminine: true, en: "publication" },
};

function capitalise(s: string): string {
  return (s[0] ?? "").toUpperCase() + s.slice(1);
}

function dateFields(act: Act): Array<{ field: DateField; value: string | null; pointer: string }> {
  return [
    { field: "sessionDate", value: act.sessionDate, pointer: "/sessionDate" },
    { field: "convocationDate", value: act.convocationDate, pointer: "/convocationDate" },
    { field: "sentDate", value: act.prefecture.sentDate, pointer: PR + "sentDate" },
    { field: "receivedDate", value: act.prefecture.receivedDate, pointer: PR + "receivedDate" },
    { field: "publishedDate", value: act.prefecture.publishedDate, pointer: PR + "publishedDate" },
  ];
}

export const dateInvalid = rule<{ field: DateField; value: string }>({
  id: "DATE_INVALID",
  severity: "error",
  legalSource: "ISO 8601",
  check(act) {
    return dateFields(act)
      .filter((f) => f.value !== null && !isValidIsoDate(f.value))
      .map((f) => ({ params: { field: f.field, value: f.value ?? "" }, pointers: [f.pointer] }));
  },
  message: {
    fr: (p) => `Date ${DATE_LABELS[p.field].frOf} impossible : ${p.value}.`,
    en: (p) => `Impossible ${DATE_LABELS[p.field].en} date: ${p.value}.`,
  },
});

export const datesOrder = rule<{ earlier: DateField; later: DateField; earlierDate: string; laterDate: string }>({
  id: "DATES_ORDER",
  severity: "error",
  legalSource: "CGCT L2131-1",
  check(act) {
    const session = date(act.sessionDate);
    const sent = date(act.prefecture.sentDate);
    const received = date(act.prefecture.receivedDate);
    const hits: Array<Hit<{ earlier: DateField; later: DateField; earlierDate: string; laterDate: string }>> = [];
    const pairs: Array<[DateField, string | null, DateField, string | null]> = [
      ["sessionDate", session, "sentDate", sent],
      ["sessionDate", session, "receivedDate", received],
      ["sentDate", sent, "receivedDate", received],
    ];
    for (const [earlier, e, later, l] of pairs) {
      if (e === null || l === null || e <= l) continue;
      hits.push({
        params: { earlier, later, earlierDate: e, laterDate: l },
        pointers: [earlier === "sessionDate" ? "/sessionDate" : PR + earlier, PR + later],
      });
    }
    return hits;
  },
  message: {
    fr: (p) =>
      `Dates incohérentes : ${DATE_LABELS[p.later].fr} le ${formatDate(p.laterDate, "fr")}, ${DATE_LABELS[p.later].feminine ? "antérieure" : "antérieur"} à ${DATE_LABELS[p.earlier].frThe} du ${formatDate(p.earlierDate, "fr")}.`,
    en: (p) => `Dates out of order: ${DATE_LABELS[p.later].en} on ${p.laterDate}, before the ${DATE_LABELS[p.earlier].en} of ${p.earlierDate}.`,
  },
});

export const publishedBeforeSession = rule<{ published: string; session: string }>({
  id: "PUBLISHED_BEFORE_SESSION",
  severity: "error",
  legalSource: "CGCT L2131-1",
  check(act) {
    const session = date(act.sessionDate);
    const published = date(act.prefecture.publishedDate);
    if (session === null || published === null || published >= session) return [];
    return [{ params: { published, session }, pointers: [PR + "publishedDate", "/sessionDate"] }];
  },
  message: {
    fr: (p) => `Acte publié le ${formatDate(p.published, "fr")}, avant la séance du ${formatDate(p.session, "fr")}.`,
    en: (p) => `Act published on ${p.published}, before the session of ${p.session}.`,
  },
});

export const convocationAfterSession = rule<{ convocation: string; session: string }>({
  id: "CONVOCATION_AFTER_SESSION",
  severity: "error",
  legalSource: "CGCT L2121-10",
  check(act) {
    const session = date(act.sessionDate);
    const convocation = date(act.convocationDate);
    if (session === null || convocation === null || convocation <= session) return [];
    return [{ params: { convocation, session }, pointers: ["/convocationDate", "/sessionDate"] }];
  },
  message: {
    fr: (p) => `Convocation datée du ${formatDate(p.convocation, "fr")}, après la séance du ${formatDate(p.session, "fr")}.`,
    en: (p) => `Convocation dated ${p.convocation}, after the session of ${p.session}.`,
  },
});

/** Three clear days (L2121-11): the day of sending and the day of the session do not count. */
const CLEAR_DAYS = 3;

export const convocationDelay = rule<{ convocation: string; session: string; clearDays: number }>({
  id: "CONVOCATION_DELAY",
  severity: "warning",
  legalSource: "CGCT L2121-11, L2121-12",
  check(act) {
    const session = date(act.sessionDate);
    const convocation = date(act.convocationDate);
    if (session === null || convocation === null || convocation > session) return [];
    const clearDays = Math.max(0, daysBetween(convocation, session) - 1);
    if (clearDays >= CLEAR_DAYS) return [];
    return [{ params: { convocation, session, clearDays }, pointers: ["/convocationDate", "/sessionDate"] }];
  },
  message: {
    fr: (p) => `Convocation du ${formatDate(p.convocation, "fr")} pour la séance du ${formatDate(p.session, "fr")} : ${plural(p.clearDays, "jour franc", "jours francs")}, moins que les trois jours francs requis (hors urgence).`,
    en: (p) => `Convocation of ${p.convocation} for the session of ${p.session}: ${pluralEn(p.clearDays, "clear day", "clear days")}, fewer than the three required (save in an emergency).`,
  },
});

export const dateInFuture = rule<{ field: DateField; value: string; today: string }>({
  id: "DATE_IN_FUTURE",
  severity: "error",
  legalSource: "CGCT L2121-23",
  check(act, ctx) {
    return dateFields(act)
      .filter((f) => f.value !== null && isValidIsoDate(f.value) && f.value > ctx.today)
      .map((f) => ({ params: { field: f.field, value: f.value ?? "", today: ctx.today }, pointers: [f.pointer] }));
  },
  message: {
    fr: (p) => `Date ${DATE_LABELS[p.field].frOf} dans le futur : ${formatDate(p.value, "fr")} (nous sommes le ${formatDate(p.today, "fr")}).`,
    en: (p) => `${capitalise(DATE_LABELS[p.field].en)} date in the future: ${p.value} (today is ${p.today}).`,
  },
});

export const transmissionImplausible = rule<{ decided: string; transmitted: string; field: "sentDate" | "receivedDate" }>({
  id: "TRANSMISSION_IMPLAUSIBLE",
  severity: "error",
  legalSource: "CGCT L2131-1",
  check(act, ctx) {
    const t = transmission(act);
    if (t === null) return [];
    // the earliest decision date the act states: a year-off typo in the ID or the session date shows here
    const candidates = [decisionDate(act, ctx), sessionOf(act)].filter((c): c is DatedPointer => c !== null);
    const earliest = candidates.reduce<DatedPointer | null>((a, b) => (a === null || b.date < a.date ? b : a), null);
    if (earliest === null) return [];
    if (t.date < addYears(earliest.date, 1)) return [];
    return [{ params: { decided: earliest.date, transmitted: t.date, field: t.field }, pointers: [earliest.pointer, PR + t.field] }];
  },
  message: {
    fr: (p) => `Acte du ${formatDate(p.decided, "fr")} ${p.field === "sentDate" ? "envoyé" : "reçu"} en préfecture le ${formatDate(p.transmitted, "fr")}, plus d'un an après : une des deux dates est probablement erronée.`,
    en: (p) => `Act of ${p.decided} ${p.field === "sentDate" ? "sent to" : "received by"} the prefecture on ${p.transmitted}, more than a year later: one of the two dates is probably wrong.`,
  },
});

/** Transmission later than this after the decision is unusual (standards.md §6, check 9). */
const LATE_TRANSMISSION_DAYS = 31;

export const transmissionLate = rule<{ decided: string; transmitted: string; days: number }>({
  id: "TRANSMISSION_LATE",
  severity: "warning",
  legalSource: "CGCT L2131-1",
  check(act, ctx) {
    const t = transmission(act);
    const d = decisionDate(act, ctx) ?? sessionOf(act);
    if (t === null || d === null) return [];
    const days = daysBetween(d.date, t.date);
    if (days <= LATE_TRANSMISSION_DAYS || t.date >= addYears(d.date, 1)) return [];
    return [{ params: { decided: d.date, transmitted: t.date, days }, pointers: [d.pointer, PR + t.field] }];
  },
  message: {
    fr: (p) => `Acte du ${formatDate(p.decided, "fr")} transmis en préfecture le ${formatDate(p.transmitted, "fr")}, ${p.days} jours plus tard : délai inhabituel, l'acte n'est exécutoire qu'après transmission.`,
    en: (p) => `Act of ${p.decided} transmitted to the prefecture on ${p.transmitted}, ${p.days} days later: an unusual delay; the act is enforceable only once transmitted.`,
  },
});
