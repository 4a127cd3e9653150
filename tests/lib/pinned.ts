import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the tests read, pinned so that ingesting a newer close (README, "Update the data") keeps
 * `npm test` true: values of "the latest edition" were computed (numpy, tests/reference/) for the
 * edition as of {@link PINNED_AS_OF}, so tests build that edition by name instead of "whatever the
 * data's last date is". A new trading day in data/ then changes no expected value.
 */
export const PINNED_AS_OF = '2026-09-24';

export const ROOT = path.join(__dirname, '../..');

/** The data folder the tests read: REPORT_DATA_DIR when set (as the build does), else data/. */
export const DATA_DIR = process.env.REPORT_DATA_DIR || path.join(ROOT, 'data');

/** The last row (date and close, as written) of the Nikkei 225 file the tests read. */
export function lastN225Row(dir = DATA_DIR): { date: string; close: string } {
  const lines = readFileSync(path.join(dir, 'n225.csv'), 'utf8').trimEnd().split('\n');
  const [date = '', close = ''] = (lines[lines.length - 1] ?? '').split(',');
  return { date, close };
}

/**
 * The next `n` weekdays after `iso` on which Tokyo normally trades: Saturdays, Sundays and the
 * year-end closure (31 December to 3 January) skipped. Used to make a synthetic "next session".
 */
export function nextWeekdays(iso: string, n: number): string[] {
  const out: string[] = [];
  const d = new Date(`${iso}T00:00:00Z`);
  while (out.length < n) {
    d.setUTCDate(d.getUTCDate() + 1);
    const md = d.toISOString().slice(5, 10);
    const closed = d.getUTCDay() === 0 || d.getUTCDay() === 6 || md === '12-31' || md <= '01-03';
    if (!closed) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
