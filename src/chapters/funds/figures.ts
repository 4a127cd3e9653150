import type { StringKey } from '../../lib/i18n/t';
import type { FactKey } from '../../lib/report/fact-keys';
import { fundsDrawn } from './drawn';
import { factKey, type Fact } from '../../lib/report/fact';
import type { ChartDef, FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, literal, localized, text, type Cell, type TableModel } from '../../lib/report/table-model';

type F = (k: FactKey) => Fact;
const E = 'funds.etf';
const FUNDS = ['etf1321', 'etf513520'] as const;

function chinaCompareTable(r: Report, f: F): TableModel {
  return {
    id: 'funds-china-compare',
    columns: [
      { key: 'col.funds.code' },
      { key: 'col.funds.dataFrom' },
      { key: 'col.funds.dataTo' },
      { key: 'col.funds.returnCommon' },
      { key: 'col.funds.volatility' },
      { key: 'col.funds.trackingError' },
      { key: 'col.funds.corrSame' },
      { key: 'col.funds.swing' },
      { key: 'col.funds.swingDate' },
      { key: 'col.funds.swingIndex' },
    ],
    rows: r.datasets.funds.china.available.map((id) => {
      const k = (leaf: string) => f(factKey(`funds.china.${id}.${leaf}`));
      return {
        // The fund's code: the table of the funds above gives each one's name.
        label: literal(id.slice('etf'.length)),
        cells: [
          fact(k('first')),
          fact(k('last')),
          fact(k('cumulative'), { signed: true }),
          fact(k('volatility')),
          fact(k('trackingError')),
          fact(k('corrSame'), { digits: 3 }),
          fact(k('swing.value'), { signed: true }),
          fact(k('swing.date')),
          fact(k('swing.index'), { signed: true }),
        ],
      };
    }),
  };
}

const CHINA_LINES = ['n225', 'etf513520', 'etf513000', 'etf513880', 'etf159866'] as const;

const chinaGrowthRows: ChartDef['csv'] = (r) => {
  const g = r.datasets.funds.china.growth;
  const maps = CHINA_LINES.map((k) => new Map(g[k].map((p) => [p.date, p.value])));
  const dates = [...new Set(maps.flatMap((m) => [...m.keys()]))].sort();
  return {
    header: ['date', ...CHINA_LINES.map((k) => `${k}_growth_of_100`)],
    rows: dates.map((d) => [d, ...maps.map((m) => m.get(d) ?? '')]),
  };
};

function chinaEtfsTable(r: Report): TableModel {
  return {
    id: 'funds-china-etfs',
    columns: [{ key: 'col.funds.fund' }, { key: 'col.funds.code' }, { key: 'col.funds.exchange' }, { key: 'col.funds.inData' }],
    rows: r.datasets.funds.chinaEtfs.map((e) => ({
      label: localized(e.name),
      cells: [literal(e.code), localized(e.exchange), text(e.inData ? 'funds.inData.yes' : 'funds.inData.no')],
    })),
  };
}

/** Risk and tracking of the index and both funds over one window ('year' or 'full'). */
function riskTable(win: 'year' | 'full') {
  return (_r: Report, f: F): TableModel => {
    const p = `${E}.${win}`;
    const risk = (leaf: string, opts = {}): Cell[] => ['n225', ...FUNDS].map((s) => fact(f(factKey(`${p}.${s}.${leaf}`)), opts));
    const track = (leaf: string, opts = {}): Cell[] => [null, ...FUNDS.map((s) => fact(f(factKey(`${p}.track.${s}.${leaf}`)), opts))];
    const row = (key: StringKey, cells: Cell[]) => ({ label: text(key), cells });
    return {
      id: `funds-etf-risk-${win}`,
      columns: [{ key: 'col.measure' }, { key: 'chart.n225' }, { key: 'col.funds.etf1321' }, { key: 'col.funds.etf513520' }],
      rows: [
        row('row.cumulative', risk('cumulative', { signed: true })),
        row('row.annualised', risk('annualised', { signed: true })),
        row('row.volatility', risk('volatility')),
        row('row.maxDrawdown', risk('maxDrawdown')),
        row('row.downsideDeviation', risk('downside')),
        row('row.sortino', risk('sortino')),
        row('row.funds.difference', track('difference', { signed: true })),
        row('row.funds.trackingError', track('trackingError')),
        row('row.funds.corrSame', track('corrSame', { digits: 3 })),
        row('row.funds.corrLagged', track('corrLagged', { digits: 3 })),
        row('row.funds.beta', track('beta')),
      ],
    };
  };
}

