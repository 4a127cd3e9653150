/**
 * Small synthetic inputs shared by the stats tests. The same literals (and the same calendar rule)
 * are written in tests/reference/stats_reference.py, which computes the expected values with
 * numpy / scipy; the tests paste those printed values, never the TypeScript output.
 */
import { expect } from 'vitest';

/**
 * 32 made-up closes: rise to a peak (index 6), a ~10 % drawdown to index 14, recovery above the old
 * peak at index 25, a new high at 26, then a small current drawdown.
 */
export const CLOSES: readonly number[] = [
  28000.0, 28377.68, 28569.28, 28408.74, 28808.54, 28976.27, 29307.89, 28679.09, 28225.37, 28399.24, 27646.54, 27298.82, 27563.27, 26716.39, 26293.93, 26795.59, 26536.44, 27111.93,
  27611.98, 27978.07, 27791.25, 28381.41, 28888.98, 29243.55, 29019.38, 29479.58, 29897.1, 29565.69, 29342.79, 29492.82, 29104.36, 29184.59,
];

/** Two correlated daily return series (Y partly follows X with a one-day lag). */
export const X: readonly number[] = [
  0.01175, -0.02764, 0.00577, 0.01576, 0.0008, 0.01925, 0.00364, -0.02268, -0.00121, -0.00907, -0.00534, 0.00828, 0.01689, -0.01583, -0.00746, -0.00287, 0.00563, -0.02589,
  -0.00242, -0.00249, 0.00452, 0.00047, -0.00815, -0.00951, 0.01189, -0.00821, -0.01203, 0.01735, 0.00828, 0.01097,
];
export const Y: readonly number[] = [
  0.01128, -0.01761, -0.001, 0.00699, 0.0013, 0.01228, 0.01462, -0.0065, -0.00589, -0.00139, -0.01682, 0.01134, 0.01081, -0.00631, -0.0147, -0.01451, 0.00743, -0.01798, -0.00148,
  0.00781, 0.01259, -0.0044, -0.00374, -0.01154, 0.00517, 0.00873, -0.02049, 0.01401, 0.01329, 0.01154,
];

/** Tied extremes: min 1 at indices 1 and 3, max 9 at indices 5 and 10. */
export const TIES: readonly number[] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 9];

/** Histogram inputs, values on bin edges included. */
export const HIST: readonly number[] = [-0.021, -0.0195, -0.013, -0.0004, 0.0, 0.0, 0.003, 0.0049, 0.012, 0.0125, 0.031];
export const HIST_HALF: readonly number[] = [-1.0, -0.5, 0.0, 0.25, 0.5, 0.5, 2.0, 2.75];

/**
 * A daily calendar: weekdays 2013-03-01 .. 2024-05-31 without 1-3 January and 31 December
 * (exchange holidays), times as UTC midnight ms; close_i = 10000 + i + (i * 7919) % 2003.
 */
export function syntheticCalendar(): { times: number[]; closes: number[]; iso: string[] } {
  const times: number[] = [];
  const end = Date.UTC(2024, 4, 31);
  for (let t = Date.UTC(2013, 2, 1); t <= end; t += 86_400_000) {
    const d = new Date(t);
    const weekday = d.getUTCDay();
    const holiday = (d.getUTCMonth() === 0 && d.getUTCDate() <= 3) || (d.getUTCMonth() === 11 && d.getUTCDate() === 31);
    if (weekday !== 0 && weekday !== 6 && !holiday) times.push(t);
  }
  const closes = times.map((_, i) => 10000 + i + ((i * 7919) % 2003));
  const iso = times.map((t) => new Date(t).toISOString().slice(0, 10));
  return { times, closes, iso };
}

/** Asserts |actual - expected| <= rel * |expected| (for values far from 1 in magnitude, e.g. prices). */
export function expectRelClose(actual: number | null | undefined, expected: number, rel = 1e-12): void {
  expect(actual).toBeTypeOf('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}
