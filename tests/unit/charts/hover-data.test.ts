import { describe, expect, it } from 'vitest';
import { hoverAttribute, hoverData, hoverDigits, yAxisFormat, type HoverView } from '../../../src/lib/charts/hover-data';
import { asSpec } from '../../../src/lib/charts/spec-parts';

const scale = (type: string, domain: unknown[], range: number[]) => ({ type, domain: () => domain, range: () => range });
const view = (x: ReturnType<typeof scale>, lines: (string | undefined)[]): HoverView => ({
  scale: (n) => (n === 'x' ? x : scale('linear', [25000, 80000], [266, 0])),
  scenegraph: () => ({
    root: { marktype: 'group', items: [{ items: lines.map((s) => ({ marktype: 'line', role: 'mark', items: [{ datum: s === undefined ? {} : { series: s } }] })) }] },
  }),
});

describe('yAxisFormat(spec)', () => {
  it('finds the y axis format at the top or in a layer', () => {
    expect(yAxisFormat({ encoding: { y: { axis: { format: '.0%' } } } })).toBe('.0%');
    expect(yAxisFormat({ layer: [{ mark: 'rule' }, { encoding: { y: { axis: { format: ',.0f' } } } }] })).toBe(',.0f');
    expect(yAxisFormat({ mark: 'bar' })).toBeUndefined();
  });
});

describe('hoverDigits(type, v0, v1, pixels, unit)', () => {
  it('shows whole points for an index over thousands of points, a tenth for growth of 100', () => {
    expect(hoverDigits('linear', 25000, 80000, 266, 'pts')).toBe(0);
    expect(hoverDigits('linear', 60, 240, 259, 'pts')).toBe(1);
  });
  it('counts digits of percentages in percent', () => {
    expect(hoverDigits('linear', 0.1, 0.6, 266, 'pct')).toBe(1);
  });
});

describe('hoverData(view, spec)', () => {
  const spec = asSpec({ encoding: { y: { axis: { format: '.0%' } } } });
  it('describes a line chart over time: scales, unit, digits and series in drawing order', () => {
    const d = hoverData(view(scale('utc', [new Date(0), new Date(864e5)], [0, 634.004]), ['Nikkei 225', 'CSI 300']), spec);
    expect(d).toEqual({ x: [0, 864e5, 0, 634], y: ['linear', 25000, 80000, 266, 0], u: 'pct', d: 0, s: ['Nikkei 225', 'CSI 300'] });
  });
  it('gives null for charts that are not lines over time', () => {
    expect(hoverData(view(scale('linear', [0, 1], [0, 600]), ['a']), spec)).toBeNull();
    expect(hoverData(view(scale('utc', [0, 1], [0, 600]), []), spec)).toBeNull();
  });
  it('names an unnamed single line with an empty string', () => {
    expect(hoverData(view(scale('utc', [0, 1], [0, 600]), [undefined]), spec)?.s).toEqual(['']);
  });
});

describe('hoverAttribute(data)', () => {
  it('writes single-quoted JSON with quotes, ampersands and tags escaped', () => {
    const a = hoverAttribute({ x: [0, 1, 0, 1], y: ['linear', 0, 1, 1, 0], u: 'pts', d: 0, s: ["O'Neil & <Co>"] });
    expect(a).toBe(` data-hover='{"x":[0,1,0,1],"y":["linear",0,1,1,0],"u":"pts","d":0,"s":["O&#39;Neil &amp; &lt;Co>"]}'`);
  });
});
