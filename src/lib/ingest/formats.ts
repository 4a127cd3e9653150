import { parse } from 'csv-parse/sync';
import { DataError } from '../data/data-error';
import type { SeriesId } from '../data/series-catalog';
import { seriesOfFredCode } from './series-sources';

/**
 * The download formats the ingest command reads, detected from the header:
 * - `yahoo`: Yahoo Finance / yfinance (`Date,Open,High,Low,Close,Adj Close,Volume` in any order, `null`
 *   rows, timestamped dates, optionally yfinance's three-line `Price / Ticker / Date` header); exchange
 *   and akshare exports with a Date and a Close column read the same way;
 * - `stooq`: stooq.com (`Date,Open,High,Low,Close[,Volume]`, or Polish `Data,Otwarcie,Najwyzszy,
 *   Najnizszy,Zamkniecie[,Wolumen]`; the volume field may be missing on a row);
 * - `fred`: FRED (`observation_date|DATE|date,<SERIES CODE>`, `.` for a missing day);
 * - `estat`: the e-Stat CSV export (BOM, quoted, `"Time","Region Code","Region","<index name>",...`,
 *   dates such as `Jan.1970`);
 * - `plain`: two columns, `date,<value>` (the canonical form itself).
 */
export type Format = 'yahoo' | 'stooq' | 'fred' | 'estat' | 'plain';
export const FORMATS: readonly Format[] = ['yahoo', 'stooq', 'fred', 'estat', 'plain'];

/** One data row of a download: the raw date and value cells and where they stand (1-based). */
export interface SourceRow {
  line: number;
  date: string;
  dateColumn: number;
  value: string;
  valueColumn: number;
}

export interface SourceTable {
  file: string;
  format: Format;
  /** Header of the value column as the download names it. */
  valueHeader: string;
  rows: SourceRow[];
  /** The series the content names (a FRED code, e-Stat's CPI), when it does. */
  seriesHint?: SeriesId;
}

const POLISH = ['data', 'otwarcie', 'najwyzszy', 'najnizszy', 'zamkniecie'];
const DATE_NAMES = ['date', 'data', 'observation_date', 'month', 'time', 'datetime', '日付', '日期'];
const CLOSE_NAMES = ['close', 'zamkniecie', '終値', '收盘'];

type Record_ = { record: string[]; info: { lines: number } };

/** Decodes a download, refusing binary and non-UTF-8 files with a message that says so. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const fail = (rule: string) => new DataError({ file, line: 1, column: 1, value: '', rule });
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') throw fail('the file must hold a header row and data rows (it is empty)');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw fail('a text CSV file (this one holds binary data: NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('UTF-8 text (this file is in another encoding, e.g. Shift_JIS: save it as UTF-8 CSV)');
  }
}

function records(text: string, file: string): Record_[] {
  try {
    return parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as Record_[];
  } catch (err) {
    const e = err as { lines?: number; column?: number; message: string };
    throw new DataError({ file, line: e.lines ?? 1, column: typeof e.column === 'number' ? e.column + 1 : 1, value: '', rule: `well-formed CSV (${e.message})` });
  }
}

/** Which format a header names, or undefined when none fits. */
export function detectFormat(header: readonly string[]): Format | undefined {
  const h = header.map((c) => c.trim().toLowerCase());
  if (POLISH.every((p) => h.includes(p))) return 'stooq';
  if (h[0] === 'time' && h.includes('region code')) return 'estat';
  if (h.length === 2 && ['observation_date', 'date'].includes(h[0] as string) && /^[A-Z0-9_]{4,}$/.test((header[1] as string).trim()) && h[1] !== 'value' && h[1] !== 'close') return 'fred';
  if (h.length === 2 && ['date', 'observation_date', 'month'].includes(h[0] as string)) return 'plain';
  if (h.includes('close') && h.some((c) => DATE_NAMES.includes(c))) {
    const stooqOrder = ['date', 'open', 'high', 'low', 'close'];
    const isStooq = stooqOrder.every((c, i) => h[i] === c) && (h.length === 5 || (h.length === 6 && h[5] === 'volume')) && header[0] === 'Date';
    return isStooq ? 'stooq' : 'yahoo';
  }
  return undefined;
}

