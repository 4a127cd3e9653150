import type { StringKey } from '../../lib/i18n/t';
import type { FactKey } from '../../lib/report/fact-keys';
import { statisticsCharts } from './charts';
import { statisticsDrawn } from './drawn';
import { factKey, type Fact } from '../../lib/report/fact';
import type { ChartDef, FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, text, type Cell, type TableModel, type TableRow } from '../../lib/report/table-model';
import { REPORT_CONFIG } from '../../lib/config/active';

/** Column names of the CSV downloads: the series ids of the report's index and comparator (n225, csi300). */
const INDEX = REPORT_CONFIG.index.series;
const COMPARATOR = REPORT_CONFIG.comparators[0]?.series ?? 'comparator';

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

function comparisonTable(r: Report, f: (k: FactKey) => Fact): TableModel {
  const topix = hasTopixComparison(r);
  const both = (k: string, opts = {}) => [
    fact(f(factKey(`comparison.index.${k}`)), opts),
    fact(f(factKey(`comparison.comparator.${k}`)), opts),
    ...(topix ? [fact(f(factKey(`comparison.topix.${k}`)), opts)] : []),
  ];
  const blank = topix ? [null, null] : [null];
  return {
    id: 'stats-comparison',
    columns: [{ key: 'col.measure' }, { key: 'chart.index' }, { key: 'chart.comparator' }, ...(topix ? [{ key: 'chart.topix' as StringKey }] : [])],
    rows: [
      { label: text('row.annualised'), cells: both('annualised', { signed: true }) },
      { label: text('row.cumulative'), cells: both('cumulative', { signed: true }) },
      { label: text('row.volatility'), cells: both('volatility') },
      { label: text('row.sharpe'), cells: both('sharpe') },
      { label: text('row.maxDrawdown'), cells: both('maxDrawdown') },
      { label: text('row.correlation'), cells: [fact(f('comparison.correlation')), ...blank] },
      { label: text('row.beta'), cells: [fact(f('comparison.beta')), ...blank] },
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
        label: text(`claim.${id}` as StringKey),
        cells: [
          fact(f(factKey(`${p}.seed`)), { digits: digitsFor(id) }),
          fact(f(factKey(`${p}.ours`)), { digits: digitsFor(id) }),
          conv.value === null ? null : fact(conv, { digits: digitsFor(id) + 2 }),
          text(`verdict.${f(factKey(`${p}.verdict`)).value as string}` as StringKey),
        ],
      };
    }),
  };
}

const hasComparison = (r: Report) => r.datasets.comparison !== null;
const hasSeedCheck = (r: Report) => r.index.get('seedCheck.available')?.value === true;

const series = (header: string[], points: { date: string; value: number }[]) => ({ header, rows: points.map((p) => [p.date, p.value]) });

const growthRows: ChartDef['csv'] = (r) => {
  const g = r.datasets.comparison?.growth;
  const n = new Map((g?.index ?? []).map((p) => [p.date, p.value]));
  const csi = new Map((g?.comparator ?? []).map((p) => [p.date, p.value]));
  const topix = new Map((g?.topix ?? []).map((p) => [p.date, p.value]));
  const dates = [...new Set([...n.keys(), ...csi.keys(), ...topix.keys()])].sort();
  const withTopix = topix.size > 0;
  return {
    header: ['date', `${INDEX}_growth_of_100`, `${COMPARATOR}_growth_of_100`, ...(withTopix ? ['topix_growth_of_100'] : [])],
    rows: dates.map((d) => [d, n.get(d) ?? '', csi.get(d) ?? '', ...(withTopix ? [topix.get(d) ?? ''] : [])]),
  };
};

const hasFact = (k: string) => (r: Report) => r.index.get(k)?.value === true;
const hasValuation = hasFact('stats.valuation.available');
const hasErp = hasFact('stats.valuation.erp.available');
const hasNt = hasFact('stats.nt.available');
const hasTopixComparison = (r: Report) => hasComparison(r) && hasFact('comparison.topix.available')(r);

/** Latest value, its percentiles over ten years and since the first month, and the range of the monthly means, per measure. */
function valuationTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const row = (m: 'per' | 'pbr' | 'dy'): TableRow => {
    const k = (x: string) => f(factKey(`stats.valuation.${m}.${x}`));
    return {
      label: text(`row.valuation.${m}` as StringKey),
      cells: [
        fact(k('latest')),
        k('p10y').value === null ? null : fact(k('p10y'), { digits: 0 }),
        fact(k('pAll'), { digits: 0 }),
        text('cell.valueInMonth', { value: k('min'), month: k('minMonth') }),
        text('cell.valueInMonth', { value: k('max'), month: k('maxMonth') }),
      ],
    };
  };
  return {
    id: 'stats-valuation',
    minWidth: 36,
    columns: [{ key: 'col.measure' }, { key: 'col.latest' }, { key: 'col.p10y' }, { key: 'col.pAll' }, { key: 'col.min' }, { key: 'col.max' }],
    rows: [row('per'), row('pbr'), row('dy')],
  };
}

const monthly = (header: string, rows: { date: string; value: number }[]) => ({ header: ['month', header], rows: rows.map((p) => [p.date.slice(0, 7), p.value]) });

const histogramRows: ChartDef['csv'] = (r) => ({
  header: ['bin_from', 'bin_to', 'days', 'normal_expected_days'],
  rows: r.datasets.statistics.bins.map((b) => {
    const mid = (b.x0 + b.x1) / 2;
    const near = r.datasets.statistics.normal.reduce((a, n) => (Math.abs(n.x - mid) < Math.abs(a.x - mid) ? n : a));
    return [b.x0, b.x1, b.count, near.density];
  }),
});

