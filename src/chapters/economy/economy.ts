import type { Series } from '../../lib/data/series';
import { correlation } from '../../lib/stats';
import { yearsBefore } from '../../lib/report/edition';
import { count, date, flag, month, pct, quarter, ratio, word, type FactTree } from '../../lib/report/fact';
import { linkageWord } from '../macro/linkage';
import { alignMonths, changes, monthEnds, monthlyPoints } from '../macro/monthly';
import { alignOnCommonDates, chartStartFor, lastIndexOnOrBefore } from '../../lib/report/windows';

/** Years of the recent window for USD/JPY correlations. */
export const FX_RECENT_YEARS = 5;
/** First month of the USD/JPY chart; editions before 2020 draw the last {@link CHART_MIN_YEARS} years instead. */
export const FX_CHART_START = '2000-01-01';
/** Years an early edition's USD/JPY and CPI charts cover (see `chartStartFor`). */
export const CHART_MIN_YEARS = 20;
/** Quarters of real GDP growth shown in the chart. */
export const GDP_QUARTERS = 40;
/** First month of the CPI chart; editions before 2020 draw the last {@link CHART_MIN_YEARS} years instead. */
export const CPI_CHART_START = '2000-01-01';

const sign = (x: number | null) => word(x === null ? 'na' : x >= 0 ? 'positive' : 'negative');
/** Strength words use the report's one set of correlation bands (Methodology states them). */
const strength = (x: number | null) => word(x === null ? 'na' : linkageWord(x));
const corrOrNull = (a: number[], b: number[]) => (a.length > 2 ? correlation(a, b) : null);

export interface EconomySeriesDatasets {
  fx: { date: string; usdjpy: number; n225: number }[];
  gdp: { date: string; qoqAnn: number; yoy: number | null }[];
  cpi: { date: string; value: number }[];
}

/**
 * USD/JPY (yen per dollar; up = a weaker yen) against the Nikkei 225: correlations of daily returns on
 * the dates both have and of month-end returns, over the full overlap and the last five years of it. The
 * dollar rate is New York's noon rate, struck after Tokyo's close, so same-day returns partly mismatch in
 * time; month-end returns are the cleaner measure.
 */
export function fxRelation(usdjpy: Series, n225: Series, asOf: string): { facts: FactTree; data: EconomySeriesDatasets['fx'] } {
  const daily = alignOnCommonDates(n225, usdjpy, '0000-01-01', '9999-12-31');
  const chartStart = chartStartFor(FX_CHART_START, asOf, CHART_MIN_YEARS);
  const end = daily.dates[daily.dates.length - 1] ?? null;
  const recentStart = end === null ? '' : yearsBefore(end, FX_RECENT_YEARS);
  const rn = changes(daily.a);
  const ru = changes(daily.b);
  const recent = daily.dates.slice(1).map((d) => d > recentStart);
  const pick = (xs: number[]) => xs.filter((_, i) => recent[i]);
  const mon = alignMonths(monthEnds(usdjpy, asOf), monthEnds(n225, asOf));
  const mu = changes(mon.a);
  const mn = changes(mon.b);
  const recentM = mon.months.slice(1).map((m) => m > recentStart);
  const pickM = (xs: number[]) => xs.filter((_, i) => recentM[i]);
  const ok = mu.length >= FX_RECENT_YEARS * 12 + 1;
  const li = usdjpy.values.length - 1;
  const latest = li >= 0 ? (usdjpy.values[li] as number) : null;
  const yi = li >= 0 ? lastIndexOnOrBefore(usdjpy, yearsBefore(usdjpy.dates[li] as string, 1)) : -1;
  const yearAgo = yi >= 0 ? (usdjpy.values[yi] as number) : null;
  const fullM = ok ? correlation(mu, mn) : null;
  const recentMr = ok ? corrOrNull(pickM(mu), pickM(mn)) : null;
  const facts = {
    available: flag(ok),
    start: date(daily.dates[0] ?? null),
    chartStart: month(chartStart),
    recentYears: count(FX_RECENT_YEARS),
    /** The exchange-rate series stops before the edition's as-of date. */
    endsBeforeEdition: flag(li >= 0 && (usdjpy.dates[li] as string) < asOf),
    end: date(end),
    recentStart: date(ok ? recentStart : null),
    latest: ratio(latest),
    latestDate: date(usdjpy.dates[li] ?? null),
    yearAgo: ratio(yearAgo),
    yoy: pct(latest !== null && yearAgo !== null ? latest / yearAgo - 1 : null),
    yen: word(latest !== null && yearAgo !== null && latest < yearAgo ? 'stronger' : 'weaker'),
    daily: { full: ratio(ok ? correlation(ru, rn) : null), recent: ratio(ok ? corrOrNull(pick(ru), pick(rn)) : null), days: count(rn.length) },
    monthly: {
      full: ratio(fullM),
      fullSign: sign(fullM),
      recent: ratio(recentMr),
      recentSign: sign(recentMr),
      recentStrength: strength(recentMr),
      months: count(mu.length),
      lastMonth: month(mon.months[mon.months.length - 1] ?? null),
    },
  } satisfies FactTree;
  const data = mon.months.flatMap((m, i) => (m >= chartStart ? [{ date: m, usdjpy: mon.a[i] as number, n225: mon.b[i] as number }] : []));
  return { facts, data };
}

