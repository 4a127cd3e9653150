import { pickLocalized } from '../../lib/i18n/localized';
import { s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const overviewDrawn = {
  'overview-history': (r) => time(s('chart.n225', 'pts', r.datasets.overview.history)),
  'overview-yen': (r) => time(s('chart.n225', 'pts', r.datasets.overview.yen.n225), s('chart.overview.usdjpy', 'pts', r.datasets.overview.yen.usdjpy)),
  'overview-covid': (r) => time(s('chart.n225', 'pts', r.datasets.overview.covid)),
  'overview-sectors': (r) => ({
    kind: 'categories',
    name: 'chart.overview.constituents',
    axis: 'figure.data.sector',
    unit: 'count',
    items: [...r.datasets.overview.constituents.sectors].sort((a, b) => b.count - a.count).map((g) => ({ label: pickLocalized(g), value: g.count })),
  }),
  'overview-industries': (r) => ({
    kind: 'categories',
    name: 'chart.overview.constituents',
    axis: 'figure.data.industry',
    unit: 'count',
    items: [...r.datasets.overview.constituents.industries].sort((a, b) => b.count - a.count).map((g) => ({ label: pickLocalized(g), value: g.count })),
  }),
} satisfies Record<string, (r: Report) => Drawn>;
