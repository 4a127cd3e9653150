import type { Regime } from '../../lib/data/curated/macro';
import type { Series } from '../../lib/data/series';
import { correlation, crossCorrelation, linearRegression, rollingCorrelation } from '../../lib/stats';
import { count, flag, month, pct, pts, ratio, word, type FactTree } from '../../lib/report/fact';
import { alignMonths, changes, monthEnds, monthlyPoints, monthsBefore, type AlignedMonths } from './monthly';

/** The last day of the month of a first-of-month ISO date. */
const monthEnd = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** 100 million yen per trillion yen: the BOJ series is in units of ¥100 million. */
export const HUNDRED_MILLION_PER_TRILLION = 10_000;
/** Months in the rolling correlation window. */
export const ROLLING_MONTHS = 12;
/** Largest lead or lag, in months, of the cross-correlation. */
export const MAX_LAG = 12;
/** Fewest monthly changes a relation is measured on (a regime with fewer is left out). */
export const MIN_CHANGES = 12;
/** Two-sided 5 % critical value of the normal distribution, for the ±1.96/√n band and |t| tests. */
export const Z95 = 1.959964;

export interface BojDatasets {
  /** Month-end BOJ total assets (trillion yen) and Nikkei 225 close (points), by month. */
  levels: { date: string; boj: number; n225: number }[];
  /** Rolling correlation of monthly changes, dated on the window's last month. */
  rolling: { date: string; value: number }[];
  /** Cross-correlation of monthly changes by lag (positive: BOJ leads the index by `lag` months). */
  lags: { lag: number; r: number | null; n: number }[];
  /** Approximate 95 % band for a zero correlation, ±1.96/√n. */
  band: number | null;
}

/** The lag of largest |r| (the first such lag on a tie); null when no lag has a correlation. */
export function bestLag(lags: readonly BojDatasets['lags'][number][]): BojDatasets['lags'][number] | null {
  return lags.reduce<BojDatasets['lags'][number] | null>((a, l) => (l.r !== null && (a === null || Math.abs(l.r) > Math.abs(a.r ?? 0)) ? l : a), null);
}

const sign = (x: number | null) => word(x === null ? 'na' : x >= 0 ? 'positive' : 'negative');

/** Relation measures of aligned levels (a = BOJ, b = index): correlations of levels and of changes, and OLS of index returns on asset growth. */
function relation(al: AlignedMonths) {
  const ga = changes(al.a);
  const gb = changes(al.b);
  const fit = linearRegression(ga, gb);
  return { ga, gb, levelR: correlation(al.a, al.b), changeR: correlation(ga, gb), fit };
}

function slice(al: AlignedMonths, from: string, to: string): AlignedMonths {
  const keep = al.months.map((m, i) => (m >= from && m <= to ? i : -1)).filter((i) => i >= 0);
  return {
    months: keep.map((i) => al.months[i] as string),
    bDates: keep.map((i) => al.bDates[i] as string),
    a: keep.map((i) => al.a[i] as number),
    b: keep.map((i) => al.b[i] as number),
  };
}

/**
 * Facts of one policy regime: changes whose month lies in [start, end], levels from the month before;
 * and the BOJ's index-ETF purchases within the regime's months (trillion yen, purchase days).
 */
function regimeFacts(al: AlignedMonths, r: Regime, etf: Series | undefined): FactTree {
  const last = al.months[al.months.length - 1] ?? r.start;
  const end = r.end === null || r.end > last ? last : r.end;
  const s = slice(al, monthsBefore(r.start, 1), end);
  const ok = s.months.length - 1 >= MIN_CHANGES;
  const rel = ok ? relation(s) : null;
  const lastI = s.months.length - 1;
  const bought = ok && etf ? etfWithin(etf, s.months[1] as string, monthEnd(s.months[lastI] as string)) : null;
  return {
    available: flag(ok),
    etfAmount: ratio(bought?.amount ?? null),
    etfDays: count(bought?.days ?? 0),
    start: month(ok ? (s.months[1] as string) : null),
    end: month(ok ? (s.months[lastI] as string) : null),
    ongoing: flag(r.end === null || r.end > last),
    months: count(ok ? lastI : 0),
    bojChange: pct(ok ? (s.a[lastI] as number) / (s.a[0] as number) - 1 : null),
    bojDirection: word(ok && (s.a[lastI] as number) < (s.a[0] as number) ? 'down' : 'up'),
    n225Change: pct(ok ? (s.b[lastI] as number) / (s.b[0] as number) - 1 : null),
    n225Direction: word(ok && (s.b[lastI] as number) < (s.b[0] as number) ? 'down' : 'up'),
    levelCorrelation: ratio(rel?.levelR ?? null),
    levelSign: sign(rel?.levelR ?? null),
    changeCorrelation: ratio(rel?.changeR ?? null),
    changeSign: sign(rel?.changeR ?? null),
    slope: ratio(rel?.fit.slope ?? null),
    r2: ratio(rel?.fit.r2 ?? null),
    t: ratio(rel?.fit.tSlope ?? null),
    significant: flag(rel !== null && Math.abs(rel.fit.tSlope) >= Z95),
  };
}

