import { DataError } from '../data/data-error';
import { finiteValue, positivePrice, ruleOf } from '../data/schemas';
import type { SeriesDefinition } from '../data/series-catalog';
import { parseDateCell } from './dates';
import { writtenDecimals } from './decimal';
import type { SourceTable } from './formats';
import { formatCell, formatValue, type Precision } from './series-sources';

/** One observation of a download in the series' canonical form: ISO date (period start), number. */
export interface Observation {
  date: string;
  value: number;
  /** Where it came from in the download, for messages: 1-based line and the value's column. */
  line: number;
  column: number;
  /** Decimals the download wrote (2 for stooq's 23506.33); merges compare at the coarser precision. */
  decimals: number;
  /** The value as the canonical file writes it: the download's cell rounded in decimal (never via binary). */
  cell: string;
}

/** How to read a download into a series: its precision, the zone of its dates and the exchange's today. */
export interface CanonicalOptions {
  precision: Precision;
  /** IANA zone a timestamp is converted to (the series' exchange). */
  timeZone: string;
  /** Today's date (YYYY-MM-DD) in `timeZone`: a row dated later is refused. */
  today: string;
  /** Days the market was closed although a download may carry a row: skipped by name. */
  closed?: readonly string[];
  /** A monthly series' downloads may label a month by its last calendar day (see SeriesSource.monthEndLabels). */
  monthEndLabels?: boolean;
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

/** Cells that mean "no observation" in the formats read: Yahoo `null`, FRED `.`, MoF `-`, an empty cell, `NA`. */
const MISSING = new Set(['', 'null', '.', '-', 'NA', 'N/A', '#N/A']);

/** Moves a month or quarter observation to the first day of its period; null if `date` is not on one. */
function periodStart(date: string, def: SeriesDefinition, monthEndLabels = false): string | null {
  if (def.frequency === 'daily' || def.frequency === 'steps') return date;
  if (monthEndLabels && def.frequency === 'monthly' && isLastDayOfMonth(date)) return `${date.slice(0, 8)}01`;
  if (date.slice(8) !== '01') return null;
  if (def.frequency === 'quarterly' && (Number(date.slice(5, 7)) - 1) % 3 !== 0) return null;
  return date;
}

/** True when an ISO date is its month's last calendar day. */
function isLastDayOfMonth(date: string): boolean {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/**
 * Maps a download's rows to the series' canonical observations and checks them as the loader would:
 * dates that exist, are not after the exchange's today and strictly increase (no duplicates),
 * monthly/quarterly dates on the first of their period, decimal numbers with a point, positive where
 * the series is a price, and values the canonical file can write in plain decimals that read back as
 * read. Rows are consumed as they stream in; the first bad cell stops the reading with a
 * {@link DataError} naming the download's file, line and column.
 */
export function canonicalise(table: SourceTable, def: SeriesDefinition, opts: CanonicalOptions): CanonicalInput {
  const { file } = table;
  const artefactDates = new Set(def.artefacts.map((a) => a.date));
  const closedDays = new Set(opts.closed ?? []);
  const schema = def.positive ? positivePrice : finiteValue;
  const out: CanonicalInput = { observations: [], missing: 0, artefacts: [] };
  let prev: { date: string; line: number } | undefined;
  let rows = 0;
  for (const row of table.rows) {
    rows += 1;
    const parsed = parseDateCell(row.date, opts.timeZone);
    if (parsed === null) {
      throw new DataError({
        file,
        line: row.line,
        column: row.dateColumn,
        value: row.date,
        rule: 'a date that exists, written YYYY-MM-DD (a timestamp, YYYY/MM/DD, YYYYMMDD, YYYY-MM, Jan.1970 or an era date such as R8.6.30 are read too)',
      });
    }
    if (parsed > opts.today) {
      throw new DataError({
        file,
        line: row.line,
        column: row.dateColumn,
        value: row.date,
        rule: `a date no later than today on the exchange (${opts.today}, ${opts.timeZone}): ${parsed} has not happened yet`,
      });
    }
    const date = periodStart(parsed, def, opts.monthEndLabels);
    if (date === null) {
      const unit = def.frequency === 'monthly' ? 'month' : 'quarter';
      throw new DataError({
        file,
        line: row.line,
        column: row.dateColumn,
        value: row.date,
        rule: `a ${def.frequency} observation dated on the first day of its ${unit}${opts.monthEndLabels ? ' (or its last)' : ''}: ${def.id} holds one value a ${unit} (${def.unit}), and this row is dated ${parsed} — if the download holds daily values, average them by ${unit} first or download the ${def.frequency} series`,
      });
    }
    if (prev && date <= prev.date) {
      const rule =
        date === prev.date
          ? `no duplicate dates (line ${prev.line} has ${prev.date} too${def.frequency === 'daily' ? '; one row a day: intraday downloads are not read' : ''})`
          : `dates strictly increasing (line ${prev.line} has ${prev.date})`;
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
    if (Math.abs(value.data) >= 1e15) {
      throw new DataError({
        file,
        line: row.line,
        column: row.valueColumn,
        value: row.value,
        rule: 'a value below 10^15 in magnitude (no series held here comes near; a unit or parsing error upstream?)',
      });
    }
    const cell = formatCell(row.value, opts.precision);
    if (cell === null || !Number.isFinite(Number(cell)) || formatValue(Number(cell), opts.precision) !== cell) {
      throw new DataError({
        file,
        line: row.line,
        column: row.valueColumn,
        value: row.value,
        rule: `a value the canonical file can hold exactly at ${opts.precision.decimals} decimals (at most 15 significant digits; this one would be written ${cell === null ? 'as nothing' : cell.length > 30 ? `with ${cell.length} characters` : cell} and read back differently)`,
      });
    }
    out.observations.push({ date, value: value.data, line: row.line, column: row.valueColumn, decimals: writtenDecimals(row.value), cell });
  }
  if (rows === 0) throw new DataError({ file, line: 2, column: 1, value: '', rule: 'the file must hold at least one data row (it has a header only)' });
  return out;
}
