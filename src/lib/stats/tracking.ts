/**
 * How closely a fund follows its index. Inputs are aligned per-period simple returns (element i of
 * `fund` and `index` cover the same interval; align on common dates before calling). Dispersion is
 * the population standard deviation (ddof = 0), as elsewhere in the report.
 */
import { populationStd } from './moments';
import { assertFiniteArray, assertPositive, assertSameLength } from './validate';

/**
 * Per-period return differences `fund[i] - index[i]` (the daily tracking difference).
 * @throws RangeError on length mismatch, empty input or a non-finite value
 */
export function returnDifferences(fund: readonly number[], index: readonly number[]): number[] {
  assertSameLength('returnDifferences', fund, index);
  assertFiniteArray('returnDifferences', 'fund', fund);
  assertFiniteArray('returnDifferences', 'index', index);
  return fund.map((r, i) => r - (index[i] as number));
}

/**
 * Annualised tracking error: `populationStd(fund - index) * sqrt(periodsPerYear)`.
 * @param fund per-period simple returns of the fund, fractions
 * @param index per-period simple returns of the index over the same periods
 * @returns annual fraction (0.02 = 2 % a year); 0 when the fund moves exactly with the index
 * @throws RangeError on length mismatch, empty input, a non-finite value or periodsPerYear <= 0
 */
export function trackingError(fund: readonly number[], index: readonly number[], periodsPerYear = 252): number {
  assertPositive('trackingError', 'periodsPerYear', periodsPerYear);
  return populationStd(returnDifferences(fund, index)) * Math.sqrt(periodsPerYear);
}
