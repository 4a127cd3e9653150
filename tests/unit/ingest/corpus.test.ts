import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERIES_IDS, SERIES } from '../../../src/lib/data/series-catalog';
import { FORMATS } from '../../../src/lib/ingest/formats';
import { runIngest } from '../../../src/lib/ingest/ingest-fs';
import { exitCode, summaryLines } from '../../../src/lib/ingest/summary';
import { CASES } from '../../fixtures/ingest-corpus/cases';
import { checkOutcome, writeInput } from './corpus';
import { copyData, CORPUS_DATA_STATE, hashTree, opts } from './helpers';

/** Every case of the broken-input corpus (tests/fixtures/ingest-corpus/cases.ts), through runIngest. */
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the broken-input corpus', () => {
  it('has at least 60 cases, covering every series and every format', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    const series = new Set(CASES.flatMap((c) => ('accepted' in c.expect ? [c.expect.accepted.series] : [])));
    expect(SERIES_IDS.filter((id) => !series.has(id))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c.about, c] as const))('%s (%s)', (_name, _about, c) => {
    const input = writeInput(c);
    const data = copyData(CORPUS_DATA_STATE);
    dirs.push(data, path.dirname(input));
    const before = hashTree(data);
    const beforeText = Object.fromEntries(SERIES_IDS.map((id) => [SERIES[id].file, readFileSync(path.join(data, SERIES[id].file), 'utf8')]));
    const plan = runIngest(
      [input],
      opts({ now: '2026-12-07T03:00:00.000Z', ...c.opts, allow: new Set(c.opts?.allow ?? []), acceptRevisions: c.opts?.acceptRevisions ?? false } as never),
      data,
    );
    const output = summaryLines(plan).join('\n');
    checkOutcome(c, { exit: exitCode(plan), output, ...(plan.errors[0] ? { firstError: plan.errors[0] } : {}) }, input, data, before, beforeText);
  });

  it('reads every format of the catalogue somewhere in the corpus', () => {
    const seen = new Set<string>();
    for (const c of CASES) {
      if (!('accepted' in c.expect) && !/mof/.test(c.file ?? '')) continue;
      const text = c.text ?? '';
      if (/^\uFEFF?"Time"/.test(text)) seen.add('estat');
      if (/^(observation_date|DATE),/m.test(text) || /utf16\(.observation_date/.test(String(c.bytes))) seen.add('fred');
      if (/^(Date|Datetime),Open|^Price,|^Date,Close/m.test(text) || c.file === 'n225-broker-sjis.csv') seen.add('yahoo');
      if (/^Data,Otwarcie|^Date,Open,High,Low,Close,Volume\n\d{8}/m.test(text)) seen.add('stooq');
      if (/^(date|\s*date ,)/m.test(text)) seen.add('plain');
      if (/mof/.test(c.file ?? '')) seen.add('mof');
      if (/^\uFEFF?Date,ALL,/.test(text)) seen.add('mhlw');
      if (/^Date,IndexETF,/.test(text)) seen.add('bojetf');
      if (/^"?Date"?,"?Price"?,/m.test(text)) seen.add('investing');
    }
    expect(FORMATS.filter((f) => !seen.has(f))).toEqual([]);
  });
});
