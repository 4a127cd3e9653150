import { DataError } from '../data/data-error';
import { finiteValue, positivePrice, ruleOf } from '../data/schemas';
import type { SeriesDefinition } from '../data/series-catalog';
import { parseDateCell } from './dates';
import type { SourceTable } from './formats';

/** One observation of a download in the series' canonical form: ISO date (period start), number. */
export interface Observation {
  date: string;
  value: number;
  /** Where it came from in the download, for messages: 1-based line and the value's column. */
  line: number;
  column: number;
  /** Decimals the download wrote (2 for stooq's 23506.33); merges compare at the coarser precision. */
  decimals: number;
}

export interface CanonicalInput {
  observations: Observation[];
  /** Rows whose value cell was a missing marker (`null`, `.`, empty): skipped, counted, never merged. */
  missing: number;
  /**
   * Rows skipped by name: on a day the market was closed (the series' `closed` days, e.g. the TSE outage
   * of 2020-10-01, for which stooq carries a placeholder row), or a non-numeric documented artefact.
   */
  artefacts: string[];
}

/** Cells that mean "no observation" in the formats read: Yahoo `null`, FRED `.`, an empty cell, `NA`. */
const MISSING = new Set(['', 'null', '.', 'NA', 'N/A', '#N/A']);

/** Digits after the decimal point as written; exponent notation counts as fully precise. */
function writtenDecimals(cell: string): number {
  if (/[eE]/.test(cell)) return Number.POSITIVE_INFINITY;
  const i = cell.indexOf('.');
  return i < 0 ? 0 : cell.length - i - 1;
}

/** Moves a month or quarter observation to the first day of its period; null if `date` is not on one. */
function periodStart(date: string, def: SeriesDefinition): string | null {
  if (def.frequency === 'daily' || def.frequency === 'steps') return date;
  if (date.slice(8) !== '01') return null;
  if (def.frequency === 'quarterly' && (Number(date.slice(5, 7)) - 1) % 3 !== 0) return null;
  return date;
}

/**
 * Maps a download's rows to the series' canonical observations and checks them as the loader would:
 * dates that exist and strictly increase (no duplicates), monthly/quarterly dates on the first of their
 * period, decimal numbers with a point, positive where the series is a price. The first bad cell fails
 * with a {@link DataError} naming the download's file, line and column.
 */
export function canonicalise(table: SourceTable, def: SeriesDefinition, closed: readonly string[] = []): CanonicalInput {
  const { file } = table;
  if (table.rows.length === 0) throw new DataError({ file, line: 2, column: 1, value: '', rule: 'the file must hold at least one data row (it has a header only)' });
  const artefactDates = new Set(def.artefacts.map((a) => a.date));
  const closedDays = new Set(closed);
  const schema = def.positive ? positivePrice : finiteValue;
  const out: CanonicalInput = { observations: [], missing: 0, artefacts: [] };
  let prev: { date: string; line: number } | undefined;
  for (const row of table.rows) {
    const parsed = parseDateCell(row.date);
    if (parsed === null) {
      throw new DataError({ file, line: row.line, column: row.dateColumn, value: row.date, rule: 'a date that exists, written YYYY-MM-DD (a timestamp, YYYY/MM/DD, YYYYMMDD, YYYY-MM or Jan.1970 are read too)' });
    }
    const date = periodStart(parsed, def);
    if (date === null) {
      throw new DataError({ file, line: row.line, column: row.dateColumn, value: row.date, rule: `a ${def.frequency} observation dated on the first day of its ${def.frequency === 'monthly' ? 'month' : 'quarter'}` });
    }
    if (prev && date <= prev.date) {
      const rule = date === prev.date ? `no duplicate dates (line ${prev.line} has ${prev.date} too)` : `dates strictly increasing (line ${prev.line} has ${prev.date})`;
      throw new DataError({ file, line: row.line, column: row.dateColumn, value: row.date, rule });
    }
    prev = { date, line: row.line };
    if (closedDays.has(date) || (artefactDates.has(date) && !/^[-+]?\d/.test(row.value))) {
      out.artefacts.push(date);
      continue;
    }
    if (MISSING.has(row.value)) {
      out.missing += 1;
      continue;
    }
    const value = schema.safeParse(row.value);
    if (!value.success) throw new DataError({ file, line: row.line, column: row.valueColumn, value: row.value, rule: ruleOf(value.error) });
    out.observations.push({ date, value: value.data, line: row.line, column: row.valueColumn, decimals: writtenDecimals(row.value) });
  }
  return out;
}
