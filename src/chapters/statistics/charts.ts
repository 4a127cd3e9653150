import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { statisticsFigures } from './figures';
import { drawdownSpec } from '../../lib/charts/drawdown-spec';
import { histogramSpec } from '../../lib/charts/histogram-spec';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { trendSpec } from '../../lib/charts/trend-spec';

/** Chart builders of the Statistics chapter, by figure id. */
export const statisticsCharts = {
  'statistics-trend': (r, base, tx) => {
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
  'statistics-histogram': (r, base, tx) =>
    histogramSpec({
      ...base,
      bins: r.datasets.statistics.bins,
      normal: r.datasets.statistics.normal,
      text: { xTitle: tx.label('chart.dailyReturn'), yTitle: tx.label('chart.days'), barsLabel: tx.label('chart.observed'), normalLabel: tx.label('chart.normal') },
    }),
  'statistics-drawdown': (r, base, tx) => {
    const s = r.datasets.statistics.drawdown;
    const tr = s.reduce((a, b) => (b.value < a.value ? b : a));
    return drawdownSpec({
      ...base,
      series: s,
      trough: { date: tr.date, value: tr.value, label: tx.marker('trough', { value: tr.value, unit: 'pct' }, tr.date) },
      text: { yTitle: tx.label('chart.drawdown') },
    });
  },
  'statistics-rolling-vol': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.index'), points: r.datasets.statistics.rollingVol }],
      yFormat: '.0%',
      text: { yTitle: tx.label('chart.rollingVol') },
    }),
} satisfies ChartBuilders<typeof statisticsFigures>;
