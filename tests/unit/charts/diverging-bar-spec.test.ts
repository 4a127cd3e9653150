import { describe, expect, it } from 'vitest';
import { divergingBarSpec } from '../../../src/lib/charts/diverging-bar-spec';
import { renderSvg } from '../../../src/lib/charts/render';
import { compileWarnings, svgTexts } from './fixtures';

const input = {
  locale: 'en' as const,
  rows: Array.from({ length: 27 }, (_, i) => ({ key: String(2000 + i), up: i === 0 ? 38 : 4, down: i === 0 ? 38 : 3 })),
  text: { up: 'Additions', down: 'Deletions', yTitle: 'Stocks' },
};

describe('divergingBarSpec(input)', () => {
  it('compiles with Vega-Lite without warnings, wide and phone-sized', () => {
    expect(compileWarnings(divergingBarSpec(input))).toEqual([]);
    expect(compileWarnings(divergingBarSpec({ ...input, width: 360, height: 280 }))).toEqual([]);
  });

  it('draws deletions below zero and labels the axis with positive counts', async () => {
    const spec = divergingBarSpec(input) as { data: { values: { kind: string; value: number }[] } };
    expect(spec.data.values.filter((v) => v.kind === 'Deletions').every((v) => v.value <= 0)).toBe(true);
    const texts = svgTexts(await renderSvg(divergingBarSpec(input), { id: 'fig-div' }));
    expect(texts).toEqual(expect.arrayContaining(['Additions', 'Deletions', '2000']));
    expect(texts.some((t) => /^[−-]\d/.test(t))).toBe(false);
  });

  it('refuses an empty chart', () => {
    expect(() => divergingBarSpec({ ...input, rows: [] })).toThrow(/no rows/);
  });
});
