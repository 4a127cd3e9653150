import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { median } from '../../../src/lib/stats';
import { linkageWord, LINKAGE_BANDS } from '../../../src/chapters/macro/linkage';
import { exitDecisionDate } from '../../../src/chapters/macro/rates';
import { loadReportInputs } from '../../../src/lib/report/report-fs';
import { buildReport, type Report, type ReportInputs } from '../../../src/lib/report/report';
import { riskFreeRate } from '../../../src/chapters/statistics/risk-free';

/**
 * What makes an edition read true, checked on facts of pinned editions: words chosen on the values the
 * page prints, one value per quantity, windows and rates that belong to the edition's own dates.
 * Reference values: tests/reference/risk_free_reference.py (csv only, no project code).
 */
const DATA = path.join(__dirname, '../../../data');
let inputs: ReportInputs;
const editions: Record<string, Report> = {};
const v = (asOf: string, k: string) => editions[asOf]!.index.get(k)?.value;

beforeAll(() => {
  inputs = loadReportInputs(DATA);
  for (const d of ['2008-12-30', '2016-06-30', '2022-06-30', '2022-07-21', '2024-06-28', '2026-09-24']) editions[d] = buildReport(inputs, d);
});

describe('linkageWord(r): correlation words on the printed value', () => {
  it('calls a correlation printed "0.30" moderate, not weak (< 0.30)', () => {
    expect(linkageWord(0.2951)).toBe('moderate');
    expect(linkageWord(-0.2951)).toBe('moderate');
    expect(linkageWord(0.2949)).toBe('weak');
    expect(linkageWord(0.5951)).toBe('strong');
    expect(linkageWord(0.5949)).toBe('moderate');
  });

  it('uses the bands Methodology renders (0.30 / 0.60) in every chapter', () => {
    expect(LINKAGE_BANDS).toEqual({ weak: 0.3, moderate: 0.6 });
    const r = editions['2026-09-24']!;
    expect(r.index.get('methodology.linkage.weak')?.value).toBe(0.3);
    expect(r.index.get('methodology.linkage.moderate')?.value).toBe(0.6);
    // Macro's recent USD/JPY correlation (0.12) and the comparison's (0.30 as printed) take their words from the same bands.
    expect(v('2026-09-24', 'economy.fx.monthly.recentStrength')).toBe(linkageWord(v('2026-09-24', 'economy.fx.monthly.recent') as number));
    expect(v('2026-09-24', 'valuation.comparison.linkage')).toBe(linkageWord(v('2026-09-24', 'valuation.comparison.correlation') as number));
    expect(v('2026-09-24', 'overview.yen.strength')).toBe(linkageWord(v('2026-09-24', 'overview.yen.correlation') as number));
  });
});

describe('median(xs)', () => {
  it('takes the mean of the two middle values of an even count (numpy.median)', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(() => median([])).toThrow(/empty/);
  });

  it('gives the Outlook volatility median as numpy does over the same values', () => {
    const vol = editions['2026-09-24']!.datasets.outlook.volatility.map((p) => p.value).sort((a, b) => a - b);
    const n = vol.length;
    const expected = n % 2 ? vol[(n - 1) / 2]! : (vol[n / 2 - 1]! + vol[n / 2]!) / 2;
    expect(v('2026-09-24', 'outlook.volatility.median')).toBe(expected);
    // numpy.median over 8,388 values (an even count) in the 2022-07-01 edition: tests/reference/outlook_reference.py
    const even = buildReport(inputs, '2022-07-01');
    expect(even.datasets.outlook.volatility.length % 2).toBe(0);
    expect(even.index.get('outlook.volatility.median')?.value).toBeCloseTo(0.18398627504719725, 14);
  });
});

