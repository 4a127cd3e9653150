import { parse } from 'csv-parse/sync';
import { DataError } from './data-error';

/** One data row of a CSV file with the 1-based line number it came from. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** What csv-parse throws: a code (`CSV_QUOTE_NOT_CLOSED` ...), the 1-based line it reached and a 0-based column. */
export interface CsvParseFailure {
  code?: string;
  lines?: number;
  column?: number;
  message: string;
}

/** The rule a csv-parse failure breaks: its reason, without csv-parse's own "at line N ..." (the error's location says where). */
export function csvSyntaxRule(e: CsvParseFailure): string {
  return `well-formed CSV (${e.message.replace(/:? at line \d+.*$/, '')})`;
}

/**
 * A csv-parse failure as a {@link DataError}: line `lineOffset` + csv-parse's line (lines of the file read
 * before the parsed text come first), 1-based column, and {@link csvSyntaxRule}.
 */
export function csvSyntaxError(err: unknown, file: string, lineOffset = 0): DataError {
  const e = err as CsvParseFailure;
  return new DataError({ file, line: lineOffset + (e.lines ?? 1), column: typeof e.column === 'number' ? e.column + 1 : 1, value: '', rule: csvSyntaxRule(e) });
}

/**
 * Parses CSV text (RFC 4180, BOM and CRLF tolerated) into a header and rows that remember their line.
 * Structural problems (ragged rows, unterminated quotes, an empty file) become a {@link DataError}.
 */
export function parseCsv(text: string, file: string): CsvTable {
  if (text.trim() === '') {
    throw new DataError({ file, line: 1, column: 1, value: '', rule: 'the file must hold a header row and data rows' });
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (err) {
    throw csvSyntaxError(err, file);
  }
  const [head, ...body] = records;
  if (!head) throw new DataError({ file, line: 1, column: 1, value: '', rule: 'the file must hold a header row' });
  const header = head.record;
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.length) {
      throw new DataError({
        file,
        line: info.lines,
        column: Math.min(record.length, header.length) + 1,
        value: record.join(','),
        rule: `every row has ${header.length} columns (${header.join(', ')}); this one has ${record.length}`,
      });
    }
    rows.push({ line: info.lines, cells: record });
  }
  return { header, rows };
}
