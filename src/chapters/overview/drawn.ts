import { s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const overviewDrawn = {
  'overview-history': (r) => time(s('chart.n225', 'pts', r.datasets.overview.history)),
  'overview-yen': (r) => time(s('chart.n225', 'pts', r.datasets.overview.yen.n225), s('chart.overview.usdjpy', 'pts', r.datasets.overview.yen.usdjpy)),
  'overview-covid': (r) => time(s('chart.n225', 'pts', r.datasets.overview.covid)),
} satisfies Record<string, (r: Report) => Drawn>;
