import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { derivativesFigures } from './figures';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { VI_GAP_DAYS } from './implied-vol';

/** Chart builders of the Futures and volatility chapter, by figure id. */
export const derivativesCharts = {
  'derivatives-basis': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.deriv.basis'), points: r.datasets.derivatives.basis }],
      yFormat: '.1%',
      baseline: 0,
      text: { yTitle: tx.label('chart.deriv.basis') },
    }),
  'derivatives-vi': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.deriv.vi'), points: r.datasets.derivatives.vi.vi },
        { name: tx.label('chart.deriv.realised'), points: r.datasets.derivatives.vi.realised },
      ],
      yFormat: ',.0f',
      gapDays: VI_GAP_DAYS,
      text: { yTitle: tx.label('chart.deriv.volPct') },
    }),
} satisfies ChartBuilders<typeof derivativesFigures>;
