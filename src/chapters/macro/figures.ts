import type { FactKey } from '../../lib/report/fact-keys';
import { macroDrawn } from './drawn';
import { factKey, type Fact } from '../../lib/report/fact';
import type { ChartDef, FigureDef } from '../../lib/report/figure-def';
import { seed000CheckTable, seed000PointsTable, seed003CheckTable } from './seed-tables';
import { etfReturnsTable, etfYearsTable, seed003PartsTable } from './flow-tables';
import type { Report } from '../../lib/report/report';
import { fact, text, type Cell, type TableModel, type TableRow } from '../../lib/report/table-model';

const REGIMES = ['preQqe', 'qqe', 'postExit'] as const;

/** The BOJ–index relation over the whole span and within each policy regime the edition's data cover. */
function regimesTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const row = (label: Cell, p: string, months: string): TableRow => ({
    label,
    cells: [
      fact(f(factKey(months))),
      fact(f(factKey(`${p}.bojChange`)), { signed: true, digits: 1 }),
      fact(f(factKey(`${p}.n225Change`)), { signed: true, digits: 1 }),
      fact(f(factKey(`${p}.levelCorrelation`))),
      fact(f(factKey(`${p}.changeCorrelation`))),
      fact(f(factKey(`${p}.t`))),
      fact(f(factKey(`${p}.etfAmount`)), { digits: 1 }),
    ],
  });
  const full: TableRow = {
    label: text('row.macro.fullSpan', { start: f('macro.boj.first'), end: f('macro.boj.last') }),
    cells: [
      fact(f('macro.boj.changes.months')),
      fact(f('macro.boj.full.bojChange'), { signed: true, digits: 1 }),
      fact(f('macro.boj.full.n225Change'), { signed: true, digits: 1 }),
      fact(f('macro.boj.levels.correlation')),
      fact(f('macro.boj.changes.correlation')),
      fact(f('macro.boj.changes.t')),
      fact(f('macro.boj.full.etfAmount'), { digits: 1 }),
    ],
  };
  const regimes = REGIMES.filter((id) => f(`macro.boj.regimes.${id}.available`).value === true).map((id) =>
    row(
      text(`row.macro.regime.${id}`, { start: f(`macro.boj.regimes.${id}.start`), end: f(`macro.boj.regimes.${id}.end`) }),
      `macro.boj.regimes.${id}`,
      `macro.boj.regimes.${id}.months`,
    ),
  );
  return {
    id: 'macro-boj-regimes',
    columns: [
      { key: 'col.macro.period' },
      { key: 'col.macro.months' },
      { key: 'col.macro.bojChange' },
      { key: 'col.macro.n225Change' },
      { key: 'col.macro.levelCorr' },
      { key: 'col.macro.changeCorr' },
      { key: 'col.macro.tStat' },
      { key: 'col.macro.etfInPeriod' },
    ],
    rows: [full, ...regimes],
  };
}

/** Each increase of the BOJ's policy rate in the edition's data, the exit from negative rates first. */
function hikesTable(r: Report, f: (k: FactKey) => Fact): TableModel {
  const ids = [...r.index.keys()].filter((k) => /^macro\.policy\.hikes\.h\d+\.date$/.test(k)).map((k) => k.split('.')[3] as string);
  return {
    id: 'macro-hikes',
    columns: [{ key: 'col.date' }, { key: 'col.macro.rateFrom' }, { key: 'col.macro.rateTo' }, { key: 'col.macro.rateStep' }],
    rows: ids.map((id) => {
      const p = `macro.policy.hikes.${id}`;
      return { label: fact(f(factKey(`${p}.date`))), cells: [fact(f(factKey(`${p}.from`))), fact(f(factKey(`${p}.to`))), fact(f(factKey(`${p}.step`)), { signed: true })] };
    }),
  };
}

const dated = (header: string[], rows: { date: string }[], cols: string[]) => ({
  header,
  rows: rows.map((x) => [x.date, ...cols.map((c) => (x as unknown as Record<string, number | null>)[c] ?? '')]),
});

const ratesRows: ChartDef['csv'] = (r) => {
  const d = r.datasets.macro.rates;
  const rows = [
    ...d.jgb10y.map((p) => [p.date, 'jgb10y', p.value]),
    ...d.callRate.map((p) => [p.date, 'call_rate', p.value]),
    ...d.policy.map((p) => [p.date, 'policy_rate_from', p.value]),
  ];
  return { header: ['date', 'series', 'rate'], rows };
};

/** A figure is available when the flag fact `key` is true in the edition. */
const has = (key: string) => (r: Report) => r.index.get(key)?.value === true;

/**
 * The Macro chapter's one missing-data rule for charts: a chart is shown when its fact says the data are
 * available and every list it draws has at least two points (a line or a comparison needs two); otherwise
 * it is left out and not numbered, never drawn empty. Builders may then assume their data.
 */
