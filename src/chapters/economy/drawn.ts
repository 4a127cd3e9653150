import { pick, s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';
import { PARTS } from './gdp-parts';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const economyDrawn = {
  'economy-fx': (r) =>
    time(
      s(
        'chart.economy.usdjpy',
        'pts',
        pick(r.datasets.economy.fx, (x) => x.usdjpy),
        'month',
      ),
      s(
        'chart.n225MonthEnd',
        'pts',
        pick(r.datasets.economy.fx, (x) => x.n225),
        'month',
      ),
    ),
  'economy-gdp': (r) =>
    time(
      s(
        'chart.economy.gdpQoqAnn',
        'pct',
        pick(r.datasets.economy.gdp, (x) => x.qoqAnn),
        'quarter',
      ),
      s(
        'chart.economy.gdpYoy',
        'pct',
        pick(r.datasets.economy.gdp, (x) => x.yoy),
        'quarter',
      ),
    ),
  'economy-cpi': (r) => time(s('chart.economy.cpiYoy', 'pct', r.datasets.economy.cpi, 'month')),
  'economy-gdp-parts': (r) =>
    time(
      s(
        'chart.economy.gdpQoq',
        'ratio',
        pick(r.datasets.economy.gdpParts.rows, (x) => x.total),
        'quarter',
      ),
      ...PARTS.map((p) =>
        s(
          `chart.economy.part.${p}`,
          'ratio',
          pick(r.datasets.economy.gdpParts.rows, (x) => x.parts[p]),
          'quarter',
        ),
      ),
    ),
  'economy-covid': (r) =>
    time(
      s(
        'chart.economy.covidCases',
        'count',
        pick(r.datasets.economy.covid.daily, (x) => x.cases),
      ),
      s(
        'chart.economy.n225Close',
        'pts',
        pick(r.datasets.economy.covid.daily, (x) => x.n225),
      ),
    ),
} satisfies Record<string, (r: Report) => Drawn>;
