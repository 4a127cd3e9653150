import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { SERIES, SERIES_IDS } from '../../../src/lib/data/series-catalog';
import { CASES, type CorpusCase } from '../../fixtures/ingest-corpus/cases';
import { checkOutcome, writeInput } from './corpus';
import { copyData, CORPUS_DATA_STATE, hashTree, ROOT } from './helpers';

/**
 * The corpus cases marked `cli`, through the real command (`tsx scripts/ingest.ts`, a child process with
 * REPORT_DATA_DIR pointing at a copy of data/): exit status, what it prints and what it leaves.
 * The children run three at a time in beforeAll; each case then checks its own result.
 */
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const cli = CASES.filter((c) => c.cli);

interface Run {
  input: string;
  data: string;
  before: Record<string, string>;
  beforeText: Record<string, string>;
  exit: number;
  output: string;
  stderr: string;
}
const runs = new Map<string, Run>();

function flags(c: CorpusCase): string[] {
  const o = c.opts ?? {};
  return [
    ...(o.series ? ['--series', o.series] : []),
    ...(o.format ? ['--format', o.format] : []),
    ...(o.column ? ['--column', o.column] : []),
    ...(o.allow?.length ? ['--allow', o.allow.join(',')] : []),
    ...(o.acceptRevisions ? ['--accept-revisions'] : []),
  ];
}

function run(c: CorpusCase): Promise<void> {
  const input = writeInput(c);
  const data = copyData(CORPUS_DATA_STATE);
  const before = hashTree(data);
  const beforeText = Object.fromEntries(SERIES_IDS.map((id) => [SERIES[id].file, readFileSync(path.join(data, SERIES[id].file), 'utf8')]));
  const env = { ...process.env, REPORT_DATA_DIR: data, INGEST_FAULT: '' };
  return new Promise((resolve) => {
    execFile(TSX, ['scripts/ingest.ts', input, ...flags(c)], { cwd: ROOT, env }, (err, stdout, stderr) => {
      const exit = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      runs.set(c.name, { input, data, before, beforeText, exit, output: `${stdout}${stderr}`, stderr });
      resolve();
    });
  });
}

beforeAll(async () => {
  const queue = [...cli];
  await Promise.all(
    [0, 1, 2].map(async () => {
      for (let c = queue.shift(); c; c = queue.shift()) await run(c);
    }),
  );
}, 180_000);

afterAll(() => {
  for (const r of runs.values()) {
    rmSync(r.data, { recursive: true, force: true });
    rmSync(path.dirname(r.input), { recursive: true, force: true });
  }
});

describe('npm run ingest on the corpus (child process)', () => {
  it.each(cli.map((c) => [c.name, c.about, c] as const))('%s (%s)', (_n, _a, c) => {
    const r = runs.get(c.name) as Run;
    const firstError = r.stderr.split('\n').find((l) => l.startsWith(r.input));
    checkOutcome(c, { exit: r.exit, output: r.output, ...(firstError ? { firstError } : {}) }, r.input, r.data, r.before, r.beforeText);
  });
});