/**
 * BOJ total assets against the Nikkei 225, month by month: month-end assets (trillion yen) beside the
 * index's last close of the same month. Levels are compared (they share long trends), and so are
 * monthly changes (whether the link holds month to month): Pearson correlations, OLS of the index's
 * monthly return on asset growth (slope, R², t), a rolling 12-month correlation, a lead/lag
 * cross-correlation (positive lag = assets lead), and the same measures within each policy regime.
 */
/** The headline relation, for checks that quote it: level and change correlations, and whether the change slope is significant. */
export interface BojSummary {
  levelR: number | null;
  changeR: number | null;
  significant: boolean;
}

export function bojRelation(boj: Series, n225: Series, asOf: string, regimes: readonly Regime[], etf?: Series): { facts: FactTree; datasets: BojDatasets; summary: BojSummary } {
  const al = alignMonths(
    monthlyPoints(boj).map((p) => ({ ...p, value: p.value / HUNDRED_MILLION_PER_TRILLION })),
    monthEnds(n225, asOf),
  );
  const n = al.months.length;
  const ok = n - 1 >= 2 * MAX_LAG;
  const rel = ok ? relation(al) : null;
  const logFit = ok ? linearRegression(al.a.map(Math.log), al.b.map(Math.log)) : null;
  const roll = rel ? rollingCorrelation(rel.ga, rel.gb, ROLLING_MONTHS) : [];
  const rolling = roll.flatMap((v, i) => (v === null ? [] : [{ date: al.months[i + 1] as string, value: v }]));
  const lags = rel ? crossCorrelation(rel.ga, rel.gb, MAX_LAG) : [];
  const band = rel ? Z95 / Math.sqrt(rel.ga.length) : null;
  const best = bestLag(lags);
  const beyond = band === null ? 0 : lags.filter((l) => l.r !== null && Math.abs(l.r) >= band).length;
  const leader = best === null || best.r === null || band === null || Math.abs(best.r) < band ? 'none' : best.lag > 0 ? 'boj' : best.lag < 0 ? 'n225' : 'same';
  const hi = rolling.reduce<(typeof rolling)[number] | null>((a, p) => (a === null || p.value > a.value ? p : a), null);
  const lo = rolling.reduce<(typeof rolling)[number] | null>((a, p) => (a === null || p.value < a.value ? p : a), null);
  const regimeTree = Object.fromEntries(regimes.map((r) => [r.id, regimeFacts(al, r, etf)]));
  const boughtAll = ok && etf ? etfWithin(etf, al.months[0] as string, monthEnd(al.months[n - 1] as string)) : null;
  // Assets: latest, a year earlier, and the peak.
  const bi = boj.values.length - 1;
  const latest = bi >= 0 ? (boj.values[bi] as number) / HUNDRED_MILLION_PER_TRILLION : null;
  const yearAgo = bi >= 12 ? (boj.values[bi - 12] as number) / HUNDRED_MILLION_PER_TRILLION : null;
  const peakI = boj.values.reduce((a, v, i) => (v > (boj.values[a] as number) ? i : a), 0);
  const peak = bi >= 0 ? (boj.values[peakI] as number) / HUNDRED_MILLION_PER_TRILLION : null;
  const facts = {
    available: flag(ok),
    /** Two-sided significance level of the t tests, and the matching confidence of the zero-correlation band. */
    significance: pct(0.05),
    confidence: pct(0.95),
    criticalT: ratio(Z95),
    first: month(al.months[0] ?? null),
    last: month(al.months[n - 1] ?? null),
    months: count(n),
    n225Last: pts(al.b[n - 1] ?? null),
    full: {
      etfAmount: ratio(boughtAll?.amount ?? null),
      bojChange: pct(ok ? (al.a[n - 1] as number) / (al.a[0] as number) - 1 : null),
      n225Change: pct(ok ? (al.b[n - 1] as number) / (al.b[0] as number) - 1 : null),
    },
    assets: {
      latest: ratio(latest),
      latestMonth: month(boj.dates[bi] ?? null),
      yearAgo: ratio(yearAgo),
      yoy: pct(latest !== null && yearAgo !== null ? latest / yearAgo - 1 : null),
      yoyDirection: word(latest !== null && yearAgo !== null && latest < yearAgo ? 'down' : 'up'),
      peak: ratio(peak),
      peakMonth: month(boj.dates[peakI] ?? null),
      fromPeak: pct(latest !== null && peak !== null ? latest / peak - 1 : null),
      atPeak: flag(bi >= 0 && peakI === bi),
    },
    levels: {
      correlation: ratio(rel?.levelR ?? null),
      sign: sign(rel?.levelR ?? null),
      logSlope: ratio(logFit?.slope ?? null),
      logR2: ratio(logFit?.r2 ?? null),
      logT: ratio(logFit?.tSlope ?? null),
    },
    changes: {
      months: count(rel?.ga.length ?? 0),
      correlation: ratio(rel?.changeR ?? null),
      sign: sign(rel?.changeR ?? null),
      slope: ratio(rel?.fit.slope ?? null),
      intercept: pct(rel?.fit.intercept ?? null),
      r2: ratio(rel?.fit.r2 ?? null),
      r2Pct: pct(rel?.fit.r2 ?? null),
      t: ratio(rel?.fit.tSlope ?? null),
      significant: flag(rel !== null && Math.abs(rel.fit.tSlope) >= Z95),
    },
    rolling: {
      window: count(ROLLING_MONTHS),
      latest: ratio(rolling[rolling.length - 1]?.value ?? null),
      latestMonth: month(rolling[rolling.length - 1]?.date ?? null),
      positiveShare: pct(rolling.length ? rolling.filter((p) => p.value > 0).length / rolling.length : null),
      max: ratio(hi?.value ?? null),
      maxMonth: month(hi?.date ?? null),
      min: ratio(lo?.value ?? null),
      minMonth: month(lo?.date ?? null),
    },
    lags: {
      maxLag: count(MAX_LAG),
      band: ratio(band),
      /** Lag in months of the largest |r| (positive: BOJ assets lead). */
      best: { value: best?.lag ?? null, unit: 'count' },
      bestAbs: count(Math.abs(best?.lag ?? 0)),
      bestR: ratio(best?.r ?? null),
      leader: word(leader),
      beyondBand: count(beyond),
      /** Lags expected beyond the 95 % band by chance alone if no lag mattered (5 % of those tested). */
      expectedByChance: ratio(lags.length * 0.05),
      /** 'none': no lag beyond the band; 'chance': no more beyond it than chance would put there (rounded up); 'some': more. */
      evidence: word(band === null ? 'na' : beyond === 0 ? 'none' : beyond <= Math.ceil(lags.length * 0.05) ? 'chance' : 'some'),
      lagCount: count(lags.length),
      contemporaneous: ratio(lags.find((l) => l.lag === 0)?.r ?? null),
    },
    regimes: regimeTree,
    /** Whether the monthly-change slope is significant in any regime the edition covers. */
    anyRegimeSignificant: flag(Object.values(regimeTree).some((t) => (t.significant as { value: boolean }).value)),
  } satisfies FactTree;
  return {
    facts,
    summary: { levelR: rel?.levelR ?? null, changeR: rel?.changeR ?? null, significant: rel !== null && Math.abs(rel.fit.tSlope) >= Z95 },
    datasets: {
      levels: al.months.map((m, i) => ({ date: m, boj: al.a[i] as number, n225: al.b[i] as number })),
      rolling,
      lags,
      band,
    },
  };
}

/** Purchases within [from, to] (ISO, inclusive), trillion yen, and the purchase days. */
export function etfWithin(etf: Series, from: string, to: string): { amount: number; days: number } {
  let amount = 0;
  let days = 0;
  etf.dates.forEach((d, i) => {
    if (d >= from && d <= to) {
      amount += (etf.values[i] as number) / HUNDRED_MILLION_PER_TRILLION;
      days += 1;
    }
  });
  return { amount, days };
}
