/**
 * How two series move together: Pearson correlation, beta, ordinary least squares, lead/lag and
 * rolling correlation. Inputs are aligned arrays (element i of x and y belong to the same date);
 * align and, usually, convert prices to returns before calling. Population (ddof = 0) moments are
 * used wherever a ratio does not cancel them.
 */
import { assertFiniteArray, assertInteger, assertSameLength, sum } from './validate';

interface CoMoments {
  n: number;
  mx: number;
  my: number;
  /** sum of squared deviations of x, y, and sum of cross products */
  sxx: number;
  syy: number;
  sxy: number;
}

function coMoments(x: readonly number[], y: readonly number[], from = 0, to = x.length): CoMoments {
  const n = to - from;
  const xs = x.slice(from, to);
  const ys = y.slice(from, to);
  const mx = sum(xs) / n;
  const my = sum(ys) / n;
  const dx = xs.map((v) => v - mx);
  const dy = ys.map((v) => v - my);
  return {
    n,
    mx,
    my,
    sxx: sum(dx.map((d) => d * d)),
    syy: sum(dy.map((d) => d * d)),
    sxy: sum(dx.map((d, i) => d * (dy[i] as number))),
  };
}

function checkPair(fn: string, x: readonly number[], y: readonly number[], minLength: number): void {
  assertSameLength(fn, x, y);
  assertFiniteArray(fn, 'x', x, minLength);
  assertFiniteArray(fn, 'y', y, minLength);
}

function isConstant(xs: readonly number[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (xs[i] !== xs[from]) return false;
  return true;
}

/** r from co-moments, clamped to [-1, 1] against rounding; null if either side is constant. */
function pearson(x: readonly number[], y: readonly number[], from: number, to: number): number | null {
  if (isConstant(x, from, to) || isConstant(y, from, to)) return null;
  const m = coMoments(x, y, from, to);
  return Math.max(-1, Math.min(1, m.sxy / Math.sqrt(m.sxx * m.syy)));
}

/**
 * Pearson correlation coefficient of two aligned samples (numpy `np.corrcoef(x, y)[0, 1]`).
 * @returns unitless, in [-1, 1]
 * @throws RangeError on length mismatch, fewer than 2 points, a non-finite value, or a constant
 *   input (correlation undefined)
 */
export function correlation(x: readonly number[], y: readonly number[]): number {
  checkPair('correlation', x, y, 2);
  const r = pearson(x, y, 0, x.length);
  if (r === null) throw new RangeError('correlation: undefined when an input is constant');
  return r;
}

/**
 * Beta of an asset against a benchmark: `cov(asset, benchmark) / var(benchmark)` (the same ddof in
 * both, so it cancels). Pass returns, not prices.
 * @returns unitless; 1 means the asset moves one-for-one with the benchmark
 * @throws RangeError on length mismatch, fewer than 2 points, a non-finite value, or a constant
 *   benchmark
 */
export function beta(asset: readonly number[], benchmark: readonly number[]): number {
  checkPair('beta', asset, benchmark, 2);
  if (isConstant(benchmark, 0, benchmark.length)) {
    throw new RangeError('beta: undefined when the benchmark is constant (variance 0)');
  }
  const m = coMoments(benchmark, asset);
  return m.sxy / m.sxx;
}

/** Ordinary least squares fit y = intercept + slope * x, as returned by {@link linearRegression}. */
export interface LinearFit {
  slope: number;
  intercept: number;
  /** coefficient of determination, the squared Pearson correlation */
  r2: number;
  /** standard error of the slope with n - 2 degrees of freedom (scipy `linregress(...).stderr`) */
  slopeStdError: number;
  /** t statistic of the slope, slope / slopeStdError; ±Infinity for a perfect fit */
  tSlope: number;
  n: number;
}

/**
 * Ordinary least squares regression of y on x, matching scipy `stats.linregress`:
 * slope = Sxy / Sxx, intercept = mean(y) - slope * mean(x), r2 = Sxy^2 / (Sxx * Syy),
 * slopeStdError = sqrt((1 - r^2) * Syy / Sxx / (n - 2)).
 * Units: slope in y-units per x-unit; intercept in y-units.
 * @throws RangeError on length mismatch, fewer than 3 points (no residual degree of freedom), a
 *   non-finite value, or a constant x or y
 */
export function linearRegression(x: readonly number[], y: readonly number[]): LinearFit {
  checkPair('linearRegression', x, y, 3);
  if (isConstant(x, 0, x.length)) throw new RangeError('linearRegression: x is constant, slope undefined');
  if (isConstant(y, 0, y.length)) throw new RangeError('linearRegression: y is constant, r2 undefined');
  const m = coMoments(x, y);
  const slope = m.sxy / m.sxx;
  const r = Math.max(-1, Math.min(1, m.sxy / Math.sqrt(m.sxx * m.syy)));
  const r2 = r * r;
  const slopeStdError = Math.sqrt(Math.max(0, ((1 - r2) * m.syy) / m.sxx / (m.n - 2)));
  return {
    slope,
    intercept: m.my - slope * m.mx,
    r2,
    slopeStdError,
    tSlope: slope / slopeStdError,
    n: m.n,
  };
}

/** One lag of {@link crossCorrelation}. */
export interface LagCorrelation {
  /** k: positive means x leads y by k steps */
  lag: number;
  /** Pearson correlation of the overlapping pairs (x[t], y[t + k]); null if either side is constant */
  r: number | null;
  /** number of overlapping pairs, length - |k| */
  n: number;
}

/**
 * Lead/lag correlation: for each k in -maxLag..maxLag, the Pearson correlation of x[t] with y[t + k]
 * over the t where both exist. A peak at k > 0 means x LEADS y by k steps (periods of the input).
 * @param maxLag integer >= 0, with at least 2 overlapping points at the largest lag
 * @throws RangeError on length mismatch, a non-finite value or a bad maxLag
 */
export function crossCorrelation(x: readonly number[], y: readonly number[], maxLag: number): LagCorrelation[] {
  checkPair('crossCorrelation', x, y, 2);
  assertInteger('crossCorrelation', 'maxLag', maxLag, 0);
  if (x.length - maxLag < 2) {
    throw new RangeError(`crossCorrelation: maxLag ${maxLag} leaves fewer than 2 overlapping points of ${x.length}`);
  }
  const out: LagCorrelation[] = [];
  for (let k = -maxLag; k <= maxLag; k++) {
    // pairs (x[t], y[t + k]) with 0 <= t < n and 0 <= t + k < n
    const xs = k >= 0 ? x.slice(0, x.length - k) : x.slice(-k);
    const ys = k >= 0 ? y.slice(k) : y.slice(0, y.length + k);
    out.push({ lag: k, r: pearson(xs, ys, 0, xs.length), n: xs.length });
  }
  return out;
}

/**
 * Rolling Pearson correlation, aligned to the input: element i uses points i - window + 1 .. i and
 * is null for i < window - 1 (not enough points yet) or when either side is constant in the window.
 * @param window integer >= 2
 * @throws RangeError on length mismatch, a non-finite value or a bad window
 */
export function rollingCorrelation(x: readonly number[], y: readonly number[], window: number): (number | null)[] {
  checkPair('rollingCorrelation', x, y, 1);
  assertInteger('rollingCorrelation', 'window', window, 2);
  return x.map((_, i) => (i < window - 1 ? null : pearson(x, y, i - window + 1, i + 1)));
}
