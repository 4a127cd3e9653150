import type { Series } from '../../lib/data/series';
import {
  annualisedVolatility,
  annualiseReturn,
  DAYS_PER_YEAR,
  calendarYearReturns,
  describe,
  downsideDeviation,
  drawdownSeries,
  historicalCVaR,
  historicalVaR,
  histogram,
  maxDrawdown,
  normalPdf,
  periodReturns,
  rollingVolatility,
  sampleExcessKurtosis,
  sharpeRatio,
  simpleReturns,
  sortinoRatio,
} from '../../lib/stats';
import type { Edition } from '../../lib/report/edition';
import { count, date, pct, pts, ratio, word, year, type FactTree } from '../../lib/report/fact';
import { riskFreeFacts, ZERO_RISK_FREE, type RiskFree } from './risk-free';
import { indexRange } from '../../lib/report/windows';

/**
 * Zero: the minimum acceptable return of downside risk, and the plain-convention risk-free rate where a
 * comparison has no short rate for both markets (the comparison with the CSI 300). The Statistics chapter's
 * Sharpe and Sortino ratios use the yen short rate actually paid over the window (see risk-free.ts).
 */
export const RISK_FREE = 0;
/** Trading days per year used to annualise daily figures. */
export const PERIODS_PER_YEAR = 252;
/** Confidence level of historical VaR and CVaR. */
export const VAR_CONFIDENCE = 0.95;
/** Width of the return histogram's bins, as a fraction (0.5 %). */
export const HISTOGRAM_BIN = 0.005;
/** Trading days in the rolling-volatility window (about one month). */
export const ROLLING_DAYS = 20;
/** Calendar years shown in the calendar-year table. */
export const CALENDAR_YEARS_SHOWN = 10;

/**
 * When a return distribution is described as close to normal: |skewness| and |excess kurtosis| both
 * below these bounds (a common rule of thumb; well inside the ±2 / ±7 limits often quoted).
 */
export const NEAR_NORMAL = { skew: 0.5, kurtosis: 1 } as const;

/**
 * How strongly a distribution leans, by |skewness|: below `slight` a slight lean, below `moderate` a
 * moderate one, otherwise a strong one (Bulmer's rule of thumb: 0.5 and 1). Stated in Methodology.
 */
export const SKEW_BANDS = { slight: 0.5, moderate: 1 } as const;
/** Tails are called slightly fatter (thinner) than the normal's while |excess kurtosis| is below this, clearly so from it on. Stated in Methodology. */
export const TAIL_BAND = NEAR_NORMAL.kurtosis;

/** Tails compared with the normal distribution, from excess kurtosis (see {@link TAIL_BAND}). */
function tailWord(k: number): 'fat' | 'slightlyFat' | 'slightlyThin' | 'thin' {
  return k >= TAIL_BAND ? 'fat' : k >= 0 ? 'slightlyFat' : k > -TAIL_BAND ? 'slightlyThin' : 'thin';
}

/** The lean of a distribution in words: its side, and its strength by {@link SKEW_BANDS}. */
export function skewShape(s: number): 'slightLeft' | 'moderateLeft' | 'strongLeft' | 'slightRight' | 'moderateRight' | 'strongRight' {
  const a = Math.abs(s);
  const strength = a < SKEW_BANDS.slight ? 'slight' : a < SKEW_BANDS.moderate ? 'moderate' : 'strong';
  return `${strength}${s < 0 ? 'Left' : 'Right'}`;
}

export type { DatedValue } from '../../lib/data/series';
import type { DatedValue } from '../../lib/data/series';

/** What the Statistics chapter's charts draw. */
export interface StatisticsDatasets {
  trend: DatedValue[];
  returns: DatedValue[];
  bins: { x0: number; x1: number; count: number }[];
  normal: { x: number; density: number }[];
  drawdown: DatedValue[];
  rollingVol: DatedValue[];
}

/**
 * Facts and datasets of the statistics window of one edition of the report's index. `riskFree` is the short
 * rate paid over the window (Sharpe and Sortino); without it, zero as a plain convention.
 */
