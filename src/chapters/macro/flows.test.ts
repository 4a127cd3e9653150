import { beforeAll, describe, expect, it } from 'vitest';
import { loadReportInputs } from '../../lib/report/report-fs';
import { buildReport, type Report, type ReportInputs } from '../../lib/report/report';
import { DATA_DIR, PINNED_AS_OF } from '../../../tests/lib/pinned';

let inputs: ReportInputs;
let latest: Report;
let seedEdition: Report;
let early: Report;
let seedKnown: Report;

beforeAll(() => {
  inputs = loadReportInputs(DATA_DIR);
  latest = buildReport(inputs, PINNED_AS_OF);
  seedEdition = buildReport(inputs, '2022-06-30');
  early = buildReport(inputs, '2008-10-28');
  // The 2022 report is known from the latest date its text gives (2022-07-21): its checks appear from then on.
  seedKnown = buildReport(inputs, '2022-07-21');
});

const at = (r: Report) => (k: string) => r.index.get(k)?.value;

// Expected values: `python3 tests/reference/flows_reference.py` (reads data/ with csv + numpy + scipy only).
describe('gdpParts(): ESRI contributions to real GDP growth', () => {
  it('shows the last 12 quarters published by the edition and the latest quarter’s pulls', () => {
    const v = at(latest);
    expect(v('economy.gdpParts.first')).toBe('2023-07-01');
    expect(v('economy.gdpParts.latestQuarter')).toBe('2026-04-01');
    expect(v('economy.gdpParts.total')).toBeCloseTo(0.004, 12);
    expect(v('economy.gdpParts.latest.inventories')).toBeCloseTo(-0.2, 12);
    expect(v('economy.gdpParts.biggestUp')).toBe('netExports');
    expect(v('economy.gdpParts.biggestUpPp')).toBeCloseTo(0.5, 12);
    expect(v('economy.gdpParts.consumptionUpQuarters')).toBe(6);
    expect(v('economy.gdpParts.consumptionShare')).toBeCloseTo(0.5188513908912339, 12);
    const s = at(seedEdition);
    expect(s('economy.gdpParts.first')).toBe('2019-04-01');
    expect(s('economy.gdpParts.latestQuarter')).toBe('2022-01-01');
    expect(s('economy.gdpParts.total')).toBeCloseTo(-0.004, 12);
    expect(s('economy.gdpParts.biggestDown')).toBe('consumption');
    expect(s('economy.gdpParts.sumOfParts')).toBeCloseTo(-0.6, 12);
    expect(s('economy.gdpParts.consumptionShare')).toBeCloseTo(0.523074148429915, 12);
  });

  it('checks the seed’s 2021 Q4 figures against ESRI’s 2020-base table, from the first edition that knows the report', () => {
    expect(at(seedEdition)('economy.gdpParts.seed.available')).toBe(false);
    const s = at(seedKnown);
    expect(s('economy.gdpParts.seed.available')).toBe(true);
    expect(s('economy.gdpParts.seed.consumption.level')).toBeCloseTo(76.163725, 9);
    expect(s('economy.gdpParts.seed.consumption.share')).toBeCloseTo(0.5254945718741338, 12);
    expect(s('economy.gdpParts.seed.pulls.private_consumption.qoq')).toBeCloseTo(1.5, 12);
    expect(s('economy.gdpParts.seed.pulls.private_consumption.yoy')).toBeCloseTo(1.0160887816882715, 10);
    expect(s('economy.gdpParts.seed.pulls.public_investment.yoy')).toBeCloseTo(-0.3724240243109439, 10);
    expect(s('economy.gdpParts.seed.pulls.government_consumption.verdict')).toBe('agrees');
    expect(s('economy.gdpParts.seed.pulls.net_exports.verdict')).toBe('revised');
    expect([s('economy.gdpParts.seed.qoqAgree'), s('economy.gdpParts.seed.qoqRevised'), s('economy.gdpParts.seed.qoqDiffer')]).toEqual([1, 4, 0]);
    expect(seedKnown.index.get('methodology.register.checks.gdpPullGovernment.verdict')?.value).toBe('confirmed');
    expect(seedKnown.index.get('methodology.register.checks.gdpPullConsumption.verdict')?.value).toBe('uncheckable');
  });

  it('is left out where no quarter was published and the seed check before the seed’s date', () => {
    expect(at(early)('economy.gdpParts.latestQuarter')).toBe('2008-04-01');
    expect(at(early)('economy.gdpParts.seed.available')).toBe(false);
  });
});

