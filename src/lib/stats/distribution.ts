/**
 * Shape of a distribution: a fixed-width histogram and the normal density to draw over it.
 * Units follow the input (for daily returns: fractions, so a bin width of 0.005 is half a percent).
 */
import { assertFinite, assertFiniteArray, assertPositive } from './validate';

/** Guard against a bin width far too small for the data's range. */
const MAX_BINS = 100_000;

/** One histogram bin, covering the half-open interval [x0, x1). */
export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/** Options of {@link histogram}. */
export interface HistogramOptions {
  /** bin width, > 0, in the units of the data */
  binWidth: number;
  /** bin edges fall on anchor + k * binWidth for integer k (default 0, so 0 is always an edge) */
  anchor?: number;
}

/**
 * Fixed-width histogram with edges at `anchor + k * binWidth`. Bins are half-open [x0, x1) and
 * contiguous from the bin containing the minimum to the bin containing the maximum; empty bins in
 * between are included with count 0 so a chart shows the gaps. A value lying exactly on an edge goes
 * to the bin that starts there (edges are computed as anchor + k * binWidth and compared directly,
 * so a value equal to a reported x0 is always counted in that bin). Counts sum to xs.length.
 * @throws RangeError on empty input, a non-finite value, a bad binWidth / anchor, or more than
 *   100 000 bins
 */
export function histogram(xs: readonly number[], options: HistogramOptions): Bin[] {
  const { binWidth, anchor = 0 } = options;
  assertFiniteArray('histogram', 'xs', xs);
  assertPositive('histogram', 'binWidth', binWidth);
  assertFinite('histogram', 'anchor', anchor);
  const edge = (k: number): number => anchor + k * binWidth;
  const binOf = (x: number): number => {
    let k = Math.floor((x - anchor) / binWidth);
    // correct the division's rounding so the bin agrees with the edges as reported
    while (x < edge(k)) k--;
    while (x >= edge(k + 1)) k++;
    return k;
  };
  const ks = xs.map(binOf);
  let kMin = Infinity;
  let kMax = -Infinity;
  for (const k of ks) {
    if (k < kMin) kMin = k;
    if (k > kMax) kMax = k;
  }
  if (kMax - kMin >= MAX_BINS) {
    throw new RangeError(`histogram: binWidth ${binWidth} would make ${kMax - kMin + 1} bins (limit ${MAX_BINS})`);
  }
  const bins: Bin[] = [];
  for (let k = kMin; k <= kMax; k++) bins.push({ x0: edge(k), x1: edge(k + 1), count: 0 });
  for (const k of ks) (bins[k - kMin] as Bin).count++;
  return bins;
}

/**
 * Density of the normal distribution N(mean, sd^2) at x:
 * exp(-((x - mean) / sd)^2 / 2) / (sd * sqrt(2 pi)). Units: 1 / (units of x). To overlay it on a
 * histogram of counts, multiply by n * binWidth.
 * @throws RangeError if an argument is non-finite or sd <= 0
 */
export function normalPdf(x: number, mean: number, sd: number): number {
  assertFinite('normalPdf', 'x', x);
  assertFinite('normalPdf', 'mean', mean);
  assertPositive('normalPdf', 'sd', sd);
  const z = (x - mean) / sd;
  return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
}

/**
 * Percentile rank of `x` within `xs`: the fraction of observations less than or equal to `x`
 * (scipy.stats.percentileofscore with kind='weak', divided by 100). 1 means x is the largest so far.
 * @throws RangeError on empty input or a non-finite value
 */
export function percentileRank(xs: readonly number[], x: number): number {
  assertFiniteArray('percentileRank', 'xs', xs);
  assertFinite('percentileRank', 'x', x);
  let n = 0;
  for (const v of xs) if (v <= x) n += 1;
  return n / xs.length;
}

/**
 * The median of `xs` (numpy's `median`): the middle value of the sorted values, or the mean of the two
 * middle values when their count is even. Throws on an empty array.
 */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of an empty array');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
