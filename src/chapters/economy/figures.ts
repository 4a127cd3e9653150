import type { FigureDef } from '../../lib/report/figure-def';
import { covidWavesTable, gdpPartsTable } from './tables';
import { PARTS } from './gdp-parts';
import type { Report } from '../../lib/report/report';
import { economyDrawn } from './drawn';

const dated = (header: string[], rows: { date: string }[], cols: string[]) => ({
  header,
  rows: rows.map((x) => [x.date, ...cols.map((c) => (x as unknown as Record<string, number | null>)[c] ?? '')]),
});

/** A figure is available when the flag fact `key` is true in the edition. */
const has = (key: string) => (r: Report) => r.index.get(key)?.value === true;

/**
 * The Macro chapter's one missing-data rule for charts: a chart is shown when its fact says the data are
 * available and every list it draws has at least two points (a line or a comparison needs two); otherwise
 * it is left out and not numbered, never drawn empty. Builders may then assume their data.
 */
const drawable =
  (key: string, ...lists: ((d: Report['datasets']['economy']) => readonly unknown[])[]) =>
  (r: Report) =>
    has(key)(r) && lists.every((l) => l(r.datasets.economy).length >= 2);

/** The Economy chapter's figures and tables in reading order. */
export const economyFigures = [
  {
    id: 'economy-fx',
    available: drawable('economy.fx.available', (d) => d.fx),
    kind: 'chart',
    drawn: economyDrawn['economy-fx'],
    source: 'economyFx',
    csv: (r) => dated(['month', 'usdjpy_month_end', 'n225_month_end_close'], r.datasets.economy.fx, ['usdjpy', 'n225']),
  },
  {
    id: 'economy-gdp',
    available: drawable('economy.gdp.available', (d) => d.gdp),
    kind: 'chart',
    drawn: economyDrawn['economy-gdp'],
    source: 'economyGdp',
    csv: (r) => dated(['quarter', 'qoq_annualised', 'yoy'], r.datasets.economy.gdp, ['qoqAnn', 'yoy']),
  },
  {
    id: 'economy-gdp-parts',
    available: drawable('economy.gdpParts.available', (d) => d.gdpParts.rows),
    kind: 'chart',
    drawn: economyDrawn['economy-gdp-parts'],
    source: 'economyGdpParts',
    csv: (r) => ({
      header: ['quarter', 'real_gdp_qoq_pct', ...PARTS.map((p) => `${p}_pp`)],
      rows: r.datasets.economy.gdpParts.rows.map((q) => [q.date, q.total, ...PARTS.map((p) => q.parts[p])]),
    }),
  },
  { id: 'economy-gdp-parts-table', available: has('economy.gdpParts.available'), kind: 'table', source: 'economyGdpParts', table: gdpPartsTable },
  {
    id: 'economy-covid',
    available: drawable('economy.covid.available', (d) => d.covid.daily),
    kind: 'chart',
    drawn: economyDrawn['economy-covid'],
    source: 'economyCovid',
    csv: (r) => dated(['date', 'new_cases_7day_average', 'n225_close'], r.datasets.economy.covid.daily, ['cases', 'n225']),
    // Only an edition past MHLW's last day says the daily count ended.
    captionKey: (r) => (has('economy.covid.ended')(r) ? 'fig.economy-covid.caption' : 'fig.economy-covid.captionOngoing'),
  },
  { id: 'economy-covid-waves', available: has('economy.covid.hasWaves'), kind: 'table', source: 'economyCovid', table: covidWavesTable },
  {
    id: 'economy-cpi',
    available: drawable('economy.cpi.available', (d) => d.cpi),
    kind: 'chart',
    drawn: economyDrawn['economy-cpi'],
    source: 'economyCpi',
    csv: (r) => dated(['month', 'cpi_yoy'], r.datasets.economy.cpi, ['value']),
    // Before the BOJ set its target the text alternative names none; before a 12-month average exists, none either.
    altKey: (r) =>
      has('economy.cpi.targetInForce')(r)
        ? 'fig.economy-cpi.alt'
        : r.index.get('economy.cpi.average12')?.value === null
          ? 'fig.economy-cpi.altShort'
          : 'fig.economy-cpi.altNoTarget',
  },
] as const satisfies readonly FigureDef[];
