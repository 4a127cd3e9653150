import { s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const valuationDrawn = {
  'valuation-growth': (r) =>
    time(
      s('chart.index', 'pts', r.datasets.valuation.comparison?.growth.index ?? []),
      s('chart.comparator', 'pts', r.datasets.valuation.comparison?.growth.comparator ?? []),
      s('chart.topix', 'pts', r.datasets.valuation.comparison?.growth.topix ?? []),
    ),
  'valuation-per': (r) => time(s('chart.per', 'ratio', r.datasets.valuation.per, 'month')),
  'valuation-pbr': (r) => time(s('chart.pbr', 'ratio', r.datasets.valuation.pbr, 'month')),
  'valuation-dy': (r) => time(s('chart.dy', 'pct', r.datasets.valuation.dy, 'month')),
  'valuation-erp': (r) => {
    const e = r.datasets.valuation.erp;
    const from = e.spread[0]?.date ?? '';
    return time(
      s(
        'chart.earningsYield',
        'pct',
        e.earningsYield.filter((p) => p.date >= from),
        'month',
      ),
      s('chart.jgb10y', 'pct', e.jgb, 'month'),
      s('chart.erp', 'pct', e.spread, 'month'),
    );
  },
  'valuation-nt': (r) => time(s('chart.nt', 'ratio', r.datasets.valuation.nt)),
} satisfies Record<string, (r: Report) => Drawn>;
