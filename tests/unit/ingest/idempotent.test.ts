import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERIES, type SeriesId } from '../../../src/lib/data/series-catalog';
import { bytesInput, planIngest, type DataState } from '../../../src/lib/ingest/plan';
import { CHECKS } from '../../../src/lib/ingest/plausibility';
import { formatValue, SERIES_SOURCES } from '../../../src/lib/ingest/series-sources';
import type { Sources } from '../../../src/lib/ingest/sources';

/**
 * Property: whatever the series, overlap and format, ingesting a download loses no existing row, and
 * ingesting the same download again changes nothing (no writes, the same bytes).
 */
const IDS: SeriesId[] = ['n225', 'csi300', 'usdjpy', 'etf1321', 'bojAssets', 'callRate', 'cpi'];
const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 3);

/** The i-th date of a series' calendar: weekdays for daily series, first of the month for monthly. */
function dateAt(id: SeriesId, i: number): string {
  if (SERIES[id].frequency === 'monthly') return new Date(Date.UTC(2000, i, 1)).toISOString().slice(0, 10);
  return new Date(START + (Math.floor(i / 5) * 7 + (i % 5)) * DAY).toISOString().slice(0, 10);
}

function write(format: 'plain' | 'yahoo' | 'fred', id: SeriesId, rows: [string, string][]): string {
  if (format === 'yahoo') return `Date,Open,High,Low,Close,Adj Close,Volume\n${rows.map(([d, v]) => `${d},${v},${v},${v},${v},${v},0\n`).join('')}`;
  const head = format === 'fred' ? `observation_date,${SERIES_SOURCES[id].fredCodes[0] ?? 'VALUE_X'}` : 'date,value';
  return `${head}\n${rows.map(([d, v]) => `${d},${v}\n`).join('')}`;
}

const arb = fc.record({
  id: fc.constantFrom(...IDS),
  existing: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }),
  incoming: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }),
  values: fc.array(fc.integer({ min: 1, max: 9_999_999 }), { minLength: 401, maxLength: 401 }),
  format: fc.constantFrom('plain' as const, 'yahoo' as const, 'fred' as const),
  noise: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
});

describe('planIngest(inputs, state)', () => {
  it('loses no row, and a second ingest of the same download changes nothing', () => {
    fc.assert(
      fc.property(arb, ({ id, existing, incoming, values, format, noise }) => {
        const p = SERIES_SOURCES[id].precision;
        const sign = SERIES[id].positive ? 1 : -1;
        const value = (i: number) => (sign * (values[i] as number) + (i % 2 === 0 ? 0 : 1)) / 10 ** p.decimals;
        const canonicalRows = [...existing].sort((a, b) => a - b).map((i) => `${dateAt(id, i)},${formatValue(value(i), p)}`);
        const canonical = `${SERIES[id].columns.join(',')}\n${canonicalRows.join('\n')}\n`;
        // The download restates existing rows with noise below the canonical precision, and adds others.
        const rows = [...incoming].sort((a, b) => a - b).map((i): [string, string] => [dateAt(id, i), String(value(i) + noise / 10 ** p.decimals)]);
        const bytes = new TextEncoder().encode(write(format, id, rows));
        const sources = {
          series: {
            [id]: {
              file: SERIES[id].file,
              source: 'test',
              origins: [],
              sha256: '0'.repeat(64),
              rows: 1,
              first: '2000-01-03',
              last: '2000-01-03',
              updated: '2000-01-03',
              ingests: [],
              revisions: [],
            },
          },
        } as unknown as Sources;
        const state = (text: string): DataState => ({ canonical: new Map([[id, { file: SERIES[id].file, text }]]), sources, allowList: { entries: [] } });
        const opts = { series: id, acceptRevisions: false, allow: new Set(CHECKS), now: '2040-01-01T00:00:00.000Z' };
        const first = planIngest([bytesInput(`download-${format}.csv`, bytes)], state(canonical), opts);
        expect(first.errors).toEqual([]);
        const merged = first.writes.get(SERIES[id].file) ?? canonical;
        for (const row of canonicalRows) expect(merged).toContain(`\n${row}\n`);
        const second = planIngest([bytesInput(`download-${format}.csv`, bytes)], state(merged), opts);
        expect(second.errors).toEqual([]);
        expect(second.writes.size).toBe(0);
        expect(second.reports[0]?.added).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
