/**
 * Trailing-window statistics, ALIGNED TO THE INPUT: the output has the input's length, element i
 * summarises elements i - window + 1 .. i, and is null while fewer than `window` elements are
 * available (i < window - 1). Windows count observations (trading days), not calendar time.
 */
import { populationStd } from './moments';
import { assertFiniteArray, assertInteger, assertPositive, assertPrices, sum } from './validate';

function rolling(xs: readonly number[], window: number, f: (win: number[]) => number): (number | null)[] {
  return xs.map((_, i) => (i < window - 1 ? null : f(xs.slice(i - window + 1, i + 1))));
}

/**
 * Rolling annualised volatility: population standard deviation (ddof = 0) of the returns in the
 * window, times sqrt(periodsPerYear). Aligned to `returns` (element i uses returns i-window+1..i).
 * @param returns per-period simple returns as fractions, at least 1
 * @param window integer >= 2 observations
 * @param periodsPerYear 252 trading days by default
 * @returns annual fractions, null for the first window - 1 elements
 * @throws RangeError on empty input, a non-finite value, a bad window or periodsPerYear
 */
export function rollingVolatility(returns: readonly number[], window: number, periodsPerYear = 252): (number | null)[] {
  assertFiniteArray('rollingVolatility', 'returns', returns);
  assertInteger('rollingVolatility', 'window', window, 2);
  assertPositive('rollingVolatility', 'periodsPerYear', periodsPerYear);
  const scale = Math.sqrt(periodsPerYear);
  return rolling(returns, window, (w) => populationStd(w) * scale);
}

/**
 * Rolling arithmetic mean, in the input's units. Aligned to `xs`.
 * @param window integer >= 1 observations
 * @throws RangeError on empty input, a non-finite value or a bad window
 */
export function rollingMean(xs: readonly number[], window: number): (number | null)[] {
  assertFiniteArray('rollingMean', 'xs', xs);
  assertInteger('rollingMean', 'window', window, 1);
  return rolling(xs, window, (w) => sum(w) / w.length);
}

/**
 * Simple moving average of closing prices (e.g. the 25-, 75- or 200-day line), in price units.
 * Aligned to `closes`: null until `window` closes are available.
 * @param closes positive prices in time order, at least 1
 * @param window integer >= 1 observations
 * @throws RangeError on empty input, a non-finite / non-positive close or a bad window
 */
export function movingAverage(closes: readonly number[], window: number): (number | null)[] {
  assertPrices('movingAverage', 'closes', closes);
  assertInteger('movingAverage', 'window', window, 1);
  return rollingMean(closes, window);
}
