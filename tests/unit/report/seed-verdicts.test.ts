import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_VERDICTS, seedChecksSchema } from '../../../src/lib/data/curated/seed-checks';
import { parseCurated } from '../../../src/lib/data/curated/json-fs';
import { figureVerdict, oneUnitApart, publishedChanges, standardErrorOfMean, verdictOf } from '../../../src/chapters/statistics/seed-check';
import { buildReport, type Report, type ReportInputs } from '../../../src/lib/report/report';
import { loadReportInputs } from '../../../src/lib/report/report-fs';

const DATA = path.join(__dirname, '../../../data');
let inputs: ReportInputs;
let seedEdition: Report;
let windowEnd: Report;
let latest: Report;
let early: Report;

beforeAll(() => {
  inputs = loadReportInputs(DATA);
  // The first edition that knows the 2022 report: the latest date its text gives.
  seedEdition = buildReport(inputs, '2022-07-21');
  // The end of its statistics window: the report was not yet written.
  windowEnd = buildReport(inputs, '2022-06-30');
  latest = buildReport(inputs, '2026-09-24');
  early = buildReport(inputs, '2012-06-29');
});

const v = (r: Report, k: string) => r.index.get(k)?.value;

describe('verdict rules', () => {
  it('confirms a figure that matches at its printed precision', () => {
    expect(verdictOf('pct', 0.0491, 0.04910117540119141, 2)).toBe('agrees');
    expect(figureVerdict('pts', 30670.1, 1, 30670.0996, null, undefined)).toBe('confirmed');
    expect(figureVerdict('date', '2021-09-14', 0, '2021-09-14', null, undefined)).toBe('confirmed');
  });

  it('calls one unit in the last printed digit rounding, not an error', () => {
    expect(oneUnitApart('pct', 0.0688, 0.06891785410375473, 2)).toBe(true);
    expect(figureVerdict('pct', 0.0688, 2, 0.0567, { kind: 'method', value: 0.06891785410375473 }, undefined)).toBe('rounding');
    expect(oneUnitApart('pct', 0.0688, 0.0699, 2)).toBe(false);
  });

  it('names the convention that reproduces a figure, and says when it needs data the edition lacks', () => {
    expect(figureVerdict('pct', 0.3833, 2, 0.3174, { kind: 'window', value: 0.38325103546064 }, undefined)).toBe('convention');
    expect(figureVerdict('pct', 0.3833, 2, 0.3174, { kind: 'window', value: null }, undefined)).toBe('uncheckable');
    expect(figureVerdict('pct', -0.000027, 4, -0.000028188, { kind: 'rounding', value: -0.0000273972602739726 }, undefined)).toBe('rounding');
    expect(figureVerdict('ratio', 0.5, 2, 0.9, null, undefined)).toBe('wrong');
  });

  it('lets a stated judgement decide (the standard error reproduced, but printed as a standard deviation)', () => {
    expect(figureVerdict('pct', 0.0006578, 5, 0.0125, { kind: 'method', value: 0.0006577563601971308 }, 'wrong')).toBe('wrong');
  });

  it('rounds daily changes half away from zero to 0.01 % and computes the standard error of the mean', () => {
    expect(publishedChanges([0.012345, -0.012355, 0.00004999])).toEqual([0.0123, -0.0124, 0].map((x) => expect.closeTo(x, 15)));
    // numpy: np.std([1, 2, 3, 4], ddof=1) / 2 = 0.6454972243679028
    expect(standardErrorOfMean([1, 2, 3, 4])).toBeCloseTo(0.6454972243679028, 14);
  });
});

// Expected values: `python3 tests/reference/seed_conventions_reference.py` (pure Python, reads data/ only).
describe("the 2022 Nikkei 225 report's figures under the named conventions", () => {
  it('reproduces its mean, its "standard deviation" (the standard error) and its kurtosis from daily changes rounded to 0.01 %', () => {
    expect(v(seedEdition, 'statistics.seedCheck.claims.mean.convention')).toBeCloseTo(-2.73972602739726e-5, 15);
    expect(v(seedEdition, 'statistics.seedCheck.claims.std.convention')).toBeCloseTo(0.0006577563601971308, 14);
    expect(v(seedEdition, 'statistics.seedCheck.claims.excessKurtosis.convention')).toBeCloseTo(0.14918802668718967, 12);
    expect(v(seedEdition, 'statistics.seedCheck.claims.mean.verdict')).toBe('rounding');
    expect(v(seedEdition, 'statistics.seedCheck.claims.std.verdict')).toBe('wrong');
    expect(v(seedEdition, 'statistics.seedCheck.claims.excessKurtosis.verdict')).toBe('convention');
    for (const id of ['tradingDays', 'prevYearReturn', 'high', 'highDate', 'low', 'lowDate', 'ytd', 'maxGain', 'maxLoss', 'skewness']) {
      expect(v(seedEdition, `statistics.seedCheck.claims.${id}.verdict`), id).toBe('confirmed');
    }
  });

  it("does not look past the edition: the 2022-06-30 edition checks none of the report's figures, which it could not have read", () => {
    expect(v(windowEnd, 'statistics.seedCheck.available')).toBe(false);
    expect(v(windowEnd, 'statistics.seedCheck.claims.std.verdict')).toBeUndefined();
    expect(v(windowEnd, 'macro.seed003.available')).toBe(false);
    expect(v(windowEnd, 'constituents.seedTopTen.available')).toBe(false);
    // The first edition that knows it has the data the five-year conventions need (to 2022-07-21).
    expect(v(seedEdition, 'statistics.seedCheck.laterAvailable')).toBe(true);
  });

  it('reproduces the five-year figures over the five years to 2022-07-21, annualised over 250 trading days a year', () => {
    expect(v(latest, 'statistics.seedCheck.claims.n225Cumulative.convention')).toBeCloseTo(0.38325103546064, 12);
    expect(v(latest, 'statistics.seedCheck.claims.csi300Cumulative.convention')).toBeCloseTo(0.1360994132378981, 12);
    expect(v(latest, 'statistics.seedCheck.claims.n225Annualised.convention')).toBeCloseTo(0.06891785410375473, 12);
    expect(v(latest, 'statistics.seedCheck.claims.csi300Annualised.convention')).toBeCloseTo(0.026603021580375197, 12);
    expect(v(latest, 'statistics.seedCheck.claims.n225Cumulative.verdict')).toBe('convention');
    expect(v(latest, 'statistics.seedCheck.claims.csi300Cumulative.verdict')).toBe('convention');
    expect(v(latest, 'statistics.seedCheck.claims.csi300Annualised.verdict')).toBe('convention');
    expect(v(latest, 'statistics.seedCheck.claims.n225Annualised.verdict')).toBe('rounding');
    expect(v(latest, 'statistics.seedCheck.claims.n225Sharpe.verdict')).toBe('uncheckable');
  });
});