const drawable =
  (key: string, ...lists: ((d: Report['datasets']['macro']) => readonly unknown[])[]) =>
  (r: Report) =>
    has(key)(r) && lists.every((l) => l(r.datasets.macro).length >= 2);

/** The Macro chapter's figures and tables in reading order. */
export const macroFigures = [
  {
    id: 'macro-boj-n225',
    available: drawable('macro.boj.available', (d) => d.boj.levels),
    kind: 'chart',
    drawn: macroDrawn['macro-boj-n225'],
    source: 'macroBoj',
    csv: (r) => dated(['month', 'boj_total_assets_trillion_yen', 'n225_month_end_close'], r.datasets.macro.boj.levels, ['boj', 'n225']),
  },
  { id: 'macro-boj-regimes', available: has('macro.boj.available'), kind: 'table', source: 'macroBoj', table: regimesTable },
  {
    id: 'macro-boj-rolling',
    available: drawable('macro.boj.available', (d) => d.boj.rolling),
    kind: 'chart',
    drawn: macroDrawn['macro-boj-rolling'],
    source: 'macroBoj',
    csv: (r) => dated(['month', 'rolling_12m_correlation_of_monthly_changes'], r.datasets.macro.boj.rolling, ['value']),
  },
  {
    id: 'macro-boj-lags',
    available: drawable('macro.boj.available', (d) => d.boj.lags),
    kind: 'chart',
    drawn: macroDrawn['macro-boj-lags'],
    source: 'macroBoj',
    csv: (r) => ({
      header: ['lag_months_positive_boj_leads', 'correlation', 'pairs', 'band_95'],
      rows: r.datasets.macro.boj.lags.map((l) => [l.lag, l.r ?? '', l.n, r.datasets.macro.boj.band ?? '']),
    }),
  },
  {
    id: 'macro-etf',
    available: drawable('macro.etf.available', (d) => d.etf.years),
    kind: 'chart',
    drawn: macroDrawn['macro-etf'],
    source: 'macroEtf',
    csv: (r) => ({
      header: ['year', 'purchase_days', 'bought_trillion_yen', 'cumulative_trillion_yen', 'cumulative_over_boj_total_assets'],
      rows: r.datasets.macro.etf.years.map((y) => [y.year, y.days, y.amount, y.cumulative, y.shareOfAssets ?? '']),
    }),
  },
  { id: 'macro-etf-years', available: has('macro.etf.available'), kind: 'table', source: 'macroEtf', table: etfYearsTable },
  { id: 'macro-etf-returns', available: has('macro.etf.sameDay.available'), kind: 'table', source: 'macroEtfReturns', table: etfReturnsTable },
  {
    id: 'macro-seed000-boj',
    available: drawable(
      'macro.seed000.available',
      (d) => d.seed000.rows,
      (d) => d.seed000.monthly,
    ),
    kind: 'chart',
    drawn: macroDrawn['macro-seed000-boj'],
    source: 'macroSeed000',
    csv: (r) => ({
      header: ['date', 'series', 'boj_total_assets_trillion_yen'],
      rows: [...r.datasets.macro.seed000.rows.map((x) => [x.date, 'seed_ten_day', x.seedBoj]), ...r.datasets.macro.seed000.monthly.map((x) => [x.date, 'boj_month_end', x.value])],
    }),
  },
  { id: 'macro-seed000-points', available: has('macro.seed000.available'), kind: 'table', source: 'macroSeed000', table: seed000PointsTable },
  { id: 'macro-seed000-check', available: has('macro.seed000.available'), kind: 'table', source: 'macroSeed000', table: seed000CheckTable },
  { id: 'macro-seed003-check', available: has('macro.seed003.available'), kind: 'table', source: 'macroSeed003', table: seed003CheckTable },
  { id: 'macro-seed003-parts', available: has('economy.gdpParts.seed.available'), kind: 'table', source: 'macroSeed003Parts', table: seed003PartsTable },
  {
    id: 'macro-rates',
    available: drawable('macro.jgb.available', (d) => d.rates.jgb10y),
    kind: 'chart',
    drawn: macroDrawn['macro-rates'],
    source: 'macroRates',
    csv: ratesRows,
    // Before the policy-rate data begin, the text alternative says so instead of naming a target.
    altKey: (r) => (has('macro.policy.available')(r) ? 'fig.macro-rates.alt' : 'fig.macro-rates.altNoPolicy'),
    captionKey: (r) => (has('macro.callRate.available')(r) ? 'fig.macro-rates.caption' : 'fig.macro-rates.captionNoCall'),
  },
  { id: 'macro-hikes', available: has('macro.policy.exited'), kind: 'table', source: 'macroRates', table: hikesTable },
] as const satisfies readonly FigureDef[];