/** The Statistics chapter's figures and tables in reading order. */
export const statisticsFigures: FigureDef[] = [
  {
    id: 'stats-trend',
    kind: 'chart',
    spec: statisticsCharts['stats-trend'],
    drawn: statisticsDrawn['stats-trend'],
    source: 'index',
    csv: (r) => series(['date', `${INDEX}_close`], r.datasets.statistics.trend),
  },
  { id: 'stats-describe', kind: 'table', source: 'index', table: describeTable },
  { id: 'stats-histogram', kind: 'chart', spec: statisticsCharts['stats-histogram'], drawn: statisticsDrawn['stats-histogram'], source: 'index', csv: histogramRows },
  { id: 'stats-periods', kind: 'table', source: 'index', table: periodsTable },
  { id: 'stats-calendar', kind: 'table', source: 'index', table: calendarTable },
  { id: 'stats-risk', kind: 'table', source: 'index', table: riskTable },
  {
    id: 'stats-drawdown',
    kind: 'chart',
    spec: statisticsCharts['stats-drawdown'],
    drawn: statisticsDrawn['stats-drawdown'],
    source: 'index',
    csv: (r) => series(['date', 'drawdown'], r.datasets.statistics.drawdown),
  },
  {
    id: 'stats-rolling-vol',
    kind: 'chart',
    spec: statisticsCharts['stats-rolling-vol'],
    drawn: statisticsDrawn['stats-rolling-vol'],
    source: 'index',
    csv: (r) => series(['date', 'volatility_20d_annualised'], r.datasets.statistics.rollingVol),
    // On the year's first trading days there is no year-to-date volatility yet: the text alternative leaves it out.
    altKey: (r) => (r.index.get('stats.ytd.volatility')?.value === null ? 'fig.stats-rolling-vol.altNoYtd' : 'fig.stats-rolling-vol.alt'),
  },
  { id: 'stats-valuation', kind: 'table', source: 'valuation', table: valuationTable, available: hasValuation },
  {
    id: 'stats-valuation-per',
    kind: 'chart',
    spec: statisticsCharts['stats-valuation-per'],
    drawn: statisticsDrawn['stats-valuation-per'],
    source: 'valuation',
    captionKey: (r) => (r.index.get('stats.valuation.perClipped')?.value === true ? 'fig.stats-valuation-per.captionClipped' : 'fig.stats-valuation-per.caption'),
    csv: (r) => monthly('per_forecast_monthly_mean', r.datasets.valuation.per),
    available: hasValuation,
  },
  {
    id: 'stats-valuation-pbr',
    kind: 'chart',
    spec: statisticsCharts['stats-valuation-pbr'],
    drawn: statisticsDrawn['stats-valuation-pbr'],
    source: 'valuation',
    csv: (r) => monthly('pbr_monthly_mean', r.datasets.valuation.pbr),
    available: hasValuation,
  },
  {
    id: 'stats-valuation-dy',
    kind: 'chart',
    spec: statisticsCharts['stats-valuation-dy'],
    drawn: statisticsDrawn['stats-valuation-dy'],
    source: 'valuation',
    csv: (r) => monthly('dividend_yield_monthly_mean', r.datasets.valuation.dy),
    available: hasValuation,
  },
  {
    id: 'stats-erp',
    kind: 'chart',
    spec: statisticsCharts['stats-erp'],
    drawn: statisticsDrawn['stats-erp'],
    source: 'valuationJgb',
    csv: (r) => {
      const e = r.datasets.valuation.erp;
      const ey = new Map(e.earningsYield.map((p) => [p.date, p.value]));
      const jgb = new Map(e.jgb.map((p) => [p.date, p.value]));
      return {
        header: ['month', 'earnings_yield', 'jgb10y_monthly_mean', 'earnings_yield_minus_jgb10y'],
        rows: e.spread.map((p) => [p.date.slice(0, 7), ey.get(p.date) ?? '', jgb.get(p.date) ?? '', p.value]),
      };
    },
    available: hasErp,
  },
  {
    id: 'stats-growth',
    kind: 'chart',
    spec: statisticsCharts['stats-growth'],
    drawn: statisticsDrawn['stats-growth'],
    source: 'indexComparator',
    sourceKey: (r) => (hasTopixComparison(r) ? 'indexComparatorTopix' : 'indexComparator'),
    altKey: (r) => (hasTopixComparison(r) ? 'fig.stats-growth.altTopix' : 'fig.stats-growth.alt'),
    captionKey: (r) => (hasTopixComparison(r) ? 'fig.stats-growth.captionTopix' : 'fig.stats-growth.caption'),
    csv: growthRows,
    available: hasComparison,
  },
  {
    id: 'stats-comparison',
    kind: 'table',
    source: 'indexComparator',
    sourceKey: (r) => (hasTopixComparison(r) ? 'indexComparatorTopix' : 'indexComparator'),
    table: comparisonTable,
    captionKey: (r) => (hasTopixComparison(r) ? 'tab.stats-comparison.captionTopix' : 'tab.stats-comparison.caption'),
    available: hasComparison,
  },
  {
    id: 'stats-nt',
    kind: 'chart',
    spec: statisticsCharts['stats-nt'],
    drawn: statisticsDrawn['stats-nt'],
    source: 'nt',
    csv: (r) => series(['date', 'nt_ratio'], r.datasets.nt),
    available: hasNt,
  },
  { id: 'stats-seed-check', kind: 'table', source: 'seed', table: seedCheckTable, available: hasSeedCheck },
];