describe('covidWaves(): MHLW daily cases against the Nikkei 225', () => {
  it('finds eight waves in the whole series and says it ended', () => {
    const v = at(latest);
    expect(v('economy.covid.last')).toBe('2023-05-08');
    expect(v('economy.covid.ended')).toBe(true);
    expect(v('economy.covid.max')).toBe(261735);
    expect(v('economy.covid.maxDay')).toBe('2022-08-19');
    const w = latest.datasets.economy.covid.waves;
    expect(w.map((x) => x.peak)).toEqual(['2020-04-16', '2020-08-09', '2021-01-11', '2021-05-14', '2021-08-25', '2022-02-08', '2022-08-24', '2023-01-11']);
    expect(w[0]).toMatchObject({ start: '2020-01-23', end: '2020-05-27' });
    expect(w[0]?.n225ToPeak).toBeCloseTo(-0.18933209029402465, 12);
    expect(w[6]?.peakAverage).toBeCloseTo(227576.1429, 3);
    expect(w[7]?.n225Change).toBeCloseTo(0.09653447848113261, 12);
    expect(v('economy.covid.wavesN225Up')).toBe(5);
  });

  it('lists only the waves an edition could confirm, and none before the series', () => {
    const w = seedEdition.datasets.economy.covid.waves;
    expect(w).toHaveLength(6);
    expect(w[5]).toMatchObject({ peak: '2022-02-08', end: '2022-06-29' });
    expect(w[5]?.n225Change).toBeCloseTo(-0.06771860371508598, 12);
    expect(at(seedEdition)('economy.covid.ended')).toBe(false);
    expect(at(early)('economy.covid.available')).toBe(false);
  });
});

describe('etfPurchases(): the BOJ’s index-ETF buying and the index around it', () => {
  it('sums purchases by year and against BOJ total assets, dating the last purchase from the data', () => {
    const v = at(latest);
    expect(v('macro.etf.days')).toBe(694);
    expect(v('macro.etf.last')).toBe('2023-10-04');
    expect(v('macro.etf.total')).toBeCloseTo(35.6921, 9);
    expect(v('macro.etf.topYear')).toBe(2020);
    expect(v('macro.etf.maxDay100m')).toBe(2004);
    expect(v('macro.etf.shareOfAssets')).toBeCloseTo(0.047591801837743496, 12);
    const y2022 = seedEdition.datasets.macro.etf.years.find((y) => y.year === 2022);
    expect(y2022?.days).toBe(8);
    expect(y2022?.shareOfAssets).toBeCloseTo(0.048081640090423365, 12);
  });

  it('compares returns on and after purchase days with other sessions (Welch t)', () => {
    const v = at(latest);
    expect(v('macro.etf.sessions')).toBe(3133);
    expect(v('macro.etf.sameDay.buyMean')).toBeCloseTo(-0.01078626353667335, 12);
    expect(v('macro.etf.sameDay.buyUpShare')).toBeCloseTo(0.1585014409221902, 12);
    expect(v('macro.etf.nextDay.t')).toBeCloseTo(-2.0888148499924237, 9);
    expect(v('macro.etf.week.buyMean')).toBeCloseTo(0.002644969030300024, 12);
    expect(v('macro.etf.week.t')).toBeCloseTo(0.4025321331300948, 9);
    expect(v('macro.etf.floor')).toBe('notSupported');
    const s = at(seedEdition);
    expect(s('macro.etf.nextDay.t')).toBeCloseTo(-2.07461915736498, 9);
    expect(s('macro.etf.week.otherMean')).toBeCloseTo(0.0019269225987928195, 12);
  });

  it('feeds the regimes: ETF buying within each policy regime', () => {
    const v = at(latest);
    expect(v('macro.boj.regimes.qqe.etfDays')).toBe(625);
    expect(v('macro.boj.regimes.postExit.etfAmount')).toBe(0);
    expect((v('macro.boj.regimes.preQqe.etfAmount') as number) + (v('macro.boj.regimes.qqe.etfAmount') as number)).toBeCloseTo(35.6921, 9);
    expect(at(early)('macro.etf.available')).toBe(false);
  });
});
