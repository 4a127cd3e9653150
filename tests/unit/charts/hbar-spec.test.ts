import { describe, expect, it } from 'vitest';
import { HBAR_ROW, hbarSpec } from '../../../src/lib/charts/hbar-spec';
import { renderSvg } from '../../../src/lib/charts/render';
import { compileWarnings, snapshotView, svgTexts } from './fixtures';

const input = {
  locale: 'zh' as const,
  bars: [
    { label: '电气机器', value: 32, group: '技术' },
    { label: '服务', value: 19, group: '消费' },
    { label: '运输设备', value: 0, group: '资本品及其他' },
  ],
  groups: ['技术', '消费', '资本品及其他'],
  text: { xTitle: '成份股数量' },
};

describe('hbarSpec(input)', () => {
  it('compiles with Vega-Lite without warnings, wide and phone-sized, with and without a legend', () => {
    expect(compileWarnings(hbarSpec(input))).toEqual([]);
    expect(compileWarnings(hbarSpec({ ...input, width: 360, height: 280 }))).toEqual([]);
    expect(compileWarnings(hbarSpec({ ...input, locale: 'en', legend: false }))).toEqual([]);
  });

  it('matches the snapshot', () => {
    expect(snapshotView(hbarSpec(input), 'zh')).toMatchSnapshot();
  });

  it('labels each bar with its value and keeps the given order', async () => {
    const svg = await renderSvg(hbarSpec(input), { id: 'fig-bars' });
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['32', '19', '0', '电气机器', '成份股数量']));
    expect(texts.indexOf('电气机器')).toBeLessThan(texts.indexOf('服务'));
  });

  it('grows with the number of bars so rows stay readable', () => {
    const many = Array.from({ length: 36 }, (_, i) => ({ label: `行业${i}`, value: i, group: '技术' }));
    const spec = hbarSpec({ ...input, bars: many, height: 280 }) as { height: number };
    expect(spec.height).toBeGreaterThanOrEqual(36 * HBAR_ROW);
  });

  it('lays the legend out in as many columns as its longest name allows, and never cuts a name', () => {
    expect(JSON.stringify(hbarSpec({ ...input, width: 400 }))).toContain('"orient":"top","columns":2');
    expect(JSON.stringify(hbarSpec(input))).toContain('"orient":"top","columns":3');
    expect(JSON.stringify(hbarSpec({ ...input, legend: false }))).toContain('"legend":null');
    expect(JSON.stringify(hbarSpec(input))).toContain('"labelLimit":0');
  });

  it('spaces the value-axis ticks at least 70 units apart, so they stay apart on a phone', async () => {
    const long = { ...input, bars: Array.from({ length: 12 }, (_, i) => ({ label: `Transportation equipment ${i}`, value: 3 * i, group: '技术' })) };
    const svg = await renderSvg(hbarSpec(long), { id: 'fig-ticks' });
    // The first axis-label group is the value axis (x); its labels' x positions, left to right.
    const xLabels = /role-axis-label">([\s\S]*?)<\/g>/.exec(svg)![1]!;
    const ticks = [...xLabels.matchAll(/translate\(([\d.]+),/g)].map((m) => Number(m[1]));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const gaps = ticks.slice(1).map((x, i) => x - ticks[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(60);
  });

  it('refuses duplicate labels and unknown groups', () => {
    expect(() => hbarSpec({ ...input, bars: [input.bars[0]!, input.bars[0]!] })).toThrow(/duplicate/);
    expect(() => hbarSpec({ ...input, bars: [{ label: 'x', value: 1, group: '金融' }] })).toThrow(/group "金融"/);
  });

  it('draws bars below zero leftwards, with room for their labels inside the SVG', async () => {
    const signed = {
      ...input,
      bars: [
        { label: 'アドバンテスト 6857', value: 897, group: '+' },
        { label: 'ソフトバンクグループ 9984', value: -494, group: '−' },
      ],
      groups: ['+', '−'],
      valueFormat: ',.0f',
    };
    const spec = hbarSpec(signed);
    expect(compileWarnings(spec)).toEqual([]);
    const x = (spec as unknown as { layer: { encoding: { x: { scale: { domain: [number, number] } } } }[] }).layer[0]!.encoding.x.scale.domain;
    // Each end leaves at least a label's width beyond the longest bar on its side.
    expect(x[0]).toBeLessThan(-494 * 1.2);
    expect(x[1]).toBeGreaterThan(897 * 1.12);
    const texts = svgTexts(await renderSvg(spec, { id: 'fig-signed' }));
    expect(texts).toEqual(expect.arrayContaining(['897', '-494']));
  });
});
