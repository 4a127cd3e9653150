import { describe as suite, expect, it } from 'vitest';
import { describe, excessKurtosis, sampleExcessKurtosis, mean, populationStd, populationVariance, skewness } from '../../../src/lib/stats/moments';
import { simpleReturns } from '../../../src/lib/stats/returns';
import { CLOSES, TIES } from './inputs';

const r = simpleReturns(CLOSES);

suite('mean(xs), populationVariance(xs), populationStd(xs)', () => {
  it('match numpy with ddof = 0 on the daily returns of CLOSES', () => {
    // numpy 2.4: np.mean(r), np.var(r, ddof=0), np.std(r, ddof=0) — see tests/reference/stats_reference.py
    expect(mean(r)).toBeCloseTo(0.0014469495368807873, 15);
    expect(populationVariance(r)).toBeCloseTo(0.00021812464602713303, 16);
    expect(populationStd(r)).toBeCloseTo(0.014769043504138412, 15);
  });

  it('divide by n, not n - 1', () => {
    // 1, 2, 3, 4: population variance 1.25 (sample variance would be 1.666...)
    expect(populationVariance([1, 2, 3, 4])).toBe(1.25);
  });

  it('give exactly 0 for a constant series, even one whose mean does not round-trip', () => {
    expect(populationVariance([0.1, 0.1, 0.1])).toBe(0);
    expect(populationStd([7])).toBe(0);
  });

  it('reject empty input and NaN with a RangeError', () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => populationVariance([])).toThrow(/at least 1/);
    expect(() => mean([1, Number.NaN])).toThrow(/xs\[1\] is NaN/);
    expect(() => populationStd([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

suite('skewness(xs) and excessKurtosis(xs)', () => {
  it('match scipy.stats.skew and kurtosis with bias=True, fisher=True', () => {
    // scipy 1.17: stats.skew(r, bias=True), stats.kurtosis(r, fisher=True, bias=True) — see tests/reference/stats_reference.py
    expect(skewness(r)).toBeCloseTo(-0.4454827245392949, 10);
    expect(excessKurtosis(r)).toBeCloseTo(-0.9533979090132054, 10);
    // scipy 1.17: the same on TIES
    expect(skewness(TIES)).toBeCloseTo(0.5230681221568249, 12);
    expect(excessKurtosis(TIES)).toBeCloseTo(-0.8143968621399176, 12);
  });

  it('sampleExcessKurtosis matches scipy.stats.kurtosis with bias=False (the estimator Excel calls KURT)', () => {
    // scipy 1.17: stats.kurtosis(r, fisher=True, bias=False) — see tests/reference/stats_reference.py
    expect(sampleExcessKurtosis(r)).toBeCloseTo(-0.9054950648431985, 10);
    expect(() => sampleExcessKurtosis([1, 2, 3])).toThrow(RangeError);
  });

  it('report EXCESS kurtosis: -2 for data split evenly between two values', () => {
    // two equally likely values: m4 / m2^2 = 1, so excess kurtosis is 1 - 3 = -2 and skewness 0
    expect(excessKurtosis([-1, 1, -1, 1])).toBe(-2);
    expect(skewness([-1, 1, -1, 1])).toBe(0);
  });

  it('throw a RangeError for a constant series, where they are undefined', () => {
    expect(() => skewness([2, 2, 2])).toThrow(/constant/);
    expect(() => excessKurtosis([2, 2, 2])).toThrow(/constant/);
  });
});

suite('describe(xs)', () => {
  it('summarises the daily returns with population moments and the indices of the extremes', () => {
    const d = describe(r);
    // numpy 2.4 / scipy 1.17: n, mean, var, std, skew, kurtosis, argmin, argmax, min, max — see tests/reference/stats_reference.py
    expect(d.n).toBe(31);
    expect(d.mean).toBeCloseTo(0.0014469495368807873, 15);
    expect(d.variance).toBeCloseTo(0.00021812464602713303, 16);
    expect(d.std).toBeCloseTo(0.014769043504138412, 15);
    expect(d.skewness).toBeCloseTo(-0.4454827245392949, 10);
    expect(d.excessKurtosis).toBeCloseTo(-0.9533979090132054, 10);
    expect(d.minIndex).toBe(12);
    expect(d.maxIndex).toBe(16);
    expect(d.min).toBeCloseTo(-0.030724946640946493, 15);
    expect(d.max).toBeCloseTo(0.021686782401859617, 15);
  });

  it('reports the first occurrence of tied extremes', () => {
    const d = describe(TIES);
    // numpy 2.4: np.argmin(TIES), np.argmax(TIES) (first occurrence); mean, var, std ddof=0 — see tests/reference/stats_reference.py
    expect(d.minIndex).toBe(1);
    expect(d.maxIndex).toBe(5);
    expect(d.min).toBe(1);
    expect(d.max).toBe(9);
    expect(d.mean).toBeCloseTo(4.363636363636363, 13);
    expect(d.variance).toBeCloseTo(7.140495867768595, 13);
    expect(d.std).toBeCloseTo(2.67217062849074, 13);
  });

  it('returns null skewness and kurtosis for a constant series instead of throwing', () => {
    expect(describe([5, 5, 5])).toEqual({
      n: 3,
      mean: 5,
      variance: 0,
      std: 0,
      skewness: null,
      excessKurtosis: null,
      min: 5,
      max: 5,
      minIndex: 0,
      maxIndex: 0,
    });
  });

  it('rejects empty input and NaN', () => {
    expect(() => describe([])).toThrow(RangeError);
    expect(() => describe([1, 2, Number.NaN])).toThrow(RangeError);
  });
});
