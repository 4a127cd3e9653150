import { DataError } from '../data/data-error';
import type { SeriesId } from '../data/series-catalog';
import { decodeDownload, ENCODING_NAMES, type Encoding } from './decode';
import { csvRecords, type CsvRecord } from './records';
import { seriesOfFredCode } from './series-sources';
import { isMhlwCasesHeader, MHLW_VALUE_COLUMN } from './mhlw';
import { BOJ_ETF_VALUE_COLUMN, isBojEtfHeader } from './boj-etf';

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
 * - `mof`: the Ministry of Finance's JGB yield file (`jgbcm_all.csv`: Shift_JIS, a title row, then
 *   `基準日,1年,...,10年,...,40年`, Japanese era dates such as `S49.9.24`, `-` for a tenor not issued);
 *   the value column is `10年` unless `column` names another; the file is daily, so it is the series `jgb10yDaily`;
 * - `investing`: an investing.com historical-data export (`Date,Price,Open,High,Low,Vol.,Change %`, or the
 *   same in lower case: `date,price,…,change_pct`), newest row first, prices quoted with thousands
 *   separators (`"38,417.5"`), dates `MM/DD/YYYY` or ISO; the value column is Price (the close);
 * - `mhlw`: MHLW's newly confirmed COVID-19 cases (`Date,ALL,Hokkaido,…`; the `ALL` column; see mhlw.ts);
 * - `bojetf`: the BOJ's daily ETF purchases (`Date,IndexETF,SupportiveETF,J-REIT,LendingETF`; see boj-etf.ts);
 * - `plain`: two columns, `date,<value>` (the canonical form itself).
 * ESRI's wide GDP tables are not series: `esri-gdp.ts` reads them (see ingest-fs.ts).
 * Every format may come comma-, tab- (Excel's "Unicode text") or semicolon-separated, in UTF-8, UTF-16
 * or Shift_JIS (see decode.ts).
 */
export type Format = 'yahoo' | 'stooq' | 'fred' | 'estat' | 'mof' | 'investing' | 'mhlw' | 'bojetf' | 'plain';
export const FORMATS: readonly Format[] = ['yahoo', 'stooq', 'fred', 'estat', 'mof', 'investing', 'mhlw', 'bojetf', 'plain'];

/** investing.com's price cell: digits grouped by thousands (`38,417.5`), read without the separators. */
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
/** investing.com's US date, `06/19/2024`, as ISO. */
const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

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
  /** The rows, read lazily from the file: a consumer that stops early reads no further. */
  rows: Iterable<SourceRow>;
  /** The series the content names (a FRED code, e-Stat's CPI, MoF's daily 10-year yield), when it does. */
  seriesHint?: SeriesId;
  /** The text encoding the file was read in. */
  encoding?: Encoding;
}

/** How a download is read: a forced format and, for wide files, the value column's header. */
export interface ReadOptions {
  format?: Format;
  column?: string;
}

const POLISH = ['data', 'otwarcie', 'najwyzszy', 'najnizszy', 'zamkniecie'];
const DATE_NAMES = ['date', 'data', 'observation_date', 'month', 'time', 'datetime', '日付', '日期', '基準日'];
const CLOSE_NAMES = ['close', 'zamkniecie', '終値', '收盘'];
/** Columns of a price download other than the close: a header with a date and these but no Close lacks it. */
const PRICE_NAMES = [
  'open',
  'high',
  'low',
  'adj close',
  'volume',
  'otwarcie',
  'najwyzszy',
  'najnizszy',
  'wolumen',
  '始値',
  '高値',
  '安値',
  '出来高',
  '开盘',
  '最高',
  '最低',
  '成交量',
];
const MOF_TITLE = '国債金利情報';

/** Decodes bytes that are all in memory (tests, small inputs); see decode.ts for the rules. */
export function decodeText(bytes: Uint8Array, file: string): string {
  return [...decodeDownload([bytes], file).texts].join('');
}

