import { describe, expect, it } from 'vitest';
import { loadDataState } from '../../../src/lib/ingest/ingest-fs';
import { planIngest, type InputFile } from '../../../src/lib/ingest/plan';
import { ROOT, opts } from './helpers';
import path from 'node:path';

/**
 * Big downloads are read as a stream and the reading stops at the first fatal row: a file of six million
 * one-minute bars (about 300 MB, never built in memory: its chunks are generated on demand) is refused
 * at line 3 after reading one chunk.
 */
function minuteBars(rows: number, counter: { chunks: number }): InputFile {
  return {
    name: 'N225-1min-6M.csv',
    chunks: function* () {
      const enc = new TextEncoder();
      const per = 20_000;
      for (let start = 0; start < rows; start += per) {
        counter.chunks += 1;
        let s = start === 0 ? 'Datetime,Open,High,Low,Close,Volume\n' : '';
        for (let i = start; i < Math.min(rows, start + per); i += 1) {
          const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(i / 300) * 86_400_000).toISOString().slice(0, 10);
          s += `${day} ${String(9 + Math.floor((i % 300) / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+09:00,1,1,1,${20000 + (i % 500)},10\n`;
        }
        yield enc.encode(s);
      }
    },
  };
}

describe('a very large download', () => {
  it('is refused at its first fatal row, having read only the first chunks', () => {
    const counter = { chunks: 0 };
    const plan = planIngest([minuteBars(6_000_000, counter)], loadDataState(path.join(ROOT, 'data')), opts({ now: '2026-12-07T00:00:00.000Z' }));
    expect(plan.errors).toEqual([
      expect.stringMatching(
        /^N225-1min-6M\.csv:3:1: "2000-01-01 09:01:00\+09:00" breaks the rule: no duplicate dates \(line 2 has 2000-01-01 too; one row a day: intraday downloads are not read\)/,
      ),
    ]);
    expect(counter.chunks).toBeLessThanOrEqual(2); // of 300
  });
});
