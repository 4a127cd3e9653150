/**
 * Returns from prices. Conventions for the whole stats layer: prices are positive numbers, returns
 * are simple returns expressed as fractions (0.01 = 1 %), never percentages and never log returns.
 */
import { assertFinite, assertPositive, assertPrices } from './validate';

/**
 * Daily (per-period) simple returns of a price series: `r[i] = closes[i+1] / closes[i] - 1`.
 * The result has length `closes.length - 1`; `r[i]` is the return earned over the step ending at
 * `closes[i+1]`.
 *
 * @param closes positive prices in time order, at least 2
 * @returns fractions (0.01 = 1 %)
 * @throws RangeError on fewer than 2 closes or a non-finite / non-positive close
 */
export function simpleReturns(closes: readonly number[]): number[] {
  assertPrices('simpleReturns', 'closes', closes, 2);
  const out = new Array<number>(closes.length - 1);
  for (let i = 0; i < out.length; i++) {
    out[i] = (closes[i + 1] as number) / (closes[i] as number) - 1;
  }
  return out;
}

/**
 * Cumulative simple return between two prices: `last / first - 1`.
 *
 * @param first positive price at the start
 * @param last positive price at the end
 * @returns fraction (0.25 = +25 %)
 * @throws RangeError if either price is non-finite or not positive
 */
export function cumulativeReturn(first: number, last: number): number {
  assertPositive('cumulativeReturn', 'first', first);
  assertPositive('cumulativeReturn', 'last', last);
  return last / first - 1;
}

/**
 * Compound annual growth rate of a cumulative return earned over `years`: `(1 + c)^(1/years) - 1`.
 *
 * @param cumulative cumulative simple return as a fraction, >= -1
 * @param years length of the period in years, > 0 (the caller decides how years are counted)
 * @returns annualised return as a fraction per year
 * @throws RangeError if `cumulative < -1`, `years <= 0` or an argument is non-finite
 */
export function annualiseReturn(cumulative: number, years: number): number {
  assertFinite('annualiseReturn', 'cumulative', cumulative);
  assertPositive('annualiseReturn', 'years', years);
  if (cumulative < -1) {
    throw new RangeError(`annualiseReturn: cumulative is ${cumulative}, a simple return cannot be below -1`);
  }
  return Math.pow(1 + cumulative, 1 / years) - 1;
}

/**
 * The price series rebased so that the first value equals `base` ("growth of 100"):
 * `out[i] = base * closes[i] / closes[0]`. Used to draw several indices on one scale.
 *
 * @param closes positive prices in time order, at least 1
 * @param base value of the rebased series at index 0 (default 100)
 * @throws RangeError on empty input, a non-finite / non-positive close, or a non-finite base
 */
export function growthOf(closes: readonly number[], base = 100): number[] {
  assertPrices('growthOf', 'closes', closes, 1);
  assertFinite('growthOf', 'base', base);
  const first = closes[0] as number;
  return closes.map((c) => base * (c / first));
}
