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
  checks: {
    fr: "Signale chaque date de l'acte (séance, convocation, envoi, réception, publication) qui n'existe pas au calendrier, comme un 30 février.",
    en: "Fires for each date of the act (session, convocation, sending, receipt, publication) that is not an existing calendar date, such as 30 February.",
  },
  example: { field: "sessionDate", value: "2022-02-30" },
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
  checks: {
    fr: "Signale un acte envoyé ou reçu en préfecture avant la séance, ou reçu avant d'avoir été envoyé.",
    en: "Fires when the act was sent to or received by the prefecture before the session, or received before it was sent.",
  },
  example: { earlier: "sessionDate", later: "sentDate", earlierDate: "2022-10-11", laterDate: "2022-10-01" },
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
  checks: {
    fr: "Signale une date de publication antérieure à la séance.",
    en: "Fires when the act's publication date is before the session.",
  },
  example: { published: "2022-10-04", session: "2022-10-11" },
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
  checks: {
    fr: "Signale une convocation datée d'après la séance.",
    en: "Fires when the convocation is dated after the session.",
  },
  example: { convocation: "2022-10-14", session: "2022-10-11" },
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
  checks: {
    fr: "Signale moins de trois jours francs (ni le jour de la convocation ni celui de la séance ne comptent) entre la convocation et la séance ; l'urgence n'est pas reconnue.",
    en: "Fires when fewer than three clear days (the day of the convocation and the day of the session not counted) separate the convocation from the session; an emergency is not recognised.",
  },
  example: { convocation: "2022-10-09", session: "2022-10-11", clearDays: 1 },
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
  checks: {
    fr: "Signale chaque date de l'acte (séance, convocation, envoi, réception, publication) postérieure à aujourd'hui.",
    en: "Fires for each date of the act (session, convocation, sending, receipt, publication) later than today.",
  },
  example: { field: "sessionDate", value: "2032-10-11", today: "2024-05-02" },
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
  checks: {
    fr: "Signale un acte envoyé (sinon reçu) en préfecture un an ou plus après la plus ancienne date de décision ou de séance qu'il porte, signe d'une date mal saisie.",
    en: "Fires when the act was sent to (else received by) the prefecture a year or more after the earliest decision or session date it states, which points to a mistyped date.",
  },
  example: { decided: "2021-10-11", transmitted: "2022-10-14", field: "sentDate" },
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
  checks: {
    fr: "Signale un acte envoyé (sinon reçu) en préfecture plus de 31 jours mais moins d'un an après sa date de décision (de l'identifiant @CTES ou du tampon, sinon la séance) : pas illégal, mais l'acte n'est exécutoire qu'après transmission.",
    en: "Fires when the act was sent to (else received by) the prefecture more than 31 days but less than a year after its decision date (from the @CTES identifier or stamp, else the session): not illegal, but the act is enforceable only once transmitted.",
  },
  example: { decided: "2022-10-11", transmitted: "2022-12-02", days: 52 },
});
