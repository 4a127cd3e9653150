import { parse } from 'csv-parse/sync';
import { csvSyntaxError, csvSyntaxRule, type CsvParseFailure } from '../data/csv';
import { DataError } from '../data/data-error';

/**
 * Splits decoded text, as it streams in, into CSV records with the line each ends on. Complete records
 * are cut at newlines outside quotes and parsed in batches with csv-parse, so the whole file is never
 * held; a line longer than {@link MAX_LINE} characters is refused (a file that is not line-based).
 * The delimiter is the header line's: a comma, or a tab (Excel's "Unicode text"), or a semicolon.
 */

export interface CsvRecord {
  record: string[];
  /** 1-based line on which the record ends. */
  line: number;
}

export const MAX_LINE = 1 << 20;

/** The delimiter a header line uses. */
export function delimiterOf(headerLine: string): ',' | '\t' | ';' {
  const count = (c: string) => headerLine.split(c).length - 1;
  const [commas, tabs, semis] = [count(','), count('\t'), count(';')];
  if (tabs > 0 && tabs >= commas) return '\t';
  if (semis > 0 && semis > commas) return ';';
  return ',';
}

/** Where the last quote left open in `text` starts: 1-based line, field column and the line's text. */
function openingQuote(text: string, delimiter: string): { line: number; column: number; value: string } {
  let inQuotes = false;
  let line = 1;
  let at = { line: 1, column: 1, value: '' };
  let lineStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      inQuotes = !inQuotes;
      if (inQuotes) {
        const before = text.slice(lineStart, i);
        at = { line, column: before.split(delimiter).length, value: text.slice(lineStart, text.indexOf('\n', i) < 0 ? undefined : text.indexOf('\n', i)).slice(0, 60) };
      }
    } else if (c === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return at;
}

/** The records of a CSV text stream; errors are DataErrors naming `file`, line and column. */
export function* csvRecords(texts: Iterable<string>, file: string): Generator<CsvRecord> {
  let pending = '';
  let scanned = 0;
  let inQuotes = false;
  let offset = 0;
  let delimiter: string | undefined;
  let first = true;
  const batch = function* (text: string): Generator<CsvRecord> {
    if (delimiter === undefined) delimiter = delimiterOf(text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '');
    let recs: { record: string[]; info: { lines: number } }[];
    try {
      recs = parse(text, { bom: first, delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof recs;
    } catch (err) {
      const e = err as CsvParseFailure;
      if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
        const at = openingQuote(text, delimiter as string);
        throw new DataError({ file, line: offset + at.line, column: at.column, value: at.value, rule: `${csvSyntaxRule(e)}: the quote opened here is never closed` });
      }
      throw csvSyntaxError(err, file, offset);
    }
    first = false;
    for (const r of recs) {
      if (r.record.every((c) => c === '')) continue;
      yield { record: r.record, line: offset + r.info.lines };
    }
    offset += text.match(/\n/g)?.length ?? 0;
  };
  for (const text of texts) {
    pending += text;
    let cut = -1;
    for (let i = scanned; i < pending.length; i += 1) {
      const c = pending.charCodeAt(i);
      if (c === 34) inQuotes = !inQuotes;
      else if (c === 10 && !inQuotes) cut = i + 1;
    }
    scanned = pending.length;
    if (cut > 0) {
      const complete = pending.slice(0, cut);
      pending = pending.slice(cut);
      scanned = pending.length;
      yield* batch(complete);
    }
    if (pending.length > MAX_LINE) {
      throw new DataError({
        file,
        line: offset + 1,
        column: 1,
        value: pending.slice(0, 40),
        rule: `CSV lines of at most ${MAX_LINE} characters (this one runs on: the file is not line-based CSV)`,
      });
    }
  }
  if (pending.trim() !== '') yield* batch(pending);
}
