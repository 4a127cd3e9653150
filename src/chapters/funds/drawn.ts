import { s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const fundsDrawn = {
  'funds-etf-growth': (r) => {
    const g = r.datasets.funds.growth;
    return time(
      s('chart.funds.n225Jpy', 'pts', g.n225),
      s('chart.funds.etf1321', 'pts', g.etf1321),
      s('chart.funds.etf513520', 'pts', g.etf513520),
      s('chart.funds.n225Usd', 'pts', g.n225Usd),
    );
  },
  'funds-china-growth': (r) => {
    const g = r.datasets.funds.china.growth;
    return time(
      s('chart.funds.n225Jpy', 'pts', g.n225),
      s('chart.funds.etf513520', 'pts', g.etf513520),
      s('chart.funds.etf513000', 'pts', g.etf513000),
      s('chart.funds.etf513880', 'pts', g.etf513880),
      s('chart.funds.etf159866', 'pts', g.etf159866),
    );
  },
  'funds-etf-ratio-1321': (r) => time(s('chart.funds.etf1321', 'ratio', r.datasets.funds.ratio1321)),
} satisfies Record<string, (r: Report) => Drawn>;
