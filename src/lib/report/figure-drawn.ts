/**
 * What each chart draws, as data: its series over time (name, unit, period) or its categories. The chart
 * builders (src/lib/charts) draw from the same datasets; this plain view of them feeds the facts of each
 * chart's long description (figure-drawn-facts.ts) and the data table under it, so what is read and what is
 * seen come from one place.
 */
import { pickLocalized, type LocalizedText } from '../i18n/localized';
import type { Report } from './report';

/** Unit of a drawn value: `pts` a plain level (index points, yen, an index rebased to 100), `pct` a fraction, `ratio` a dimensionless number. */
export type DrawnUnit = 'pts' | 'pct' | 'ratio' | 'count';
/** What a time series' dates name: a day, a month or a quarter. */
export type DrawnPeriod = 'date' | 'month' | 'quarter';

/** One line (or set of bars) over time. `name` is a UI-string key. */
export interface DrawnSeries {
  name: string;
  unit: DrawnUnit;
  period: DrawnPeriod;
  points: readonly { date: string; value: number }[];
}

/** A label in both languages, or a number (a lag in months). */
export type DrawnLabel = LocalizedText | number;

/** What one chart draws. `name` and `axis` are UI-string keys. */
export type Drawn =
  | { kind: 'time'; series: DrawnSeries[] }
  | { kind: 'categories'; name: string; axis: string; unit: DrawnUnit; items: { label: DrawnLabel; value: number }[] }
  | { kind: 'bins'; name: string; unit: 'pct'; bins: readonly { x0: number; x1: number; count: number }[] };

const time = (...series: (DrawnSeries | false)[]): Drawn => ({ kind: 'time', series: series.filter((s): s is DrawnSeries => s !== false && s.points.length > 0) });
const s = (name: string, unit: DrawnUnit, points: DrawnSeries['points'], period: DrawnPeriod = 'date'): DrawnSeries => ({ name, unit, period, points });
const pick = <T extends { date: string }>(rows: readonly T[], f: (r: T) => number | null) =>
  rows.flatMap((r) => { const v = f(r); return v === null ? [] : [{ date: r.date, value: v }]; });

/** Every chart's drawn data, by figure id. */
const DRAWN: Readonly<Record<string, (r: Report) => Drawn>> = {
  'overview-history': (r) => time(s('chart.n225', 'pts', r.datasets.overview.history)),
  'overview-yen': (r) => time(s('chart.n225', 'pts', r.datasets.overview.yen.n225), s('chart.overview.usdjpy', 'pts', r.datasets.overview.yen.usdjpy)),
  'overview-covid': (r) => time(s('chart.n225', 'pts', r.datasets.overview.covid)),
  'overview-sectors': (r) => ({
    kind: 'categories', name: 'chart.overview.constituents', axis: 'figure.data.sector', unit: 'count',
    items: [...r.datasets.overview.constituents.sectors].sort((a, b) => b.count - a.count).map((g) => ({ label: pickLocalized(g), value: g.count })),
  }),
  'overview-industries': (r) => ({
    kind: 'categories', name: 'chart.overview.constituents', axis: 'figure.data.industry', unit: 'count',
    items: [...r.datasets.overview.constituents.industries].sort((a, b) => b.count - a.count).map((g) => ({ label: pickLocalized(g), value: g.count })),
  }),
  'stats-trend': (r) => time(s('chart.n225', 'pts', r.datasets.statistics.trend)),
  'stats-histogram': (r) => ({ kind: 'bins', name: 'chart.days', unit: 'pct', bins: r.datasets.statistics.bins }),
  'stats-drawdown': (r) => time(s('chart.drawdown', 'pct', r.datasets.statistics.drawdown)),
  'stats-rolling-vol': (r) => time(s('chart.rollingVol', 'pct', r.datasets.statistics.rollingVol)),
  'stats-growth': (r) => time(s('chart.n225', 'pts', r.datasets.comparison?.growth.n225 ?? []), s('chart.csi300', 'pts', r.datasets.comparison?.growth.csi300 ?? [])),
  'macro-boj-n225': (r) => time(
    s('chart.macro.bojAssets', 'pts', pick(r.datasets.macro.boj.levels, (x) => x.boj), 'month'),
    s('chart.macro.n225MonthEnd', 'pts', pick(r.datasets.macro.boj.levels, (x) => x.n225), 'month'),
  ),
  'macro-boj-rolling': (r) => time(s('chart.macro.rollingCorr', 'ratio', r.datasets.macro.boj.rolling, 'month')),
  'macro-boj-lags': (r) => ({
    kind: 'categories', name: 'chart.macro.correlation', axis: 'chart.macro.lagAxis', unit: 'ratio',
    items: r.datasets.macro.boj.lags.flatMap((l) => (l.r === null ? [] : [{ label: l.lag, value: l.r }])),
  }),
  'macro-seed000-boj': (r) => time(
    s('chart.macro.seedTenDay', 'pts', pick(r.datasets.macro.seed000.rows, (x) => x.seedBoj)),
    s('chart.macro.ourMonthEnd', 'pts', r.datasets.macro.seed000.monthly, 'month'),
  ),
  'macro-fx': (r) => time(
    s('chart.macro.usdjpy', 'pts', pick(r.datasets.macro.fx, (x) => x.usdjpy), 'month'),
    s('chart.macro.n225MonthEnd', 'pts', pick(r.datasets.macro.fx, (x) => x.n225), 'month'),
  ),
  'macro-gdp': (r) => time(
    s('chart.macro.gdpQoqAnn', 'pct', pick(r.datasets.macro.gdp, (x) => x.qoqAnn), 'quarter'),
    s('chart.macro.gdpYoy', 'pct', pick(r.datasets.macro.gdp, (x) => x.yoy), 'quarter'),
  ),
  'macro-cpi': (r) => time(s('chart.macro.cpiYoy', 'pct', r.datasets.macro.cpi, 'month')),
  'macro-rates': (r) => time(
    s('chart.macro.jgb10y', 'pct', r.datasets.macro.rates.jgb10y, 'month'),
    s('chart.macro.callRate', 'pct', r.datasets.macro.rates.callRate, 'month'),
    s('chart.macro.policyRate', 'pct', r.datasets.macro.rates.policy),
  ),
  'deriv-etf-growth': (r) => {
    const g = r.datasets.derivatives.growth;
    return time(s('chart.deriv.n225Jpy', 'pts', g.n225), s('chart.deriv.etf1321', 'pts', g.etf1321), s('chart.deriv.etf513520', 'pts', g.etf513520), s('chart.deriv.n225Usd', 'pts', g.n225Usd));
  },
  'deriv-etf-ratio-1321': (r) => time(s('chart.deriv.etf1321', 'ratio', r.datasets.derivatives.ratio1321)),
  'outlook-trend': (r) => time(s('chart.n225', 'pts', r.datasets.outlook.trend.close), s('outlook.chart.average', 'pts', r.datasets.outlook.trend.average)),
  'outlook-volatility': (r) => time(s('chart.rollingVol', 'pct', r.datasets.outlook.volatility)),
};

/** The ids of every chart with drawn data. */
export const DRAWN_IDS = Object.keys(DRAWN);

/** What chart `id` draws in this edition; an unknown id fails. */
export function drawnData(id: string, r: Report): Drawn {
  const f = DRAWN[id];
  if (!f) throw new Error(`No drawn data for chart "${id}": add it to src/lib/report/figure-drawn.ts`);
  return f(r);
}
