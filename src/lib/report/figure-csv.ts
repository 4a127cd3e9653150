import { stringify } from 'csv-stringify/sync';
import { t, type StringKey } from '../i18n/t';
import type { Fact } from './fact';
import { figureEntry } from './figure-list';
import type { Report } from './report';
import { tableModel, type Cell } from './tables';

/** Raw value of a fact for a CSV cell: numbers in their natural unit (fractions, points), dates ISO. */
function raw(f: Fact): string | number {
  return f.value === null ? '' : typeof f.value === 'boolean' ? String(f.value) : f.value;
}

function cellText(c: Cell): string | number {
  if (c === null) return '';
  if ('fact' in c) return raw(c.fact);
  if ('literal' in c) return c.literal;
  const vars = Object.fromEntries(Object.entries(c.vars ?? {}).map(([k, f]) => [k, raw(f)]));
  return t('en', c.text, vars);
}

const CHART_ROWS: Record<string, (r: Report) => { header: string[]; rows: (string | number)[][] }> = {
  'stats-trend': (r) => ({ header: ['date', 'n225_close'], rows: r.datasets.statistics.trend.map((p) => [p.date, p.value]) }),
  'stats-histogram': (r) => ({
    header: ['bin_from', 'bin_to', 'days', 'normal_expected_days'],
    rows: r.datasets.statistics.bins.map((b) => {
      const mid = (b.x0 + b.x1) / 2;
      const near = r.datasets.statistics.normal.reduce((a, n) => (Math.abs(n.x - mid) < Math.abs(a.x - mid) ? n : a));
      return [b.x0, b.x1, b.count, near.density];
    }),
  }),
  'stats-drawdown': (r) => ({ header: ['date', 'drawdown'], rows: r.datasets.statistics.drawdown.map((p) => [p.date, p.value]) }),
  'stats-rolling-vol': (r) => ({ header: ['date', 'volatility_20d_annualised'], rows: r.datasets.statistics.rollingVol.map((p) => [p.date, p.value]) }),
  'stats-growth': (r) => {
    const g = r.datasets.comparison?.growth;
    const csi = new Map((g?.csi300 ?? []).map((p) => [p.date, p.value]));
    const dates = [...new Set([...(g?.n225 ?? []).map((p) => p.date), ...csi.keys()])].sort();
    const n = new Map((g?.n225 ?? []).map((p) => [p.date, p.value]));
    return { header: ['date', 'n225_growth_of_100', 'csi300_growth_of_100'], rows: dates.map((d) => [d, n.get(d) ?? '', csi.get(d) ?? '']) };
  },
};

/**
 * The data behind figure or table `id` as CSV (UTF-8, comma-separated, header row). Percentages are
 * fractions (0.0491 = 4.91 %), index levels in points, dates ISO; table labels in English.
 */
export function figureCsv(id: string, report: Report): string {
  const entry = figureEntry(id);
  if (entry.kind === 'table') {
    const m = tableModel(id, report);
    const header = m.columns.map((c) => t('en', c.key as StringKey, Object.fromEntries(Object.entries(c.vars ?? {}).map(([k, f]) => [k, raw(f)]))));
    return stringify([header, ...m.rows.map((row) => [cellText(row.label), ...row.cells.map(cellText)])]);
  }
  const rows = CHART_ROWS[id];
  if (!rows) throw new Error(`No CSV rows for chart "${id}"`);
  const { header, rows: body } = rows(report);
  return stringify([header, ...body]);
}