/** Which format a header names, or undefined when none fits. */
export function detectFormat(header: readonly string[]): Format | undefined {
  const h = header.map((c) => c.trim().toLowerCase());
  if (h[0] === '基準日' && h.includes('10年')) return 'mof';
  if (isMhlwCasesHeader(header)) return 'mhlw';
  if (isBojEtfHeader(header)) return 'bojetf';
  if (POLISH.every((p) => h.includes(p))) return 'stooq';
  if (h[0] === 'time' && h.includes('region code')) return 'estat';
  if (['date', '日付'].includes(h[0] as string) && h.includes('price') && (h.includes('change %') || h.includes('change_pct'))) return 'investing';
  if (h.length === 2 && ['observation_date', 'date'].includes(h[0] as string) && /^[A-Z0-9_]{4,}$/.test((header[1] as string).trim()) && h[1] !== 'value' && h[1] !== 'close')
    return 'fred';
  if (h.length === 2 && ['date', 'observation_date', 'month'].includes(h[0] as string) && !PRICE_NAMES.includes(h[1] as string)) return 'plain';
  if (h.some((c) => CLOSE_NAMES.includes(c)) && h.some((c) => DATE_NAMES.includes(c))) {
    const stooqOrder = ['date', 'open', 'high', 'low', 'close'];
    const isStooq = stooqOrder.every((c, i) => h[i] === c) && (h.length === 5 || (h.length === 6 && h[5] === 'volume')) && header[0] === 'Date';
    return isStooq ? 'stooq' : 'yahoo';
  }
  return undefined;
}

/** yfinance's three-line header (`Price,...` / `Ticker,...` / `Date,,,`): the column names and the lines to skip. */
function yfinanceMultiHeader(recs: CsvRecord[]): CsvRecord[] | undefined {
  const [a, b, c] = recs;
  if (a?.record[0] === 'Price' && b?.record[0] === 'Ticker' && c?.record[0] === 'Date') {
    return [{ record: ['Date', ...a.record.slice(1)], line: a.line }, ...recs.slice(3)];
  }
  return undefined;
}

/** The columns a header lists, for messages: `Date, Open, High` (at most 8). */
const listed = (header: readonly string[]) =>
  header
    .slice(0, 8)
    .map((c) => c || '(blank)')
    .join(', ') + (header.length > 8 ? ', …' : '');

/**
 * Opens a download as a table: reads the header (detecting the format unless `opts.format` forces one)
 * and returns its rows lazily, so a reader that stops at the first bad row reads no further. Fails with
 * a {@link DataError} on an unknown header, a missing column or a row whose field count differs from the
 * header's (stooq may leave out the trailing volume).
 */
export function openSource(chunks: Iterable<Uint8Array>, file: string, opts: ReadOptions = {}): SourceTable {
  const { encoding, texts } = decodeDownload(chunks, file);
  const table = tableOf(csvRecords(texts, file), file, opts);
  return { ...table, encoding };
}

/** {@link openSource} over text already decoded (tests); rows are read into an array. */
export function readSource(text: string, file: string, format?: Format): SourceTable & { rows: SourceRow[] } {
  const t = tableOf(csvRecords([text], file), file, format ? { format } : {});
  return { ...t, rows: [...t.rows] };
}

