import { beforeAll, describe, expect, it } from 'vitest';
import { seed000Schema } from '../../lib/data/curated/macro';
import { loadReportInputs } from '../../lib/report/report-fs';
import { buildReport, type Report, type ReportInputs } from '../../lib/report/report';
import { monthEnds } from './monthly';
import { DATA_DIR, PINNED_AS_OF } from '../../../tests/lib/pinned';

const DATA = DATA_DIR;
let inputs: ReportInputs;
let latest: Report;
let seedEdition: Report;
let knowsSeed: Report;
let early: Report;

beforeAll(() => {
  inputs = loadReportInputs(DATA);
  latest = buildReport(inputs, PINNED_AS_OF);
  seedEdition = buildReport(inputs, '2022-06-30');
  // The first edition that knows the 2022 report (the latest date its text gives).
  knowsSeed = buildReport(inputs, '2022-07-21');
  early = buildReport(inputs, '2012-06-29');
});

const at = (r: Report) => (k: string) => r.index.get(k)?.value;

// Expected values: `python3 tests/reference/macro_reference.py` (reads data/ with csv + numpy + scipy only).
describe('macroFacts(ctx): BOJ total assets against the Nikkei 225, latest edition', () => {
  it('pairs 341 month-ends from April 1998 to August 2026 and states assets in trillion yen', () => {
    const v = at(latest);
    expect(v('macro.boj.months')).toBe(341);
    expect(v('macro.boj.first')).toBe('1998-04-01');
    expect(v('macro.boj.last')).toBe('2026-08-01');
    expect(v('macro.boj.assets.latest')).toBeCloseTo(644.662, 6);
  });

  it('finds a high correlation of levels and almost none of monthly changes', () => {
    const v = at(latest);
    expect(v('macro.boj.levels.correlation')).toBeCloseTo(0.7916191444704346, 10);
    expect(v('macro.boj.levels.logSlope')).toBeCloseTo(0.46734385095085557, 10);
    expect(v('macro.boj.levels.logT')).toBeCloseTo(23.74341858408054, 8);
    expect(v('macro.boj.changes.correlation')).toBeCloseTo(0.013067958371733471, 10);
    expect(v('macro.boj.changes.slope')).toBeCloseTo(0.016838197257582954, 10);
    expect(v('macro.boj.changes.r2')).toBeCloseTo(0.00017077153600535892, 12);
    expect(v('macro.boj.changes.t')).toBeCloseTo(0.24027200818972527, 8);
    expect(v('macro.boj.changes.significant')).toBe(false);
  });

  it('measures the rolling 12-month correlation and the lead/lag cross-correlation', () => {
    const v = at(latest);
    expect(v('macro.boj.rolling.latest')).toBeCloseTo(0.2572423146575227, 10);
    expect(v('macro.boj.rolling.min')).toBeCloseTo(-0.760427838068384, 10);
    expect(v('macro.boj.rolling.positiveShare')).toBeCloseTo(0.48936170212765956, 12);
    expect(v('macro.boj.lags.best')).toBe(3);
    expect(v('macro.boj.lags.bestR')).toBeCloseTo(0.12684265505227696, 10);
    expect(v('macro.boj.lags.band')).toBeCloseTo(0.10629397195702116, 10);
    expect(v('macro.boj.lags.beyondBand')).toBe(2);
    expect(v('macro.boj.lags.evidence')).toBe('chance');
  });

  it('splits the span into policy regimes: opposite levels before QQE and after the exit, together under QQE', () => {
    const v = at(latest);
    expect(v('macro.boj.regimes.preQqe.levelCorrelation')).toBeCloseTo(-0.5744049314960632, 10);
    expect(v('macro.boj.regimes.qqe.months')).toBe(132);
    expect(v('macro.boj.regimes.qqe.bojChange')).toBeCloseTo(3.5895923069035334, 10);
    expect(v('macro.boj.regimes.qqe.levelCorrelation')).toBeCloseTo(0.8934290672213498, 10);
    expect(v('macro.boj.regimes.qqe.t')).toBeCloseTo(0.9653343617721971, 8);
    expect(v('macro.boj.regimes.postExit.months')).toBe(29);
    expect(v('macro.boj.regimes.postExit.levelCorrelation')).toBeCloseTo(-0.9193509844198174, 10);
    expect(v('macro.boj.regimes.postExit.n225Change')).toBeCloseTo(0.642626883115603, 10);
    expect(v('macro.boj.anyRegimeSignificant')).toBe(false);
  });
});

