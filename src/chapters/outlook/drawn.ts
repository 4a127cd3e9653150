import { s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const outlookDrawn = {
  'outlook-trend': (r) => time(s('chart.n225', 'pts', r.datasets.outlook.trend.close), s('outlook.chart.average', 'pts', r.datasets.outlook.trend.average)),
  'outlook-volatility': (r) => time(s('chart.rollingVol', 'pct', r.datasets.outlook.volatility)),
} satisfies Record<string, (r: Report) => Drawn>;
