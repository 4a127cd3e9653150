import { keyWith, type StringKey } from '../../lib/i18n/t';
import type { FactKey } from '../../lib/report/fact-keys';
import { statisticsDrawn } from './drawn';
import { factKey, type Fact } from '../../lib/report/fact';
import type { ChartDef, FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, text, type Cell, type TableModel, type TableRow } from '../../lib/report/table-model';
import { REPORT_CONFIG } from '../../lib/config/active';

/** Column name of the CSV downloads: the series id of the report's index (n225). */
const INDEX = REPORT_CONFIG.index.series;

function describeTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const row = (key: StringKey, value: Cell, when: Cell = null): TableRow => ({ label: text(key), cells: [value, when] });
  return {
    id: 'stats-describe',
    columns: [{ key: 'col.measure' }, { key: 'col.value' }, { key: 'col.date' }],
    rows: [
      row('row.tradingDays', fact(f('stats.window.tradingDays'))),
      row('row.mean', fact(f('stats.returns.mean'), { digits: 4 })),
      row('row.std', fact(f('stats.returns.std'), { digits: 4 })),
      row('row.skewness', fact(f('stats.returns.skewness'), { digits: 3 })),
      row('row.excessKurtosis', fact(f('stats.returns.excessKurtosis'), { digits: 3 })),
      row('row.maxGain', fact(f('stats.returns.maxGain.value'), { signed: true }), fact(f('stats.returns.maxGain.date'))),
      row('row.maxLoss', fact(f('stats.returns.maxLoss.value'), { signed: true }), fact(f('stats.returns.maxLoss.date'))),
      row('row.positiveDays', fact(f('stats.returns.positiveDays'))),
      row('row.negativeDays', fact(f('stats.returns.negativeDays'))),
    ],
  };
}

function periodsTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const keys = ['m1', 'm3', 'm6', 'ytd', 'y1', 'y3', 'y5', 'y10', 'y3Ann', 'y5Ann', 'y10Ann'] as const;
  return {
    id: 'stats-periods',
    columns: [{ key: 'col.period' }, { key: 'col.return' }],
    rows: [
      ...keys.map((k) => ({ label: text(`row.${k}`), cells: [fact(f(`stats.periods.${k}`), { signed: true })] })),
      { label: text('row.sinceStartAnn', { date: f('stats.periods.start') }), cells: [fact(f('stats.periods.sinceStartAnn'), { signed: true })] },
    ],
  };
}

function calendarTable(r: Report, f: (k: FactKey) => Fact): TableModel {
  const years = [...r.index.keys()].filter((k) => /^stats\.calendarYears\.\d+\.return$/.test(k)).map((k) => k.split('.')[2] as string);
  return {
    id: 'stats-calendar',
    columns: [{ key: 'col.year' }, { key: 'col.return' }],
    rows: years.map((y) => ({
      label:
        f(factKey(`stats.calendarYears.${y}.partial`)).value === 'yes' && y === r.edition.asOf.slice(0, 4)
          ? text('row.partialYear', { year: { value: Number(y), unit: 'year' }, date: f('edition.asOf') })
          : { literal: y },
      cells: [fact(f(factKey(`stats.calendarYears.${y}.return`)), { signed: true })],
    })),
  };
}

function riskTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const recovered = f('stats.risk.recovered').value === 'yes';
  return {
    id: 'stats-risk',
    columns: [{ key: 'col.measure' }, { key: 'col.value' }],
    rows: [
      { label: text('row.volatility'), cells: [fact(f('stats.risk.volatility'))] },
      { label: text('row.downsideDeviation'), cells: [fact(f('stats.risk.downsideDeviation'))] },
      { label: text('row.maxDrawdown'), cells: [fact(f('stats.risk.maxDrawdown'))] },
      { label: text('row.drawdownPeak'), cells: [fact(f('stats.risk.drawdownPeak'))] },
      { label: text('row.drawdownTrough'), cells: [fact(f('stats.risk.drawdownTrough'))] },
      { label: text('row.drawdownRecovery'), cells: [recovered ? fact(f('stats.risk.drawdownRecovery')) : text('row.notRecovered', { date: f('edition.asOf') })] },
      { label: text('row.var95'), cells: [fact(f('stats.risk.var95'))] },
      { label: text('row.cvar95'), cells: [fact(f('stats.risk.cvar95'))] },
      { label: text('row.sharpe'), cells: [fact(f('stats.risk.sharpe'))] },
      { label: text('row.sortino'), cells: [fact(f('stats.risk.sortino'))] },
    ],
  };
}

