import type { Series } from '../../lib/data/series';
import { count, date, flag, month, pct, ratio, word, type Fact, type FactTree } from '../../lib/report/fact';
import { monthsBefore } from './monthly';
import { chartStartFor } from '../../lib/report/windows';

/** First month of the rates chart: QQE's start, so the chart shows the whole era of zero and negative rates and the exit. */
export const RATES_CHART_START = '2013-01-01';
/** Years an edition before 2023 draws in the rates chart instead (see `chartStartFor`). */
export const RATES_CHART_MIN_YEARS = 10;
/** Rates are stored in percent a year; facts carry fractions. */
const PCT = 100;

export interface RatesDatasets {
  jgb10y: { date: string; value: number }[];
  callRate: { date: string; value: number }[];
  /** Policy-rate steps: each value in force from its date; the last point repeats the value at the edition's end of data. */
  policy: { date: string; value: number }[];
  /** Increases of the policy rate up to the edition (the exit from negative rates included). */
  hikes: { date: string; from: number; to: number }[];
}

/**
 * The 10-year JGB yield (monthly average), the overnight call rate (monthly, to its own last month) and
 * the BOJ's policy-rate target (steps). Facts: the latest yield and its change over twelve months (in
 * percentage points), the policy rate in force at the edition's date, the exit from negative rates and
 * the hikes since. Rates in facts are fractions (0.0075 = 0.75 %); changes of rates are percentage points.
 */
/** Days within which a policy event's date is taken as the decision behind a change of the target in force. */
const DECISION_TO_EFFECT_DAYS = 10;

/**
 * The date the BOJ decided the exit from negative rates: the policy-rate series dates each target from
 * the day it took effect (21 March 2024), while the decision (and every other chapter) dates the exit
 * 19 March 2024. `exitEvent` is the curated event's date; used when it falls shortly before the effect.
 */
export function exitDecisionDate(effective: string | null, exitEvent: string | undefined): string | null {
  if (effective === null) return null;
  if (exitEvent === undefined || exitEvent > effective) return effective;
  const days = (Date.parse(`${effective}T00:00:00Z`) - Date.parse(`${exitEvent}T00:00:00Z`)) / 86_400_000;
  return days <= DECISION_TO_EFFECT_DAYS ? exitEvent : effective;
}

export function ratesFacts(jgb: Series, call: Series, policy: Series, asOf: string, exitEvent?: string): { facts: FactTree; datasets: RatesDatasets } {
  const jn = jgb.values.length;
  const jLast = jn > 0 ? (jgb.values[jn - 1] as number) : null;
  const jMonth = jgb.dates[jn - 1] ?? null;
  const jPrevI = jMonth === null ? -1 : jgb.dates.indexOf(monthsBefore(jMonth, 12));
  const jPrev = jPrevI >= 0 ? (jgb.values[jPrevI] as number) : null;
  const cn = call.values.length;

  // Policy steps: a change is a row whose value differs from the row before (the file's last row may repeat a value).
  const steps = policy.dates.map((d, i) => ({ date: d, value: policy.values[i] as number }));
  const hikes: RatesDatasets['hikes'] = [];
  let exit: string | null = null;
  let lastChange: string | null = null;
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1] as { date: string; value: number };
    const s = steps[i] as { date: string; value: number };
    if (prev.value === s.value) continue;
    lastChange = s.date;
    if (s.value > prev.value) hikes.push({ date: s.date, from: prev.value, to: s.value });
    if (prev.value < 0 && s.value >= 0 && exit === null) exit = s.date;
  }
  const current = steps[steps.length - 1]?.value ?? null;
  const exitDate = exit as string | null;
  const sinceExit = exitDate === null ? 0 : hikes.filter((h) => h.date > exitDate).length;
  const hikeFacts: Record<string, FactTree> = {};
  hikes.forEach((h, i) => {
    hikeFacts[`h${i + 1}`] = { date: date(h.date), from: pct(h.from / PCT), to: pct(h.to / PCT), step: ratio(h.to - h.from) };
  });
  const facts = {
    jgb: {
      available: flag(jn > 12),
      latestMonth: month(jMonth),
      latest: pct(jLast === null ? null : jLast / PCT),
      yearAgo: pct(jPrev === null ? null : jPrev / PCT),
      /** Percentage points. */
      changePp: ratio(jLast !== null && jPrev !== null ? jLast - jPrev : null),
      direction: word(jLast !== null && jPrev !== null && jLast < jPrev ? 'down' : 'up'),
      /** The last month the yield was higher than now (null: never, within the series). */
      lastHigher: month(jn > 0 ? lastHigher(jgb) : null),
      highestInSeries: flag(jn > 0 && lastHigher(jgb) === null),
      /** The latest yield is the highest in more than a year (the last higher month is over twelve months back). */
      multiYearHigh: flag(jMonth !== null && (lastHigher(jgb) ?? '') < monthsBefore(jMonth, 12)),
    },
    callRate: {
      available: flag(cn > 0),
      lastMonth: month(call.dates[cn - 1] ?? null),
      last: pct(cn > 0 ? (call.values[cn - 1] as number) / PCT : null),
      /** The series stops before the edition's last complete month. */
      endsBeforeEdition: flag(cn > 0 && (call.dates[cn - 1] as string) < monthsBefore(`${asOf.slice(0, 7)}-01`, 1)),
    },
    policy: {
      available: flag(steps.length > 0),
      current: pct(current === null ? null : current / PCT),
      first: date(steps[0]?.date ?? null),
      dataEnd: date(steps[steps.length - 1]?.date ?? null),
      exited: flag(exitDate !== null),
      /** The decision date of the exit (see {@link exitDecisionDate}); `exitEffective` the day the new target applied. */
      exitDate: date(exitDecisionDate(exitDate, exitEvent)),
      exitEffective: date(exitDate),
      exitTo: pct(exitDate === null ? null : (steps.find((s) => s.date === exitDate) as { value: number }).value / PCT),
      increases: count(hikes.length),
      hikesSinceExit: count(sinceExit),
      /** Whether the count of hikes since the exit takes a singular or plural noun (English prose). */
      hikesWord: word(sinceExit === 1 ? 'one' : 'many'),
      lastChange: date(lastChange),
      negative: flag(current !== null && current < 0),
      hikes: hikeFacts,
    },
  } satisfies Record<string, FactTree | Fact>;
  const start = chartStartFor(RATES_CHART_START, asOf, RATES_CHART_MIN_YEARS);
  const from = (s: Series) => s.dates.flatMap((d, i) => (d >= start ? [{ date: d, value: (s.values[i] as number) / PCT }] : []));
  return {
    facts,
    datasets: { jgb10y: from(jgb), callRate: from(call), policy: from(policy), hikes: hikes.map((h) => ({ date: h.date, from: h.from / PCT, to: h.to / PCT })) },
  };
}

/** The most recent date before the last on which the series stood higher than at its last value, or null. */
function lastHigher(s: Series): string | null {
  const n = s.values.length;
  const v = s.values[n - 1] as number;
  for (let i = n - 2; i >= 0; i--) if ((s.values[i] as number) > v) return s.dates[i] as string;
  return null;
}
