import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest, loadSources } from '../../../src/lib/ingest/ingest-fs';
import { copyData, fixture, hashTree, opts } from './helpers';

const dirs: string[] = [];
const fresh = () => {
  const d = copyData();
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('runIngest(files) on broken downloads', () => {
  it.each([
    ['broken/n225-truncated-row.csv', /n225-truncated-row\.csv:3:5: .* every row has 7 fields .* this one has 4/],
    ['broken/n225-swapped-column.csv', /n225-swapped-column\.csv:3:1: "66310\.3984" breaks the rule: a date that exists/],
    ['broken/nkx-comma-decimal.csv', /nkx-comma-decimal\.csv:2:5: "65890,3" breaks the rule: a plain decimal number with a point/],
    ['broken/n225-duplicate-date.csv', /n225-duplicate-date\.csv:4:1: "2026-09-29" breaks the rule: no duplicate dates \(line 3/],
    ['broken/jpnassets-backwards-date.csv', /jpnassets-backwards-date\.csv:4:1: "2026-08-01" breaks the rule: dates strictly increasing \(line 3 has 2026-09-01\)/],
    ['broken/n225-empty.csv', /n225-empty\.csv:1:1: "" breaks the rule: the file must hold a header row and data rows \(it is empty\)/],
    ['broken/n225-header-only.csv', /n225-header-only\.csv:2:1: "" breaks the rule: the file must hold at least one data row \(it has a header only\)/],
    ['broken/n225-binary.csv', /n225-binary\.csv:1:1: "" breaks the rule: a CSV text file \(this one holds binary data/],
    ['broken/does-not-exist.csv', /does-not-exist\.csv:1:1: "" breaks the rule: a readable file \(ENOENT: no such file\)/],
  ])('%s: names file, line, column and rule, and leaves data/ byte for byte', (name, message) => {
    const dir = fresh();
    const before = hashTree(dir);
    const plan = runIngest([fixture(name)], opts(), dir);
    expect(plan.errors.join('\n')).toMatch(message);
    expect(plan.writes.size).toBe(0);
    expect(hashTree(dir)).toEqual(before);
  });

  it('refuses a multi-file ingest as a whole when one file is bad (all or nothing)', () => {
    const dir = fresh();
    const before = hashTree(dir);
    const plan = runIngest([fixture('fred-jpnassets.csv'), fixture('yahoo-n225-extension.csv'), fixture('broken/n225-duplicate-date.csv')], opts(), dir);
    expect(plan.errors).toHaveLength(1);
    expect(hashTree(dir)).toEqual(before);
  });

  it('rolls back files already renamed when a later rename fails', () => {
    const dir = fresh();
    const before = hashTree(dir);
    const fail = {
      beforeStep: (step: string) => {
        if (step === 'rename:sources.json') throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      },
    };
    const plan = runIngest([fixture('yahoo-n225-extension.csv'), fixture('fred-jpnassets.csv')], opts(), dir, fail);
    expect(plan.writeFailure).toEqual({ message: expect.stringMatching(/cannot write \(EIO, input\/output error/), unchanged: true });
    expect(hashTree(dir)).toEqual(before);
  });
});

describe('runIngest(files) on good downloads', () => {
  it('adds new dates, keeps identical overlaps, records provenance, and a second run changes nothing', () => {
    const dir = fresh();
    const plan = runIngest([fixture('yahoo-n225-extension.csv')], opts(), dir);
    expect(plan.errors).toEqual([]);
    expect(plan.reports[0]).toMatchObject({ series: 'n225', added: 4, unchanged: 1, revised: 0, missing: 1, previousLast: '2026-09-24', last: '2026-09-30' });
    const text = readFileSync(path.join(dir, 'n225.csv'), 'utf8');
    expect(text.endsWith('2026-09-24,65513.9883\n2026-09-25,65890.2969\n2026-09-28,66051.7031\n2026-09-29,66310.3984\n2026-09-30,66102.1016\n')).toBe(true);
    const rec = loadSources(dir).series.n225!;
    expect(rec).toMatchObject({ last: '2026-09-30', rows: 15179, updated: '2026-11-21' });
    expect(rec.ingests.at(-1)).toMatchObject({ file: 'yahoo-n225-extension.csv', format: 'yahoo', rows: 5, added: 4, unchanged: 1, ingestedAt: '2026-11-21T09:30:00.000Z' });
    const after = hashTree(dir);
    const again = runIngest([fixture('yahoo-n225-extension.csv'), fixture('yfinance-n225-timestamps.csv'), fixture('stooq-pl-nkx.csv')], opts(), dir);
    expect(again.errors).toEqual([]);
    expect(again.writes.size).toBe(0);
    expect(hashTree(dir)).toEqual(after);
  });

  it('ingests FRED, e-Stat and plain files into their series in one run', () => {
    const dir = fresh();
    const plan = runIngest([fixture('fred-jpnassets.csv'), fixture('estat-cpi.csv'), fixture('fred-date-header.csv'), fixture('plain-usdjpy.csv')], opts(), dir);
    expect(plan.errors).toEqual([]);
    expect(plan.reports.map((r) => [r.series, r.added, r.unchanged])).toEqual([
      ['bojAssets', 1, 1],
      ['cpi', 3, 1],
      ['jgb10y', 2, 1],
      ['usdjpy', 2, 1],
    ]);
    expect(readFileSync(path.join(dir, 'cpi.csv'), 'utf8').endsWith('2026-08-01,114.3\n2026-09-01,114.5\n2026-10-01,114.6\n2026-11-01,114.8\n')).toBe(true);
    expect(readFileSync(path.join(dir, 'jgb10y.csv'), 'utf8').endsWith('2026-07-01,2.715\n2026-08-01,2.688\n')).toBe(true);
  });

  it('refuses a changed historical value row by row, and records it with --accept-revisions', () => {
    const dir = fresh();
    const file = path.join(dir, 'revised-n225.csv');
    writeFileSync(file, 'date,close\n2022-06-29,26804.5996\n2022-06-30,26393.5000\n');
    const before = hashTree(dir);
    const refused = runIngest([file], opts(), dir);
    expect(refused.errors).toEqual([
      expect.stringMatching(
        /revised-n225\.csv:3:2: "26393\.5000" breaks the rule: the value .*n225\.csv has for 2022-06-30 \(26393\.0391\): a revision of history; pass --accept-revisions/,
      ),
    ]);
    expect(hashTree(dir)).toEqual(before);
    const accepted = runIngest([file], opts({ acceptRevisions: true }), dir);
    expect(accepted.errors).toEqual([]);
    expect(readFileSync(path.join(dir, 'n225.csv'), 'utf8')).toContain('\n2022-06-30,26393.5000\n');
    expect(loadSources(dir).series.n225!.revisions).toEqual([
      { date: '2022-06-30', old: '26393.0391', new: '26393.5000', file: `${file}:3`, ingestedAt: '2026-11-21T09:30:00.000Z' },
    ]);
  });

  it('stops on an implausible row unless the allow-list or a flag lets it through', () => {
    const dir = fresh();
    const file = path.join(dir, 'n225-jump.csv');
    writeFileSync(file, 'date,close\n2026-09-25,58000.0000\n2026-09-26,58100.0000\n');
    const refused = runIngest([file], opts(), dir);
    expect(refused.errors.join('\n')).toMatch(/n225-jump\.csv:2:1: "2026-09-25" breaks the rule: a plausible n225 row — jump: .* -11\.47 %/);
    expect(refused.errors.join('\n')).toMatch(/n225-jump\.csv:3:1: "2026-09-26" breaks the rule: a plausible n225 row — weekend: 2026-09-26 is a Saturday/);
    const allowed = runIngest([file], opts({ allow: new Set(['jump', 'weekend']) }), dir);
    expect(allowed.errors).toEqual([]);
    expect(allowed.reports[0]?.allowed).toEqual(['jump 2026-09-25 (--allow jump)', 'weekend 2026-09-26 (--allow weekend)']);
    expect(loadSources(dir).series.n225!.ingests.at(-1)?.allowed).toHaveLength(2);
  });
});
