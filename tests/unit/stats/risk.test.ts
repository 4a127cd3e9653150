import { describe, expect, it } from 'vitest';
import { annualisedVolatility, downsideDeviation, historicalCVaR, historicalVaR, quantile, sharpeRatio, sortinoRatio } from '../../../src/lib/stats/risk';
import { simpleReturns } from '../../../src/lib/stats/returns';
import { CLOSES, TIES, X } from './inputs';

const r = simpleReturns(CLOSES);

describe('annualisedVolatility(returns, periodsPerYear)', () => {
  it('is the population std times sqrt(252)', () => {
    // numpy 2.4: np.std(r, ddof=0) * sqrt(252) — see tests/reference/stats_reference.py
    expect(annualisedVolatility(r)).toBeCloseTo(0.2344512972854651, 13);
  });

  it('is 0 for constant returns and rejects empty input, NaN and periodsPerYear <= 0', () => {
    expect(annualisedVolatility([0.01, 0.01])).toBe(0);
    expect(() => annualisedVolatility([])).toThrow(RangeError);
    expect(() => annualisedVolatility([0.01, Number.NaN])).toThrow(RangeError);
    expect(() => annualisedVolatility(r, 0)).toThrow(/periodsPerYear/);
  });
});

describe('downsideDeviation(returns, { mar, periodsPerYear })', () => {
  it('averages squared shortfalls below mar / 252 over ALL observations, annualised', () => {
    // numpy 2.4: sqrt(mean(minimum(r - mar/252, 0)**2)) * sqrt(252) for mar 0 and 0.02 — see tests/reference/stats_reference.py
    expect(downsideDeviation(r)).toBeCloseTo(0.16494804396753543, 13);
    expect(downsideDeviation(r, { mar: 0.02 })).toBeCloseTo(0.16566943084528238, 13);
  });

  it('counts gains as zero shortfall rather than dropping them', () => {
    // hand-checked: shortfalls 0, 0.02, 0, 0 -> sqrt(0.0004 / 4) * sqrt(1) = 0.01
    expect(downsideDeviation([0.01, -0.02, 0.03, 0], { periodsPerYear: 1 })).toBeCloseTo(0.01, 15);
  });

  it('rejects empty input and a non-finite mar', () => {
    expect(() => downsideDeviation([])).toThrow(RangeError);
    expect(() => downsideDeviation(r, { mar: Number.NaN })).toThrow(/mar/);
  });
});

describe('sharpeRatio(returns, { riskFree, periodsPerYear })', () => {
  it('is the annualised excess mean over the annualised population std', () => {
    // numpy 2.4: (mean(r) - rf/252) * 252 / (std(r) * sqrt(252)) for rf 0 and 0.02 — see tests/reference/stats_reference.py
    expect(sharpeRatio(r)).toBeCloseTo(1.5552538523597406, 12);
    expect(sharpeRatio(r, { riskFree: 0.02 })).toBeCloseTo(1.4699482889802031, 12);
  });

  it('annualises with the given periodsPerYear', () => {
    // numpy 2.4: mean(X) * 12 / (std(X) * sqrt(12)) — see tests/reference/stats_reference.py
    expect(sharpeRatio(X, { periodsPerYear: 12 })).toBeCloseTo(-0.18259612735610978, 12);
  });

  it('throws a RangeError when volatility is 0', () => {
    expect(() => sharpeRatio([0.001, 0.001, 0.001])).toThrow(/volatility is 0/);
    expect(() => sharpeRatio([])).toThrow(RangeError);
  });
});

describe('sortinoRatio(returns, { riskFree, periodsPerYear })', () => {
  it('divides the annualised excess mean by the downside deviation below the risk-free rate', () => {
    // numpy 2.4: (mean(r) - rf/252) * 252 / downside(mar=rf) for rf 0 and 0.02 — see tests/reference/stats_reference.py
    expect(sortinoRatio(r)).toBeCloseTo(2.2105826448340546, 12);
    expect(sortinoRatio(r, { riskFree: 0.02 })).toBeCloseTo(2.0802346065630375, 12);
  });

  it('throws a RangeError when no return falls below the risk-free rate', () => {
    expect(() => sortinoRatio([0.01, 0.02, 0.03])).toThrow(/no return falls below/);
  });
});

describe('quantile(xs, q)', () => {
  it('interpolates linearly like numpy.quantile (type 7)', () => {
    // numpy 2.4: np.quantile(r, q) for q in 0, 0.05, 0.1, 0.5, 0.9, 1 — see tests/reference/stats_reference.py
    expect(quantile(r, 0)).toBeCloseTo(-0.030724946640946493, 15);
    expect(quantile(r, 0.05)).toBeCloseTo(-0.023979601891305102, 15);
    expect(quantile(r, 0.1)).toBeCloseTo(-0.01582058566014477, 15);
    expect(quantile(r, 0.5)).toBeCloseTo(0.005822231879852202, 15);
    expect(quantile(r, 0.9)).toBeCloseTo(0.018443910116321405, 15);
    expect(quantile(r, 1)).toBeCloseTo(0.021686782401859617, 15);
    // numpy 2.4: np.quantile(TIES, 0.3)
    expect(quantile(TIES, 0.3)).toBe(3);
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('rejects q outside [0, 1], empty input and NaN', () => {
    expect(() => quantile(r, 1.5)).toThrow(/q is 1.5/);
    expect(() => quantile(r, Number.NaN)).toThrow(RangeError);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(RangeError);
  });
});

describe('historicalVaR(returns, confidence)', () => {
  it('is minus the (1 - confidence) quantile, a positive loss fraction', () => {
    // numpy 2.4: -np.quantile(r, 1 - conf) for conf 0.95 and 0.9; the same on X — see tests/reference/stats_reference.py
    expect(historicalVaR(r)).toBeCloseTo(0.023979601891305095, 15);
    expect(historicalVaR(r, 0.9)).toBeCloseTo(0.015820585660144774, 15);
    expect(historicalVaR(X)).toBeCloseTo(0.0244455, 15);
  });

  it('rejects a confidence outside (0, 1)', () => {
    expect(() => historicalVaR(r, 1)).toThrow(/confidence/);
    expect(() => historicalVaR(r, 95)).toThrow(RangeError);
  });
});

describe('historicalCVaR(returns, confidence)', () => {
  it('is minus the mean of the returns at or below -VaR, at least as large as VaR', () => {
    // numpy 2.4: -r[r <= -VaR].mean() (tails of 2 and 3 returns); the same on X — see tests/reference/stats_reference.py
    expect(historicalCVaR(r)).toBeCloseTo(0.0286145885179222, 15);
    expect(historicalCVaR(r, 0.9)).toBeCloseTo(0.026228050141185566, 15);
    expect(historicalCVaR(X)).toBeCloseTo(0.026765, 15);
    expect(historicalCVaR(r)).toBeGreaterThanOrEqual(historicalVaR(r));
  });

  it('includes a return equal to the threshold', () => {
    // hand-checked: 5 values, q(0.25) = -0.02 exactly (h = 1); tail {-0.04, -0.02} -> 0.03
    expect(historicalCVaR([-0.04, -0.02, 0, 0.01, 0.02], 0.75)).toBeCloseTo(0.03, 15);
  });

  it('rejects empty input', () => {
    expect(() => historicalCVaR([])).toThrow(RangeError);
  });
});
