import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DARK_PALETTE, FONT_FAMILY, FONT_SIZE, LEGEND_SYMBOL_SIZE, PALETTE, SERIES_DASH, chartConfig, timeAxisFormat, vegaLocale } from '../../../src/lib/charts/theme';
import { LOCALES, localeSpec, type Locale } from '../../../src/lib/i18n/locales';

const SEP_14 = Date.UTC(2021, 8, 14);

type Fmt = { format: (spec: string) => (n: number) => string; utcFormat: (spec: unknown) => (d: Date) => string };
/** vega's `locale(number, time)` (vega-format), missing from vega's type declarations. */
const vegaFormatLocale = (vega as unknown as { locale: (n: unknown, t: unknown) => Fmt }).locale;

function utc(locale: Locale, spec: string): string {
  const def = vegaLocale(locale);
  return vegaFormatLocale(def.number, def.time).utcFormat(spec)(new Date(SEP_14));
}

describe('vegaLocale(locale)', () => {
  it('writes zh dates as 2021年9月14日 and months as 9月', () => {
    expect(utc('zh', '%x')).toBe('2021年9月14日');
    expect(utc('zh', '%b')).toBe('9月');
    expect(utc('zh', '%B')).toBe('9月');
  });

  it('writes en dates as Sep 14, 2021', () => {
    expect(utc('en', '%x')).toBe('Sep 14, 2021');
    expect(utc('en', '%b')).toBe('Sep');
  });

  it('writes zh-hant dates as 2021年9月14日 and weekdays as 週二', () => {
    expect(utc('zh-hant', '%x')).toBe('2021年9月14日');
    expect(utc('zh-hant', '%a')).toBe('週二');
  });

  it('groups thousands with commas in every language', () => {
    for (const l of LOCALES) {
      const def = vegaLocale(l);
      expect(vegaFormatLocale(def.number, def.time).format(',.2f')(30670.1)).toBe('30,670.10');
    }
  });

  it('writes negatives with a hyphen-minus, as Intl does in the prose', () => {
    for (const l of LOCALES) {
      const def = vegaLocale(l);
      expect(vegaFormatLocale(def.number, def.time).format('.0%')(-0.04), l).toBe(new Intl.NumberFormat(localeSpec(l).intl, { style: 'percent' }).format(-0.04));
    }
  });
});

describe('timeAxisFormat(locale)', () => {
  it('labels year ticks 2021年 / 2021 and month ticks 9月 / Sep', () => {
    expect(timeAxisFormat('zh')).toMatchObject({ year: '%Y年', month: '%-m月' });
    expect(timeAxisFormat('en')).toMatchObject({ year: '%Y', month: '%b' });
    const def = vegaLocale('zh');
    const f = vegaFormatLocale(def.number, def.time).utcFormat(timeAxisFormat('zh'));
    expect(f(new Date(Date.UTC(2022, 0, 1)))).toBe('2022年');
    expect(f(new Date(Date.UTC(2021, 8, 1)))).toBe('9月');
  });
});

describe('chartConfig(locale)', () => {
  it('uses the CJK font stack for zh and the system stack for en', () => {
    expect(chartConfig('zh').font).toBe(FONT_FAMILY.zh);
    expect(FONT_FAMILY.zh.startsWith('"Noto Sans CJK SC"')).toBe(true);
    expect(chartConfig('en').font).toBe(FONT_FAMILY.en);
  });

  it('draws no view border and carries the locale for Vega', () => {
    const c = chartConfig('zh');
    expect(c.view?.stroke).toBeNull();
    expect(c.locale).toEqual(vegaLocale('zh'));
  });

  it('orders series colours navy first, then a contrasting comparison colour', () => {
    expect(PALETTE.series[0]).toBe(PALETTE.primary);
    expect(PALETTE.series[1]).toBe(PALETTE.comparison);
    expect(new Set(PALETTE.series).size).toBe(PALETTE.series.length);
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (h: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** src/styles/chart.css with each run of white space as one space and quotes as double quotes: the checks read its rules whatever their layout. */
const chartCss = () => readFileSync(path.join(__dirname, '../../../src/styles/chart.css'), 'utf8').replace(/\s+/g, ' ').replaceAll("'", '"');

describe('PALETTE and DARK_PALETTE', () => {
  const marks = [PALETTE.primary, PALETTE.comparison, PALETTE.loss, PALETTE.bar, PALETTE.reference, ...PALETTE.series];
  const texts = [PALETTE.label, PALETTE.title];

  it('draw marks at 3:1 and text at 4.5:1 or more against the page, light and dark', () => {
    const darkPaper = DARK_PALETTE[PALETTE.paper]!;
    for (const c of marks) {
      expect(contrast(c, PALETTE.paper), `${c} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(DARK_PALETTE[c]!, darkPaper), `${DARK_PALETTE[c]} on ${darkPaper}`).toBeGreaterThanOrEqual(3);
    }
    for (const c of texts) {
      expect(contrast(c, PALETTE.paper), `${c} on white`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(DARK_PALETTE[c]!, darkPaper), `${DARK_PALETTE[c]} on ${darkPaper}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('are the pairs src/styles/chart.css restyles, each colour as fill and as stroke', () => {
    const css = chartCss();
    const light: string[] = [...PALETTE.series, ...(Object.values(PALETTE) as unknown[]).filter((v): v is string => typeof v === 'string')];
    for (const c of new Set(light)) expect(Object.keys(DARK_PALETTE), c).toContain(c);
    for (const [lightColour, dark] of Object.entries(DARK_PALETTE)) {
      const v = `--c-${lightColour.slice(1)}`;
      expect(css).toContain(`${v}: ${lightColour};`);
      expect(css.split(`${v}: ${dark};`).length - 1, `${v} dark in both the system and the switch rule`).toBe(2);
      expect(css).toContain(`.chart [fill="${lightColour}"] { fill: var(${v}); }`);
      expect(css).toContain(`.chart [stroke="${lightColour}"] { stroke: var(${v}); }`);
    }
  });

  it('leave no text size without its scaling rule in chart.css', () => {
    const css = chartCss();
    for (const size of new Set([...Object.values(FONT_SIZE)])) expect(css).toContain(`.chart [font-size="${size}px"] { font-size: calc(${size}px * var(--t)); }`);
  });
});

describe('SERIES_DASH in a line legend', () => {
  /** How much of its last dash (or dot) a stroke `length` units long draws in pattern `dash`: [shown, whole] units (a gap: [0, 0]). */
  const lastMark = (dash: readonly number[], length: number): [number, number] => {
    let at = 0;
    for (let i = 0; ; i += 1) {
      const seg = dash[i % dash.length] as number;
      if (at + seg >= length) return i % 2 === 0 ? [length - at, seg] : [0, 0];
      at += seg;
    }
  };
  /** Whether the mark a legend symbol ends on is whole (to rounding) or at least 3 units: no sliver of a cut mark. */
  const endsCleanly = (dash: readonly number[], length: number) => {
    const [shown, whole] = lastMark(dash, length);
    return shown === 0 || shown >= Math.min(whole - 0.1, 3);
  };

  it('draws every pattern in its legend symbol without a sliver of a cut dash or dot', () => {
    const length = Math.sqrt(LEGEND_SYMBOL_SIZE);
    for (const dash of SERIES_DASH) expect(endsCleanly(dash, length), dash.join(',')).toBe(true);
    // The former dash-dot pattern, 14-4-3-4, cut its dot to a one-unit sliver.
    expect(endsCleanly([14, 4, 3, 4], length)).toBe(false);
  });
});
