/**
 * The one shared Vega-Lite look for every figure: fonts per language, a restrained research-house palette,
 * sizes readable at ~720 px, and Vega number/time locales so axis labels read natively (zh "3月", en "Mar").
 */
import type { Locale as VegaLocale } from 'vega';
import type { Config } from 'vega-lite';
import { localeSpec, perLocale, type Locale } from '../i18n/locales';

/**
 * Colours of the light (printed) scheme, the ones written into the SVG. Every mark colour has at least 3:1
 * contrast on white and every text colour at least 4.5:1 (tests/unit/charts/theme.test.ts); blue against
 * orange stays distinguishable for the common colour-vision deficiencies, and a second encoding (dash,
 * shape, direct label) separates series wherever colour does. Pages restyle each colour through a CSS
 * variable (src/styles/chart.css: `[stroke="#1f3a5f"]` -> `var(--chart-navy)`), which is how the dark
 * scheme and forced colours reach the chart without a second rendering: see {@link DARK_PALETTE}.
 */
export const PALETTE = {
  /** The Nikkei 225 line and other primary series. */
  primary: '#1f3a5f',
  /** The first comparison (e.g. CSI 300): a dark amber that contrasts with navy for every CVD type. */
  comparison: '#b35c00',
  /** Losses and drawdowns. */
  loss: '#c0392b',
  /** Histogram bars and other secondary fills. */
  bar: '#6f86a3',
  /** Reference lines (baselines, zero). */
  reference: '#6b7280',
  grid: '#e5e7eb',
  domain: '#9ca3af',
  label: '#374151',
  title: '#111827',
  /** The page behind the chart: halos under labels, badge fills. */
  paper: '#ffffff',
  /** Series colours in order: navy, amber, then darkened Okabe-Ito bluish green, reddish purple, blue, grey. */
  series: ['#1f3a5f', '#b35c00', '#007a5a', '#a8558a', '#2b7bb9', '#6b7280'],
} as const;

/**
 * The dark scheme's colour for each light colour of {@link PALETTE}, on the dark page (#11161d): marks at
 * least 3:1, text at least 4.5:1. src/styles/chart.css holds the same pairs as CSS variables (a test
 * compares them).
 */
export const DARK_PALETTE: Readonly<Record<string, string>> = {
  '#1f3a5f': '#8ab4e8',
  '#b35c00': '#f0a35e',
  '#c0392b': '#ef7a6b',
  '#6f86a3': '#7b8fa8',
  '#6b7280': '#9aa3ad',
  '#e5e7eb': '#2a323c',
  '#9ca3af': '#6b7280',
  '#374151': '#c9d1d9',
  '#111827': '#e6edf3',
  '#ffffff': '#11161d',
  '#007a5a': '#3fc7a0',
  '#a8558a': '#e39ac6',
  '#2b7bb9': '#7cc7f2',
};

/**
 * Dash patterns (SVG user units) by series order: the second encoding beside colour. The first is solid.
 * A legend draws each in a stroke √LEGEND_SYMBOL_SIZE ≈ 19 units long, so each ends there on a whole mark
 * or at least 3 units of one: dash-dot is 12-4-3, since 14-4-3 left a one-unit sliver of its dot.
 */
export const SERIES_DASH: readonly (readonly number[])[] = [
  [1, 0],
  [10, 5],
  [3, 4],
  [12, 4, 3, 4],
  [6, 6],
  [2, 8],
];

/** Vega's `symbolSize` of legend symbols (area in square units; a stroke symbol is √size long). */
export const LEGEND_SYMBOL_SIZE = 360;

/** CSS font stacks per language (the locale spec's `fonts.screen`). */
export const FONT_FAMILY: Readonly<Record<Locale, string>> = perLocale((l) => localeSpec(l).fonts.screen);

/**
 * The one size every chart is laid out at, in SVG user units. A chart is rendered once and scales with its
 * box (viewBox): on a 390 px phone the box is about 374 px wide (0.62×), so text laid out at 19 units is
 * 11.8 px there; on wider boxes the page's CSS shrinks the text in steps (container queries in
 * src/styles/chart.css), which only frees room: a label never grows past the space the layout gave it.
 */
export const CHART_SIZE = { width: 600, height: 380 } as const;

/**
 * How many points a line keeps per user unit of chart width: 300 for a 600-unit chart (LTTB keeps the shape,
 * spikes and extremes, and marked points are put back). At the widest layout a chart is about 1,000 px wide,
 * a point every 3 px; on a 390 px phone, more than one per pixel. Half a point per unit halves the path
 * data, most of a chart's bytes, against one per unit, with no visible difference at those widths.
 */
