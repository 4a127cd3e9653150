import { pick, s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';
import { perLocale } from '../../lib/i18n/locales';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const macroDrawn = {
  'macro-boj-n225': (r) =>
    time(
      s(
        'chart.macro.bojAssets',
        'pts',
        pick(r.datasets.macro.boj.levels, (x) => x.boj),
        'month',
      ),
      s(
        'chart.n225MonthEnd',
        'pts',
        pick(r.datasets.macro.boj.levels, (x) => x.n225),
        'month',
      ),
    ),
  'macro-boj-rolling': (r) => time(s('chart.macro.rollingCorr', 'ratio', r.datasets.macro.boj.rolling, 'month')),
  'macro-boj-lags': (r) => ({
    kind: 'categories',
    name: 'chart.macro.correlation',
    axis: 'chart.macro.lagAxis',
    unit: 'ratio',
    items: r.datasets.macro.boj.lags.flatMap((l) => (l.r === null ? [] : [{ label: l.lag, value: l.r }])),
  }),
  'macro-seed000-boj': (r) =>
    time(
      s(
        'chart.macro.seedTenDay',
        'pts',
        pick(r.datasets.macro.seed000.rows, (x) => x.seedBoj),
      ),
      s('chart.macro.ourMonthEnd', 'pts', r.datasets.macro.seed000.monthly, 'month'),
    ),
  'macro-rates': (r) =>
    time(
      s('chart.macro.jgb10y', 'pct', r.datasets.macro.rates.jgb10y, 'month'),
      s('chart.macro.callRate', 'pct', r.datasets.macro.rates.callRate, 'month'),
      s('chart.macro.policyRate', 'pct', r.datasets.macro.rates.policy),
    ),
  'macro-etf': (r) => ({
    kind: 'categories',
    name: 'chart.macro.etfBought',
    axis: 'chart.macro.year',
    unit: 'ratio',
    // Years as text, not numbers: a bare number reads as a lag in the long description.
    items: r.datasets.macro.etf.years.map((y) => ({ label: perLocale(() => String(y.year)), value: y.amount })),
  }),
} satisfies Record<string, (r: Report) => Drawn>;
