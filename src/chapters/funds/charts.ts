import type { TopLevelSpec } from 'vega-lite';
import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { fundsFigures } from './figures';
import { multiLineSpec } from '../../lib/charts/line-spec';

/** Below this width a four-entry legend does not fit on one line. */
const NARROW_LEGEND_WIDTH = 480;

/**
 * Moves the colour legend of a multiLineSpec below the plot in `columns` columns: on a phone-width chart
 * four entries on one line at the top would be clipped and collide with the axis title.
 */
function legendInColumns(spec: TopLevelSpec, columns: number): TopLevelSpec {
  const layers = (spec as { layer?: { encoding?: { color?: { legend?: Record<string, unknown> | null } } }[] }).layer ?? [];
  for (const l of layers) {
    const legend = l.encoding?.color?.legend;
    if (legend) Object.assign(legend, { orient: 'bottom', columns, labelLimit: 170, columnPadding: 12 });
  }
  return spec;
}

/** Chart builders of the Index funds chapter, by figure id. */
export const fundsCharts = {
  'funds-etf-growth': (r, base, tx) => {
    const g = r.datasets.funds.growth;
    const lines = [
      { name: tx.label('chart.funds.n225Jpy'), points: g.n225 },
      { name: tx.label('chart.funds.etf1321'), points: g.etf1321 },
      { name: tx.label('chart.funds.etf513520'), points: g.etf513520 },
      { name: tx.label('chart.funds.n225Usd'), points: g.n225Usd },
    ].filter((l) => l.points.length > 0);
    const spec = multiLineSpec({ ...base, series: lines, yFormat: ',.0f', baseline: 100, text: { yTitle: tx.label('chart.growth') } });
    return base.width < NARROW_LEGEND_WIDTH ? legendInColumns(spec, 2) : spec;
  },
  'funds-china-growth': (r, base, tx) => {
    const g = r.datasets.funds.china.growth;
    const lines = [
      { name: tx.label('chart.funds.n225Jpy'), points: g.n225 },
      { name: tx.label('chart.funds.etf513520'), points: g.etf513520 },
      { name: tx.label('chart.funds.etf513000'), points: g.etf513000 },
      { name: tx.label('chart.funds.etf513880'), points: g.etf513880 },
      { name: tx.label('chart.funds.etf159866'), points: g.etf159866 },
    ].filter((l) => l.points.length > 0);
    const spec = multiLineSpec({ ...base, series: lines, yFormat: ',.0f', baseline: 100, text: { yTitle: tx.label('chart.growth') } });
    return base.width < NARROW_LEGEND_WIDTH ? legendInColumns(spec, 2) : spec;
  },
  'funds-etf-ratio-1321': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.funds.etf1321'), points: r.datasets.funds.ratio1321 }],
      yFormat: '.2f',
      text: { yTitle: tx.label('chart.funds.ratio') },
    }),
} satisfies ChartBuilders<typeof fundsFigures>;
