/**
 * Moments of a sample, computed as POPULATION statistics, as the seed report defines them
 * (方差、标准差、峰度、偏度均按照整体计算):
 *
 * - variance  = mean((x - mean)^2)                (numpy `np.var(x, ddof=0)`)
 * - skewness  = m3 / m2^1.5                       (scipy `stats.skew(x, bias=True)`)
 * - excess kurtosis = m4 / m2^2 - 3               (scipy `stats.kurtosis(x, fisher=True, bias=True)`)
 *
 * where mk = mean((x - mean)^k). Units follow the input: for daily returns as fractions, the mean is a
 * daily fraction and the variance is in fraction^2; skewness and kurtosis are unitless.
 */
import { assertFiniteArray, sum } from './validate';

/** Arithmetic mean. @throws RangeError on empty input or a non-finite value. */
export function mean(xs: readonly number[]): number {
  assertFiniteArray('mean', 'xs', xs);
  return sum(xs) / xs.length;
}

/** Central moment mk = mean((x - mean)^k); exactly 0 for a constant series (no rounding residue). */
function centralMoment(xs: readonly number[], m: number, k: number): number {
  if (isConstant(xs)) return 0;
  return sum(xs.map((x) => (x - m) ** k)) / xs.length;
}

function isConstant(xs: readonly number[]): boolean {
  const first = xs[0];
  return xs.every((x) => x === first);
}

/**
 * Population variance, mean((x - mean)^2) (ddof = 0). A constant series gives exactly 0.
 * @throws RangeError on empty input or a non-finite value.
 */
export function populationVariance(xs: readonly number[]): number {
  const m = mean(xs);
  return centralMoment(xs, m, 2);
}

/**
 * Population standard deviation, sqrt of {@link populationVariance} (numpy `np.std(x, ddof=0)`).
 * Not annualised; see `annualisedVolatility` in risk.ts for that.
 * @throws RangeError on empty input or a non-finite value.
 */
export function populationStd(xs: readonly number[]): number {
  return Math.sqrt(populationVariance(xs));
}

/**
 * Population (biased) skewness m3 / m2^1.5, like scipy `stats.skew(x, bias=True)`. Negative means a
 * longer left tail (large falls).
 * @throws RangeError on empty input, a non-finite value, or a constant series (skewness undefined).
 */
export function skewness(xs: readonly number[]): number {
  const m = mean(xs);
  const m2 = centralMoment(xs, m, 2);
  if (m2 === 0) throw new RangeError('skewness: undefined for a constant series (variance is 0)');
  return centralMoment(xs, m, 3) / m2 ** 1.5;
}

/**
 * Population EXCESS kurtosis m4 / m2^2 - 3, like scipy `stats.kurtosis(x, fisher=True, bias=True)`.
 * 0 for a normal distribution; positive means fatter tails than normal.
 * @throws RangeError on empty input, a non-finite value, or a constant series (kurtosis undefined).
 */
export function excessKurtosis(xs: readonly number[]): number {
  const m = mean(xs);
  const m2 = centralMoment(xs, m, 2);
  if (m2 === 0) throw new RangeError('excessKurtosis: undefined for a constant series (variance is 0)');
  return centralMoment(xs, m, 4) / (m2 * m2) - 3;
}

/**
 * SAMPLE excess kurtosis G2 = ((n + 1) g2 + 6) (n - 1) / ((n - 2)(n - 3)), where g2 is the population
 * excess kurtosis; like scipy `stats.kurtosis(x, fisher=True, bias=False)` and Excel's KURT. The report
 * states population moments; this exists to show which estimator another document used.
 * @throws RangeError on fewer than 4 values or a constant series.
 */
export function sampleExcessKurtosis(xs: readonly number[]): number {
  const n = xs.length;
  if (n < 4) throw new RangeError(`sampleExcessKurtosis: needs at least 4 values, got ${n}`);
  return (((n + 1) * excessKurtosis(xs) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Summary statistics returned by {@link describe}. */
export interface Description {
  n: number;
  mean: number;
  /** population variance (ddof = 0) */
  variance: number;
  /** population standard deviation (ddof = 0) */
  std: number;
  /** population skewness; null for a constant series, where it is undefined */
  skewness: number | null;
  /** population excess kurtosis; null for a constant series, where it is undefined */
  excessKurtosis: number | null;
  min: number;
  max: number;
  /** index of the first occurrence of the minimum */
  minIndex: number;
  /** index of the first occurrence of the maximum */
  maxIndex: number;
}

/**
 * Summary of a sample with the population conventions above, plus the INDICES of the extremes
 * (first occurrence on ties) so the caller can map them to dates. Unlike {@link skewness} and
 * {@link excessKurtosis}, a constant series does not throw: those two fields are null.
 * @throws RangeError on empty input or a non-finite value.
 */
export function describe(xs: readonly number[]): Description {
  const m = mean(xs);
  const m2 = centralMoment(xs, m, 2);
  let minIndex = 0;
  let maxIndex = 0;
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i] as number;
    if (v < (xs[minIndex] as number)) minIndex = i;
    if (v > (xs[maxIndex] as number)) maxIndex = i;
  }
  return {
    n: xs.length,
    mean: m,
    variance: m2,
    std: Math.sqrt(m2),
    skewness: m2 === 0 ? null : centralMoment(xs, m, 3) / m2 ** 1.5,
    excessKurtosis: m2 === 0 ? null : centralMoment(xs, m, 4) / (m2 * m2) - 3,
    min: xs[minIndex] as number,
    max: xs[maxIndex] as number,
    minIndex,
    maxIndex,
  };
}
