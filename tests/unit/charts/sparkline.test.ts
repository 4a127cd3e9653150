import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/lib/charts/sparkline';

describe('sparkline(values, width, height, pad)', () => {
  it('spans the box inside its padding, lowest value at the bottom and highest at the top', () => {
    const s = sparkline([10, 30, 20, 0, 40], 104, 54, 2);
    // y = pad + (1 - (v - 0) / 40) * (54 - 4): 10 -> 39.5, 30 -> 14.5, 20 -> 27, 0 -> 52, 40 -> 2; x in steps of 25.
    expect(s.d).toBe('M2,39.5L27,14.5L52,27L77,52L102,2');
    expect(s.min).toEqual({ index: 3, x: 77, y: 52 });
    expect(s.max).toEqual({ index: 4, x: 102, y: 2 });
    expect(s.last).toEqual({ x: 102, y: 2 });
  });

  it('keeps at most as many points as the box is wide, the extremes among them', () => {
    const values = Array.from({ length: 5000 }, (_, i) => Math.sin(i / 300) * 100 + (i === 2345 ? 500 : 0));
    const s = sparkline(values, 200, 60);
    expect(s.d.split(/[ML]/).filter(Boolean).length).toBeLessThanOrEqual(200);
    expect(s.max.index).toBe(2345);
    expect(s.d).toContain(`${s.max.x},${s.max.y}`);
  });

  it('refuses fewer than two values', () => {
    expect(() => sparkline([1], 100, 50)).toThrow(/at least two values/);
  });
});
