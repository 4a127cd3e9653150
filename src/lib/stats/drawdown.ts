/**
 * Drawdowns of a price series: how far the price sits below its running maximum. Depths are
 * NEGATIVE fractions (-0.2 = 20 % below the peak); 0 means at a new high. Functions return indices
 * into `closes`; the caller maps them to dates.
 *
 * Peak convention: the running peak is the LATEST close at the running maximum, so a decline that
 * starts after the market touched its high twice dates from the second touch. Recovery is the first
 * later close at or above that peak close (>=), consistent with that choice.
 */
import { assertPrices } from './validate';

/**
 * Drawdown at each step: `closes[i] / max(closes[0..i]) - 1`; every value is <= 0.
 * @param closes positive prices in time order, at least 1
 * @returns negative fractions (or 0), same length as `closes`
 * @throws RangeError on empty input or a non-finite / non-positive close
 */
export function drawdownSeries(closes: readonly number[]): number[] {
  assertPrices('drawdownSeries', 'closes', closes, 1);
  let peak = closes[0] as number;
  return closes.map((c) => {
    if (c > peak) peak = c;
    return c / peak - 1;
  });
}

/** The deepest peak-to-trough decline, as returned by {@link maxDrawdown}. */
export interface MaxDrawdown {
  /** negative fraction (-0.2 = 20 % below the peak); 0 if the series never fell below a peak */
  depth: number;
  /** index of the running peak the decline started from */
  peakIndex: number;
  /** index of the lowest close relative to that peak (first occurrence on ties) */
  troughIndex: number;
  /**
   * first index after the trough whose close is >= the peak close; null if the series has not
   * recovered by its end. When depth is 0 there is nothing to recover: equals troughIndex.
   */
  recoveryIndex: number | null;
}

/**
 * Maximum drawdown: the largest fall from a running peak to a later close, with the indices of the
 * peak, the trough and the recovery. Among equally deep drawdowns the first one is reported.
 * @param closes positive prices in time order, at least 1
 * @throws RangeError on empty input or a non-finite / non-positive close
 */
export function maxDrawdown(closes: readonly number[]): MaxDrawdown {
  assertPrices('maxDrawdown', 'closes', closes, 1);
  let runPeakIndex = 0;
  let depth = 0;
  let peakIndex = 0;
  let troughIndex = 0;
  for (let i = 0; i < closes.length; i++) {
    const c = closes[i] as number;
    if (c >= (closes[runPeakIndex] as number)) {
      runPeakIndex = i;
      continue;
    }
    const dd = c / (closes[runPeakIndex] as number) - 1;
    if (dd < depth) {
      depth = dd;
      peakIndex = runPeakIndex;
      troughIndex = i;
    }
  }
  if (depth === 0) return { depth: 0, peakIndex: 0, troughIndex: 0, recoveryIndex: 0 };
  const peakClose = closes[peakIndex] as number;
  let recoveryIndex: number | null = null;
  for (let i = troughIndex + 1; i < closes.length; i++) {
    if ((closes[i] as number) >= peakClose) {
      recoveryIndex = i;
      break;
    }
  }
  return { depth, peakIndex, troughIndex, recoveryIndex };
}

/** Where the series stands at its end, as returned by {@link currentDrawdown}. */
export interface CurrentDrawdown {
  /** last value of {@link drawdownSeries}: negative fraction, 0 at a new high */
  depth: number;
  /** index of the running peak at the end (latest close at the all-time maximum of the series) */
  peakIndex: number;
}

/**
 * The drawdown at the last close and the index of the peak it is measured from.
 * @param closes positive prices in time order, at least 1
 * @throws RangeError on empty input or a non-finite / non-positive close
 */
export function currentDrawdown(closes: readonly number[]): CurrentDrawdown {
  assertPrices('currentDrawdown', 'closes', closes, 1);
  let peakIndex = 0;
  for (let i = 1; i < closes.length; i++) {
    if ((closes[i] as number) >= (closes[peakIndex] as number)) peakIndex = i;
  }
  const last = closes[closes.length - 1] as number;
  return { depth: last / (closes[peakIndex] as number) - 1, peakIndex };
}
