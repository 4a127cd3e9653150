import { describe, expect, it } from 'vitest';
import { resolveEdition, yearsBefore } from '../../../src/lib/report/edition';

const DATES = ['2020-12-30', '2021-01-04', '2022-06-29', '2022-06-30', '2022-07-01', '2024-02-29', '2024-03-01'];

describe('resolveEdition(requested, tradingDates)', () => {
  it('defaults to the last date in the data', () => {
    expect(resolveEdition(undefined, DATES).asOf).toBe('2024-03-01');
    expect(resolveEdition(undefined, DATES).requested).toBeNull();
  });

  it('refuses REPORT_AS_OF set but empty, saying how to ask for the latest edition', () => {
    expect(() => resolveEdition('', DATES)).toThrow(/REPORT_AS_OF is set but empty: .*unset REPORT_AS_OF.*runs from 2020-12-30 to 2024-03-01/);
    expect(() => resolveEdition('  ', DATES)).toThrow(/set but empty/);
  });

  it('calls a well-written date that does not exist not a real date', () => {
    expect(() => resolveEdition('2022-02-30', DATES)).toThrow('REPORT_AS_OF=2022-02-30 is not a real date: February 2022 has 28 days.');
    expect(() => resolveEdition('2024-02-30', DATES)).toThrow('February 2024 has 29 days');
    expect(() => resolveEdition('2022-13-01', DATES)).toThrow('REPORT_AS_OF=2022-13-01 is not a real date: there is no month 13.');
    expect(() => resolveEdition('2022-6-30', DATES)).toThrow(/"2022-6-30" is not a date written YYYY-MM-DD/);
  });

  it('refuses a date before the first edition the data allow, naming the first edition', () => {
    expect(() => resolveEdition('2021-01-04', DATES)).not.toThrow();
    expect(() => resolveEdition('2020-12-31', DATES)).toThrow(/outside the data: the Nikkei 225 series runs from 2020-12-30 to 2024-03-01; the first edition is 2021-01-04/);
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
  });
});

describe('yearsBefore(iso, years)', () => {
  it('moves 29 February to 28 February in a common year', () => {
    expect(yearsBefore('2024-02-29', 5)).toBe('2019-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
  });
});
