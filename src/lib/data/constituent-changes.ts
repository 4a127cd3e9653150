import { z } from 'zod';
import { parseCsv } from './csv';
import { DataError } from './data-error';
import { isoDate, ruleOf } from './schemas';

/**
 * One change to the Nikkei 225's membership, as in Nikkei's change history: on `date` (the effective
 * date, the first session with the new composition) the stock `code` was added or deleted.
 */
export interface ConstituentChange {
  date: string;
  /** TSE code: four characters, a digit then digits or capital letters (7203, 285A). */
  code: string;
  /** Japanese company name at the time of the change, as Nikkei listed it. */
  name: string;
  action: 'add' | 'delete';
  /** 1-based line in its file, for messages that point back to it. */
  line: number;
}

export const CHANGE_COLUMNS = ['date', 'code', 'name', 'action'] as const;

const cells = {
  date: isoDate,
  code: z.string().regex(/^[0-9][0-9A-Z]{3}$/, 'a TSE code: four characters, a digit then digits or capital letters (7203, 285A)'),
  name: z.string().min(1, 'a company name that is not empty'),
  action: z.enum(['add', 'delete'], { message: 'the word add or delete' }),
} as const;

/**
 * Validates the constituent-change history (`date,code,name,action`, dates in non-decreasing order, no
 * stock both added and deleted, or listed twice, on one date) and returns its rows. Pure: the caller
 * reads the file. Fails with a {@link DataError} naming file, line, column, value and rule.
 */
export function parseConstituentChanges(text: string, file: string): ConstituentChange[] {
  const { header, rows } = parseCsv(text, file);
  if (header.length !== CHANGE_COLUMNS.length || CHANGE_COLUMNS.some((c, i) => header[i] !== c)) {
    throw new DataError({ file, line: 1, column: 1, value: header.join(','), rule: `the header must be ${CHANGE_COLUMNS.join(',')}` });
  }
  if (rows.length === 0) throw new DataError({ file, line: 2, column: 1, value: '', rule: 'the file must hold at least one change' });
  const seen = new Map<string, number>();
  let prev = '';
  return rows.map(({ line, cells: row }) => {
    const out = CHANGE_COLUMNS.map((col, i) => {
      const r = (cells[col] as z.ZodType<string>).safeParse(row[i] ?? '');
      if (!r.success) throw new DataError({ file, line, column: i + 1, value: row[i] ?? '', rule: ruleOf(r.error) });
      return r.data;
    });
    const [date, code, name, action] = out as [string, string, string, 'add' | 'delete'];
    if (date < prev) throw new DataError({ file, line, column: 1, value: date, rule: `dates in non-decreasing order (follows ${prev})` });
    prev = date;
    const key = `${date}|${code}`;
    const before = seen.get(key);
    if (before !== undefined) throw new DataError({ file, line, column: 2, value: code, rule: `one change per stock and date (also on line ${before})` });
    seen.set(key, line);
    return { date, code, name, action, line };
  });
}
