/**
 * Risk and risk-adjusted return of a return series.
 *
 * Conventions: returns are per-period simple returns as fractions (0.01 = 1 %); rates passed as
 * options (`riskFree`, `mar`) are ANNUAL fractions and are converted to per-period rates by dividing
 * by `periodsPerYear` (252 trading days by default). Dispersion uses the population standard
 * deviation (ddof = 0), as the seed report does. Annualisation: mean * p, std * sqrt(p).
 */
import { mean, populationStd } from './moments';
import { assertFinite, assertFiniteArray, assertPositive, sum } from './validate';

const DEFAULT_PERIODS = 252;

/**
 * Annualised volatility: `populationStd(returns) * sqrt(periodsPerYear)`.
 * @param returns per-period simple returns as fractions, at least 1
 * @param periodsPerYear periods per year (252 trading days by default)
 * @returns annual fraction (0.2 = 20 % a year)
 * @throws RangeError on empty input, a non-finite value or a non-positive periodsPerYear
 */
export function annualisedVolatility(returns: readonly number[], periodsPerYear = DEFAULT_PERIODS): number {
  assertPositive('annualisedVolatility', 'periodsPerYear', periodsPerYear);
  return populationStd(returns) * Math.sqrt(periodsPerYear);
}

/** Options of {@link downsideDeviation}. */
export interface DownsideOptions {
  /** minimum acceptable return, ANNUAL fraction (default 0) */
  mar?: number;
  periodsPerYear?: number;
}

/**
 * Annualised downside deviation: `sqrt(mean(min(r - mar/p, 0)^2)) * sqrt(p)`, averaged over ALL
 * observations (returns above the target count as 0, they are not dropped).
 * @param returns per-period simple returns as fractions, at least 1
 * @returns annual fraction, >= 0
 * @throws RangeError on empty input or a non-finite value or option
 */
export function downsideDeviation(returns: readonly number[], options: DownsideOptions = {}): number {
  const { mar = 0, periodsPerYear = DEFAULT_PERIODS } = options;
  assertFiniteArray('downsideDeviation', 'returns', returns);
  assertFinite('downsideDeviation', 'mar', mar);
  assertPositive('downsideDeviation', 'periodsPerYear', periodsPerYear);
  const target = mar / periodsPerYear;
  const sq = returns.map((r) => Math.min(r - target, 0) ** 2);
  return Math.sqrt(sum(sq) / returns.length) * Math.sqrt(periodsPerYear);
}

/** Options of {@link sharpeRatio} and {@link sortinoRatio}. */
export interface RatioOptions {
  /** risk-free rate, ANNUAL fraction (default 0) */
  riskFree?: number;
  periodsPerYear?: number;
}

/**
 * Annualised Sharpe ratio: `(mean(r) - rf/p) * p / (populationStd(r) * sqrt(p))`.
 * @param returns per-period simple returns as fractions, at least 1
 * @returns unitless ratio
 * @throws RangeError on empty input, a non-finite value or option, or zero volatility
 */
export function sharpeRatio(returns: readonly number[], options: RatioOptions = {}): number {
  const { riskFree = 0, periodsPerYear = DEFAULT_PERIODS } = options;
  assertFinite('sharpeRatio', 'riskFree', riskFree);
  const vol = annualisedVolatility(returns, periodsPerYear);
  if (vol === 0) throw new RangeError('sharpeRatio: undefined when volatility is 0 (constant returns)');
  return ((mean(returns) - riskFree / periodsPerYear) * periodsPerYear) / vol;
}

/**
 * Annualised Sortino ratio: `(mean(r) - rf/p) * p / downsideDeviation(r, { mar: rf })`, i.e. the
 * risk-free rate is also the minimum acceptable return.
 * @param returns per-period simple returns as fractions, at least 1
 * @returns unitless ratio
 * @throws RangeError on empty input, a non-finite value or option, or when no return falls below
 *   the risk-free rate (downside deviation 0, ratio undefined)
 */
export function sortinoRatio(returns: readonly number[], options: RatioOptions = {}): number {
  const { riskFree = 0, periodsPerYear = DEFAULT_PERIODS } = options;
  const dd = downsideDeviation(returns, { mar: riskFree, periodsPerYear });
  if (dd === 0) throw new RangeError('sortinoRatio: undefined when no return falls below the risk-free rate');
  return ((mean(returns) - riskFree / periodsPerYear) * periodsPerYear) / dd;
}

/**
 * Quantile with linear interpolation between order statistics (Hyndman-Fan type 7, numpy
 * `np.quantile(xs, q)` default): with the values sorted ascending as s[0..n-1], h = (n-1)q and the
 * result is s[floor h] + (h - floor h) * (s[floor h + 1] - s[floor h]).
 * @param xs sample, at least 1 value
 * @param q probability in [0, 1]
 * @throws RangeError on empty input, a non-finite value, or q outside [0, 1]
 */
export function quantile(xs: readonly number[], q: number): number {
  assertFiniteArray('quantile', 'xs', xs);
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q is ${String(q)}, expected a number in [0, 1]`);
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  const b = s[Math.min(lo + 1, s.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

function assertConfidence(fn: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`${fn}: confidence is ${String(confidence)}, expected a number in (0, 1)`);
  }
}

/**
 * Historical Value at Risk: `-quantile(returns, 1 - confidence)` (type 7 interpolation). Reported as
 * a POSITIVE loss fraction per period: 0.03 means "on the worst (1 - confidence) share of days the
 * loss was at least 3 %". Negative if even that quantile is a gain.
 * @param returns per-period simple returns as fractions, at least 1
 * @param confidence in (0, 1), default 0.95
 * @throws RangeError on empty input, a non-finite value or a confidence outside (0, 1)
 */
export function historicalVaR(returns: readonly number[], confidence = 0.95): number {
  assertConfidence('historicalVaR', confidence);
  return -quantile(returns, 1 - confidence);
}

/**
 * Historical conditional VaR (expected shortfall): minus the mean of the returns at or below the VaR
 * threshold (`r <= -historicalVaR(returns, confidence)`). A POSITIVE loss fraction per period, >= VaR.
 * @param returns per-period simple returns as fractions, at least 1
 * @param confidence in (0, 1), default 0.95
 * @throws RangeError on empty input, a non-finite value or a confidence outside (0, 1)
 */
export function historicalCVaR(returns: readonly number[], confidence = 0.95): number {
  assertConfidence('historicalCVaR', confidence);
  const threshold = quantile(returns, 1 - confidence);
  // The minimum is always <= any quantile, so the tail is never empty.
  const tail = returns.filter((r) => r <= threshold);
  return -mean(tail);
}