describe('macroFacts(ctx) and economyFacts(ctx): the yen, growth, inflation and rates, latest edition', () => {
  it('correlates USD/JPY with the index on common days and on month-ends up to August 2026', () => {
    const v = at(latest);
    expect(v('economy.fx.latestDate')).toBe('2026-09-18');
    expect(v('economy.fx.endsBeforeEdition')).toBe(true);
    expect(v('economy.fx.daily.full')).toBeCloseTo(0.10417713445926387, 10);
    expect(v('economy.fx.daily.recent')).toBeCloseTo(0.1324528547896399, 10);
    expect(v('economy.fx.monthly.months')).toBe(667);
    expect(v('economy.fx.monthly.lastMonth')).toBe('2026-08-01');
    expect(v('economy.fx.monthly.full')).toBeCloseTo(0.11894124083772069, 10);
    expect(v('economy.fx.monthly.recent')).toBeCloseTo(0.11997012818013801, 10);
    // Both monthly correlations are weak (< 0.30) and so is the word: one band set, Methodology's.
    expect(v('economy.fx.monthly.recentStrength')).toBe('weak');
  });

  it('states the latest real GDP growth, CPI inflation against the target, the JGB yield and the policy rate', () => {
    const v = at(latest);
    expect(v('economy.gdp.latestQuarter')).toBe('2026-04-01');
    expect(v('economy.gdp.qoqAnn')).toBeCloseTo(0.011200152067573521, 12);
    expect(v('economy.gdp.yoy')).toBeCloseTo(0.005497659898006102, 12);
    // CPI to 2026-08 is in the data, but August's figure is out only after 2026-09-24 (25-day lag).
    expect(v('economy.cpi.latestMonth')).toBe('2026-07-01');
    expect(v('economy.cpi.latest')).toBeCloseTo(0.020554066130473503, 12);
    expect(v('economy.cpi.direction')).toBe('up');
    expect(v('economy.cpi.vsTarget')).toBe('above');
    expect(v('economy.cpi.streak')).toBe(1);
    expect(v('macro.jgb.latestMonth')).toBe('2026-06-01');
    expect(v('macro.jgb.latest')).toBeCloseTo(0.02654, 12);
    expect(v('macro.jgb.changePp')).toBeCloseTo(1.234, 10); // 2026-06 (MoF monthly mean 2.654) less 2025-06 (FRED 1.420)
    expect(v('macro.policy.current')).toBeCloseTo(0.01, 12);
    // The exit is dated by the BOJ's decision (19 March), as in every chapter; the new target applied from the 21st.
    expect(v('macro.policy.exitDate')).toBe('2024-03-19');
    expect(v('macro.policy.exitEffective')).toBe('2024-03-21');
    expect(v('macro.policy.increases')).toBe(5);
    expect(v('macro.policy.hikesSinceExit')).toBe(4);
    expect(v('macro.policy.hikes.h5.date')).toBe('2026-06-17');
  });
});

describe("macroFacts(ctx): seed document 000's table and claims", () => {
  it("finds the table's closes equal to the index's to the printed decimal, and four of six month-end assets exact", () => {
    const v = at(latest);
    expect(v('macro.seed000.available')).toBe(true);
    expect(v('macro.seed000.closes.matching')).toBe(20);
    expect(v('macro.seed000.closes.verdict')).toBe('agrees');
    expect(v('macro.seed000.monthEnds.rows')).toBe(6);
    expect(v('macro.seed000.monthEnds.matching')).toBe(4);
  });

  it("shows the table's own relation positive in levels and negative in changes", () => {
    const v = at(latest);
    expect(v('macro.seed000.table.levelCorrelation')).toBeCloseTo(0.4165164158343699, 10);
    expect(v('macro.seed000.table.changeCorrelation')).toBeCloseTo(-0.1433528041331054, 10);
    expect(v('macro.seed000.table.verdict')).toBe('levelsOnly');
    expect(v('macro.seed000.relation.verdict')).toBe('levelsOnly');
  });

  it('refutes the 2023 asset low and the 2023 peak', () => {
    const v = at(latest);
    expect(v('macro.seed000.assetLow.low')).toBeCloseTo(732.8285, 6);
    expect(v('macro.seed000.assetLow.lowMonth')).toBe('2023-06-01');
    expect(v('macro.seed000.assetLow.yearChange')).toBeCloseTo(0.06537731691870952, 12);
    expect(v('macro.seed000.assetLow.nearestMonth')).toBe('2021-06-01');
    expect(v('macro.seed000.pullback.high')).toBeCloseTo(33753.3281, 4);
    expect(v('macro.seed000.pullback.highDate')).toBe('2023-07-03');
    expect(v('macro.seed000.pullback.peakDate')).toBe('2024-07-11');
    expect(v('macro.seed000.pullback.firstBelow')).toBe('2024-08-05');
    expect(v('macro.seed000.pullback.troughDate')).toBe('2025-04-07');
    expect(v('macro.seed000.pullback.verdict')).toBe('wrongYear');
  });
});