export const POINTS_PER_UNIT = 0.5;

/** Font sizes in user units of {@link CHART_SIZE}: at least 11 px on a phone (see CHART_SIZE). */
export const FONT_SIZE = { label: 19, title: 20, annotation: 19 } as const;

/**
 * Vega locale definitions (d3-format + d3-time-format) for a language: zh months "1月", `%x` = "2021年9月14日";
 * en `%x` = "Sep 14, 2021".
 */
export function vegaLocale(locale: Locale): VegaLocale {
  const { number, time } = localeSpec(locale).chart;
  return { number, time };
}

/** Multi-format for temporal axis labels, keyed by the tick's granularity (year ticks, month ticks ...). */
export interface TimeAxisFormat {
  year: string;
  quarter: string;
  month: string;
  week: string;
  date: string;
  hours: string;
  minutes: string;
}

/**
 * Vega expression for temporal axis labels: the first tick also names its year ("2021年4月", "2021年1月10日" /
 * "Apr 2021", "Jan 10, 2021") unless it is a year tick, so a chart starting mid-year always shows its year.
 * (`datum.index` runs from 0 at the first tick to 1 at the last.)
 */
export function timeAxisLabelExpr(locale: Locale): string {
  const f = localeSpec(locale).chart.firstTick;
  return (
    `datum.index !== 0 ? datum.label : utcdate(datum.value) > 1 ? utcFormat(datum.value, ${JSON.stringify(f.day)}) : ` +
    `utcmonth(datum.value) > 0 ? utcFormat(datum.value, ${JSON.stringify(f.month)}) : datum.label`
  );
}

/**
 * Label formats for a UTC time axis in a language: a tick on 1 January shows the year ("2021年" / "2021"),
 * other month ticks the month ("3月" / "Mar"), finer ticks the day. Used on axes of `utc` scales, so Vega formats with utcFormat.
 */
export function timeAxisFormat(locale: Locale): TimeAxisFormat {
  return { ...localeSpec(locale).chart.axis };
}

/**
 * The shared Vega-Lite `config` for a language. No chart border, transparent background (the page decides),
 * and `aria: false`: the caller labels the whole `<svg>` (role="img" + alt text in the page's language),
 * while Vega's own per-mark ARIA descriptions are English-only and would duplicate it.
 */
export function chartConfig(locale: Locale): Config {
  const font = FONT_FAMILY[locale];
  return {
    font,
    background: 'transparent',
    padding: { top: 12, right: 16, bottom: 6, left: 6 },
    aria: false,
    locale: vegaLocale(locale),
    view: { stroke: null },
    axis: {
      labelFont: font,
      titleFont: font,
      labelFontSize: FONT_SIZE.label,
      titleFontSize: FONT_SIZE.title,
      labelColor: PALETTE.label,
      titleColor: PALETTE.title,
      titleFontWeight: 'normal',
      gridColor: PALETTE.grid,
      domainColor: PALETTE.domain,
      tickColor: PALETTE.domain,
      labelOverlap: true,
      labelPadding: 6,
      titlePadding: 12,
      labelLimit: 0,
    },
    axisX: { grid: false, tickSize: 6 },
    axisY: {
      domain: false,
      ticks: false,
      tickCount: 6,
      // Horizontal y title above the plot's top-left corner: reads naturally in Chinese and never rotates CJK.
      titleAngle: 0,
      titleAlign: 'left',
      titleAnchor: 'end',
      titleBaseline: 'bottom',
      titleY: -16,
    },
    legend: {
      labelFont: font,
      titleFont: font,
      labelFontSize: FONT_SIZE.label,
      titleFontSize: FONT_SIZE.label,
      labelColor: PALETTE.label,
      titleColor: PALETTE.title,
      orient: 'top',
      direction: 'horizontal',
      symbolStrokeWidth: 3,
      symbolSize: LEGEND_SYMBOL_SIZE,
      columnPadding: 24,
      rowPadding: 8,
      labelLimit: 0,
      // Top legends sit at the top-right, leaving the top-left to the horizontal y-axis title. Vega-Lite's
      // types declare `layout` as unsupported, but compile() passes it through to Vega's legend config.
      ...({ layout: { top: { anchor: 'end' } } } as object),
    },
    text: { font, fontSize: FONT_SIZE.annotation, color: PALETTE.title },
    line: { strokeWidth: 1.8, strokeJoin: 'round', strokeCap: 'round' },
    range: { category: [...PALETTE.series] },
  };
}
