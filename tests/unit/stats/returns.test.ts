import { describe, expect, it } from 'vitest';
import { annualiseReturn, cumulativeReturn, growthOf, simpleReturns } from '../../../src/lib/stats/returns';
import { CLOSES, expectRelClose } from './inputs';

describe('simpleReturns(closes)', () => {
  it('gives one return fewer than closes, r[i] = closes[i+1] / closes[i] - 1', () => {
    const r = simpleReturns(CLOSES);
    // numpy 2.4: r = c[1:] / c[:-1] - 1; len(r), r[0], r[13], r[30] — see tests/reference/stats_reference.py
    expect(r).toHaveLength(31);
    expect(r[0]).toBeCloseTo(0.013488571428571516, 14);
    expect(r[13]).toBeCloseTo(-0.015812765122832806, 14);
    expect(r[30]).toBeCloseTo(0.0027566316524396672, 14);
  });

  it('rejects fewer than two closes, NaN and non-positive prices with a RangeError', () => {
    expect(() => simpleReturns([])).toThrow(RangeError);
    expect(() => simpleReturns([100])).toThrow(/at least 2/);
    expect(() => simpleReturns([100, Number.NaN, 101])).toThrow(/closes\[1\] is NaN/);
    expect(() => simpleReturns([100, 0, 101])).toThrow(/positive price/);
    expect(() => simpleReturns([100, -5])).toThrow(RangeError);
  });

  it('gives zeros for a constant series', () => {
    expect(simpleReturns([50, 50, 50])).toEqual([0, 0]);
  });
});

describe('cumulativeReturn(first, last)', () => {
  it('is last / first - 1 as a fraction', () => {
    // numpy 2.4: c[-1] / c[0] - 1 — see tests/reference/stats_reference.py
    expect(cumulativeReturn(CLOSES[0] as number, CLOSES[31] as number)).toBeCloseTo(0.04230678571428581, 14);
    expect(cumulativeReturn(200, 150)).toBeCloseTo(-0.25, 15);
  });

  it('rejects non-positive or non-finite prices', () => {
    expect(() => cumulativeReturn(0, 10)).toThrow(RangeError);
    expect(() => cumulativeReturn(10, Number.NaN)).toThrow(RangeError);
    expect(() => cumulativeReturn(10, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('annualiseReturn(cumulative, years)', () => {
  it('compounds: (1 + c)^(1 / years) - 1', () => {
    // python 3: 1.5 ** (1/3) - 1 and 0.8 ** 2 - 1 — see tests/reference/stats_reference.py
    expect(annualiseReturn(0.5, 3)).toBeCloseTo(0.14471424255333187, 14);
    expect(annualiseReturn(-0.2, 0.5)).toBeCloseTo(-0.3599999999999999, 14);
  });

  it('leaves a one-year return unchanged and maps a total loss to -1', () => {
    expect(annualiseReturn(0.123, 1)).toBeCloseTo(0.123, 15);
    expect(annualiseReturn(-1, 4)).toBe(-1);
  });

  it('rejects years <= 0 and returns below -1', () => {
    expect(() => annualiseReturn(0.1, 0)).toThrow(/years/);
    expect(() => annualiseReturn(0.1, -2)).toThrow(RangeError);
    expect(() => annualiseReturn(-1.5, 2)).toThrow(/below -1/);
    expect(() => annualiseReturn(Number.NaN, 2)).toThrow(RangeError);
  });
});

describe('growthOf(closes, base)', () => {
  it('rebases the series to 100 at the first close', () => {
    const g = growthOf(CLOSES);
    // numpy 2.4: (c / c[0] * 100)[[6, 14, 31]] — see tests/reference/stats_reference.py
    expect(g[0]).toBe(100);
    expectRelClose(g[6], 104.67103571428571);
    expectRelClose(g[14], 93.90689285714285);
    expectRelClose(g[31], 104.23067857142858);
    expect(g).toHaveLength(CLOSES.length);
  });

  it('uses the given base', () => {
    // numpy 2.4: c[31] / c[0] — see tests/reference/stats_reference.py
    expectRelClose(growthOf(CLOSES, 1)[31], 1.0423067857142858);
  });

  it('rejects empty input and NaN', () => {
    expect(() => growthOf([])).toThrow(RangeError);
    expect(() => growthOf([1, Number.NaN])).toThrow(RangeError);
  });
});