describe('macroFacts(ctx): the seed edition, as of 2022-06-30', () => {
  it('sees BOJ data to May 2022 (June’s accounts came out in July), with QQE still running and no post-exit regime', () => {
    const v = at(seedEdition);
    expect(v('macro.boj.last')).toBe('2022-05-01');
    expect(v('macro.boj.levels.correlation')).toBeCloseTo(0.8357017692025144, 10);
    expect(v('macro.boj.changes.t')).toBeCloseTo(0.2740813540998719, 8);
    expect(v('macro.boj.lags.best')).toBe(-8);
    expect(v('macro.boj.regimes.qqe.ongoing')).toBe(true);
    expect(v('macro.boj.regimes.qqe.t')).toBeCloseTo(0.8195875527736768, 8);
    expect(v('macro.boj.regimes.postExit.available')).toBe(false);
  });

  it('checks neither document: the 2022 report was not yet written (it gives dates to 2022-07-21), the 2025 note even less', () => {
    const v = at(seedEdition);
    expect(v('macro.seed000.available')).toBe(false);
    expect(v('macro.seed003.available')).toBe(false);
  });

  it("checks the 2022 report's section 2.5 from the first edition that knows it (2022-07-21)", () => {
    const v = at(knowsSeed);
    expect(v('macro.seed000.available')).toBe(false);
    expect(v('macro.seed003.available')).toBe(true);
    expect(v('macro.seed003.gdp.ourQuarterly')).toBeCloseTo(144.9183, 6);
    expect(v('macro.seed003.gdp.convention')).toBe('quarterly');
    expect(v('macro.seed003.gdp.qoq')).toBeCloseTo(0.011762081620876774, 12);
    expect(v('macro.seed003.gdp.qoqVerdict')).toBe('close');
    expect(v('macro.seed003.gdp.yoy')).toBeCloseTo(0.02809049742938874, 12);
    expect(v('macro.seed003.gdp.yoyVerdict')).toBe('differs');
    expect(v('macro.seed003.boj.taperVerdict')).toBe('differs');
    expect(v('macro.seed003.boj.impliedHoldings')).toBeCloseTo(518.265, 6);
    expect(v('macro.seed003.boj.holdingsVerdict')).toBe('wrongUnit');
  });

  it('has negative rates, no hikes, and CPI inflation just above target', () => {
    const v = at(seedEdition);
    expect(v('macro.policy.current')).toBeCloseTo(-0.001, 12);
    expect(v('macro.policy.exited')).toBe(false);
    expect(v('macro.policy.increases')).toBe(0);
    expect(v('economy.cpi.latest')).toBeCloseTo(0.024144869215291687, 12);
    expect(v('economy.cpi.streak')).toBe(2);
    expect(v('economy.fx.monthly.recent')).toBeCloseTo(0.26510045953428807, 10);
    expect(v('macro.jgb.changePp')).toBeCloseTo(0.175, 10);
  });
});

describe('macroFacts(ctx): an early edition, as of 2012-06-29', () => {
  it('builds without the policy-rate file, QQE or the inflation target', () => {
    const v = at(early);
    expect(v('macro.boj.available')).toBe(true);
    expect(v('macro.boj.levels.sign')).toBe('negative');
    expect(v('macro.boj.regimes.qqe.available')).toBe(false);
    expect(v('macro.policy.available')).toBe(false);
    expect(v('economy.cpi.targetInForce')).toBe(false);
    expect(v('macro.seed003.available')).toBe(false);
  });
});

describe('monthEnds(series, asOf)', () => {
  it('leaves out the month a series stops in before its end (USD/JPY stops on Friday 18 September 2026)', () => {
    const m = monthEnds(inputs.series.usdjpy, '2026-09-24');
    expect(m.at(-1)).toMatchObject({ month: '2026-08-01', date: '2026-08-31' });
  });

  it('keeps a month whose last trading day falls short of the calendar end by a weekend', () => {
    const m = monthEnds(buildReport(inputs, '2024-08-31').series.n225, '2024-08-31');
    expect(m.at(-1)).toMatchObject({ month: '2024-08-01', date: '2024-08-30' });
  });
});

describe('the seed-000 curated schema', () => {
  it('rejects a table whose rows are out of date order', () => {
    const bad = { ...inputs.curated.macro.seed000, rows: [...inputs.curated.macro.seed000.rows].reverse() };
    expect(seed000Schema.safeParse(bad).success).toBe(false);
  });
});
