import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type Report } from '../../lib/report/report';
import { loadReportInputs } from '../../lib/report/report-fs';
import { DATA_DIR, PINNED_AS_OF } from '../../../tests/lib/pinned';

// Expected values: `python3 tests/reference/outlook_reference.py` (numpy on data/ CSVs, independent of this code).
const DATA = DATA_DIR;
let seed: Report;
let latest: Report;
let early: Report;
const v = (r: Report, k: string) => r.index.get(k)?.value;

beforeAll(() => {
  const inputs = loadReportInputs(DATA);
  seed = buildReport(inputs, '2022-06-30');
  latest = buildReport(inputs, PINNED_AS_OF);
  early = buildReport(inputs, '2012-06-29');
});

describe('outlookFacts(ctx): the state of things as of an edition', () => {
  it('reads the trend against the 200-day simple average', () => {
    expect(v(seed, 'outlook.trend.average')).toBeCloseTo(27846.8997025, 6);
    expect(v(seed, 'outlook.trend.position')).toBe('below');
    expect(v(latest, 'outlook.trend.average')).toBeCloseTo(59800.396048, 6);
    expect(v(latest, 'outlook.trend.position')).toBe('above');
  });

  it('ranks 20-day volatility against its history since the source became complete', () => {
    expect(v(seed, 'outlook.volatility.current')).toBeCloseTo(0.19839184859188194, 10);
    expect(v(seed, 'outlook.volatility.percentile')).toBeCloseTo(0.5736258495290331, 10);
    expect(v(latest, 'outlook.volatility.percentile')).toBeCloseTo(0.47882390404415665, 10);
  });

  it('measures the drawdown from the all-time closing high, which for 2022 was still the 1989 peak', () => {
    expect(v(seed, 'outlook.drawdown.peakDate')).toBe('1989-12-29');
    expect(v(seed, 'outlook.drawdown.depth')).toBeCloseTo(26393.0391 / 38915.8711 - 1, 10);
    expect(v(latest, 'outlook.drawdown.peakDate')).toBe('2026-06-25');
  });

  it('reads the balance sheet over twelve months and the policy path from the target’s steps', () => {
    expect(v(seed, 'outlook.boj.direction')).toBe('expanding');
    expect(v(latest, 'outlook.boj.month')).toBe('2026-08-01');
    expect(v(latest, 'outlook.boj.direction')).toBe('shrinking');
    expect(v(latest, 'outlook.policy.rate')).toBeCloseTo(0.01, 12);
    expect(v(latest, 'outlook.policy.hikes')).toBe(5);
    expect(v(latest, 'outlook.policy.firstHike')).toBe('2024-03-19'); // the exit, dated by its decision as in the Macro chapter
    expect(v(seed, 'outlook.policy.hikes')).toBe(0);
    expect(v(seed, 'outlook.policy.rate')).toBeCloseTo(-0.001, 12);
  });

  it('says "unknown" rather than guessing when an edition predates a series', () => {
    expect(v(early, 'outlook.policy.available')).toBe(false);
    expect(v(early, 'outlook.ideas.defensive')).toBe('unknown');
    expect(v(early, 'outlook.ideas.financials')).toBe('absent');
  });
});
