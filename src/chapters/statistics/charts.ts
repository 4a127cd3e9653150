import type { ChartBuilder } from '../../lib/charts/chart-builder';
import { drawdownSpec } from '../../lib/charts/drawdown-spec';
import { histogramSpec } from '../../lib/charts/histogram-spec';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { trendSpec } from '../../lib/charts/trend-spec';
import { PER_CLIP } from './valuation';

/** Chart builders of the Statistics chapter, by figure id. */
export const statisticsCharts = {
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
      series: [{ name: tx.label('chart.index'), points: r.datasets.statistics.rollingVol }],
      yFormat: '.0%',
      text: { yTitle: tx.label('chart.rollingVol') },
    }),
  'stats-growth': (r, base, tx) => {
    const g = r.datasets.comparison?.growth;
    if (!g) throw new Error('stats-growth: this edition has no comparator data for the five-year comparison');
    return multiLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.index'), points: g.index },
        { name: tx.label('chart.comparator'), points: g.comparator },
        ...(g.topix.length > 0 ? [{ name: tx.label('chart.topix'), points: g.topix }] : []),
      ],
      yFormat: ',.0f',
      baseline: 100,
      text: { yTitle: tx.label('chart.growth') },
    });
  },
  // PER on a clipped axis: the monthly means of 2009–10 (forecast earnings collapsed) reach far above it; the caption says so.
  'stats-valuation-per': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.per'), points: r.datasets.valuation.per }],
      yFormat: '.0f',
      yDomain: [0, PER_CLIP],
      text: { yTitle: tx.label('chart.per') },
    }),
  'stats-valuation-pbr': (r, base, tx) =>
    multiLineSpec({ ...base, series: [{ name: tx.label('chart.pbr'), points: r.datasets.valuation.pbr }], yFormat: '.1f', text: { yTitle: tx.label('chart.pbr') } }),
  'stats-valuation-dy': (r, base, tx) =>
    multiLineSpec({ ...base, series: [{ name: tx.label('chart.dy'), points: r.datasets.valuation.dy }], yFormat: '.1%', text: { yTitle: tx.label('chart.dy') } }),
  'stats-erp': (r, base, tx) => {
    const e = r.datasets.valuation.erp;
    return multiLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.earningsYield'), points: e.earningsYield.filter((p) => p.date >= (e.spread[0]?.date ?? '')) },
        { name: tx.label('chart.jgb10y'), points: e.jgb },
        { name: tx.label('chart.erp'), points: e.spread },
      ],
      yFormat: '.0%',
      baseline: 0,
      text: { yTitle: tx.label('chart.yield') },
    });
  },
  'stats-nt': (r, base, tx) => multiLineSpec({ ...base, series: [{ name: tx.label('chart.nt'), points: r.datasets.nt }], yFormat: '.1f', text: { yTitle: tx.label('chart.nt') } }),
} satisfies Record<string, ChartBuilder>;
