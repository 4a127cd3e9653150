import type { ChartBuilder } from './chart-builder';
import { multiLineSpec } from './line-spec';

/** Chart builders of the Derivatives chapter, by figure id. */
export const derivativesCharts: Record<string, ChartBuilder> = {
  'deriv-etf-growth': (r, base, tx) => {
    const g = r.datasets.derivatives.growth;
    const lines = [
      { name: tx.label('chart.deriv.n225Jpy'), points: g.n225 },
      { name: tx.label('chart.deriv.etf1321'), points: g.etf1321 },
      { name: tx.label('chart.deriv.etf513520'), points: g.etf513520 },
      { name: tx.label('chart.deriv.n225Usd'), points: g.n225Usd },
    ].filter((l) => l.points.length > 0);
    return multiLineSpec({ ...base, series: lines, yFormat: ',.0f', baseline: 100, text: { yTitle: tx.label('chart.growth') } });
  },
  'deriv-etf-ratio-1321': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.deriv.etf1321'), points: r.datasets.derivatives.ratio1321 }],
      yFormat: '.2f',
      text: { yTitle: tx.label('chart.deriv.ratio') },
    }),
};