/** yfinance's three-line header (`Price,...` / `Ticker,...` / `Date,,,`): the column names and the lines to skip. */
function yfinanceMultiHeader(recs: Record_[]): Record_[] | undefined {
  const [a, b, c] = recs;
  if (a?.record[0] === 'Price' && b?.record[0] === 'Ticker' && c?.record[0] === 'Date') {
    return [{ record: ['Date', ...a.record.slice(1)], info: a.info }, ...recs.slice(3)];
  }
  return undefined;
}

/**
 * Reads a download into rows of (date cell, value cell). `format` forces a format; otherwise the header
 * decides. Fails with a {@link DataError} on an unknown header, a missing column or a row whose field
 * count differs from the header's (stooq may leave out the trailing volume).
 */
export function readSource(text: string, file: string, format?: Format): SourceTable {
  let recs = records(text, file);
  recs = yfinanceMultiHeader(recs) ?? recs;
  const head = recs[0];
  if (!head) throw new DataError({ file, line: 1, column: 1, value: '', rule: 'the file must hold a header row' });
  const header = head.record;
  const fmt = format ?? detectFormat(header);
  if (!fmt) {
    throw new DataError({ file, line: 1, column: 1, value: header.join(','), rule: `a header this command knows (${FORMATS.join(', ')}); pass --format to choose one` });
  }
  const lower = header.map((c) => c.trim().toLowerCase());
  const find = (names: readonly string[], what: string): number => {
    const i = lower.findIndex((c) => names.includes(c));
    if (i < 0) throw new DataError({ file, line: head.info.lines, column: 1, value: header.join(','), rule: `a ${fmt} header with ${what} column` });
    return i;
  };
  let dateIdx = 0;
  let valueIdx = 1;
  let hint: SeriesId | undefined;
  if (fmt === 'yahoo' || fmt === 'stooq') {
    dateIdx = find(DATE_NAMES, 'a date');
    valueIdx = find(CLOSE_NAMES, 'a close');
  } else if (fmt === 'estat') {
    dateIdx = find(['time'], 'a Time');
    valueIdx = lower.findIndex((c, i) => i !== dateIdx && !['region code', 'region', 'annotation', 'time code'].includes(c));
    if (valueIdx < 0) throw new DataError({ file, line: 1, column: 1, value: header.join(','), rule: 'an e-Stat header with a value column' });
    if (/consumer price index/i.test(header[valueIdx] as string)) hint = 'cpi';
  } else {
    if (header.length !== 2) throw new DataError({ file, line: 1, column: 3, value: header.join(','), rule: `a ${fmt} file has two columns, date and value` });
    if (fmt === 'fred') hint = seriesOfFredCode(header[1] as string);
  }
  const optionalLast = fmt === 'stooq' ? header.length - 1 : header.length;
  const rows: SourceRow[] = [];
  for (const { record, info } of recs.slice(1)) {
    const line = info.lines;
    if (record.length !== header.length && record.length !== optionalLast) {
      throw new DataError({
        file, line, column: Math.min(record.length, header.length) + 1, value: record.join(','),
        rule: `every row has ${header.length} fields (${header.join(', ')}); this one has ${record.length}`,
      });
    }
    if (record.length <= Math.max(dateIdx, valueIdx)) {
      throw new DataError({ file, line, column: record.length + 1, value: record.join(','), rule: `the row reaches the ${header[valueIdx]} column` });
    }
    rows.push({ line, date: record[dateIdx] as string, dateColumn: dateIdx + 1, value: record[valueIdx] as string, valueColumn: valueIdx + 1 });
  }
  return { file, format: fmt, valueHeader: header[valueIdx] as string, rows, ...(hint ? { seriesHint: hint } : {}) };
}
