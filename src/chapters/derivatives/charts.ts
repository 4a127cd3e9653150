import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { derivativesFigures } from './figures';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { VI_GAP_DAYS } from './implied-vol';

/** Chart builders of the Futures and volatility chapter, by figure id. */
export const derivativesCharts = {
  'derivatives-basis': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.derivatives.basis'), points: r.datasets.derivatives.basis }],
      yFormat: '.1%',
      baseline: 0,
      text: { yTitle: tx.label('chart.derivatives.basis') },
    }),
  'derivatives-vi': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.derivatives.vi'), points: r.datasets.derivatives.vi.vi },
        { name: tx.label('chart.derivatives.realised'), points: r.datasets.derivatives.vi.realised },
      ],
      yFormat: ',.0f',
      gapDays: VI_GAP_DAYS,
      text: { yTitle: tx.label('chart.derivatives.volPct') },
    }),
} satisfies ChartBuilders<typeof derivativesFigures>;
