import { describe, expect, it } from 'vitest';
import { findWaves, trailingMean, welchT } from '../../../src/lib/stats';

describe('trailingMean(xs, window)', () => {
  it('averages the last `window` values, fewer at the start', () => {
    // by hand: [1], [1,3], [1,3,5], [3,5,7]
    expect(trailingMean([1, 3, 5, 7], 3)).toEqual([1, 2, 3, 5]);
  });
});

describe('findWaves(xs, halfWindow, minRise)', () => {
  const xs = [0, 1, 4, 9, 4, 1, 1, 2, 8, 2, 1, 0, 0];
  it('finds peaks that top their window and rise enough above the low since the last peak', () => {
    // by hand: index 3 (9) tops [1..5] and 9 >= 2 x max(0, 1); index 8 (8) tops [6..10] and 8 >= 2 x 1 (low at 6, its last occurrence)
    expect(findWaves(xs, 2, 2)).toEqual([
      { start: 0, peak: 3, end: 6 },
      { start: 6, peak: 8, end: 12 },
    ]);
  });
  it('drops a peak that does not rise enough, and one whose window runs past the data', () => {
    expect(findWaves(xs, 2, 9).map((w) => w.peak)).toEqual([3]);
    expect(findWaves([0, 1, 5], 1, 2)).toEqual([]);
  });
});

describe('welchT(a, b)', () => {
  it('matches scipy.stats.ttest_ind(a, b, equal_var=False)', () => {
    // scipy 1.17: ttest_ind([1, 2, 3, 4], [2, 4, 6, 8, 10], equal_var=False).statistic = -2.2514363231593695
    expect(welchT([1, 2, 3, 4], [2, 4, 6, 8, 10])).toBeCloseTo(-2.2514363231593695, 12);
    expect(Number.isNaN(welchT([1], [1, 2]))).toBe(true);
  });
});
