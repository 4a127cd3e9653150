import { beforeAll, describe, expect, it } from 'vitest';
import { loadReportInputs } from '../../lib/report/report-fs';
import { buildReport, type Report, type ReportInputs } from '../../lib/report/report';
import { FIGURES, figureShown } from '../../lib/report/figure-list';
import { DATA_DIR, PINNED_AS_OF } from '../../../tests/lib/pinned';
import { shareBelow } from './valuation';
import { summaryOf } from '../../lib/report/summary';

let inputs: ReportInputs;
let latest: Report;
let seedEdition: Report;
let e2008: Report;
let e1990: Report;

beforeAll(() => {
  inputs = loadReportInputs(DATA_DIR);
  latest = buildReport(inputs, PINNED_AS_OF);
  seedEdition = buildReport(inputs, '2022-06-30');
  e2008 = buildReport(inputs, '2008-10-28');
  e1990 = buildReport(inputs, '1990-10-01');
});

const at = (r: Report) => (k: string) => r.index.get(k)?.value;
const NEW = ['valuation-table', 'valuation-per', 'valuation-pbr', 'valuation-dy', 'valuation-erp', 'valuation-nt'];
const shown = (r: Report) => FIGURES.filter((f) => NEW.includes(f.id) && figureShown(f, r)).map((f) => f.id);

// Expected values: `python3 tests/reference/valuation_reference.py` (numpy; reads data/ only).
describe('valuation: the latest edition (2026-09-24)', () => {
  it('takes the daily figure of the edition day and ranks it among the monthly means', () => {
    const v = at(latest);
    expect(v('valuation.latestKind')).toBe('day');
    expect(v('valuation.latestDay')).toBe('2026-09-24');
    expect(v('valuation.lastMonth')).toBe('2026-08-01');
    expect(v('valuation.months')).toBe(260);
    expect(v('valuation.per.latest')).toBe(17.12);
    expect(v('valuation.per.p10y')).toBeCloseTo(0.7916666666666666, 12);
    expect(v('valuation.per.pAll')).toBeCloseTo(0.6807692307692308, 12);
    expect(v('valuation.per.max')).toBeCloseTo(165.3994, 10);
    expect(v('valuation.per.maxMonth')).toBe('2009-04-01');
    expect(v('valuation.per.min')).toBeCloseTo(11.1676, 10);
    expect(v('valuation.pbr.latest')).toBe(1.87);
    expect(v('valuation.pbr.p10y')).toBeCloseTo(0.975, 12);
    expect(v('valuation.pbr.pAll')).toBeCloseTo(0.8961538461538462, 12);
    expect(v('valuation.dy.latest')).toBeCloseTo(0.0172, 12);
    expect(v('valuation.dy.p10y')).toBeCloseTo(0.2, 12);
    expect(v('valuation.dy.pAll')).toBeCloseTo(0.4576923076923077, 12);
    expect(v('valuation.dy.max')).toBeCloseTo(0.0262, 12);
    expect(v('valuation.dy.maxMonth')).toBe('2020-03-01');
  });

  it('marks the PER months above the clipped axis (2009, forecast earnings collapsed)', () => {
    const v = at(latest);
    expect(v('valuation.perAboveClip')).toBe(8);
    expect(v('valuation.perAboveClipFrom')).toBe('2009-02-01');
    expect(v('valuation.perAboveClipTo')).toBe('2009-09-01');
  });

  it('sets the earnings yield against the MoF 10-year JGB, to the JGB data’s own last month', () => {
    const v = at(latest);
    expect(v('valuation.erp.month')).toBe('2026-06-01');
    expect(v('valuation.erp.jgbLast')).toBe('2026-06-30');
    expect(v('valuation.erp.jgbEndsBefore')).toBe(true);
    expect(v('valuation.erp.earningsYield')).toBeCloseTo(0.05526110873879078, 12);
    expect(v('valuation.erp.jgb')).toBeCloseTo(0.02654136363636363, 12);
    expect(v('valuation.erp.spread')).toBeCloseTo(0.02871974510242715, 12);
    expect(v('valuation.erp.max')).toBeCloseTo(0.08797708972897615, 12);
    expect(v('valuation.erp.maxMonth')).toBe('2019-08-01');
    expect(v('valuation.erp.min')).toBeCloseTo(-0.008265457425221268, 12);
    expect(v('valuation.erp.minMonth')).toBe('2009-04-01');
    expect(v('valuation.erp.negativeMonths')).toBe(2);
    expect(v('valuation.erp.months')).toBe(258);
  });

  it('checks the 2022 report’s PE-TTM on our (forecast) basis in June 2022', () => {
    const v = at(latest);
    expect(v('valuation.seed.available')).toBe(true);
    expect(v('valuation.seed.per')).toBeCloseTo(12.9918, 10);
    expect(v('valuation.seed.p10y')).toBeCloseTo(0.18333333333333332, 12);
  });

  it('computes the NT ratio to TOPIX’s own last date', () => {
    const v = at(latest);
    expect(v('valuation.nt.latestDate')).toBe('2026-08-21');
    expect(v('valuation.nt.endsBefore')).toBe(true);
    expect(v('valuation.nt.latest')).toBeCloseTo(16.23104312699611, 10);
    expect(v('valuation.nt.p10y')).toBeCloseTo(0.977058582548136, 12);
    expect(v('valuation.nt.pAll')).toBeCloseTo(0.9897772909821103, 12);
    expect(v('valuation.nt.max')).toBeCloseTo(18.01739930834788, 10);
    expect(v('valuation.nt.maxDate')).toBe('2026-06-25');
    expect(v('valuation.nt.min')).toBeCloseTo(9.37325495983386, 10);
    expect(v('valuation.nt.minDate')).toBe('2005-11-08');
    expect(v('valuation.nt.days')).toBe(5478);
  });

  it('puts TOPIX beside the CSI 300 over the same five years, naming both last dates', () => {
    const v = at(latest);
    expect(v('valuation.comparison.end')).toBe('2026-06-09');
    expect(v('valuation.comparison.comparatorLast')).toBe('2026-06-09');
    expect(v('valuation.comparison.topix.last')).toBe('2026-08-21');
    expect(v('valuation.comparison.topix.endsBeforeWindow')).toBe(false);
    expect(v('valuation.comparison.topix.cumulative')).toBeCloseTo(0.9907160448409413, 12);
    expect(v('valuation.comparison.topix.annualised')).toBeCloseTo(0.14762992289389043, 12);
    expect(v('valuation.comparison.topix.volatility')).toBeCloseTo(0.19454935521504346, 12);
    expect(v('valuation.comparison.topix.sharpe')).toBeCloseTo(0.8283769980316635, 10);
    expect(v('valuation.comparison.topix.maxDrawdown')).toBeCloseTo(-0.239665161120727, 12);
    expect(latest.datasets.valuation.comparison?.growth.topix.at(-1)?.date).toBe('2026-06-09');
  });

  it('shows every new figure', () => expect(shown(latest)).toEqual(NEW));
});

