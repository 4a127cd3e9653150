import { stringify } from 'csv-stringify/sync';
import { DATA_LOCALE } from '../i18n/locales';
import { t } from '../i18n/t';
import { safeCsvRows } from './csv-cell';
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
  if ('fact' in c) return c.abs && typeof c.fact.value === 'number' ? Math.abs(c.fact.value) : raw(c.fact);
  if ('literal' in c) return c.literal;
  if ('localized' in c) return c.localized[DATA_LOCALE];
  const vars = Object.fromEntries(Object.entries(c.vars ?? {}).map(([k, f]) => [k, raw(f)]));
  return t(DATA_LOCALE, c.text, vars);
}

/**
 * The data behind figure or table `id` as CSV (UTF-8, comma-separated, header row). Percentages are
 * fractions (0.0491 = 4.91 %), index levels in points, dates ISO; table labels in the data language (`DATA_LOCALE`, English). Text cells
 * that a spreadsheet would run as a formula are neutralised (see csv-cell.ts).
 */
export function figureCsv(id: string, report: Report): string {
  const entry = figureEntry(id);
  if (entry.kind === 'table') {
    const m = tableModel(id, report);
    const header = m.columns.map((c) => t(DATA_LOCALE, c.key, Object.fromEntries(Object.entries(c.vars ?? {}).map(([k, f]) => [k, raw(f)]))));
    return stringify(safeCsvRows([header, ...m.rows.map((row) => [cellText(row.label), ...row.cells.map(cellText)])]));
  }
  const { header, rows: body } = entry.csv(report);
  return stringify(safeCsvRows([header, ...body]));
}
