import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllSeries } from '../../../src/lib/data/series-fs';
import { SERIES, SERIES_IDS } from '../../../src/lib/data/series-catalog';
import { allowedBy, allowListSchema } from '../../../src/lib/ingest/allow-list';
import { loadSources } from '../../../src/lib/ingest/ingest-fs';
import { checkPlausibility } from '../../../src/lib/ingest/plausibility';
import { formatValue, SERIES_SOURCES } from '../../../src/lib/ingest/series-sources';
import { ROOT } from './helpers';

const DATA = path.join(ROOT, 'data');
const allowList = allowListSchema.parse(JSON.parse(readFileSync(path.join(DATA, 'curated/plausibility-allow.json'), 'utf8')));
// The weekday-gap rule, as for a calendar without a holiday list (the Tokyo calendar: tokyo-calendar.test.ts).
const rules = SERIES_SOURCES.csi300.plausibility;
const input = (dates: string[], values: number[], touched = dates) => ({ series: 'csi300' as const, frequency: 'daily' as const, rules, dates, values, touched: new Set(touched) });

describe('checkPlausibility(series)', () => {
  it('flags a move beyond the limit, a long gap, a weekend row and a stale run, each once', () => {
    const issues = checkPlausibility(input(['2026-01-05', '2026-01-06', '2026-01-19', '2026-01-20', '2026-01-21', '2026-01-24'], [100, 112, 113, 113, 113, 114]));
    expect(issues.map((i) => [i.check, i.date])).toEqual([
      ['jump', '2026-01-06'],
      ['gap', '2026-01-19'],
      ['stale', '2026-01-21'],
      ['weekend', '2026-01-24'],
    ]);
    expect(issues[1]?.detail).toMatch(/8 weekdays without a row between 2026-01-06 and 2026-01-19 \(holidays explain at most 7\)/);
  });

  it('reports only issues that touch new or revised rows', () => {
    expect(checkPlausibility(input(['2026-01-05', '2026-01-06', '2026-01-07'], [100, 120, 121], ['2026-01-07']))).toEqual([]);
  });

  it('accepts a New Year break (4 weekdays) and flags a missing month in a monthly series', () => {
    expect(checkPlausibility(input(['2025-12-30', '2026-01-05'], [100, 101]))).toEqual([]);
    const monthly = {
      series: 'cpi' as const,
      frequency: 'monthly' as const,
      rules: SERIES_SOURCES.cpi.plausibility,
      dates: ['2025-01-01', '2025-03-01'],
      values: [110, 110.5],
      touched: new Set(['2025-03-01']),
    };
    expect(checkPlausibility(monthly).map((i) => i.detail)).toEqual(['1 month(s) missing between 2025-01-01 and 2025-03-01']);
  });
});

describe('the reviewed allow-list (data/curated/plausibility-allow.json)', () => {
  const all = loadAllSeries(DATA);
  it('lets the known real events through: 1987-10-20, 1990-10-02, 2008-10-14, 2011-03-15, 2024-08-05, 2025-04-07, 2025-04-10', () => {
    for (const date of ['1987-10-20', '1990-10-02', '2008-10-14', '2011-03-15', '2024-08-05', '2025-04-07', '2025-04-10']) {
      expect(allowedBy(allowList, { series: 'n225', check: 'jump', date, detail: '' }), date).toBeDefined();
    }
    expect(allowedBy(allowList, { series: 'n225', check: 'gap', date: '2019-05-07', detail: '' })).toBeUndefined(); // the calendar knows Golden Week 2019
  });

  it.each(SERIES_IDS)('covers every flag the whole %s history raises, and holds no stale entries', (id) => {
    const s = all[id];
    const issues = checkPlausibility({
      series: id,
      frequency: SERIES[id].frequency,
      rules: SERIES_SOURCES[id].plausibility,
      dates: s.dates,
      values: s.values,
      touched: new Set(s.dates),
    });
    expect(issues.filter((i) => !allowedBy(allowList, i))).toEqual([]);
    const used = new Set(issues.map((i) => `${i.check} ${i.date}`));
    expect(allowList.entries.filter((e) => e.series === id && !used.has(`${e.check} ${e.date}`))).toEqual([]);
  });
});

describe('data/sources.json', () => {
  const sources = loadSources(DATA);
  it('describes every series of the catalogue, with its canonical file and span', () => {
    for (const id of SERIES_IDS) {
      const rec = sources.series[id];
      expect(rec, id).toBeDefined();
      const rows = readFileSync(path.join(DATA, SERIES[id].file), 'utf8').trimEnd().split('\n').slice(1);
      expect([rec?.file, rec?.rows, rec?.first, rec?.last], id).toEqual([SERIES[id].file, rows.length, rows[0]?.split(',')[0], rows.at(-1)?.split(',')[0]]);
    }
  });

  it.each(SERIES_IDS)('%s: every canonical value is written exactly at the precision the ingest uses', (id) => {
    const rows = readFileSync(path.join(DATA, SERIES[id].file), 'utf8').trimEnd().split('\n').slice(1);
    for (const row of rows) {
      const cell = row.slice(row.indexOf(',') + 1);
      if (!/^-?\d/.test(cell)) continue;
      expect(formatValue(Number(cell), SERIES_SOURCES[id].precision), row).toBe(cell);
    }
  });
});
