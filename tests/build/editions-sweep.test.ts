import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite, mdxProblems, problemLines, sweepEdition } from '../../scripts/lib/editions/sweep';
import { sharedSite, withAstroLock } from '../lib/shared-builds';

/**
 * A handful of the edition sweep's editions (`npm run editions:check` runs them all), through the same
 * checks on every page of every language: one before 1990 (built here, as the sweep builds it), a crisis
 * year-end, an early edition, the first edition that knows the 2022 report and a holiday (the sites
 * other test files read, built once per run), and the latest (dist/, which README's test command builds
 * first). The MDX check covers every edition at once.
 */
const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const SHARED = [
  { label: 'year-end 2008', asOf: '2008-12-30' },
  { label: 'early edition', asOf: '2012-06-29' },
  { label: 'first edition that knows the 2022 report', asOf: '2022-07-21' },
  { label: 'holiday (Constitution Day)', asOf: '2023-05-03' },
];

describe('the edition sweep', () => {
  it('finds no signed fact beside a fixed direction word in any chapter, either language', () => {
    expect(problemLines(mdxProblems(ROOT))).toEqual([]);
  }, 300_000);

  it('builds the 1987-10-30 edition (Black Monday, month end) and finds no problem on any page', () => {
    const o = withAstroLock(() => sweepEdition(ROOT, { label: 'Black Monday, month end', asOf: '1987-10-30' }));
    expect(problemLines(o.problems)).toEqual([]);
    expect(o.asOf! <= '1987-10-30').toBe(true);
  }, 300_000);

  it.each(SHARED.map((e) => [e.asOf, e.label] as const))(
    'finds no problem on any page of the %s edition (%s)',
    (asOf) => {
      const { asOf: built, problems } = checkBuiltSite(sharedSite({ asOf }), asOf);
      expect(problemLines(problems)).toEqual([]);
      expect(built <= asOf).toBe(true);
    },
    300_000,
  );

  it('finds no problem on any page of the latest edition (dist/)', () => {
    expect(problemLines(checkBuiltSite(DIST, null).problems)).toEqual([]);
  }, 300_000);
});