describe('the register of checks', () => {
  it('gives every check a quote, a section and exactly one verdict from the five', () => {
    const reg = inputs.seedChecks;
    expect(reg.checks.length).toBeGreaterThan(30);
    for (const c of reg.checks) {
      expect(c.quote.length, c.id).toBeGreaterThan(3);
      expect(c.section.length, c.id).toBeGreaterThan(0);
    }
    for (const row of latest.datasets.seedRegister) expect(SEED_VERDICTS).toContain(row.verdict);
    expect(latest.datasets.seedRegister.length).toBe(reg.checks.length);
  });

  it('quotes the documents in their own script: Traditional Chinese for the 2022 report, Simplified for the 2025 note', () => {
    for (const c of inputs.seedChecks.checks) {
      if (c.doc === 'r2022') expect(c.quote, c.id).not.toMatch(/[这们为说实际经国]/);
      if (c.doc === 'boj2025') expect(c.quote, c.id).not.toMatch(/[這們為說實際經國]/);
    }
  });

  it('refuses a check without a verdict, or a stated verdict without a reason', () => {
    const base = { documents: inputs.seedChecks.documents };
    const bad1 = { ...base, checks: [{ id: 'x', doc: 'r2022', section: '2.3', quote: '某某某某' }] };
    expect(() => parseCurated(seedChecksSchema, bad1, 'seed-checks.json')).toThrowError(/exactly one of claim, verdictFrom or verdict/);
    const bad2 = { ...base, checks: [{ id: 'x', doc: 'r2022', section: '2.3', quote: '某某某某', verdict: 'wrong' }] };
    expect(() => parseCurated(seedChecksSchema, bad2, 'seed-checks.json')).toThrowError(/needs its reason/);
    const bad3 = { ...base, checks: [{ id: 'x', doc: 'r2022', section: '2.3', quote: '某某某某', verdict: 'dubious', reason: { zh: '某', en: 'x' } }] };
    expect(() => parseCurated(seedChecksSchema, bad3, 'seed-checks.json')).toThrow();
  });

  it('keeps the stated judgements consistent with the data they rest on', () => {
    // Tapering: assets grew more slowly from Dec 2020 to May 2021 than over the five months before.
    expect(v(latest, 'macro.seed003.boj.changeToEnd')).toBeCloseTo(0.03139661095883173, 12);
    expect(v(latest, 'macro.seed003.boj.changeBefore')).toBeCloseTo(0.05511010005928929, 12);
    expect(v(latest, 'methodology.register.checks.bojTaper.verdict')).toBe('confirmed');
    // 513520 against the CSI 300: behind in both full years before the report (2020, 2021), ahead only in part-year 2019.
    expect(v(latest, 'funds.etf.vsCsi.years.2020.leader')).toBe('benchmark');
    expect(v(latest, 'funds.etf.vsCsi.years.2021.leader')).toBe('benchmark');
    expect(v(latest, 'funds.etf.vsCsi.years.2019.partial')).toBe(true);
    expect(v(latest, 'methodology.register.checks.etfVsCsi.verdict')).toBe('convention');
    // The 2025 note's long-run claim holds in levels (correlation well above zero).
    expect(v(latest, 'macro.boj.levels.correlation') as number).toBeGreaterThan(0.5);
    expect(v(latest, 'methodology.register.checks.relation.verdict')).toBe('confirmed');
  });

  it('lists a document only in editions dated on or after the latest date its text gives', () => {
    expect(v(early, 'methodology.register.available')).toBe(false);
    expect(early.datasets.seedRegister).toEqual([]);
    expect(v(early, 'methodology.register.checks.std.verdict')).toBe('unknown');
    expect(v(windowEnd, 'methodology.register.documents.r2022.known')).toBe(false);
    expect(windowEnd.datasets.seedRegister).toEqual([]);
    expect(v(buildReport(inputs, '2022-07-20'), 'methodology.register.documents.r2022.known')).toBe(false);
    expect(v(seedEdition, 'methodology.register.documents.r2022.known')).toBe(true);
    expect(v(seedEdition, 'methodology.register.documents.boj2025.known')).toBe(false);
    expect(seedEdition.datasets.seedRegister.every((r) => r.doc === 'r2022')).toBe(true);
  });
});