describe('riskFreeRate: the yen short rate paid over the window', () => {
  it('averages the call rate where it is published (2022-06-30 and 2008-12-30 editions)', () => {
    expect(v('2022-06-30', 'statistics.risk.riskFree')).toBeCloseTo(-0.00022555555555555558, 15);
    expect(v('2022-06-30', 'statistics.risk.shortRate.source')).toBe('call');
    expect(v('2008-12-30', 'statistics.risk.riskFree')).toBeCloseTo(0.0047821739130434774, 15);
    expect(v('2008-12-30', 'statistics.risk.shortRate.to')).toBe('2008-11-01'); // December's average is not out on 30 December
  });

  it('uses the policy target after the call-rate data end, and says which series', () => {
    expect(v('2026-09-24', 'statistics.risk.riskFree')).toBeCloseTo(0.006666666666666666, 15);
    expect(v('2026-09-24', 'statistics.risk.shortRate.source')).toBe('policy');
    expect(v('2024-06-28', 'statistics.risk.riskFree')).toBeCloseTo(-0.0001738888888888889, 15);
    expect(v('2024-06-28', 'statistics.risk.shortRate.source')).toBe('callThenPolicy');
    expect(v('2024-06-28', 'statistics.risk.shortRate.callLast')).toBe('2024-01-01');
  });

  it('falls back to 0, a stated convention, where no short rate covers the window', () => {
    const empty = { ...inputs.series.callRate, dates: [], times: [], values: [] };
    const none = riskFreeRate(empty, { ...inputs.series.policyRate, dates: [], times: [], values: [] }, '1990-01-01', '1991-06-28');
    expect(none).toEqual({ rate: 0, source: 'none', from: null, to: null, callLast: null });
  });

  it('feeds the Sharpe ratio: a higher rate gives a lower ratio than a zero rate would', () => {
    const r = editions['2026-09-24']!;
    const sharpe = r.index.get('statistics.risk.sharpe')?.value as number;
    const vol = r.index.get('statistics.risk.volatility')?.value as number;
    const mean = r.index.get('statistics.returns.mean')?.value as number;
    expect(sharpe).toBeCloseTo((mean * 252 - 0.006666666666666666) / vol, 12);
  });
});

describe('statistics: the window return is annualised over calendar days / 365.25, as Methodology says', () => {
  it('matches (1 + R)^(365.25 / days) − 1 from the base close', () => {
    expect(v('2022-06-30', 'statistics.risk.annualisedWindowReturn')).toBeCloseTo(-0.0257402053377338, 12);
    expect(v('2026-09-24', 'statistics.risk.annualisedWindowReturn')).toBeCloseTo(0.33137605371374157, 12);
  });
});

describe('the exit from negative rates: one date in every chapter', () => {
  it('dates the exit by the decision of 19 March 2024 in Macro and Outlook, as the events table does', () => {
    expect(v('2026-09-24', 'macro.policy.exitDate')).toBe('2024-03-19');
    expect(v('2026-09-24', 'outlook.policy.firstHike')).toBe('2024-03-19');
    expect(inputs.curated.overview.events.find((e) => e.id === 'endNegativeRates')?.date).toBe('2024-03-19');
  });

  it('keeps the effective date when no decision lies shortly before it', () => {
    expect(exitDecisionDate('2024-03-21', '2024-03-19')).toBe('2024-03-19');
    expect(exitDecisionDate('2024-03-21', '2023-12-01')).toBe('2024-03-21');
    expect(exitDecisionDate('2024-03-21', undefined)).toBe('2024-03-21');
    expect(exitDecisionDate(null, '2024-03-19')).toBeNull();
  });
});

describe('stale series (data.<id>.stale)', () => {
  it('marks series older than their publication lag plus tolerance at the latest edition, and only the VI (in its data gap) in 2022', () => {
    const stale = (d: string) =>
      Object.keys(inputs.series)
        .filter((id) => v(d, `data.${id}.stale`) === true)
        .sort();
    // The monthly valuation means end 2026-03 (the daily figures continue them); TOPIX ends 2026-08-21, the MoF daily JGB file 2026-06-30.
    expect(stale('2026-09-24')).toEqual([
      'callRate',
      'csi300',
      'dyMonthly',
      'etf1321',
      'etf159866',
      'etf513000',
      'etf513520',
      'etf513880',
      'jgb10y',
      'jgb10yDaily',
      'n225Futures',
      'nikkeiVi',
      'pbrMonthly',
      'perMonthly',
      'topix',
    ]);
    // The Nikkei VI's data have a gap from 2018-05 to 2022-12: in the seed's edition its last value is of 2018.
    expect(stale('2022-06-30')).toEqual(['nikkeiVi']);
  });
});