export function statistics(index: Series, edition: Edition, riskFree: RiskFree = ZERO_RISK_FREE): { facts: FactTree; datasets: StatisticsDatasets } {
  const range = indexRange(index, edition.statsWindow.start, edition.statsWindow.end);
  if (!range || range.to < 1)
    throw new Error(`The statistics window ${edition.statsWindow.start} to ${edition.statsWindow.end} holds no daily return: the index series starts on ${index.dates[0]}.`);
  // The first day's return needs the close before it: when the data begin inside the window (editions of
  // 1966), the window's returns start on the data's second day, measured from its first close.
  const from = Math.max(range.from, 1);
  const { to } = range;
  const closes = index.values;
  const all = simpleReturns(closes); // all[i] ends on date i + 1
  const rets = all.slice(from - 1, to); // returns ending on each trading day of the window
  const retDates = index.dates.slice(from, to + 1);
  const wCloses = closes.slice(from, to + 1);
  const d = describe(rets);
  const w = describe(wCloses);
  const dd = maxDrawdown(wCloses);
  const at = (i: number | null) => (i === null ? null : (index.dates[from + i] as string));

  const asOfYear = Number(edition.asOf.slice(0, 4));
  const years = calendarYearReturns(index.times, closes);
  const prevYear = years.find((y) => y.year === asOfYear - 1);
  const periods = periodReturns(index.times, closes, to);
  const splitAt = retDates.findIndex((x) => x >= `${asOfYear}-01-01`);
  const prevRets = splitAt === -1 ? rets : rets.slice(0, splitAt);
  const ytdRets = splitAt === -1 ? [] : rets.slice(splitAt);
  const prevVol = annualisedVolatility(prevRets, PERIODS_PER_YEAR);
  const ytdVol = ytdRets.length > 1 ? annualisedVolatility(ytdRets, PERIODS_PER_YEAR) : null;
  const var95 = historicalVaR(rets, VAR_CONFIDENCE);

  const ytd = periods.ytd;
  const facts = {
    window: {
      start: date(edition.statsWindow.start),
      firstDay: date(index.dates[from] as string),
      end: date(edition.asOf),
      tradingDays: count(to - from + 1),
      startClose: pts(wCloses[0] as number),
      endClose: pts(wCloses[wCloses.length - 1] as number),
      change: pct((wCloses[wCloses.length - 1] as number) / (closes[from - 1] as number) - 1),
      high: { value: pts(w.max), date: date(at(w.maxIndex)) },
      low: { value: pts(w.min), date: date(at(w.minIndex)) },
      highBeforeLow: word(w.maxIndex < w.minIndex ? 'yes' : 'no'),
    },
    returns: {
      mean: pct(d.mean),
      std: pct(d.std),
      variance: ratio(d.variance),
      skewness: ratio(d.skewness),
      excessKurtosis: ratio(d.excessKurtosis),
      sampleExcessKurtosis: ratio(sampleExcessKurtosis(rets)),
      skewSide: word((d.skewness ?? 0) < 0 ? 'left' : 'right'),
      skewShape: word(skewShape(d.skewness ?? 0)),
      tails: word(tailWord(d.excessKurtosis ?? 0)),
      nearNormal: word(Math.abs(d.skewness ?? 0) < NEAR_NORMAL.skew && Math.abs(d.excessKurtosis ?? 0) < NEAR_NORMAL.kurtosis ? 'yes' : 'no'),
      maxGain: { value: pct(d.max), date: date(retDates[d.maxIndex] as string) },
      maxLoss: { value: pct(d.min), date: date(retDates[d.minIndex] as string) },
      positiveDays: count(rets.filter((r) => r > 0).length),
      negativeDays: count(rets.filter((r) => r < 0).length),
    },
    prevYear: {
      year: year(asOfYear - 1),
      return: pct(prevYear ? prevYear.value : null),
      direction: word(prevYear && prevYear.value < 0 ? 'down' : 'up'),
      volatility: pct(prevVol),
    },
    ytd: {
      year: year(asOfYear),
      return: pct(ytd),
      direction: word(ytd !== null && ytd < 0 ? 'down' : 'up'),
      volatility: pct(ytdVol),
      volatilityVsPrevYear: word(ytdVol === null ? 'na' : ytdVol > prevVol ? 'higher' : 'lower'),
    },
    periods: {
      m1: pct(periods.m1),
      m3: pct(periods.m3),
      m6: pct(periods.m6),
      ytd: pct(periods.ytd),
      y1: pct(periods.y1),
      y3: pct(periods.y3),
      y5: pct(periods.y5),
      y10: pct(periods.y10),
      y3Ann: pct(periods.y3Ann),
      y5Ann: pct(periods.y5Ann),
      y10Ann: pct(periods.y10Ann),
      sinceStart: pct(periods.sinceStart),
      sinceStartAnn: pct(periods.sinceStartAnn),
      start: date(index.dates[0] as string),
    },
    risk: {
      volatility: pct(annualisedVolatility(rets, PERIODS_PER_YEAR)),
      downsideDeviation: pct(downsideDeviation(rets, { mar: RISK_FREE, periodsPerYear: PERIODS_PER_YEAR })),
      maxDrawdown: pct(dd.depth),
      drawdownPeak: date(at(dd.peakIndex)),
      drawdownTrough: date(at(dd.troughIndex)),
      drawdownRecovery: date(at(dd.recoveryIndex)),
      recovered: word(dd.recoveryIndex === null ? 'no' : 'yes'),
      var95: pct(var95),
      cvar95: pct(historicalCVaR(rets, VAR_CONFIDENCE)),
      sharpe: ratio(sharpeRatio(rets, { riskFree: riskFree.rate, periodsPerYear: PERIODS_PER_YEAR })),
      sortino: ratio(sortinoRatio(rets, { riskFree: riskFree.rate, periodsPerYear: PERIODS_PER_YEAR })),
      riskFree: pct(riskFree.rate),
      shortRate: riskFreeFacts(riskFree),
      confidence: pct(VAR_CONFIDENCE),
      tail: pct(1 - VAR_CONFIDENCE),
      // Years = calendar days from the base close to the last close / 365.25, as Methodology states.
      annualisedWindowReturn: pct(
        annualiseReturn(
          (wCloses[wCloses.length - 1] as number) / (closes[from - 1] as number) - 1,
          ((index.times[to] as number) - (index.times[from - 1] as number)) / (DAYS_PER_YEAR * 86_400_000),
        ),
      ),
    },
    calendarYears: Object.fromEntries(years.slice(-CALENDAR_YEARS_SHOWN).map((y) => [String(y.year), { return: pct(y.value), partial: word(y.partial ? 'yes' : 'no') }])),
  } satisfies FactTree;

  const bins = histogram(rets, { binWidth: HISTOGRAM_BIN });
  const lo = bins[0]?.x0 ?? d.min;
  const hi = bins[bins.length - 1]?.x1 ?? d.max;
  const steps = 120;
  const normal = Array.from({ length: steps + 1 }, (_, k) => {
    const x = lo + ((hi - lo) * k) / steps;
    return { x, density: normalPdf(x, d.mean, d.std) * rets.length * HISTOGRAM_BIN };
  });
  const ddSeries = drawdownSeries(wCloses);
  const volSeries = rollingVolatility(rets, ROLLING_DAYS, PERIODS_PER_YEAR);
  const datasets: StatisticsDatasets = {
    trend: wCloses.map((v, i) => ({ date: index.dates[from + i] as string, value: v })),
    returns: rets.map((v, i) => ({ date: retDates[i] as string, value: v })),
    bins,
    normal,
    drawdown: ddSeries.map((v, i) => ({ date: index.dates[from + i] as string, value: v })),
    rollingVol: volSeries.flatMap((v, i) => (v === null ? [] : [{ date: retDates[i] as string, value: v }])),
  };
  return { facts, datasets };
}
