import type { FactKey } from '../../lib/report/fact-keys';
import { valuationDrawn } from './drawn';
import { factKey, type Fact } from '../../lib/report/fact';
import type { ChartDef, FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, text, type TableModel, type TableRow } from '../../lib/report/table-model';
import { REPORT_CONFIG } from '../../lib/config/active';

/** Column names of the CSV downloads: the series ids of the report's index and comparator (n225, csi300). */
const INDEX = REPORT_CONFIG.index.series;
const COMPARATOR = REPORT_CONFIG.comparators[0]?.series ?? 'comparator';

const hasComparison = (r: Report) => r.datasets.valuation.comparison !== null;
const hasFact = (k: string) => (r: Report) => r.index.get(k)?.value === true;
const hasValuation = hasFact('valuation.available');
const hasErp = hasFact('valuation.erp.available');
const hasNt = hasFact('valuation.nt.available');
const hasTopixComparison = (r: Report) => hasComparison(r) && hasFact('valuation.comparison.topix.available')(r);

const series = (header: string[], points: { date: string; value: number }[]) => ({ header, rows: points.map((p) => [p.date, p.value]) });

/** Latest value, its percentiles over ten years and since the first month, and the range of the monthly means, per measure. */
function valuationTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const row = (m: 'per' | 'pbr' | 'dy'): TableRow => {
    const k = (x: string) => f(factKey(`valuation.${m}.${x}`));
    return {
      label: text(`row.valuation.${m}`),
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
    id: 'valuation-table',
    minWidth: 36,
    columns: [{ key: 'col.measure' }, { key: 'col.latest' }, { key: 'col.p10y' }, { key: 'col.pAll' }, { key: 'col.min' }, { key: 'col.max' }],
    rows: [row('per'), row('pbr'), row('dy')],
  };
}

const monthly = (header: string, rows: { date: string; value: number }[]) => ({ header: ['month', header], rows: rows.map((p) => [p.date.slice(0, 7), p.value]) });

function comparisonTable(r: Report, f: (k: FactKey) => Fact): TableModel {
  const topix = hasTopixComparison(r);
  const both = (k: string, opts = {}) => [
    fact(f(factKey(`valuation.comparison.index.${k}`)), opts),
    fact(f(factKey(`valuation.comparison.comparator.${k}`)), opts),
    ...(topix ? [fact(f(factKey(`valuation.comparison.topix.${k}`)), opts)] : []),
  ];
  const blank = topix ? [null, null] : [null];
  return {
    id: 'valuation-comparison',
    columns: [{ key: 'col.measure' }, { key: 'chart.index' }, { key: 'chart.comparator' }, ...(topix ? [{ key: 'chart.topix' } as const] : [])],
    rows: [
      { label: text('row.annualised'), cells: both('annualised', { signed: true }) },
      { label: text('row.cumulative'), cells: both('cumulative', { signed: true }) },
      { label: text('row.volatility'), cells: both('volatility') },
      { label: text('row.sharpe'), cells: both('sharpe') },
      { label: text('row.maxDrawdown'), cells: both('maxDrawdown') },
      { label: text('row.correlation'), cells: [fact(f('valuation.comparison.correlation')), ...blank] },
      { label: text('row.beta'), cells: [fact(f('valuation.comparison.beta')), ...blank] },
    ],
  };
}

const growthRows: ChartDef['csv'] = (r) => {
  const g = r.datasets.valuation.comparison?.growth;
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

/** The Valuation and comparison chapter's figures and tables in reading order. */
export const valuationFigures = [
  { id: 'valuation-table', kind: 'table', source: 'valuation', table: valuationTable, available: hasValuation },
  {
    id: 'valuation-per',
    kind: 'chart',
    drawn: valuationDrawn['valuation-per'],
    source: 'valuation',
    captionKey: (r) => (r.index.get('valuation.perClipped')?.value === true ? 'fig.valuation-per.captionClipped' : 'fig.valuation-per.caption'),
    csv: (r) => monthly('per_forecast_monthly_mean', r.datasets.valuation.per),
    available: hasValuation,
  },
  {
    id: 'valuation-pbr',
    kind: 'chart',
    drawn: valuationDrawn['valuation-pbr'],
    source: 'valuation',
    csv: (r) => monthly('pbr_monthly_mean', r.datasets.valuation.pbr),
    available: hasValuation,
  },
  {
    id: 'valuation-dy',
    kind: 'chart',
    drawn: valuationDrawn['valuation-dy'],
    source: 'valuation',
    csv: (r) => monthly('dividend_yield_monthly_mean', r.datasets.valuation.dy),
    available: hasValuation,
  },
  {
    id: 'valuation-erp',
    kind: 'chart',
    drawn: valuationDrawn['valuation-erp'],
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
    id: 'valuation-growth',
    kind: 'chart',
    drawn: valuationDrawn['valuation-growth'],
    source: 'indexComparator',
    sourceKey: (r) => (hasTopixComparison(r) ? 'indexComparatorTopix' : 'indexComparator'),
    altKey: (r) => (hasTopixComparison(r) ? 'fig.valuation-growth.altTopix' : 'fig.valuation-growth.alt'),
    captionKey: (r) => (hasTopixComparison(r) ? 'fig.valuation-growth.captionTopix' : 'fig.valuation-growth.caption'),
    csv: growthRows,
    available: hasComparison,
  },
  {
    id: 'valuation-comparison',
    kind: 'table',
    source: 'indexComparator',
    sourceKey: (r) => (hasTopixComparison(r) ? 'indexComparatorTopix' : 'indexComparator'),
    table: comparisonTable,
    captionKey: (r) => (hasTopixComparison(r) ? 'tab.valuation-comparison.captionTopix' : 'tab.valuation-comparison.caption'),
    available: hasComparison,
  },
  {
    id: 'valuation-nt',
    kind: 'chart',
    drawn: valuationDrawn['valuation-nt'],
    source: 'nt',
    csv: (r) => series(['date', 'nt_ratio'], r.datasets.valuation.nt),
    available: hasNt,
  },
] as const satisfies readonly FigureDef[];
