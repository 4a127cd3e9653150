import { describe, expect, it } from 'vitest';
import { currentDrawdown, drawdownSeries, maxDrawdown } from '../../../src/lib/stats/drawdown';
import { CLOSES } from './inputs';

describe('drawdownSeries(closes)', () => {
  it('is close / running max - 1', () => {
    const dd = drawdownSeries(CLOSES);
    // numpy 2.4: c / np.maximum.accumulate(c) - 1 at [6, 10, 14, 25, 31] — see tests/reference/stats_reference.py
    expect(dd[6]).toBe(0);
    expect(dd[10]).toBeCloseTo(-0.05668610056882284, 14);
    expect(dd[14]).toBeCloseTo(-0.1028378365006829, 14);
    expect(dd[25]).toBe(0);
    expect(dd[31]).toBeCloseTo(-0.023832077358673542, 14);
  });

  it('has the length of the input and no positive value', () => {
    const dd = drawdownSeries(CLOSES);
    expect(dd).toHaveLength(CLOSES.length);
    expect(dd.every((v) => v <= 0)).toBe(true);
    expect(dd[0]).toBe(0);
  });

  it('is all zeros for a rising or constant series', () => {
    expect(drawdownSeries([1, 2, 3])).toEqual([0, 0, 0]);
    expect(drawdownSeries([4, 4, 4])).toEqual([0, 0, 0]);
  });

  it('rejects empty input, NaN and non-positive prices', () => {
    expect(() => drawdownSeries([])).toThrow(RangeError);
    expect(() => drawdownSeries([1, Number.NaN])).toThrow(/closes\[1\]/);
    expect(() => drawdownSeries([1, 0])).toThrow(/positive/);
  });
});

describe('maxDrawdown(closes)', () => {
  it('reports the depth and the peak, trough and recovery indices', () => {
    // numpy 2.4: min of c / np.maximum.accumulate(c) - 1, its argmin, the last index at that running
    // max before it, and the first later index with c >= peak close — see tests/reference/stats_reference.py
    expect(maxDrawdown(CLOSES)).toEqual({
      depth: expect.closeTo(-0.1028378365006829, 14),
      peakIndex: 6,
      troughIndex: 14,
      recoveryIndex: 25,
    });
  });

  it('reports recoveryIndex null when the series ends below the peak', () => {
    // numpy 2.4: same on CLOSES[:20] — see tests/reference/stats_reference.py
    const md = maxDrawdown(CLOSES.slice(0, 20));
    expect(md.depth).toBeCloseTo(-0.1028378365006829, 14);
    expect(md.troughIndex).toBe(14);
    expect(md.recoveryIndex).toBeNull();
  });

  it('counts a return to exactly the peak close as recovery, and dates the peak from its last touch', () => {
    // hand-checked: peak 100 touched at 0 and 2; trough 80 at 3 (-20 %); back to 100 at 5
    expect(maxDrawdown([100, 90, 100, 80, 95, 100])).toEqual({
      depth: expect.closeTo(-0.2, 15),
      peakIndex: 2,
      troughIndex: 3,
      recoveryIndex: 5,
    });
  });

  it('keeps the first of two equally deep drawdowns', () => {
    // hand-checked: two -50 % drawdowns, peaks at 0 and 2
    expect(maxDrawdown([10, 5, 10, 5])).toEqual({ depth: -0.5, peakIndex: 0, troughIndex: 1, recoveryIndex: 2 });
  });

  it('reports depth 0 with nothing to recover for a series that never falls', () => {
    expect(maxDrawdown([1, 2, 2, 3])).toEqual({ depth: 0, peakIndex: 0, troughIndex: 0, recoveryIndex: 0 });
    expect(maxDrawdown([5])).toEqual({ depth: 0, peakIndex: 0, troughIndex: 0, recoveryIndex: 0 });
  });

  it('rejects empty input and NaN', () => {
    expect(() => maxDrawdown([])).toThrow(RangeError);
    expect(() => maxDrawdown([3, Number.NaN, 2])).toThrow(RangeError);
  });
});

describe('currentDrawdown(closes)', () => {
  it('reports the last drawdown and the index of the all-time peak', () => {
    // numpy 2.4: (c / np.maximum.accumulate(c) - 1)[-1]; last index of c.max() — see tests/reference/stats_reference.py
    const cd = currentDrawdown(CLOSES);
    expect(cd.depth).toBeCloseTo(-0.023832077358673542, 14);
    expect(cd.peakIndex).toBe(26);
  });

  it('is 0 at the last index when the series ends at a new high', () => {
    expect(currentDrawdown([1, 3, 2, 4])).toEqual({ depth: 0, peakIndex: 3 });
  });

  it('rejects empty input', () => {
    expect(() => currentDrawdown([])).toThrow(RangeError);
  });
});
