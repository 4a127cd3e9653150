import { stringify } from 'csv-stringify/sync';
import { DATA_LOCALE } from '../i18n/locales';
import { t } from '../i18n/t';
import { safeCsvRows } from './csv-cell';
import type { Fact } from './fact';
import { figureEntry } from './figure-list';
import type { Report } from './report';
import { tableModel, type Cell } from './tables';

/** Significant digits a number of a figure's CSV keeps at least. */
export const CSV_SIGNIFICANT_DIGITS = 6;
/** Decimals a number of a figure's CSV keeps at least: index levels and prices as the source data give them (4 dp). */
export const CSV_MIN_DECIMALS = 4;

/**
 * A number as a figure's CSV writes it: rounded to whichever is finer of CSV_SIGNIFICANT_DIGITS (6)
 * significant digits and `minDecimals` decimals (at least CSV_MIN_DECIMALS, 4). Index levels, prices and
 * growth-of-100 series thus keep 4 decimals (the data's own precision for closes: 27258.3809); fractions —
 * returns, volatilities, weights, yields, percentile ranks — keep 6 significant digits (0.179432 =
 * 17.9432 %, far finer than a chart or table shows); integers (counts, years) stay as they are.
 */
export function csvNumber(x: number, minDecimals = CSV_MIN_DECIMALS): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.min(20, Math.max(minDecimals, CSV_MIN_DECIMALS, CSV_SIGNIFICANT_DIGITS - 1 - magnitude));
  return Number(x.toFixed(decimals));
}

/** Raw value of a fact for a CSV cell: numbers in their natural unit (fractions, points), dates ISO. */
function raw(f: Fact): string | number {
  return f.value === null ? '' : typeof f.value === 'boolean' ? String(f.value) : f.value;
}

/** Decimals a table cell shows of its fact's natural value (a percentage's two more than it prints), so its CSV keeps at least those. */
function shownDecimals(c: { fact: Fact; digits?: number }): number {
  return (c.digits ?? 2) + (c.fact.unit === 'pct' || c.fact.unit === 'percentile' ? 2 : 0);
}

function cellText(c: Cell): string | number {
  if (c === null) return '';
  if ('fact' in c) {
    const v = c.abs && typeof c.fact.value === 'number' ? Math.abs(c.fact.value) : raw(c.fact);
    return typeof v === 'number' ? csvNumber(v, shownDecimals(c)) : v;
  }
  if ('literal' in c) return c.literal;
  if ('localized' in c) return c.localized[DATA_LOCALE];
  const vars = Object.fromEntries(Object.entries(c.vars ?? {}).map(([k, f]) => [k, raw(f)]));
  return t(DATA_LOCALE, c.text, vars);
}

/**
 * The data behind figure or table `id` as CSV (UTF-8, comma-separated, header row). Percentages are
 * fractions (0.0491 = 4.91 %), index levels in points, dates ISO; table labels in the data language (`DATA_LOCALE`, English). Text cells
 * that a spreadsheet would run as a formula are neutralised (see csv-cell.ts). Numbers are rounded by
 * {@link csvNumber}: 6 significant digits and at least 4 decimals (a table cell: at least the decimals it shows).
 */
export function figureCsv(id: string, report: Report): string {
  const entry = figureEntry(id);
  if (entry.kind === 'table') {
    const m = tableModel(id, report);
    const header = m.columns.map((c) => t(DATA_LOCALE, c.key, Object.fromEntries(Object.entries(c.vars ?? {}).map(([k, f]) => [k, raw(f)]))));
    return stringify(safeCsvRows([header, ...m.rows.map((row) => [cellText(row.label), ...row.cells.map(cellText)])]));
  }
  const { header, rows: body } = entry.csv(report);
  return stringify(safeCsvRows([header, ...body.map((r) => r.map((v) => (typeof v === 'number' ? csvNumber(v) : v)))]));
}
