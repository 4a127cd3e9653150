import { describe, expect, it } from 'vitest';
import { beta, correlation, crossCorrelation, linearRegression, rollingCorrelation } from '../../../src/lib/stats/relation';
import { X, Y } from './inputs';

describe('correlation(x, y)', () => {
  it('matches numpy.corrcoef', () => {
    // numpy 2.4: np.corrcoef(X, Y)[0, 1] — see tests/reference/stats_reference.py
    expect(correlation(X, Y)).toBeCloseTo(0.7757320930406651, 12);
  });

  it('is symmetric, 1 for a positive linear map and -1 for a negative one', () => {
    expect(correlation(Y, X)).toBeCloseTo(correlation(X, Y), 15);
    expect(
      correlation(
        X,
        X.map((v) => 3 * v + 1),
      ),
    ).toBeCloseTo(1, 14);
    expect(
      correlation(
        X,
        X.map((v) => -2 * v),
      ),
    ).toBeCloseTo(-1, 14);
  });

  it('throws on length mismatch, fewer than 2 points, NaN and a constant input', () => {
    expect(() => correlation([1, 2, 3], [1, 2])).toThrow(/differ in length/);
    expect(() => correlation([1], [2])).toThrow(/at least 2/);
    expect(() => correlation([], [])).toThrow(RangeError);
    expect(() => correlation([1, Number.NaN], [1, 2])).toThrow(/x\[1\] is NaN/);
    expect(() => correlation([1, 1, 1], [1, 2, 3])).toThrow(/constant/);
  });
});

describe('beta(asset, benchmark)', () => {
  it('is cov(asset, benchmark) / var(benchmark)', () => {
    // numpy 2.4: np.cov(Y, X, ddof=0)[0, 1] / np.var(X) — see tests/reference/stats_reference.py
    expect(beta(Y, X)).toBeCloseTo(0.6988908052226538, 12);
  });

  it('recovers the multiplier of a scaled benchmark', () => {
    expect(
      beta(
        X.map((v) => 1.5 * v + 0.001),
        X,
      ),
    ).toBeCloseTo(1.5, 12);
  });

  it('throws for a constant benchmark and on length mismatch', () => {
    expect(() => beta([1, 2, 3], [2, 2, 2])).toThrow(/benchmark is constant/);
    expect(() => beta([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});

describe('linearRegression(x, y)', () => {
  it('matches scipy.stats.linregress: slope, intercept, r², slope standard error and t', () => {
    // scipy 1.17: lr = stats.linregress(X, Y); lr.slope, lr.intercept, lr.rvalue**2, lr.stderr,
    // lr.slope / lr.stderr — see tests/reference/stats_reference.py
    const fit = linearRegression(X, Y);
    expect(fit.slope).toBeCloseTo(0.698890805222654, 12);
    expect(fit.intercept).toBeCloseTo(0.0006164438414034294, 14);
    expect(fit.r2).toBeCloseTo(0.601760280173251, 12);
    expect(fit.slopeStdError).toBeCloseTo(0.10744614514349846, 12);
    expect(fit.tSlope).toBeCloseTo(6.504568444863782, 10);
    expect(fit.n).toBe(30);
  });

  it('gives zero standard error and infinite t for a perfect fit', () => {
    // hand-checked: y = 2x + 1 exactly
    const fit = linearRegression([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(fit.slope).toBe(2);
    expect(fit.intercept).toBe(1);
    expect(fit.r2).toBe(1);
    expect(fit.slopeStdError).toBe(0);
    expect(fit.tSlope).toBe(Number.POSITIVE_INFINITY);
  });

  it('throws for fewer than 3 points, a constant x or y, and NaN', () => {
    expect(() => linearRegression([1, 2], [1, 2])).toThrow(/at least 3/);
    expect(() => linearRegression([1, 1, 1], [1, 2, 3])).toThrow(/x is constant/);
    expect(() => linearRegression([1, 2, 3], [4, 4, 4])).toThrow(/y is constant/);
    expect(() => linearRegression([1, 2, Number.NaN], [1, 2, 3])).toThrow(RangeError);
  });
});

describe('crossCorrelation(x, y, maxLag)', () => {
  it('correlates x[t] with y[t + k] for k = -maxLag..maxLag over the overlapping points', () => {
    // numpy 2.4: np.corrcoef(X[:n-k], Y[k:]) for k >= 0, np.corrcoef(X[-k:], Y[:n+k]) for k < 0 — see tests/reference/stats_reference.py
    const expected = [0.07186243671130192, -0.12430209859734245, -0.2876057999191855, 0.7757320930406651, 0.2531447990502659, -0.2652077514253839, -0.017390704880972985];
    const xc = crossCorrelation(X, Y, 3);
    expect(xc.map((p) => p.lag)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(xc.map((p) => p.n)).toEqual([27, 28, 29, 30, 29, 28, 27]);
    xc.forEach((p, i) => expect(p.r).toBeCloseTo(expected[i] as number, 12));
  });

  it('finds the lead: y copying x two steps later peaks at lag +2', () => {
    const y = X.map((_, t) => (t >= 2 ? (X[t - 2] as number) : 0));
    const best = crossCorrelation(X, y, 4).reduce((a, b) => ((b.r ?? -2) > (a.r ?? -2) ? b : a));
    expect(best.lag).toBe(2);
  });

  it('rejects a maxLag that leaves fewer than 2 points, or a non-integer one', () => {
    expect(() => crossCorrelation([1, 2, 3], [3, 1, 2], 2)).toThrow(/fewer than 2 overlapping/);
    expect(() => crossCorrelation(X, Y, 1.5)).toThrow(/maxLag/);
    expect(() => crossCorrelation(X, Y, -1)).toThrow(/maxLag/);
  });
});

describe('rollingCorrelation(x, y, window)', () => {
  it('is aligned to the input, null until a full window, then the window correlation', () => {
    // numpy 2.4: np.corrcoef(X[i-4:i+1], Y[i-4:i+1])[0, 1] at i = 4, 5, 17, 29 — see tests/reference/stats_reference.py
    const rc = rollingCorrelation(X, Y, 5);
    expect(rc).toHaveLength(30);
    expect(rc.slice(0, 4)).toEqual([null, null, null, null]);
    expect(rc[4]).toBeCloseTo(0.9542966867288926, 12);
    expect(rc[5]).toBeCloseTo(0.9802258692458107, 12);
    expect(rc[17]).toBeCloseTo(0.6667509170530673, 12);
    expect(rc[29]).toBeCloseTo(0.7597956976264841, 12);
  });

  it('is null where a window is constant, and all null when the window exceeds the data', () => {
    // numpy 2.4: np.corrcoef([1, 1, 2], [2, 3, 5])[0, 1] for the last window — see tests/reference/stats_reference.py
    expect(rollingCorrelation([1, 1, 1, 2], [1, 2, 3, 5], 3)).toEqual([null, null, null, expect.closeTo(0.944911182523068, 12)]);
    expect(rollingCorrelation([1, 2], [2, 1], 3)).toEqual([null, null]);
  });

  it('rejects a window below 2, empty input and mismatched lengths', () => {
    expect(() => rollingCorrelation(X, Y, 1)).toThrow(/window/);
    expect(() => rollingCorrelation([], [], 2)).toThrow(RangeError);
    expect(() => rollingCorrelation([1, 2, 3], [1, 2], 2)).toThrow(/differ in length/);
  });
});
