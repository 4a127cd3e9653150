import { beforeAll, describe, expect, it } from 'vitest';
import { loadReportInputs } from '../../../src/lib/report/report-fs';
import { buildReport, type Report } from '../../../src/lib/report/report';
import { DATA_DIR } from '../../lib/pinned';

const DATA = DATA_DIR;
let report: Report;
const v = (k: string) => report.index.get(k)?.value;

beforeAll(() => {
  report = buildReport(loadReportInputs(DATA), '2022-06-30');
});

describe('buildReport(inputs, "2022-06-30"): the end of the 2022 report\'s window', () => {
  // Expected values: numpy, `python3 tests/reference/edition_2022_reference.py` (reads data/ only).
  it('counts the window and finds its high and low', () => {
    expect(v('statistics.window.tradingDays')).toBe(365);
    expect(v('statistics.window.firstDay')).toBe('2021-01-04');
    expect(v('statistics.window.high.value')).toBeCloseTo(30670.0996, 4);
    expect(v('statistics.window.high.date')).toBe('2021-09-14');
    expect(v('statistics.window.low.value')).toBeCloseTo(24717.5293, 4);
    expect(v('statistics.window.low.date')).toBe('2022-03-09');
  });

  it('states population moments of daily returns', () => {
    expect(v('statistics.returns.mean')).toBeCloseTo(-2.8188228120521176e-5, 14);
    expect(v('statistics.returns.std')).toBeCloseTo(0.01254868197145701, 12);
    expect(v('statistics.returns.skewness')).toBeCloseTo(-0.07369576892061541, 10);
    expect(v('statistics.returns.excessKurtosis')).toBeCloseTo(0.12805838915774093, 10);
  });

  it('finds the largest daily gain and loss with their dates', () => {
    expect(v('statistics.returns.maxGain.value')).toBeCloseTo(0.03935956090886483, 12);
    expect(v('statistics.returns.maxGain.date')).toBe('2022-03-10');
    expect(v('statistics.returns.maxLoss.value')).toBeCloseTo(-0.03985179527781657, 12);
    expect(v('statistics.returns.maxLoss.date')).toBe('2021-02-26');
  });

  it('computes the 2021 return and the 2022 year-to-date return', () => {
    expect(v('statistics.prevYear.return')).toBeCloseTo(0.04910117540119141, 12);
    expect(v('statistics.ytd.return')).toBeCloseTo(-0.08331119356995198, 12);
    expect(v('statistics.ytd.direction')).toBe('down');
  });

  it('compares five years with the CSI 300', () => {
    expect(v('valuation.comparison.index.cumulative')).toBeCloseTo(0.3174498573252287, 12);
    expect(v('valuation.comparison.index.annualised')).toBeCloseTo(0.05668810573100247, 12);
    expect(v('valuation.comparison.comparator.cumulative')).toBeCloseTo(0.22314100749482257, 12);
    expect(v('valuation.comparison.comparator.annualised')).toBeCloseTo(0.04110685336816644, 12);
  });

  it('never sees data after the as-of date', () => {
    expect(report.series.n225.dates.at(-1)).toBe('2022-06-30');
    expect(report.series.csi300.dates.at(-1)).toBe('2022-06-30');
  });
});
