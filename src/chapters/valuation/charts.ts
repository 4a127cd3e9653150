import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { valuationFigures } from './figures';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { PER_CLIP } from './valuation';

/** Chart builders of the Valuation and comparison chapter, by figure id. */
export const valuationCharts = {
  'valuation-growth': (r, base, tx) => {
    const g = r.datasets.valuation.comparison?.growth;
    if (!g) throw new Error('valuation-growth: this edition has no comparator data for the five-year comparison');
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
  'valuation-per': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.per'), points: r.datasets.valuation.per }],
      yFormat: '.0f',
      yDomain: [0, PER_CLIP],
      text: { yTitle: tx.label('chart.per') },
    }),
  'valuation-pbr': (r, base, tx) =>
    multiLineSpec({ ...base, series: [{ name: tx.label('chart.pbr'), points: r.datasets.valuation.pbr }], yFormat: '.1f', text: { yTitle: tx.label('chart.pbr') } }),
  'valuation-dy': (r, base, tx) =>
    multiLineSpec({ ...base, series: [{ name: tx.label('chart.dy'), points: r.datasets.valuation.dy }], yFormat: '.1%', text: { yTitle: tx.label('chart.dy') } }),
  'valuation-erp': (r, base, tx) => {
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
  'valuation-nt': (r, base, tx) =>
    multiLineSpec({ ...base, series: [{ name: tx.label('chart.nt'), points: r.datasets.valuation.nt }], yFormat: '.1f', text: { yTitle: tx.label('chart.nt') } }),
} satisfies ChartBuilders<typeof valuationFigures>;