/** Real GDP growth by quarter: q/q annualised ((1 + q/q)^4 − 1) and y/y, both from the SAAR level series. */
export function gdpGrowth(gdp: Series): { facts: FactTree; data: EconomySeriesDatasets['gdp'] } {
  const v = gdp.values;
  const rows = v.slice(1).map((x, k) => {
    const i = k + 1;
    return { date: gdp.dates[i] as string, qoq: x / (v[i - 1] as number) - 1, yoy: i >= 4 ? x / (v[i - 4] as number) - 1 : null };
  });
  const last = rows[rows.length - 1];
  const prev = rows[rows.length - 2];
  const ok = rows.length >= 5 && last !== undefined && prev !== undefined;
  const ann = (q: number) => (1 + q) ** 4 - 1;
  const recent = rows.slice(-8);
  const facts = {
    available: flag(ok),
    latestQuarter: quarter(last?.date ?? null),
    qoq: pct(last?.qoq ?? null),
    qoqAnn: pct(last ? ann(last.qoq) : null),
    yoy: pct(last?.yoy ?? null),
    direction: word(last && last.qoq < 0 ? 'down' : 'up'),
    prevQuarter: quarter(prev?.date ?? null),
    prevQoqAnn: pct(prev ? ann(prev.qoq) : null),
    twoNegative: flag(ok && last.qoq < 0 && prev.qoq < 0),
    negativeOfLast8: count(recent.filter((r) => r.qoq < 0).length),
    recentQuarters: count(recent.length),
    quarters: count(Math.min(GDP_QUARTERS, rows.length)),
  } satisfies FactTree;
  return { facts, data: rows.slice(-GDP_QUARTERS).map((r) => ({ date: r.date, qoqAnn: ann(r.qoq), yoy: r.yoy })) };
}

/**
 * CPI inflation, year on year, against the BOJ's target (`target` a fraction, in force from `adopted`):
 * the latest rate, its level a year before, the 12-month average, and how many months in a row it has
 * been at or above the target.
 */
export function cpiInflation(cpi: Series, target: number, adopted: string, asOf: string): { facts: FactTree; data: EconomySeriesDatasets['cpi'] } {
  const pts = monthlyPoints(cpi);
  const yoy = pts.slice(12).map((p, k) => ({ date: p.month, value: p.value / (pts[k] as { value: number }).value - 1 }));
  const last = yoy[yoy.length - 1];
  const ok = last !== undefined;
  let streak = 0;
  while (streak < yoy.length && (yoy[yoy.length - 1 - streak] as { value: number }).value >= target) streak += 1;
  const last12 = yoy.slice(-12);
  const avg12 = last12.length === 12 ? last12.reduce((a, p) => a + p.value, 0) / 12 : null;
  const yearAgo = yoy.length > 12 ? (yoy[yoy.length - 13] as { value: number }).value : null;
  const facts = {
    available: flag(ok),
    target: pct(target),
    targetAdopted: date(adopted),
    targetInForce: flag(asOf >= adopted),
    latestMonth: month(last?.date ?? null),
    latest: pct(last?.value ?? null),
    /** Prices rose or fell over the twelve months to the latest month: prose picks its verb from this. */
    direction: word(!ok ? 'na' : last.value < 0 ? 'down' : 'up'),
    yearAgo: pct(yearAgo),
    average12: pct(avg12),
    vsTarget: word(!ok ? 'na' : last.value >= target ? 'above' : 'below'),
    gap: pct(ok ? last.value - target : null),
    /** The gap to the target in percentage points. */
    gapPp: ratio(ok ? (last.value - target) * 100 : null),
    streak: count(streak),
    streakStart: month(streak > 0 ? (yoy[yoy.length - streak] as { date: string }).date : null),
    monthsAboveOfLast12: count(last12.filter((p) => p.value >= target).length),
  } satisfies FactTree;
  const chartStart = chartStartFor(CPI_CHART_START, asOf, CHART_MIN_YEARS);
  return { facts, data: yoy.filter((p) => p.date >= chartStart) };
}