describe('windows that end before the edition say so', () => {
  it("flags the CSI 300 comparison and the funds' common window when their data end early", () => {
    expect(v('2026-09-24', 'valuation.comparison.end')).toBe('2026-06-09');
    expect(v('2026-09-24', 'valuation.comparison.endsBeforeEdition')).toBe(true);
    expect(v('2022-06-30', 'valuation.comparison.endsBeforeEdition')).toBe(false);
    expect(v('2026-09-24', 'funds.etf.window.endsBeforeEdition')).toBe(true);
    expect(v('2022-06-30', 'funds.etf.window.endsBeforeEdition')).toBe(false);
  });
});

describe("the seed's standard-deviation correction belongs to the seed's own window", () => {
  it('states the window and the seed-window figures whatever the edition', () => {
    // Checked from the first edition that knows the report (2022-07-21), over its own window to 2022-06-30.
    expect(v('2022-06-30', 'statistics.seedCheck.available')).toBe(false);
    for (const d of ['2022-07-21', '2026-09-24']) {
      expect(v(d, 'statistics.seedCheck.windowStart')).toBe('2021-01-01');
      expect(v(d, 'statistics.seedCheck.asOf')).toBe('2022-06-30');
      expect(v(d, 'statistics.seedCheck.claims.maxGain.ours')).toBe(v('2022-06-30', 'statistics.returns.maxGain.value'));
      expect(v(d, 'statistics.seedCheck.claims.std.ours')).toBe(v('2022-06-30', 'statistics.returns.std'));
    }
    expect(v('2026-09-24', 'statistics.returns.maxGain.value')).not.toBe(v('2026-09-24', 'statistics.seedCheck.claims.maxGain.ours'));
  });
});

describe('Methodology: the price adjustment factor replaced the presumed par value in October 2021', () => {
  it('describes the rule in force at the edition', () => {
    expect(v('2016-06-30', 'methodology.priceAdjustmentFactor')).toBe(false);
    expect(v('2022-06-30', 'methodology.priceAdjustmentFactor')).toBe(true);
  });
});

describe('direction words come from signs', () => {
  it('gives CPI and the QDII fund a direction fact for the verbs the prose picks', () => {
    expect(v('2016-06-30', 'economy.cpi.direction')).toBe((v('2016-06-30', 'economy.cpi.latest') as number) < 0 ? 'down' : 'up');
    expect(v('2022-06-30', 'funds.etf.fullFx.yen')).toBe('weaker');
    expect(v('2022-06-30', 'funds.etf.fullFx.qdiiVsIndex')).toBe('behind');
  });
});

describe('one quantity, one value across chapters', () => {
  const same: [string, string][] = [
    ['overview.key.y1.value', 'statistics.periods.y1'],
    ['overview.key.ytd.value', 'statistics.ytd.return'],
    ['statistics.periods.ytd', 'statistics.ytd.return'],
    ['overview.key.ath.value', 'outlook.drawdown.peak'],
    ['overview.key.fromAth', 'outlook.drawdown.depth'],
    ['outlook.boj.change', 'macro.boj.assets.yoy'],
    ['outlook.policy.hikes', 'macro.policy.increases'],
    ['outlook.policy.rate', 'macro.policy.current'],
    ['outlook.policy.firstHike', 'macro.policy.exitDate'],
    ['overview.key.lastClose.value', 'outlook.trend.close'],
    ['overview.yen.allMonths', 'economy.fx.monthly.months'],
  ];
  it('states the same value wherever two chapters state the same quantity', () => {
    for (const d of ['2016-06-30', '2022-06-30', '2024-06-28', '2026-09-24']) {
      for (const [a, b] of same) {
        const [x, y] = [v(d, a), v(d, b)];
        if (typeof x === 'number' && typeof y === 'number') expect(x, `${d}: ${a} = ${b}`).toBeCloseTo(y, 12);
        else expect(x, `${d}: ${a} = ${b}`).toEqual(y);
      }
      expect((v(d, 'outlook.jgb.change') as number) * 100).toBeCloseTo(v(d, 'macro.jgb.changePp') as number, 10);
    }
  });
});