describe('valuation: the seed edition (2022-06-30)', () => {
  it('uses June 2022’s monthly mean: no daily figure yet', () => {
    const v = at(seedEdition);
    expect(v('valuation.latestKind')).toBe('month');
    expect(v('valuation.latestMonth')).toBe('2022-06-01');
    expect(v('valuation.per.latest')).toBeCloseTo(12.9918, 10);
    expect(v('valuation.per.p10y')).toBeCloseTo(0.18333333333333332, 12);
    expect(v('valuation.per.pAll')).toBeCloseTo(0.12380952380952381, 12);
    expect(v('valuation.pbr.latest')).toBeCloseTo(1.1691, 10);
    expect(v('valuation.pbr.p10y')).toBeCloseTo(0.3416666666666667, 12);
    expect(v('valuation.dy.latest')).toBeCloseTo(0.024345, 12);
    expect(v('valuation.dy.p10y')).toBeCloseTo(0.975, 12);
    expect(v('valuation.dy.pAll')).toBeCloseTo(0.9571428571428572, 12);
  });

  it('has the JGB to the edition and no look-ahead to the 2022 report’s later valuation date', () => {
    const v = at(seedEdition);
    expect(v('valuation.erp.month')).toBe('2022-06-01');
    expect(v('valuation.erp.jgbEndsBefore')).toBe(false);
    expect(v('valuation.erp.earningsYield')).toBeCloseTo(0.07697162825782417, 12);
    expect(v('valuation.erp.jgb')).toBeCloseTo(0.0025254545454545456, 12);
    expect(v('valuation.erp.spread')).toBeCloseTo(0.07444617371236963, 12);
    expect(v('valuation.erp.months')).toBe(210);
    expect(v('valuation.seed.available')).toBe(false);
  });

  it('computes the NT ratio and TOPIX’s five years to the edition', () => {
    const v = at(seedEdition);
    expect(v('valuation.nt.latest')).toBeCloseTo(14.10773837140933, 10);
    expect(v('valuation.nt.p10y')).toBeCloseTo(0.8022922636103151, 12);
    expect(v('valuation.nt.pAll')).toBeCloseTo(0.8918495297805643, 12);
    expect(v('valuation.nt.maxDate')).toBe('2021-02-25');
    expect(v('valuation.comparison.topix.cumulative')).toBeCloseTo(0.1606303120540975, 12);
    expect(v('valuation.comparison.topix.annualised')).toBeCloseTo(0.030240887236200553, 12);
    expect(v('valuation.comparison.topix.maxDrawdown')).toBeCloseTo(-0.35306399033002456, 12);
  });
});

describe('valuation: early editions', () => {
  it('2008-10-28: no ten years yet (percentile only since 2005), no seed check, NT ratio without ten years', () => {
    const v = at(e2008);
    expect(v('valuation.tenYears')).toBe(false);
    expect(v('valuation.per.p10y')).toBeNull();
    expect(v('valuation.latestMonth')).toBe('2008-09-01');
    expect(v('valuation.perClipped')).toBe(false);
    expect(v('valuation.seed.available')).toBe(false);
    expect(v('valuation.nt.tenYears')).toBe(false);
    expect(v('valuation.comparison.topix.available')).toBe(false);
    expect(shown(e2008)).toEqual(NEW);
  });

  it('1990-10-01: before the valuation and TOPIX data, the section and its figures are left out', () => {
    const v = at(e1990);
    expect(v('valuation.available')).toBe(false);
    expect(v('valuation.nt.available')).toBe(false);
    expect(shown(e1990)).toEqual([]);
  });
});

describe('the summary’s valuation panel', () => {
  it('joins editions with ten years of valuation and stays out of earlier ones', () => {
    const panels = (r: Report) => summaryOf((k) => r.index.get(k)).panels.map((p) => p.id);
    expect(panels(latest)).toEqual(['valuation']);
    expect(panels(seedEdition)).toEqual(['valuation']);
    expect(panels(e2008)).toEqual([]);
    expect(panels(e1990)).toEqual([]);
  });
});

describe('shareBelow', () => {
  it('counts values strictly below, as a fraction', () => {
    expect(shareBelow([1, 2, 3, 4], 3)).toBe(0.5);
    expect(shareBelow([1, 2, 3, 4], 0.5)).toBe(0);
    expect(shareBelow([], 1)).toBeNull();
  });
});
