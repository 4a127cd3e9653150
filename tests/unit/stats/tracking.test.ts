import { describe, expect, it } from 'vitest';
import { returnDifferences, trackingError } from '../../../src/lib/stats/tracking';
import { X, Y } from './inputs';

describe('returnDifferences(fund, index)', () => {
  it('subtracts the index return from the fund return period by period', () => {
    // numpy 2.4: np.array(X) - np.array(Y) — see tests/reference/tracking_reference.py
    const d = returnDifferences(X, Y);
    expect(d[0]).toBeCloseTo(0.00046999999999999993, 15);
    expect(d[29]).toBeCloseTo(-0.0005699999999999993, 15);
  });

  it('rejects series of different lengths or holding NaN', () => {
    expect(() => returnDifferences([0.01], [0.01, 0.02])).toThrow(RangeError);
    expect(() => returnDifferences([Number.NaN], [0.01])).toThrow(RangeError);
  });
});

describe('trackingError(fund, index, periodsPerYear)', () => {
  it('is the population std of the differences times sqrt(periods per year)', () => {
    // numpy 2.4: np.std(X - Y, ddof=0) * sqrt(252) and * sqrt(12) — see tests/reference/tracking_reference.py
    expect(trackingError(X, Y)).toBeCloseTo(0.1262646549434956, 13);
    expect(trackingError(X, Y, 12)).toBeCloseTo(0.02755320661314517, 13);
  });

  it('is 0 for a fund that moves exactly with its index, whatever the level of returns', () => {
    expect(trackingError(X, X)).toBe(0);
  });

  it('rejects a non-positive periodsPerYear', () => {
    expect(() => trackingError(X, Y, 0)).toThrow(/periodsPerYear/);
  });
});