function seedCheckTable(r: Report, f: (k: FactKey) => Fact): TableModel {
  const claims = [...r.index.keys()].filter((k) => /^seedCheck\.claims\.[^.]+\.seed$/.test(k)).map((k) => k.split('.')[2] as string);
  const digitsFor = (id: string): number => f(factKey(`seedCheck.claims.${id}.decimals`)).value as number;
  return {
    id: 'stats-seed-check',
    minWidth: 36,
    columns: [{ key: 'col.measure' }, { key: 'col.seed' }, { key: 'col.ours' }, { key: 'col.convention' }, { key: 'col.verdict' }],
    rows: claims.map((id) => {
      const p = `seedCheck.claims.${id}`;
      const conv = f(factKey(`${p}.convention`));
      return {
        label: text(keyWith('claim.', id, `seedCheck.claims.${id}`)),
        cells: [
          fact(f(factKey(`${p}.seed`)), { digits: digitsFor(id) }),
          fact(f(factKey(`${p}.ours`)), { digits: digitsFor(id) }),
          conv.value === null ? null : fact(conv, { digits: digitsFor(id) + 2 }),
          text(keyWith('verdict.', String(f(factKey(`${p}.verdict`)).value), `${p}.verdict`)),
        ],
      };
    }),
  };
}

const hasSeedCheck = (r: Report) => r.index.get('seedCheck.available')?.value === true;

const series = (header: string[], points: { date: string; value: number }[]) => ({ header, rows: points.map((p) => [p.date, p.value]) });

const histogramRows: ChartDef['csv'] = (r) => ({
  header: ['bin_from', 'bin_to', 'days', 'normal_expected_days'],
  rows: r.datasets.statistics.bins.map((b) => {
    const mid = (b.x0 + b.x1) / 2;
    const near = r.datasets.statistics.normal.reduce((a, n) => (Math.abs(n.x - mid) < Math.abs(a.x - mid) ? n : a));
    return [b.x0, b.x1, b.count, near.density];
  }),
});

/** The Statistics chapter's figures and tables in reading order. */
export const statisticsFigures = [
  {
    id: 'stats-trend',
    kind: 'chart',
    drawn: statisticsDrawn['stats-trend'],
    source: 'index',
    csv: (r) => series(['date', `${INDEX}_close`], r.datasets.statistics.trend),
  },
  { id: 'stats-describe', kind: 'table', source: 'index', table: describeTable },
  { id: 'stats-histogram', kind: 'chart', drawn: statisticsDrawn['stats-histogram'], source: 'index', csv: histogramRows },
  { id: 'stats-periods', kind: 'table', source: 'index', table: periodsTable },
  { id: 'stats-calendar', kind: 'table', source: 'index', table: calendarTable },
  { id: 'stats-risk', kind: 'table', source: 'index', table: riskTable },
  {
    id: 'stats-drawdown',
    kind: 'chart',
    drawn: statisticsDrawn['stats-drawdown'],
    source: 'index',
    csv: (r) => series(['date', 'drawdown'], r.datasets.statistics.drawdown),
  },
  {
    id: 'stats-rolling-vol',
    kind: 'chart',
    drawn: statisticsDrawn['stats-rolling-vol'],
    source: 'index',
    csv: (r) => series(['date', 'volatility_20d_annualised'], r.datasets.statistics.rollingVol),
    // On the year's first trading days there is no year-to-date volatility yet: the text alternative leaves it out.
    altKey: (r) => (r.index.get('stats.ytd.volatility')?.value === null ? 'fig.stats-rolling-vol.altNoYtd' : 'fig.stats-rolling-vol.alt'),
  },
  { id: 'stats-seed-check', kind: 'table', source: 'seed', table: seedCheckTable, available: hasSeedCheck },
] as const satisfies readonly FigureDef[];
