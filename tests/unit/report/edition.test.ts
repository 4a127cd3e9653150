import { describe, expect, it } from 'vitest';
import { resolveEdition, yearsBefore } from '../../../src/lib/report/edition';

const DATES = ['2020-12-30', '2021-01-04', '2022-06-29', '2022-06-30', '2022-07-01', '2024-02-29', '2024-03-01'];

describe('resolveEdition(requested, tradingDates)', () => {
  it('defaults to the last date in the data', () => {
    expect(resolveEdition(undefined, DATES).asOf).toBe('2024-03-01');
    expect(resolveEdition('', DATES).requested).toBeNull();
  });

  it("follows the seed's windows: 1 January of the previous year, and five years back", () => {
    const e = resolveEdition('2022-06-30', DATES);
    expect(e.statsWindow).toEqual({ start: '2021-01-01', end: '2022-06-30' });
    expect(e.comparisonWindow).toEqual({ start: '2017-06-30', end: '2022-06-30' });
  });

  it('moves a non-trading day back to the last trading day before it', () => {
    expect(resolveEdition('2022-07-03', DATES).asOf).toBe('2022-07-01');
  });

  it('refuses a date outside the data, saying what the data span is', () => {
    expect(() => resolveEdition('2030-01-01', DATES)).toThrow(/outside the data: the Nikkei 225 series runs from 2020-12-30 to 2024-03-01/);
    expect(() => resolveEdition('2022-13-01', DATES)).toThrow(/not a date written YYYY-MM-DD/);
  });
});

describe('yearsBefore(iso, years)', () => {
  it('moves 29 February to 28 February in a common year', () => {
    expect(yearsBefore('2024-02-29', 5)).toBe('2019-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
  });
});