function tableOf(records: Generator<CsvRecord>, file: string, opts: ReadOptions): SourceTable {
  const look: CsvRecord[] = [];
  while (look.length < 4) {
    const r = records.next(); // not for..of: breaking out of it would close the generator
    if (r.done) break;
    look.push(r.value);
  }
  if (look[0]?.record[0] === MOF_TITLE) look.shift();
  const recs = yfinanceMultiHeader(look) ?? look;
  const head = recs[0];
  if (!head) throw new DataError({ file, line: 1, column: 1, value: '', rule: 'the file must hold a header row' });
  const header = head.record;
  const lower = header.map((c) => c.trim().toLowerCase());
  const dateAt = lower.findIndex((c) => DATE_NAMES.includes(c));
  // A wide file with a date column reads as plain once --column names its value column.
  const fmt = opts.format ?? detectFormat(header) ?? (opts.column !== undefined && dateAt >= 0 ? 'plain' : undefined);
  if (!fmt) {
    if (dateAt >= 0 && lower.some((c) => PRICE_NAMES.includes(c))) {
      throw new DataError({
        file,
        line: head.line,
        column: header.length + 1,
        value: header.join(','),
        rule: `a Close column (closing prices are what this command reads; this header has ${listed(header)} but no Close)`,
      });
    }
    if (header.length === 1) {
      throw new DataError({
        file,
        line: head.line,
        column: 1,
        value: header.join(','),
        rule: 'a header with a date and a value column (this one has a single column: is the file separated by something other than commas, tabs or semicolons?)',
      });
    }
    throw new DataError({
      file,
      line: head.line,
      column: 1,
      value: header.join(','),
      rule: `a header this command knows (${FORMATS.join(', ')}: e.g. Date,Open,High,Low,Close or date,value); this one has ${listed(header)}. Pass --format to choose one, or --column <header> to read one column of a wider file`,
    });
  }
  const find = (names: readonly string[], what: string): number => {
    const i = lower.findIndex((c) => names.includes(c));
    if (i < 0)
      throw new DataError({
        file,
        line: head.line,
        column: header.length + 1,
        value: header.join(','),
        rule: `a ${fmt} header with ${what} column (this one has ${listed(header)})`,
      });
    return i;
  };
  let dateIdx = 0;
  let valueIdx = 1;
  let hint: SeriesId | undefined;
  if (opts.column !== undefined) {
    valueIdx = lower.indexOf(opts.column.trim().toLowerCase());
    if (valueIdx < 0)
      throw new DataError({
        file,
        line: head.line,
        column: header.length + 1,
        value: header.join(','),
        rule: `a column named ${JSON.stringify(opts.column)} (--column; this header has ${listed(header)})`,
      });
  }
  if (fmt === 'yahoo' || fmt === 'stooq') {
    dateIdx = find(DATE_NAMES, 'a Date');
    if (opts.column === undefined) valueIdx = find(CLOSE_NAMES, 'a Close');
  } else if (fmt === 'estat') {
    dateIdx = find(['time'], 'a Time');
    if (opts.column === undefined) valueIdx = lower.findIndex((c, i) => i !== dateIdx && !['region code', 'region', 'annotation', 'time code'].includes(c));
    if (valueIdx < 0) throw new DataError({ file, line: head.line, column: 1, value: header.join(','), rule: 'an e-Stat header with a value column' });
    if (/consumer price index/i.test(header[valueIdx] as string)) hint = 'cpi';
  } else if (fmt === 'investing') {
    dateIdx = find(DATE_NAMES, 'a Date');
    if (opts.column === undefined) valueIdx = find(['price'], 'a Price');
  } else if (fmt === 'mof') {
    dateIdx = find(['基準日'], 'a 基準日 (date)');
    if (opts.column === undefined) valueIdx = find(['10年'], 'a 10年 (10-year yield)');
    if (lower[valueIdx] === '10年') hint = 'jgb10yDaily';
  } else if (fmt === 'mhlw' || fmt === 'bojetf') {
    dateIdx = find(['date'], 'a Date');
    const col = fmt === 'mhlw' ? MHLW_VALUE_COLUMN : BOJ_ETF_VALUE_COLUMN;
    if (opts.column === undefined) valueIdx = find([col], `an ${col}`);
    if (lower[valueIdx] === col) hint = fmt === 'mhlw' ? 'covidCases' : 'bojEtf';
  } else if (opts.column !== undefined) {
    dateIdx = dateAt >= 0 ? dateAt : 0;
  } else {
    if (header.length !== 2)
      throw new DataError({ file, line: head.line, column: 3, value: header.join(','), rule: `a ${fmt} file has two columns, date and value (or pass --column)` });
    if (fmt === 'fred') hint = seriesOfFredCode(header[1] as string);
  }
  const optionalLast = fmt === 'stooq' ? header.length - 1 : header.length;
  const rest = recs.slice(1);
  function* rows(): Generator<SourceRow> {
    const all = function* () {
      yield* rest;
      yield* records;
    };
    for (const { record, line } of all()) {
      if (record.length !== header.length && record.length !== optionalLast) {
        throw new DataError({
          file,
          line,
          column: Math.min(record.length, header.length) + 1,
          value: record.join(','),
          rule: `every row has ${header.length} fields (${header.join(', ')}); this one has ${record.length}`,
        });
      }
      if (record.length <= Math.max(dateIdx, valueIdx)) {
        throw new DataError({ file, line, column: record.length + 1, value: record.join(','), rule: `the row reaches the ${header[valueIdx]} column` });
      }
      let date = record[dateIdx] as string;
      let value = record[valueIdx] as string;
      if (fmt === 'investing') {
        const us = US_DATE.exec(date.trim());
        if (us) date = `${us[3]}-${us[1]}-${us[2]}`;
        if (GROUPED.test(value.trim())) value = value.trim().replace(/,/g, '');
      }
      yield { line, date, dateColumn: dateIdx + 1, value, valueColumn: valueIdx + 1 };
    }
  }
  // investing.com lists the newest row first: read the (small) file whole and turn it round.
  const ordered = (): Iterable<SourceRow> => {
    if (fmt !== 'investing') return rows();
    const all = [...rows()];
    return all.length > 1 && (all[0] as SourceRow).date > (all[all.length - 1] as SourceRow).date ? all.reverse() : all;
  };
  return { file, format: fmt, valueHeader: header[valueIdx] as string, rows: ordered(), ...(hint ? { seriesHint: hint } : {}) };
}

export { ENCODING_NAMES };
