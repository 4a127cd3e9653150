import { describe, expect, it } from 'vitest';
import { histogram, normalPdf, percentileRank } from '../../../src/lib/stats/distribution';
import { HIST, HIST_HALF } from './inputs';

describe('histogram(xs, { binWidth, anchor })', () => {
  it('bins on anchor + k * binWidth from the minimum to the maximum, empty bins included', () => {
    // numpy 2.4: np.histogram(HIST, bins=edges + one spare bin) so every bin is half-open [a, b);
    // edges -0.025 .. 0.035 step 0.005 — see tests/reference/stats_reference.py
    const bins = histogram(HIST, { binWidth: 0.005 });
    const edges = [-0.025, -0.02, -0.015, -0.01, -0.005, 0.0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.035];
    expect(bins.map((b) => b.count)).toEqual([1, 1, 1, 0, 1, 4, 0, 2, 0, 0, 0, 1]);
    bins.forEach((b, i) => {
      expect(b.x0).toBeCloseTo(edges[i] as number, 15);
      expect(b.x1).toBeCloseTo(edges[i + 1] as number, 15);
    });
  });

  it('uses half-open bins [x0, x1) and honours the anchor', () => {
    // numpy 2.4: same method on HIST_HALF with width 0.5, anchor 0.25 (exact binary fractions) — see tests/reference/stats_reference.py
    const bins = histogram(HIST_HALF, { binWidth: 0.5, anchor: 0.25 });
    expect(bins).toEqual([
      { x0: -1.25, x1: -0.75, count: 1 },
      { x0: -0.75, x1: -0.25, count: 1 },
      { x0: -0.25, x1: 0.25, count: 1 },
      { x0: 0.25, x1: 0.75, count: 3 },
      { x0: 0.75, x1: 1.25, count: 0 },
      { x0: 1.25, x1: 1.75, count: 0 },
      { x0: 1.75, x1: 2.25, count: 1 },
      { x0: 2.25, x1: 2.75, count: 0 },
      { x0: 2.75, x1: 3.25, count: 1 },
    ]);
  });

  it('counts every value once and puts a value equal to a reported x0 in that bin', () => {
    const xs = [0.03, 0.07, 0.3, -0.07];
    const bins = histogram(xs, { binWidth: 0.01 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(xs.length);
    for (const x of xs) {
      const hit = bins.filter((b) => x >= b.x0 && x < b.x1);
      expect(hit).toHaveLength(1);
      expect(hit[0]?.count).toBeGreaterThan(0);
    }
  });

  it('gives one bin for a constant series', () => {
    expect(histogram([0.2, 0.2], { binWidth: 0.5 })).toEqual([{ x0: 0, x1: 0.5, count: 2 }]);
  });

  it('rejects empty input, NaN and a non-positive binWidth', () => {
    expect(() => histogram([], { binWidth: 1 })).toThrow(RangeError);
    expect(() => histogram([1, Number.NaN], { binWidth: 1 })).toThrow(RangeError);
    expect(() => histogram([1], { binWidth: 0 })).toThrow(/binWidth/);
    expect(() => histogram([0, 1], { binWidth: 1e-9 })).toThrow(/bins/);
  });
});

describe('normalPdf(x, mean, sd)', () => {
  it('matches scipy.stats.norm.pdf', () => {
    // scipy 1.17: stats.norm.pdf(0.01, 0.0005, 0.012), norm.pdf(0, 0, 1), norm.pdf(-3, 1, 2) — see tests/reference/stats_reference.py
    expect(normalPdf(0.01, 0.0005, 0.012)).toBeCloseTo(24.301596321554637, 11);
    expect(normalPdf(0, 0, 1)).toBeCloseTo(0.3989422804014327, 15);
    expect(normalPdf(-3, 1, 2)).toBeCloseTo(0.02699548325659403, 15);
  });

  it('rejects sd <= 0 and non-finite arguments', () => {
    expect(() => normalPdf(0, 0, 0)).toThrow(/sd/);
    expect(() => normalPdf(Number.NaN, 0, 1)).toThrow(RangeError);
  });
});

describe('percentileRank(xs, x)', () => {
  // scipy.stats.percentileofscore(xs, x, kind='weak') / 100: 83.333... and 0.0
  it('is the share of observations at or below x, ties included', () => {
    expect(percentileRank([0.3, 0.1, 0.2, 0.4, 0.4, 0.5], 0.4)).toBeCloseTo(5 / 6, 12);
    expect(percentileRank([0.3, 0.1, 0.2], 0.05)).toBe(0);
  });
});
