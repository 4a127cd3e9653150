import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/report';
import { drawdownSpec } from './drawdown-spec';
import { histogramSpec } from './histogram-spec';
import { multiLineSpec } from './line-spec';
import { trendSpec } from './trend-spec';
import type { ChartBase, Locale } from './types';

/** Label keys the chart specs need, resolved by the caller in the page's language. */
export type ChartLabel =
  | 'chart.close' | 'chart.date' | 'chart.dailyReturn' | 'chart.days' | 'chart.observed' | 'chart.normal'
  | 'chart.drawdown' | 'chart.rollingVol' | 'chart.growth' | 'chart.n225' | 'chart.csi300';

/** The page's text helpers: plain labels, and marker labels built from a value and a date. */
export interface ChartTexts {
  label: (key: ChartLabel) => string;
  marker: (kind: 'high' | 'low' | 'trough', value: { value: number; unit: 'pts' | 'pct' }, date: string) => string;
}

type Builder = (r: Report, base: ChartBase, tx: ChartTexts) => TopLevelSpec;

const BUILDERS: Record<string, Builder> = {
  'stats-trend': (r, base, tx) => {
    const s = r.datasets.statistics.trend;
    const hi = s.reduce((a, b) => (b.value > a.value ? b : a));
    const lo = s.reduce((a, b) => (b.value < a.value ? b : a));
    return trendSpec({
      ...base,
      series: s,
      markers: [
        { date: hi.date, value: hi.value, label: tx.marker('high', { value: hi.value, unit: 'pts' }, hi.date), position: 'above' },
        { date: lo.date, value: lo.value, label: tx.marker('low', { value: lo.value, unit: 'pts' }, lo.date), position: 'below' },
      ],
      text: { yTitle: tx.label('chart.close') },
    });
  },
  'stats-histogram': (r, base, tx) =>
    histogramSpec({
      ...base,
      bins: r.datasets.statistics.bins,
      normal: r.datasets.statistics.normal,
      text: { xTitle: tx.label('chart.dailyReturn'), yTitle: tx.label('chart.days'), barsLabel: tx.label('chart.observed'), normalLabel: tx.label('chart.normal') },
    }),
  'stats-drawdown': (r, base, tx) => {
    const s = r.datasets.statistics.drawdown;
    const tr = s.reduce((a, b) => (b.value < a.value ? b : a));
    return drawdownSpec({
      ...base,
      series: s,
      trough: { date: tr.date, value: tr.value, label: tx.marker('trough', { value: tr.value, unit: 'pct' }, tr.date) },
      text: { yTitle: tx.label('chart.drawdown') },
    });
  },
  'stats-rolling-vol': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.n225'), points: r.datasets.statistics.rollingVol }],
      yFormat: '.0%',
      text: { yTitle: tx.label('chart.rollingVol') },
    }),
  'stats-growth': (r, base, tx) => {
    const g = r.datasets.comparison?.growth;
    if (!g) throw new Error('stats-growth: this edition has no CSI 300 data for the five-year comparison');
    return multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.n225'), points: g.n225 }, { name: tx.label('chart.csi300'), points: g.csi300 }],
      yFormat: ',.0f',
      baseline: 100,
      text: { yTitle: tx.label('chart.growth') },
    });
  },
};

/** Chart sizes in CSS px: the page column on wide screens, and a phone-width variant with readable text. */
export const CHART_SIZES = { wide: { width: 720, height: 320 }, narrow: { width: 360, height: 280 } } as const;

/** The Vega-Lite spec of chart `id` for this edition, language and size. */
export function chartSpec(id: string, report: Report, locale: Locale, tx: ChartTexts, size: keyof typeof CHART_SIZES = 'wide'): TopLevelSpec {
  const build = BUILDERS[id];
  if (!build) throw new Error(`No chart builder for "${id}"`);
  return build(report, { locale, ...CHART_SIZES[size] }, tx);
}

export const CHART_IDS = Object.keys(BUILDERS);
