import { describe, expect, it } from 'vitest';
import { movingAverage, rollingMean, rollingVolatility } from '../../../src/lib/stats/rolling';
import { simpleReturns } from '../../../src/lib/stats/returns';
import { CLOSES, X, expectRelClose } from './inputs';

const r = simpleReturns(CLOSES);

describe('rollingVolatility(returns, window, periodsPerYear)', () => {
  it('is aligned to the returns: null before a full window, then the annualised population std', () => {
    // numpy 2.4: np.std(r[i-9:i+1], ddof=0) * sqrt(252) at i = 9, 15, 30 — see tests/reference/stats_reference.py
    const v = rollingVolatility(r, 10);
    expect(v).toHaveLength(r.length);
    expect(v.slice(0, 9).every((x) => x === null)).toBe(true);
    expect(v[9]).toBeCloseTo(0.2278126566011371, 13);
    expect(v[15]).toBeCloseTo(0.24599389417073816, 13);
    expect(v[30]).toBeCloseTo(0.18005730452873528, 13);
  });

  it('annualises with the given periodsPerYear', () => {
    // numpy 2.4: np.std(r[21:31]) * sqrt(52) — see tests/reference/stats_reference.py
    expect(rollingVolatility(r, 10, 52)[30]).toBeCloseTo(0.08179224823401406, 13);
  });

  it('is 0 over a constant window and all null when the window exceeds the data', () => {
    expect(rollingVolatility([0.01, 0.01, 0.01], 2)).toEqual([null, 0, 0]);
    expect(rollingVolatility([0.01, 0.02], 5)).toEqual([null, null]);
  });

  it('rejects a window below 2, empty input and NaN', () => {
    expect(() => rollingVolatility(r, 1)).toThrow(/window/);
    expect(() => rollingVolatility(r, 2.5)).toThrow(/window/);
    expect(() => rollingVolatility([], 2)).toThrow(RangeError);
    expect(() => rollingVolatility([0.01, Number.NaN, 0.02], 2)).toThrow(/returns\[1\]/);
  });
});

describe('rollingMean(xs, window)', () => {
  it('averages the trailing window, aligned to the input', () => {
    // numpy 2.4: np.mean(X[0:3]), np.mean(X[27:30]) — see tests/reference/stats_reference.py
    const m = rollingMean(X, 3);
    expect(m.slice(0, 2)).toEqual([null, null]);
    expect(m[2]).toBeCloseTo(-0.0033733333333333337, 15);
    expect(m[29]).toBeCloseTo(0.0122, 15);
  });

  it('returns the input itself for a window of 1', () => {
    expect(rollingMean([1, 2, 3], 1)).toEqual([1, 2, 3]);
  });

  it('rejects a window of 0 and NaN', () => {
    expect(() => rollingMean([1, 2], 0)).toThrow(/window/);
    expect(() => rollingMean([1, Number.NaN], 1)).toThrow(RangeError);
  });
});

describe('movingAverage(closes, window)', () => {
  it('is the simple moving average of closes, null until window closes exist', () => {
    // numpy 2.4: np.mean(c[0:5]), np.mean(c[27:32]) — see tests/reference/stats_reference.py
    const ma = movingAverage(CLOSES, 5);
    expect(ma).toHaveLength(CLOSES.length);
    expect(ma[3]).toBeNull();
    expectRelClose(ma[4], 28432.847999999998);
    expectRelClose(ma[31], 29338.05);
  });

  it('rejects non-positive prices and a bad window', () => {
    expect(() => movingAverage([100, -1], 1)).toThrow(/positive/);
    expect(() => movingAverage([100, 101], 0)).toThrow(/movingAverage: window/);
  });
});
