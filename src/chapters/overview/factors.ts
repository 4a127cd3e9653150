import type { SeedOverviewClaims, TankanReleases } from '../../lib/data/curated/overview';
import { periodEnd, type Series } from '../../lib/data/series';
import { correlation, indexOnOrBefore, shiftMonths } from '../../lib/stats';
import { count, date, flag, pct, pts, ratio, word, type FactTree } from '../../lib/report/fact';
import { linkageWord } from '../macro/linkage';
import { monthEnds as macroMonthEnds } from '../macro/monthly';
import { closeRange, monthOf } from './key';
import type { DatedValue } from '../../lib/data/series';

/** Years of monthly data in the yen comparison window. */
export const YEN_WINDOW_YEARS = 10;

/**
 * Month-end values (key YYYY-MM) of `s` up to `end` (ISO, inclusive), by the Macro chapter's rule
 * (macro-monthly.ts `monthEnds`): a month counts only once it is over, so both chapters correlate the
 * same months and state the same count.
 */
export function monthEnds(s: Series, end: string, asOf: string): Map<string, number> {
  return new Map(
    macroMonthEnds(s, asOf)
      .filter((p) => p.date <= end)
      .map((p) => [p.month.slice(0, 7), p.value]),
  );
}

/** Consecutive calendar months from `from` to `to` (YYYY-MM, inclusive). */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}` <= to; m === 12 ? ((m = 1), (y += 1)) : (m += 1)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

/**
 * Correlation of monthly simple returns (month-end to month-end) of two series over the months
 * `from`..`to`; null if a month lacks an observation in either or fewer than three returns remain.
 */
export function monthlyReturnCorrelation(a: Map<string, number>, b: Map<string, number>, from: string, to: string): { r: number | null; returns: number } {
  const months = monthsBetween(from, to).filter((m) => a.has(m) && b.has(m));
  const ra: number[] = [];
  const rb: number[] = [];
  for (let i = 1; i < months.length; i++) {
    const [p, q] = [months[i - 1] as string, months[i] as string];
    ra.push((a.get(q) as number) / (a.get(p) as number) - 1);
    rb.push((b.get(q) as number) / (b.get(p) as number) - 1);
  }
  return { r: ra.length >= 3 ? correlation(ra, rb) : null, returns: ra.length };
}

interface YenValues {
  start: string;
  end: string;
  months: number;
  r: number | null;
  n225Change: number;
  usdjpyChange: number;
  usdjpyStart: number;
  usdjpyEnd: number;
  allStart: string;
  allMonths: number;
  allR: number | null;
}

/** The yen facts; every key is present (null values) when the edition lacks the data, so prose never meets an unknown key. */
function yenFactTree(v: YenValues | null): FactTree {
  const r = v?.r ?? 0;
  return {
    available: flag(v !== null),
    start: date(v?.start ?? null),
    end: date(v?.end ?? null),
    years: count(YEN_WINDOW_YEARS),
    months: count(v?.months ?? 0),
    correlation: ratio(v?.r ?? null),
    sign: word(r < 0 ? 'negative' : 'positive'),
    strength: word(linkageWord(r)),
    n225Change: pct(v?.n225Change ?? null),
    usdjpyChange: pct(v?.usdjpyChange ?? null),
    usdjpyStart: ratio(v?.usdjpyStart ?? null),
    usdjpyEnd: ratio(v?.usdjpyEnd ?? null),
    yenMove: word((v?.usdjpyChange ?? 0) > 0 ? 'weaker' : 'stronger'),
    allStart: monthOf(v?.allStart ?? null),
    allMonths: count(v?.allMonths ?? 0),
    allCorrelation: ratio(v?.allR ?? null),
    allSign: word((v?.allR ?? 0) < 0 ? 'negative' : 'positive'),
  };
}

/** Both series rebased to 100 on their first date in the window. */
export interface YenDatasets {
  n225: DatedValue[];
  usdjpy: DatedValue[];
}

/**
 * The Nikkei 225 against USD/JPY (yen per dollar: a rise is a weaker yen) over the ten years to the last
 * date both series have: changes over the window, the correlation of monthly returns in the window and
 * over every month both cover, and both series rebased to 100 for the chart.
 */
export function yenFacts(n225: Series, usdjpy: Series, asOf: string): { facts: FactTree; datasets: YenDatasets } {
  const end = [n225.dates.at(-1), usdjpy.dates.at(-1)].filter((d): d is string => d !== undefined).sort()[0];
  const startT = end ? shiftMonths(Date.parse(`${end}T00:00:00Z`), -12 * YEN_WINDOW_YEARS) : NaN;
  const inWindow = (s: Series) => (end ? s.dates.flatMap((d, i) => (s.times[i]! > startT && d <= end ? [{ date: d, value: s.values[i] as number }] : [])) : []);
  const wn = inWindow(n225);
  const wu = inWindow(usdjpy);
  const covered = end !== undefined && usdjpy.dates.length > 0 && (usdjpy.times[0] as number) <= startT && wn.length > 1 && wu.length > 1;
  if (!covered || !end) return { facts: yenFactTree(null), datasets: { n225: [], usdjpy: [] } };
  const mn = monthEnds(n225, end, asOf);
  const mu = monthEnds(usdjpy, end, asOf);
  const startMonth = new Date(startT).toISOString().slice(0, 7);
  const w = monthlyReturnCorrelation(mn, mu, startMonth, end.slice(0, 7));
  const firstCommon = [n225.dates[0] as string, usdjpy.dates[0] as string].sort()[1] as string;
  const all = monthlyReturnCorrelation(mn, mu, firstCommon.slice(0, 7), end.slice(0, 7));
  const rebase = (s: DatedValue[]) => s.map((p) => ({ date: p.date, value: (100 * p.value) / (s[0] as DatedValue).value }));
  const change = (s: DatedValue[]) => (s.at(-1) as DatedValue).value / (s[0] as DatedValue).value - 1;
  return {
    facts: yenFactTree({
      start: (wn[0] as DatedValue).date,
      end,
      months: w.returns,
      r: w.r,
      n225Change: change(wn),
      usdjpyChange: change(wu),
      usdjpyStart: (wu[0] as DatedValue).value,
      usdjpyEnd: (wu.at(-1) as DatedValue).value,
      allStart: firstCommon.slice(0, 7),
      allMonths: all.returns,
      allR: all.r,
    }),
    datasets: { n225: rebase(wn), usdjpy: rebase(wu) },
  };
}

/** The COVID-19 fall: from the highest close of February 2020 to the lowest close of March 2020, checked against the seed. */
export function covidFacts(n225: Series, claim: SeedOverviewClaims['covidFall']): { facts: FactTree; datasets: DatedValue[] } {
  const idx = (from: string, to: string) => [n225.dates.findIndex((d) => d >= from), n225.dates.findLastIndex((d) => d <= to)] as const;
  const [f0, f1] = idx('2020-02-01', '2020-02-29');
  const [m0, m1] = idx('2020-03-01', '2020-03-31');
  if (f0 < 0 || m1 < m0 || (n225.dates.at(-1) as string) < '2020-03-31') {
    const none = { value: pts(null), date: date(null) };
    return {
      facts: { available: flag(false), peak: none, trough: none, fall: pct(null), yearHigh: none, fallFromYearHigh: pct(null), seedClaim: pct(claim.value), verdict: word('na') },
      datasets: [],
    };
  }
  const peak = closeRange(n225, f0, f1).high;
  const trough = closeRange(n225, m0, m1).low;
  const [y0] = idx('2020-01-01', '2020-12-31');
  const troughAt = n225.dates.indexOf(trough.date);
  const yearHigh = closeRange(n225, y0, troughAt).high;
  const fall = trough.value / peak.value - 1;
  const [c0, c1] = idx('2019-12-01', '2020-06-30');
  return {
    facts: {
      available: flag(true),
      peak: { value: pts(peak.value), date: date(peak.date) },
      trough: { value: pts(trough.value), date: date(trough.date) },
      fall: pct(fall),
      yearHigh: { value: pts(yearHigh.value), date: date(yearHigh.date) },
      fallFromYearHigh: pct(trough.value / yearHigh.value - 1),
      seedClaim: pct(claim.value),
      verdict: word(-fall > claim.value ? 'agrees' : 'differs'),
    },
    datasets: n225.dates.slice(c0, c1 + 1).map((d, i) => ({ date: d, value: n225.values[c0 + i] as number })),
  };
}

/** The index's move on the publication day of the Tankan the seed refers to, checked against the seed's figure. */
export function tankanFacts(n225: Series, tankan: TankanReleases, claim: SeedOverviewClaims['tankanMove']): FactTree {
  const release = tankan.releases[0]!;
  const i = n225.dates.indexOf(release.date);
  const base = { date: date(release.date), seedClaim: pct(claim.value) };
  if (i < 1) return { available: flag(false), ...base, move: pct(null), close: pts(null), verdict: word('na') };
  const move = (n225.values[i] as number) / (n225.values[i - 1] as number) - 1;
  const rounded = (x: number) => Math.round(x * 10 ** (claim.decimals + 2));
  return { available: flag(true), ...base, move: pct(move), close: pts(n225.values[i] as number), verdict: word(rounded(move) === rounded(claim.value) ? 'agrees' : 'differs') };
}

/** Month whose BOJ balance sheet is the base of the QQE comparison: March 2013, the month before QQE began. */
export const BOJ_BASE_MONTH = '2013-03';

/**
 * Bank of Japan total assets (100 million yen, month-end) from the month before QQE to the latest month
 * the edition has, as a multiple, with the Nikkei 225's change between the same month-ends.
 */
export function bojFacts(n225: Series, boj: Series): FactTree {
  const b0 = boj.dates.findIndex((d) => d.startsWith(BOJ_BASE_MONTH));
  const b1 = boj.dates.length - 1;
  if (b0 < 0 || b1 <= b0) {
    return {
      available: flag(false),
      baseMonth: monthOf(BOJ_BASE_MONTH),
      lastMonth: monthOf(null),
      assetsStartTn: ratio(null),
      assetsEndTn: ratio(null),
      multiple: ratio(null),
      n225Change: pct(null),
    };
  }
  const closeAt = (monthDate: string) => n225.values[indexOnOrBefore(n225.times, Date.parse(`${periodEnd(monthDate, 'monthly')}T00:00:00Z`))] as number;
  const [a0, a1] = [boj.values[b0] as number, boj.values[b1] as number];
  return {
    available: flag(true),
    baseMonth: monthOf(BOJ_BASE_MONTH),
    lastMonth: monthOf((boj.dates[b1] as string).slice(0, 7)),
    assetsStartTn: ratio(a0 / 10_000),
    assetsEndTn: ratio(a1 / 10_000),
    multiple: ratio(a1 / a0),
    n225Change: pct(closeAt(boj.dates[b1] as string) / closeAt(boj.dates[b0] as string) - 1),
  };
}
