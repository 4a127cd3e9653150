import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/lib/ingest/ingest-fs';
import { summaryLines } from '../../../src/lib/ingest/summary';
import { detectTable } from '../../../src/lib/ingest/tables';
import { loadSources } from '../../../src/lib/ingest/ingest-fs';
import { copyData, hashTree, opts } from './helpers';

const dirs: string[] = [];
const fresh = () => {
  const d = copyData();
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A download written beside the data copy, as a user's file would be. */
function download(dir: string, name: string, text: string): string {
  const p = path.join(dir, '..', `${path.basename(dir)}-${name}`);
  writeFileSync(p, text);
  return p;
}

describe('snapshot tables through npm run ingest', () => {
  it('recognises the three tables by header and nothing else', () => {
    expect(detectTable('date,code,close\n')).toBe('n225Closes');
    expect(detectTable('\uFEFFdate,name,code,sector33,topix_weight,size_class\r\n')).toBe('topixWeights');
    expect(detectTable('date,code,name,price_adjustment_factor,industry,sector\n')).toBe('n225Factors');
    expect(detectTable('Date,Open,High,Low,Close,Adj Close,Volume\n')).toBeNull();
  });

  it('replaces a table with a valid new snapshot (CRLF, BOM) and records the ingest in sources.json', () => {
    const data = fresh();
    const before = readFileSync(path.join(data, 'topix-weights.csv'), 'utf8');
    const changed = before.replace('0.0050%,TOPIX Small 1', '0.0051%,TOPIX Small 1');
    const file = download(data, 'topixweight_j.csv', `\uFEFF${changed.replace(/\n/g, '\r\n')}`);
    const plan = runIngest([file], opts(), data);
    expect(plan.errors).toEqual([]);
    expect(readFileSync(path.join(data, 'topix-weights.csv'), 'utf8')).toBe(changed);
    const rec = loadSources(data).tables!.topixWeights!;
    expect(rec.ingests.at(-1)).toMatchObject({ file: path.basename(file), rows: 1650, first: '2026-04-30' });
    // The same download again changes nothing.
    const again = runIngest([file], opts(), data);
    expect(again.writes.size).toBe(0);
    expect(summaryLines(again).at(-1)).toMatch(/Nothing to change/);
  });

  it('refuses a bad row naming the download, line, column, value and rule, and leaves data/ byte for byte', () => {
    const data = fresh();
    const tree = hashTree(data);
    const text = readFileSync(path.join(data, 'n225-price-factors.csv'), 'utf8').replace('2026-01-09,1605,ＩＮＰＥＸ,0.4', '2026-01-09,1605,ＩＮＰＥＸ,-0.4');
    const file = download(data, 'factors.csv', text);
    const plan = runIngest([file], opts(), data);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:4: "-0\\.4" breaks the rule`));
    expect(hashTree(data)).toEqual(tree);
  });
});
