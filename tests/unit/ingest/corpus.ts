import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { SERIES } from '../../../src/lib/data/series-catalog';
import type { CorpusCase } from '../../fixtures/ingest-corpus/cases';
import { hashTree, ROOT } from './helpers';

/** Shared by the in-process and command-line corpus tests: write a case's input, check its outcome. */

export const CORPUS = path.join(ROOT, 'tests/fixtures/ingest-corpus');

/** Writes the case's input under its own name into a fresh folder outside data/; returns its path. */
export function writeInput(c: CorpusCase): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-corpus-in-'));
  const file = path.join(dir, c.name);
  const bytes = c.text !== undefined ? Buffer.from(c.text, 'utf8') : c.bytes ? c.bytes() : readFileSync(path.join(CORPUS, 'files', c.file as string));
  writeFileSync(file, bytes);
  return file;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lines = (t: string) => t.split('\n').filter((l) => l !== '');

/** Asserts a case's outcome from the command's report, exit status and the data folder before and after. */
export function checkOutcome(
  c: CorpusCase,
  r: { exit: number; output: string; firstError?: string },
  input: string,
  dataDir: string,
  before: Record<string, string>,
  beforeText: Record<string, string>,
): void {
  expect(r.output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  if ('refused' in c.expect) {
    const { line, column, rule } = c.expect.refused;
    expect(r.exit, r.output).toBe(1);
    expect(r.firstError ?? '', r.output).toMatch(new RegExp(`^${escape(input)}:${line}:${column}: .* breaks the rule: `));
    expect(r.firstError ?? '', r.output).toMatch(rule);
    expect(r.output).toMatch(/nothing was written; data\/ is unchanged\./);
    expect(hashTree(dataDir), 'data/ byte-identical').toEqual(before);
    return;
  }
  const { series, rows, note } = c.expect.accepted;
  expect(r.exit, r.output).toBe(0);
  if (note) expect(r.output).toMatch(note);
  const file = SERIES[series].file;
  const oldText = beforeText[file] as string;
  const newText = readFileSync(path.join(dataDir, file), 'utf8');
  const oldLines = new Set(lines(oldText));
  const newLines = lines(newText);
  expect(
    newLines.filter((l) => !oldLines.has(l)),
    'exactly the expected rows are new',
  ).toEqual(rows);
  const revisedDates = new Set(rows.map((l) => l.split(',')[0]));
  const kept = new Set(newLines);
  expect(
    [...oldLines].filter((l) => !kept.has(l) && !revisedDates.has(l.split(',')[0])),
    'no other row lost',
  ).toEqual([]);
  expect(
    newLines.slice(1).map((l) => l.split(',')[0]),
    'dates stay sorted',
  ).toEqual(
    newLines
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
  );
  const sources = JSON.parse(readFileSync(path.join(dataDir, 'sources.json'), 'utf8'));
  expect(sources.series[series].sha256, 'sources.json follows the file').toBe(createHash('sha256').update(newText).digest('hex'));
  const after = hashTree(dataDir);
  const changed = Object.keys(after)
    .filter((k) => after[k] !== before[k])
    .sort();
  expect(changed, 'only the series file and sources.json change').toEqual([file, 'sources.json'].sort());
}
