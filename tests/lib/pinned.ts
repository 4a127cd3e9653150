import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isTokyoSession } from '../../src/lib/ingest/tokyo-calendar';

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

/** A row from the end (1 = the last) of the Nikkei 225 file the tests read: its date and close, as written. */
export function lastN225Row(dir = DATA_DIR, fromEnd = 1): { date: string; close: string } {
  const lines = readFileSync(path.join(dir, 'n225.csv'), 'utf8').trimEnd().split('\n');
  const [date = '', close = ''] = (lines[lines.length - fromEnd] ?? '').split(',');
  return { date, close };
}

/** The next `n` Tokyo sessions after `iso` by the exchange calendar the ingest checks against (weekdays, no holiday, no year-end closure). */
export function nextSessions(iso: string, n: number): string[] {
  const out: string[] = [];
  const d = new Date(`${iso}T00:00:00Z`);
  while (out.length < n) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.toISOString().slice(0, 10);
    if (isTokyoSession(day)) out.push(day);
  }
  return out;
}
