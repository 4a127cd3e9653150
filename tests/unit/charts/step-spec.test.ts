import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/render';
import { stepLineSpec } from '../../../src/lib/charts/step-spec';
import { compileWarnings, snapshotView, svgTexts } from './fixtures';

const months = Array.from({ length: 36 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const input = {
  locale: 'zh' as const,
  series: [
    { name: '10年期国债收益率', points: months.map((date, i) => ({ date, value: 0.005 + i / 4000 })) },
    {
      name: '政策利率目标',
      points: [
        { date: '2023-01-01', value: -0.001 },
        { date: '2024-03-21', value: 0.0005 },
        { date: '2025-01-27', value: 0.005 },
        { date: '2025-12-01', value: 0.005 },
      ],
      step: true,
    },
  ],
  events: [
    { date: '2024-03-21', value: 0.0005 },
    { date: '2025-01-27', value: 0.005, label: '0.50%', position: 'above' as const },
  ],
  yFormat: '.1%',
  baseline: 0,
  text: { yTitle: '年利率' },
};

describe('stepLineSpec(input)', () => {
  it('compiles with Vega-Lite without warnings', () => {
    expect(compileWarnings(stepLineSpec(input))).toEqual([]);
    expect(compileWarnings(stepLineSpec({ ...input, locale: 'en', events: [], baseline: undefined }))).toEqual([]);
  });

  it('matches the snapshot', () => {
    expect(snapshotView(stepLineSpec(input), 'zh')).toMatchSnapshot();
  });

  it('draws step series with step-after interpolation and plain series as lines', () => {
    const layers = (stepLineSpec(input) as unknown as { layer: { mark?: { type: string; interpolate?: string } }[] }).layer.filter((l) => l.mark?.type === 'line');
    expect(layers.map((l) => l.mark?.interpolate ?? 'linear')).toEqual(['linear', 'step-after']);
  });

  it('marks every event with a dashed rule and labels only the labelled ones', async () => {
    const svg = await renderSvg(stepLineSpec(input), { id: 'fig-rates' });
    expect(svg.match(/stroke-dasharray="2,3"/g)).toHaveLength(2);
    expect(svgTexts(svg).filter((t) => t === '0.50%')).toHaveLength(2); // the label and its white halo
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['10年期国债收益率', '政策利率目标']));
  });

  it('refuses no data and duplicate names', () => {
    expect(() => stepLineSpec({ ...input, series: [] })).toThrow(/no data/);
    expect(() => stepLineSpec({ ...input, series: [input.series[0], input.series[0]] as typeof input.series })).toThrow(/duplicate/);
  });
});

describe('stepLineSpec(input) at phone width', () => {
  it('moves a legend that would collide with the y title below the plot', () => {
    const legendOf = (w: number) =>
      JSON.stringify(
        (stepLineSpec({ ...input, width: w }) as unknown as { layer: { encoding?: { color?: { legend?: unknown } } }[] }).layer.find((l) => l.encoding?.color)?.encoding?.color
          ?.legend,
      );
    expect(legendOf(240)).toContain('"orient":"bottom"');
    expect(legendOf(720)).toContain('"orient":"top"');
  });
});
