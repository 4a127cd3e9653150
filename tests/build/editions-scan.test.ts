import { describe, expect, it } from 'vitest';
import { loadSeries } from '../../src/lib/data/series-fs';
import { scanDates, scanEditions, scanLine } from '../../scripts/lib/editions/sweep';
import { DATA_DIR, ROOT } from '../lib/pinned';

/**
 * Every as-of date from the first edition the data allow (1966) to the last builds and shows only
 * what its data allow: the sweep's in-process scan (`npm run editions:check` scans every month-end)
 * over every sixth month-end, checking what each chapter of both languages would show.
 */
describe('the in-process edition scan', () => {
  it('covers the data from the first possible edition to the last date', () => {
    const dates = scanDates(loadSeries('n225', DATA_DIR).dates, 6);
    expect(dates[0]).toBe('1966-01-04');
    expect(dates.length).toBeGreaterThan(115);
  });

  it('finds, on every sixth month-end from 1966, every visible fact with a value, every word choice with words and every figure with data', () => {
    const dates = scanDates(loadSeries('n225', DATA_DIR).dates, 6);
    expect(scanEditions(ROOT, dates, DATA_DIR).map(scanLine)).toEqual([]);
  }, 600_000);
});
