import { publishedSeries } from '../../lib/config/published';
import { SERIES } from '../../lib/data/series-catalog';
import { DAYS_PER_YEAR } from '../../lib/stats';
import { COMPARISON_YEARS } from '../valuation/comparison';
import { LINKAGE_BANDS } from '../macro/linkage';
import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { count, date, flag, month, pct, ratio, type FactTree } from '../../lib/report/fact';
import { RISK_FREE_MIN_COVERAGE } from '../statistics/risk-free';
import { DIP_DEPTH, LOOKBACK_MONTHS, SLOPE_DAYS, TREND_DAYS, VOL_BANDS, VOL_HISTORY_START } from '../outlook/facts';
import { HISTOGRAM_BIN, NEAR_NORMAL, PERIODS_PER_YEAR, RISK_FREE, ROLLING_DAYS, SKEW_BANDS, TAIL_BAND, VAR_CONFIDENCE } from '../statistics/window';

/**
 * The constants of this report's methods as facts, so the Methodology chapter states the values the
 * code uses (never a copy typed into prose), and the documented source quirks handled by name.
 */
/**
 * Nikkei replaced the "presumed par value" (みなし額面) by the price adjustment factor (株価換算係数) in the
 * index calculation from 1 October 2021 (Nikkei Inc., Nikkei Stock Average index guidebook, 2021 revision).
 */
export const PRICE_ADJUSTMENT_FACTOR_FROM = '2021-10-01';

/**
 * The CSI 300 was launched on 8 April 2005 with 31 December 2004 = 1000 as its base; its values before
 * the base date were back-calculated by the publisher (China Securities Index Co.).
 */
export const CSI300_LAUNCH = '2005-04-08';
export const CSI300_BASE_DATE = '2004-12-31';

export function methodology(asOf: string): FactTree {
  // Only the artefacts dated on or before the edition: a later one was not in any data the edition could hold.
  const artefacts = publishedSeries().reduce((n, id) => n + SERIES[id].artefacts.filter((a) => a.date <= asOf).length, 0);
  return {
    periodsPerYear: count(PERIODS_PER_YEAR),
    daysPerYear: ratio(DAYS_PER_YEAR),
    riskFree: pct(RISK_FREE),
    riskFreeMinCoverage: pct(RISK_FREE_MIN_COVERAGE),
    priceAdjustmentFactor: flag(asOf >= PRICE_ADJUSTMENT_FACTOR_FROM),
    priceAdjustmentFactorFrom: month(PRICE_ADJUSTMENT_FACTOR_FROM),
    varConfidence: pct(VAR_CONFIDENCE),
    histogramBin: pct(HISTOGRAM_BIN),
    rollingDays: count(ROLLING_DAYS),
    nearNormal: { skew: ratio(NEAR_NORMAL.skew), kurtosis: ratio(NEAR_NORMAL.kurtosis) },
    skewBands: { slight: ratio(SKEW_BANDS.slight), moderate: ratio(SKEW_BANDS.moderate) },
    tailBand: ratio(TAIL_BAND),
    comparisonYears: count(COMPARISON_YEARS),
    linkage: { weak: ratio(LINKAGE_BANDS.weak), moderate: ratio(LINKAGE_BANDS.moderate) },
    trendDays: count(TREND_DAYS),
    slopeDays: count(SLOPE_DAYS),
    volHistoryStart: date(VOL_HISTORY_START),
    /** Whether the edition reaches the day from which volatility has a comparable history. */
    volHistoryKnown: flag(asOf >= VOL_HISTORY_START),
    /** Whether the CSI 300 had been published by the edition's date (before it, every value was back-calculated later). */
    csi300Published: flag(asOf >= CSI300_LAUNCH),
    csi300BaseDate: date(CSI300_BASE_DATE),
    volBands: { calm: pct(VOL_BANDS.calm), normal: pct(VOL_BANDS.normal), elevated: pct(VOL_BANDS.elevated) },
    dipDepth: pct(DIP_DEPTH),
    lookbackMonths: count(LOOKBACK_MONTHS),
    seriesCount: count(publishedSeries().length),
    artefactsDropped: count(artefacts),
  };
}

/** The Methodology chapter's facts for one edition (it draws no dataset). */
export function methodologyFacts(ctx: ChapterContext): ChapterResult<null> {
  return { facts: methodology(ctx.edition.asOf), datasets: null };
}
