import { describe, expect, it } from 'vitest';
import { invert, nearest, pathVertices } from '../../../src/scripts/hover-read';

describe('pathVertices(d)', () => {
  it('reads the points of an absolute M/L path as Vega draws a line', () => {
    expect(pathVertices('M0,266L1.52,250.5L3,1e-2')).toEqual([
      [0, 266],
      [1.52, 250.5],
      [3, 0.01],
    ]);
  });
  it('reads the relative steps of a compacted path back to the same points', () => {
    expect(pathVertices('M0,266l1.5,-15.5l1.5-250.5l2,0')).toEqual([
      [0, 266],
      [1.5, 250.5],
      [3, 0],
      [5, 0],
    ]);
  });
  it('gives nothing for curves, which cannot be read point by point', () => {
    expect(pathVertices('M0,0C1,1,2,2,3,3')).toEqual([]);
  });
});

describe('nearest(vertices, x)', () => {
  const vs: [number, number][] = [
    [0, 0],
    [10, 1],
    [20, 2],
    [30, 3],
  ];
  it('finds the vertex closest in x, at the ends and between', () => {
    expect(nearest(vs, -5)).toBe(0);
    expect(nearest(vs, 14)).toBe(1);
    expect(nearest(vs, 16)).toBe(2);
    expect(nearest(vs, 99)).toBe(3);
  });
});

describe('invert(type, v0, v1, p0, p1, px)', () => {
  it('maps pixels back to values on a linear scale with an inverted pixel range', () => {
    expect(invert('linear', 25000, 80000, 266, 0, 266)).toBe(25000);
    expect(invert('linear', 25000, 80000, 266, 0, 133)).toBe(52500);
  });
  it('interpolates in log space on a log scale', () => {
    expect(invert('log', 100, 10000, 200, 0, 100)).toBeCloseTo(1000, 9);
  });
});

describe('pathVertices(d) on compacted paths', () => {
  it('reads a lineto letter written once for several pairs, with or without separators', () => {
    expect(pathVertices('M0,10l1,-2 1,2-1-3')).toEqual([
      [0, 10],
      [1, 8],
      [2, 10],
      [1, 7],
    ]);
  });
});