/** Years present under a year-keyed fact prefix, in order. */
const yearsUnder = (r: Report, prefix: string) => [
  ...new Set([...r.index.keys()].filter((k) => k.startsWith(`${prefix}.`) && k.endsWith('.fund')).map((k) => k.slice(prefix.length + 1, -'.fund'.length))),
];

/** A full year reads "2020"; the first (partial) year says where it starts, a partial last year where it stops. */
const yearLabel = (f: F, p: string, y: string, first: boolean): Cell => {
  if (f(factKey(`${p}.${y}.partial`)).value !== true) return literal(y);
  const yr: Fact = { value: Number(y), unit: 'year' };
  return first ? text('row.funds.yearFrom', { year: yr, date: f(factKey(`${p}.${y}.base`)) }) : text('row.funds.yearTo', { year: yr, date: f(factKey(`${p}.${y}.end`)) });
};

function yearsTable(id: string, prefix: string, fundCol: StringKey, benchCol: StringKey, extra: 'none' | 'yen' | 'leader') {
  return (r: Report, f: F): TableModel => {
    const cols: TableModel['columns'] = [{ key: 'col.year' }, { key: fundCol }, { key: benchCol }, { key: 'col.funds.difference' }];
    if (extra === 'yen') cols.push({ key: 'col.funds.indexUsd' }, { key: 'col.funds.yenPart' }, { key: 'col.funds.rest' });
    if (extra === 'leader') cols.push({ key: 'col.funds.leader' });
    return {
      id,
      columns: cols,
      rows: yearsUnder(r, prefix).map((y, i) => {
        const v = (leaf: string) => fact(f(factKey(`${prefix}.${y}.${leaf}`)), { signed: true });
        const cells: Cell[] = [v('fund'), v('benchmark'), v('difference')];
        if (extra === 'yen') cells.push(v('indexUsd'), v('yen'), v('rest'));
        if (extra === 'leader') cells.push(text(f(factKey(`${prefix}.${y}.leader`)).value === 'fund' ? 'funds.leader.fund' : 'funds.leader.csi300'));
        return { label: yearLabel(f, prefix, y, i === 0), cells };
      }),
    };
  };
}

function seedTable(_r: Report, f: F): TableModel {
  const p = `${E}.seed`;
  return {
    id: 'funds-etf-seed',
    columns: [{ key: 'col.measure' }, { key: 'col.seed' }, { key: 'col.funds.oursPrice' }],
    rows: [
      { label: text('row.funds.seedDownside'), cells: [fact(f(`${p}.downsideRisk.seed`), { digits: 4 }), fact(f(`${p}.downsideRisk.ours`), { digits: 4 })] },
      { label: text('row.funds.seedMaxDrawdown'), cells: [fact(f(`${p}.maxDrawdown.seed`), { digits: 4, abs: true }), fact(f(`${p}.maxDrawdown.ours`), { digits: 4, abs: true })] },
      { label: text('row.funds.seedNav'), cells: [fact(f(`${p}.nav.seed`), { digits: 4 }), fact(f(`${p}.nav.ours`), { digits: 4 })] },
      { label: text('row.sortino'), cells: [null, fact(f(`${p}.sortino`))] },
    ],
  };
}

const dated = (header: string[], points: { date: string; value: number }[]) => ({ header, rows: points.map((p) => [p.date, p.value]) });

