import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { outlookFigures } from './figures';
import { multiLineSpec } from '../../lib/charts/line-spec';

/** Chart builders of the Outlook chapter, by figure id. */
export const outlookCharts = {
  'outlook-trend': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.n225'), points: r.datasets.outlook.trend.close },
        { name: tx.label('outlook.chart.average'), points: r.datasets.outlook.trend.average },
      ],
      yFormat: ',.0f',
      text: { yTitle: tx.label('chart.close') },
    }),
  'outlook-volatility': (r, base, tx) => {
    const v = r.datasets.outlook.volatility;
    // The baseline is the median the caption states (one value, computed once in the report).
    const median = r.index.get('outlook.volatility.median')?.value;
    return multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.n225'), points: v }],
      yFormat: '.0%',
      ...(typeof median === 'number' ? { baseline: median } : {}),
      text: { yTitle: tx.label('chart.rollingVol') },
    });
  },
} satisfies ChartBuilders<typeof outlookFigures>;
