import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxProblems, problemLines, sweepEdition, type EditionSpec } from '../../scripts/lib/editions/sweep';

/**
 * A handful of the edition sweep's editions (`npm run editions:check` runs them all), through the same
 * code: one before 1990, a crisis date, a holiday, and the latest. Each is built into its own temporary
 * folder and every page of both languages is checked; the MDX check covers every edition at once.
 */
const ROOT = path.join(__dirname, '../..');
const CI_EDITIONS: EditionSpec[] = [
  { label: 'Black Monday, month end', asOf: '1987-10-30' },
  { label: 'Tohoku earthquake', asOf: '2011-03-31' },
  { label: 'holiday (Constitution Day)', asOf: '2023-05-03' },
  { label: 'latest', asOf: null },
];

describe('the edition sweep', () => {
  it('finds no signed fact beside a fixed direction word in any chapter, either language', () => {
    expect(problemLines(mdxProblems(ROOT))).toEqual([]);
  }, 300_000);

  it.each(CI_EDITIONS.map((e) => [e.asOf ?? 'latest', e] as const))(
    'builds the %s edition and finds no problem on any page',
    (_name, spec) => {
      const o = sweepEdition(ROOT, spec);
      expect(problemLines(o.problems)).toEqual([]);
      if (spec.asOf !== null) expect(o.asOf! <= spec.asOf).toBe(true);
    },
    300_000,
  );
});
