// Temporary COVID-19 rules for deliberative bodies (standards.md §4.7): inside these windows a council
// deliberates validly when one third of its members in office is present, and a member may hold two proxies.
// Windows apply by session date, bounds inclusive. Between the first two windows (31 Aug - 15 Nov 2020) the
// normal rules applied but their return was debated: that period is reported as ambiguous.

export interface CovidWindow {
  from: string;
  to: string;
  /** legal basis as cited in a finding */
  law: string;
}

export const COVID_WINDOWS: readonly CovidWindow[] = [
  { from: "2020-03-24", to: "2020-08-30", law: "loi n° 2020-290 art. 10" },
  { from: "2020-11-16", to: "2021-09-30", law: "loi n° 2020-1379 art. 6" },
  { from: "2021-11-10", to: "2022-07-31", law: "loi n° 2021-1465 art. 10" },
];

/** Normal rules applied, but whether the spring 2020 rules came back with the October state of emergency was debated. */
export const AMBIGUOUS_WINDOWS: readonly CovidWindow[] = [
  { from: "2020-08-31", to: "2020-11-15", law: "loi n° 2020-290 art. 10 (application discutée)" },
];

export type Regime =
  | { kind: "normal" }
  | { kind: "covid"; window: CovidWindow }
  | { kind: "ambiguous"; window: CovidWindow };

/** Which rules apply to a session held on `sessionDate` (ISO). Unknown date: the normal rules. */
export function regimeOn(sessionDate: string | null): Regime {
  if (sessionDate === null) return { kind: "normal" };
  for (const w of COVID_WINDOWS) if (sessionDate >= w.from && sessionDate <= w.to) return { kind: "covid", window: w };
  for (const w of AMBIGUOUS_WINDOWS) if (sessionDate >= w.from && sessionDate <= w.to) return { kind: "ambiguous", window: w };
  return { kind: "normal" };
}

/** Proxies one member may hold: 2 inside a COVID window, otherwise 1 (CGCT L2121-20). */
export function maxProxiesPerHolder(regime: Regime): number {
  return regime.kind === "covid" ? 2 : 1;
}
