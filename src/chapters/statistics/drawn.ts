import { s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const statisticsDrawn = {
  'statistics-trend': (r) => time(s('chart.index', 'pts', r.datasets.statistics.trend)),
  'statistics-histogram': (r) => ({ kind: 'bins', name: 'chart.days', unit: 'pct', bins: r.datasets.statistics.bins }),
  'statistics-drawdown': (r) => time(s('chart.drawdown', 'pct', r.datasets.statistics.drawdown)),
  'statistics-rolling-vol': (r) => time(s('chart.rollingVol', 'pct', r.datasets.statistics.rollingVol)),
} satisfies Record<string, (r: Report) => Drawn>;