const growthRows: ChartDef['csv'] = (r) => {
  const g = r.datasets.funds.growth;
  const keys = ['n225', 'n225Usd', 'etf1321', 'etf513520'] as const;
  const maps = keys.map((k) => new Map(g[k].map((p) => [p.date, p.value])));
  const dates = [...new Set(maps.flatMap((m) => [...m.keys()]))].sort();
  return {
    header: ['date', 'n225_growth_of_100', 'n225_in_usd_growth_of_100', 'etf1321_growth_of_100', 'etf513520_growth_of_100'],
    rows: dates.map((d) => [d, ...maps.map((m) => m.get(d) ?? '')]),
  };
};

/** A figure shown only when the flag fact `key` is true in the edition. */
const when = (key: string) => (r: Report) => r.index.get(key)?.value === true;

/** The Index funds chapter's figures and tables in reading order. */
export const fundsFigures = [
  {
    id: 'funds-china-etfs',
    kind: 'table',
    source: 'fundsChinaEtfs',
    // The 2022 report is named as a source only in editions dated after it existed.
    sourceKey: (r) => (r.index.get('methodology.register.documents.r2022.known')?.value === true ? 'fundsChinaEtfs' : 'fundsChinaEtfsExchanges'),
    table: chinaEtfsTable,
    available: (r) => r.datasets.funds.chinaEtfs.length > 0,
    // Once the data hold every listed fund the caption no longer asks for the others.
    captionKey: (r) => {
      const listed = r.index.get('funds.chinaEtfs.listed')?.value;
      return listed !== 0 && listed === r.index.get('funds.chinaEtfs.inData')?.value ? 'tab.funds-china-etfs.captionAll' : 'tab.funds-china-etfs.caption';
    },
  },
  {
    id: 'funds-etf-growth',
    kind: 'chart',
    drawn: fundsDrawn['funds-etf-growth'],
    source: 'fundsEtfFx',
    csv: growthRows,
    available: when('funds.etf.available'),
    // Before 513520 was listed the text alternative names only what the chart draws.
    altKey: (r) => (when('funds.etf.etf513520.available')(r) ? 'fig.funds-etf-growth.alt' : 'fig.funds-etf-growth.altWithout513520'),
  },
  { id: 'funds-etf-risk-year', kind: 'table', source: 'fundsEtf', table: riskTable('year'), available: when('funds.etf.available') },
  { id: 'funds-etf-risk-full', kind: 'table', source: 'fundsEtf', table: riskTable('full'), available: when('funds.etf.available') },
  {
    id: 'funds-etf-ratio-1321',
    kind: 'chart',
    drawn: fundsDrawn['funds-etf-ratio-1321'],
    source: 'fundsEtf',
    csv: (r) => dated(['date', 'etf1321_price_per_index_point'], r.datasets.funds.ratio1321),
    available: when('funds.etf.available'),
  },
  {
    id: 'funds-etf-years-1321',
    kind: 'table',
    source: 'fundsEtf',
    table: yearsTable('funds-etf-years-1321', `${E}.years1321`, 'col.funds.etf1321', 'chart.n225', 'none'),
    available: when('funds.etf.available'),
  },
  {
    id: 'funds-etf-years-513520',
    kind: 'table',
    source: 'fundsEtfFx',
    table: yearsTable('funds-etf-years-513520', `${E}.years513520`, 'col.funds.etf513520', 'chart.n225', 'yen'),
    available: when('funds.etf.etf513520.available'),
  },
  {
    id: 'funds-etf-vs-csi',
    kind: 'table',
    source: 'fundsEtfCsi',
    table: yearsTable('funds-etf-vs-csi', `${E}.vsCsi.years`, 'col.funds.etf513520', 'chart.csi300', 'leader'),
    available: when('funds.etf.etf513520.available'),
  },
  {
    id: 'funds-china-growth',
    kind: 'chart',
    drawn: fundsDrawn['funds-china-growth'],
    source: 'fundsChina',
    csv: chinaGrowthRows,
    available: when('funds.china.available'),
  },
  { id: 'funds-china-compare', kind: 'table', source: 'fundsChina', table: chinaCompareTable, available: when('funds.china.available') },
  { id: 'funds-etf-seed', kind: 'table', source: 'fundsSeed', table: seedTable, available: when('funds.etf.seed.available') },
] as const satisfies readonly FigureDef[];
