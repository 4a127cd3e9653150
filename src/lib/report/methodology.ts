import { SERIES, SERIES_IDS } from '../data/series-catalog';
import { DAYS_PER_YEAR } from '../stats';
import { COMPARISON_YEARS } from './comparison';
import { LINKAGE_BANDS } from './linkage';
import { count, date, flag, month, pct, ratio, type FactTree } from './fact';
import { RISK_FREE_MIN_COVERAGE } from './risk-free';
import { DIP_DEPTH, LOOKBACK_MONTHS, SLOPE_DAYS, TREND_DAYS, VOL_BANDS, VOL_HISTORY_START } from './outlook';
import { HISTOGRAM_BIN, NEAR_NORMAL, PERIODS_PER_YEAR, RISK_FREE, ROLLING_DAYS, SKEW_BANDS, TAIL_BAND, VAR_CONFIDENCE } from './statistics';

/**
 * The constants of this report's methods as facts, so the Methodology chapter states the values the
 * code uses (never a copy typed into prose), and the documented source quirks handled by name.
 */
/**
 * Nikkei replaced the "presumed par value" (みなし額面) by the price adjustment factor (株価換算係数) in the
 * index calculation from 1 October 2021 (Nikkei Inc., Nikkei Stock Average index guidebook, 2021 revision).
 */
export const PRICE_ADJUSTMENT_FACTOR_FROM = '2021-10-01';

export function methodology(asOf: string): FactTree {
  const artefacts = SERIES_IDS.reduce((n, id) => n + SERIES[id].artefacts.length, 0);
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
    volBands: { calm: pct(VOL_BANDS.calm), normal: pct(VOL_BANDS.normal), elevated: pct(VOL_BANDS.elevated) },
    dipDepth: pct(DIP_DEPTH),
    lookbackMonths: count(LOOKBACK_MONTHS),
    seriesCount: count(SERIES_IDS.length),
    artefactsDropped: count(artefacts),
  };
}
