import { SERIES, SERIES_IDS } from '../data/series-catalog';
import { DAYS_PER_YEAR } from '../stats';
import { COMPARISON_YEARS, LINKAGE_BANDS } from './comparison';
import { count, date, pct, ratio, type FactTree } from './fact';
import { DIP_DEPTH, LOOKBACK_MONTHS, SLOPE_DAYS, TREND_DAYS, VOL_BANDS, VOL_HISTORY_START } from './outlook';
import { HISTOGRAM_BIN, NEAR_NORMAL, PERIODS_PER_YEAR, RISK_FREE, ROLLING_DAYS, SKEW_BANDS, TAIL_BAND, VAR_CONFIDENCE } from './statistics';

/**
 * The constants of this report's methods as facts, so the Methodology chapter states the values the
 * code uses (never a copy typed into prose), and the documented source quirks handled by name.
 */
export function methodology(): FactTree {
  const artefacts = SERIES_IDS.reduce((n, id) => n + SERIES[id].artefacts.length, 0);
  return {
    periodsPerYear: count(PERIODS_PER_YEAR),
    daysPerYear: ratio(DAYS_PER_YEAR),
    riskFree: pct(RISK_FREE),
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
