import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { dropDefaults, prefixSvgIds, renderSvg, roundSvgNumbers } from '../../../src/lib/charts/render';
import { trendSpec } from '../../../src/lib/charts/trend-spec';
import { drawdownSpec } from '../../../src/lib/charts/drawdown-spec';
import { LEVELS, svgTexts } from './fixtures';

const trend = (locale: 'zh' | 'en') =>
  trendSpec({
    locale,
    series: LEVELS,
    markers: [{ date: '2021-09-14', value: 30_670.1, label: '最高 30,670.10（2021年9月14日）' }],
    text: { yTitle: '收盘价（点）' },
  });

/** Six months of month-start points: the axis should tick on UTC month starts. */
const MONTHLY: TopLevelSpec = {
  width: 600,
  height: 200,
  data: { values: ['2021-01-01', '2021-02-01', '2021-03-01', '2021-04-01', '2021-05-01', '2021-06-01'].map((date, i) => ({ date, v: i })) },
  mark: 'line',
  encoding: {
    x: { field: 'date', type: 'temporal', scale: { type: 'utc', nice: false }, axis: { format: '%Y-%m-%d', tickCount: { interval: 'month', step: 1 } } },
    y: { field: 'v', type: 'quantitative' },
  },
};

describe('renderSvg(spec, { id })', () => {
  it('gives byte-identical output for the same spec, whatever was rendered before', async () => {
    const a = await renderSvg(trend('zh'), { id: 'fig-a' });
    await renderSvg(drawdownSpec({ locale: 'en', series: LEVELS.map((p) => ({ date: p.date, value: -0.01 })), text: {} }), { id: 'fig-other' });
    const b = await renderSvg(trend('zh'), { id: 'fig-a' });
    expect(b).toBe(a);
  });

  it('prefixes every generated id and its references with the figure id', async () => {
    const svg = await renderSvg(trend('zh'), { id: 'fig-statistics-trend' });
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id?.startsWith('fig-statistics-trend-'))).toBe(true);
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => ids.includes(r))).toBe(true);
    expect(svg).toContain('fig-statistics-trend-clip1');
  });

  it('keeps a viewBox and no pixel size, so one SVG fills its box at any width', async () => {
    const svg = await renderSvg(trend('en'), { id: 'fig-x' });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 600 380">/);
    expect(svg.match(/^<svg [^>]*>/)?.[0]).not.toMatch(/\s(width|height|style)=/);
    expect(svg).not.toMatch(/font-family=/);
  });

  it('is a graphics document named by its summary, its drawing hidden, its key points named where they are drawn', async () => {
    const svg = await renderSvg(trend('zh'), {
      id: 'fig-x',
      a11y: {
        label: '日经225走势',
        roleDescription: '图表',
        describedBy: 'x-desc',
        pointsLabel: '关键点',
        points: [{ x: '2021-09-14', y: 30_670.1, label: '最高：30,670.10，2021年9月14日' }],
      },
    });
    expect(svg).toMatch(/^<svg [^>]*role="graphics-document" aria-roledescription="图表" aria-label="日经225走势" aria-describedby="x-desc"/);
    expect(svg).toMatch(/^<svg [^>]*><g aria-hidden="true"><g /);
    const point =
      /<g role="graphics-object" aria-label="关键点" class="key-points"><circle role="graphics-symbol" aria-label="最高：30,670.10，2021年9月14日" cx="([\d.]+)" cy="([\d.]+)"/.exec(
        svg,
      );
    expect(point).not.toBeNull();
    // The symbol sits on the marker point Vega drew for the same date and value (translate of the plot + symbol's own).
    const origin = /<g fill="none" stroke-miterlimit="4" transform="translate\(([\d.]+),([\d.]+)\)"/.exec(svg)!;
    const marker = /class="mark-symbol role-mark[^"]*"[^>]*><path transform="translate\(([\d.]+),([\d.]+)\)"/.exec(svg)!;
    expect(Number(point![1])).toBeCloseTo(Number(origin[1]) + Number(marker[1]), 0);
    expect(Number(point![2])).toBeCloseTo(Number(origin[2]) + Number(marker[2]), 0);
  });

  it('contains no NaN, undefined, <title> or per-mark ARIA text', async () => {
    const svg = await renderSvg(trend('zh'), { id: 'fig-x' });
    expect(svg).not.toMatch(/NaN|undefined|<title|aria-roledescription|aria-label/);
  });

  it('rejects an id that cannot prefix an SVG id', async () => {
    await expect(renderSvg(trend('zh'), { id: '1 bad id' })).rejects.toThrow(/invalid figure id/);
  });

  it('throws rather than returning an SVG with NaN geometry', async () => {
    const bad: TopLevelSpec = { data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative', scale: { domain: [0, Number.NaN] } } } };
    await expect(renderSvg(bad, { id: 'fig-bad' })).rejects.toThrow(/NaN/);
  });

  it('ticks and labels a temporal axis on UTC dates', async () => {
    const labels = svgTexts(await renderSvg(MONTHLY, { id: 'fig-m' }));
    expect(labels).toEqual(expect.arrayContaining(['2021-01-01', '2021-03-01', '2021-06-01']));
  });

  it('draws the same chart whatever the machine time zone', async () => {
    const saved = process.env.TZ;
    const render = async (tz: string) => {
      process.env.TZ = tz;
      // Node re-reads TZ on assignment; prove the zone really changed before trusting the comparison.
      const offset = new Date(Date.UTC(2021, 0, 1)).getTimezoneOffset();
      return { offset, svg: await renderSvg(trend('zh'), { id: 'fig-tz' }), labels: svgTexts(await renderSvg(MONTHLY, { id: 'fig-m' })) };
    };
    try {
      const ny = await render('America/New_York');
      const tokyo = await render('Asia/Tokyo');
      expect(ny.offset).toBe(300);
      expect(tokyo.offset).toBe(-540);
      expect(tokyo.svg).toBe(ny.svg);
      expect(tokyo.labels).toEqual(ny.labels);
      expect(ny.labels).toContain('2021-01-01');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('prefixSvgIds(svg, prefix)', () => {
  it('renames ids by order of appearance and rewrites url() and href references', () => {
    const svg =
      '<svg><defs><clipPath id="clip7"/><linearGradient id="gradient_3"/></defs><g clip-path="url(#clip7)"><use href="#gradient_3"/><path fill="url(#gradient_3)"/></g></svg>';
    expect(prefixSvgIds(svg, 'fig-q')).toBe(
      '<svg><defs><clipPath id="fig-q-clip1"/><linearGradient id="fig-q-gradient_1"/></defs><g clip-path="url(#fig-q-clip1)"><use href="#fig-q-gradient_1"/><path fill="url(#fig-q-gradient_1)"/></g></svg>',
    );
  });
});

describe('roundSvgNumbers(svg)', () => {
  it('rounds geometry to 0.01 px and leaves text alone', () => {
    expect(roundSvgNumbers('<path d="M0.123456,-0.0001L3.5,2.999"/><text x="1.23456">3.14159</text>')).toBe('<path d="M0.12,0L3.5,3"/><text x="1.23">3.14159</text>');
  });
});

describe('compactPaths(svg)', () => {
  it('rewrites a straight-segment path as relative steps between points rounded to 0.1 across and 0.01 up, without drift', async () => {
    const { compactPaths } = await import('../../../src/lib/charts/render');
    const { pathVertices } = await import('../../../src/scripts/hover-read');
    const abs = Array.from({ length: 200 }, (_, i) => [i * 0.77, 100 + 40 * Math.sin(i / 7)] as const);
    const d = `M${abs.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}`;
    const out = compactPaths(`<path d="${d}"/>`);
    expect(out).toMatch(/^<path d="M0,100l0\.8,5\.69 0\.7,5\.58/);
    const back = pathVertices(/d="([^"]+)"/.exec(out)![1]!);
    expect(back).toHaveLength(200);
    back.forEach(([x, y], i) => {
      expect(Math.abs(x - abs[i]![0])).toBeLessThanOrEqual(0.051);
      expect(Math.abs(y - abs[i]![1])).toBeLessThanOrEqual(0.0051);
    });
    expect(out.length).toBeLessThan(d.length * 0.8);
  });

  it('keeps x finely enough to read dates back within a quarter day', async () => {
    const { xDecimalsFor } = await import('../../../src/lib/charts/render');
    expect(xDecimalsFor(1.5)).toBe(1);
    expect(xDecimalsFor(46)).toBe(2);
  });

  it('leaves curves, arcs and rectangles as they are', async () => {
    const { compactPaths } = await import('../../../src/lib/charts/render');
    for (const p of ['<path d="M0,0h490v295h-490Z"/>', '<path d="M5.24,0A5.24,5.24,0,1,1,-5.24,0Z"/>', '<path d="M0,0C1,1,2,2,3,3"/>']) expect(compactPaths(p)).toBe(p);
  });
});

describe('dropDefaults(svg)', () => {
  it('drops axis labels Vega hid for overlap (opacity 0), keeps the shown ones', () => {
    const svg =
      '<g class="mark-text role-axis-label"><text transform="translate(0,27)" font-size="19px">2005年</text>' +
      '<text text-anchor="middle" transform="translate(83.54,27)" font-size="19px" fill="#374151" opacity="0">2006年</text>' +
      '<text opacity="0.5">half</text></g>';
    expect(dropDefaults(svg)).toBe('<g class="mark-text role-axis-label"><text transform="translate(0,27)" font-size="19px">2005年</text><text opacity="0.5">half</text></g>');
  });
});
