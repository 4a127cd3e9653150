import type { EventKind } from '../../lib/data/curated/overview';
import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { overviewFigures } from './figures';
import { eventsSpec } from '../../lib/charts/events-spec';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { PALETTE } from '../../lib/charts/theme';
import { trendSpec } from '../../lib/charts/trend-spec';

/** Colour of each event kind: falls and lows red and purple, highs green, policy amber (Okabe-Ito based). */
const KIND_COLOUR: Readonly<Record<EventKind, string>> = { fall: PALETTE.loss, low: '#cc79a7', high: '#009e73', policy: PALETTE.comparison };
/** Highs and policy steps get their badge above the line, falls and lows below it. */
const KIND_SIDE: Readonly<Record<EventKind, 'above' | 'below'>> = { fall: 'below', low: 'below', high: 'above', policy: 'above' };
const KINDS = Object.keys(KIND_COLOUR) as EventKind[];

/** Chart builders of the Overview chapter, by figure id. */
export const overviewCharts = {
  'overview-history': (r, base, tx) => {
    const kindName = (k: EventKind) => tx.label(`chart.overview.kind.${k}`);
    const used = KINDS.filter((k) => r.datasets.overview.events.some((e) => e.kind === k));
    return eventsSpec({
      ...base,
      series: r.datasets.overview.history,
      events: r.datasets.overview.events.map((e) => ({ n: e.n, date: e.date, value: e.close, kind: kindName(e.kind), side: KIND_SIDE[e.kind] })),
      kinds: used.map((k) => ({ name: kindName(k), colour: KIND_COLOUR[k] })),
      text: { yTitle: tx.label('chart.overview.logClose') },
    });
  },
  'overview-yen': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.n225'), points: r.datasets.overview.yen.n225 },
        { name: tx.label('chart.overview.usdjpy'), points: r.datasets.overview.yen.usdjpy },
      ],
      yFormat: ',.0f',
      baseline: 100,
      text: { yTitle: tx.label('chart.growth') },
    }),
  'overview-covid': (r, base, tx) => {
    const s = r.datasets.overview.covid;
    const at = (k: string) => r.index.get(k)?.value as string | number;
    const peak = { date: at('overview.covid.peak.date') as string, value: at('overview.covid.peak.value') as number };
    const trough = { date: at('overview.covid.trough.date') as string, value: at('overview.covid.trough.value') as number };
    return trendSpec({
      ...base,
      series: s,
      markers: [
        { ...peak, label: tx.marker('high', { value: peak.value, unit: 'pts' }, peak.date), position: 'above' },
        { ...trough, label: tx.marker('low', { value: trough.value, unit: 'pts' }, trough.date), position: 'below' },
      ],
      text: { yTitle: tx.label('chart.close') },
    });
  },
} satisfies ChartBuilders<typeof overviewFigures>;
