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
    id: 'statistics-describe',
    columns: [{ key: 'col.measure' }, { key: 'col.value' }, { key: 'col.date' }],
    rows: [
      row('row.tradingDays', fact(f('statistics.window.tradingDays'))),
      row('row.mean', fact(f('statistics.returns.mean'), { digits: 4 })),
      row('row.std', fact(f('statistics.returns.std'), { digits: 4 })),
      row('row.skewness', fact(f('statistics.returns.skewness'), { digits: 3 })),
      row('row.excessKurtosis', fact(f('statistics.returns.excessKurtosis'), { digits: 3 })),
      row('row.maxGain', fact(f('statistics.returns.maxGain.value'), { signed: true }), fact(f('statistics.returns.maxGain.date'))),
      row('row.maxLoss', fact(f('statistics.returns.maxLoss.value'), { signed: true }), fact(f('statistics.returns.maxLoss.date'))),
      row('row.positiveDays', fact(f('statistics.returns.positiveDays'))),
      row('row.negativeDays', fact(f('statistics.returns.negativeDays'))),
    ],
  };
}

function periodsTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const keys = ['m1', 'm3', 'm6', 'ytd', 'y1', 'y3', 'y5', 'y10', 'y3Ann', 'y5Ann', 'y10Ann'] as const;
  return {
    id: 'statistics-periods',
    columns: [{ key: 'col.period' }, { key: 'col.return' }],
    rows: [
      ...keys.map((k) => ({ label: text(`row.${k}`), cells: [fact(f(`statistics.periods.${k}`), { signed: true })] })),
      { label: text('row.sinceStartAnn', { date: f('statistics.periods.start') }), cells: [fact(f('statistics.periods.sinceStartAnn'), { signed: true })] },
    ],
  };
}

function calendarTable(r: Report, f: (k: FactKey) => Fact): TableModel {
  const years = [...r.index.keys()].filter((k) => /^statistics\.calendarYears\.\d+\.return$/.test(k)).map((k) => k.split('.')[2] as string);
  return {
    id: 'statistics-calendar',
    columns: [{ key: 'col.year' }, { key: 'col.return' }],
    rows: years.map((y) => ({
      label:
        f(factKey(`statistics.calendarYears.${y}.partial`)).value === 'yes' && y === r.edition.asOf.slice(0, 4)
          ? text('row.partialYear', { year: { value: Number(y), unit: 'year' }, date: f('edition.asOf') })
          : { literal: y },
      cells: [fact(f(factKey(`statistics.calendarYears.${y}.return`)), { signed: true })],
    })),
  };
}

function riskTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const recovered = f('statistics.risk.recovered').value === 'yes';
  return {
    id: 'statistics-risk',
    columns: [{ key: 'col.measure' }, { key: 'col.value' }],
    rows: [
      { label: text('row.volatility'), cells: [fact(f('statistics.risk.volatility'))] },
      { label: text('row.downsideDeviation'), cells: [fact(f('statistics.risk.downsideDeviation'))] },
      { label: text('row.maxDrawdown'), cells: [fact(f('statistics.risk.maxDrawdown'))] },
      { label: text('row.drawdownPeak'), cells: [fact(f('statistics.risk.drawdownPeak'))] },
      { label: text('row.drawdownTrough'), cells: [fact(f('statistics.risk.drawdownTrough'))] },
      { label: text('row.drawdownRecovery'), cells: [recovered ? fact(f('statistics.risk.drawdownRecovery')) : text('row.notRecovered', { date: f('edition.asOf') })] },
      { label: text('row.var95'), cells: [fact(f('statistics.risk.var95'))] },
      { label: text('row.cvar95'), cells: [fact(f('statistics.risk.cvar95'))] },
      { label: text('row.sharpe'), cells: [fact(f('statistics.risk.sharpe'))] },
      { label: text('row.sortino'), cells: [fact(f('statistics.risk.sortino'))] },
    ],
  };
}

function seedCheckTable(r: Report, f: (k: FactKey) => Fact): TableModel {
  const claims = [...r.index.keys()].filter((k) => /^statistics\.seedCheck\.claims\.[^.]+\.seed$/.test(k)).map((k) => k.split('.')[3] as string);
  const digitsFor = (id: string): number => f(factKey(`statistics.seedCheck.claims.${id}.decimals`)).value as number;
  return {
    id: 'statistics-seed-check',
    minWidth: 36,
    columns: [{ key: 'col.measure' }, { key: 'col.seed' }, { key: 'col.ours' }, { key: 'col.convention' }, { key: 'col.verdict' }],
    rows: claims.map((id) => {
      const p = `statistics.seedCheck.claims.${id}`;
      const conv = f(factKey(`${p}.convention`));
      return {
        label: text(keyWith('claim.', id, `statistics.seedCheck.claims.${id}`)),
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

const hasSeedCheck = (r: Report) => r.index.get('statistics.seedCheck.available')?.value === true;

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
    id: 'statistics-trend',
    kind: 'chart',
    drawn: statisticsDrawn['statistics-trend'],
    source: 'index',
    csv: (r) => series(['date', `${INDEX}_close`], r.datasets.statistics.trend),
  },
  { id: 'statistics-describe', kind: 'table', source: 'index', table: describeTable },
  { id: 'statistics-histogram', kind: 'chart', drawn: statisticsDrawn['statistics-histogram'], source: 'index', csv: histogramRows },
  { id: 'statistics-periods', kind: 'table', source: 'index', table: periodsTable },
  { id: 'statistics-calendar', kind: 'table', source: 'index', table: calendarTable },
  { id: 'statistics-risk', kind: 'table', source: 'index', table: riskTable },
  {
    id: 'statistics-drawdown',
    kind: 'chart',
    drawn: statisticsDrawn['statistics-drawdown'],
    source: 'index',
    csv: (r) => series(['date', 'drawdown'], r.datasets.statistics.drawdown),
  },
  {
    id: 'statistics-rolling-vol',
    kind: 'chart',
    drawn: statisticsDrawn['statistics-rolling-vol'],
    source: 'index',
    csv: (r) => series(['date', 'volatility_20d_annualised'], r.datasets.statistics.rollingVol),
    // On the year's first trading days there is no year-to-date volatility yet: the text alternative leaves it out.
    altKey: (r) => (r.index.get('statistics.ytd.volatility')?.value === null ? 'fig.statistics-rolling-vol.altNoYtd' : 'fig.statistics-rolling-vol.alt'),
  },
  { id: 'statistics-seed-check', kind: 'table', source: 'seed', table: seedCheckTable, available: hasSeedCheck },
] as const satisfies readonly FigureDef[];
