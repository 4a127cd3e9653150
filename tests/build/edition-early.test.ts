import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from './lib/site';

/**
 * An edition from before the ETFs' later history, the policy-rate file and the seed's window
 * (REPORT_AS_OF=2012-06-29): every chapter must still build, say what it lacks, and number only the
 * figures it can show.
 */
const ROOT = path.join(__dirname, '../..');
let out: string;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'n225-early-'));
  execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, REPORT_AS_OF: '2012-06-29', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('an early edition (2012-06-29), built', () => {
  it('dates itself from the data and leaves out what it has no data for', () => {
    const { edition, facts } = JSON.parse(readFileSync(path.join(out, 'data/facts.json'), 'utf8'));
    expect(edition.asOf).toBe('2012-06-29');
    expect(facts.seedCheck.available).toBe(false);
    expect(facts.data.policyRate.available).toBe(false);
    expect(facts.outlook.ideas.defensive).toBe('unknown');
  });

  it('resolves every internal link and cross-reference', () => {
    expect(brokenLinks(out, undefined, { skipSearch: true })).toEqual([]);
  });
});
