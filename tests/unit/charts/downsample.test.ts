import { describe, expect, it } from 'vitest';
import { downsampleLttb, maxPointsForWidth } from '../../../src/lib/charts/downsample';

type P = { x: number; y: number };
const xs = (p: P) => p.x;
const ys = (p: P) => p.y;
const flat = (n: number): P[] => Array.from({ length: n }, (_, i) => ({ x: i, y: Math.sin(i / 50) }));

describe('downsampleLttb(points, threshold, x, y)', () => {
  it('returns the input unchanged when it has no more points than the threshold', () => {
    const pts = flat(100);
    expect(downsampleLttb(pts, 100, xs, ys)).toBe(pts);
    expect(downsampleLttb(pts, 500, xs, ys)).toBe(pts);
  });

  it('returns exactly threshold points, keeping the first and the last', () => {
    const pts = flat(14_000);
    const out = downsampleLttb(pts, 720, xs, ys);
    expect(out).toHaveLength(720);
    expect(out[0]).toBe(pts[0]);
    expect(out[out.length - 1]).toBe(pts[pts.length - 1]);
  });

  it('keeps points in their original order, all taken from the input', () => {
    const pts = flat(5_000);
    const out = downsampleLttb(pts, 300, xs, ys);
    const set = new Set(pts);
    expect(out.every((p) => set.has(p))).toBe(true);
    expect(out.every((p, i) => i === 0 || p.x > (out[i - 1] as P).x)).toBe(true);
  });

  it('keeps a single spike (the maximum) of an otherwise flat series', () => {
    const pts = Array.from({ length: 10_000 }, (_, i) => ({ x: i, y: i === 6_543 ? 50 : 1 + (i % 7) * 0.001 }));
    const out = downsampleLttb(pts, 200, xs, ys);
    expect(out.some((p) => p.x === 6_543 && p.y === 50)).toBe(true);
  });

  it('keeps a single dip (the minimum) too', () => {
    const pts = Array.from({ length: 3_000 }, (_, i) => ({ x: i, y: i === 1_234 ? -40 : 0 }));
    expect(downsampleLttb(pts, 100, xs, ys).some((p) => p.x === 1_234)).toBe(true);
  });
});

describe('maxPointsForWidth(widthPx)', () => {
  it('allows about one point per pixel', () => {
    expect(maxPointsForWidth(720)).toBe(720);
    expect(maxPointsForWidth(640.4)).toBe(640);
  });
  it('never drops below the 3 points LTTB needs', () => {
    expect(maxPointsForWidth(0)).toBe(3);
  });
});
