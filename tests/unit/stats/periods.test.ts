import { describe, expect, it } from 'vitest';
import { calendarYearReturns, indexOnOrBefore, periodReturn, periodReturns, shiftMonths } from '../../../src/lib/stats/periods';
import { syntheticCalendar } from './inputs';

const cal = syntheticCalendar();
const at = (iso: string): number => {
  const i = cal.iso.indexOf(iso);
  if (i < 0) throw new Error(`${iso} is not a trading day of the synthetic calendar`);
  return i;
};

describe('indexOnOrBefore(times, t)', () => {
  const times = [10, 20, 30, 40];

  it('finds the last time on or before t', () => {
    expect(indexOnOrBefore(times, 30)).toBe(2);
    expect(indexOnOrBefore(times, 35)).toBe(2);
    expect(indexOnOrBefore(times, 10)).toBe(0);
    expect(indexOnOrBefore(times, 1e9)).toBe(3);
  });

  it('returns -1 when every time is after t, or the input is empty', () => {
    expect(indexOnOrBefore(times, 9)).toBe(-1);
    expect(indexOnOrBefore([], 9)).toBe(-1);
  });

  it('rejects a NaN time', () => {
    expect(() => indexOnOrBefore(times, Number.NaN)).toThrow(RangeError);
  });
});

describe('shiftMonths(t, months)', () => {
  it('moves by calendar months, clamping to the end of shorter months and keeping the time of day', () => {
    // python-dateutil 2.9: datetime + relativedelta(months=m), as UTC ms — see tests/reference/stats_reference.py
    expect(shiftMonths(1711866600000, -1)).toBe(1709188200000); // 2024-03-31T06:30 -> 2024-02-29T06:30
    expect(shiftMonths(1680220800000, -1)).toBe(1677542400000); // 2023-03-31 -> 2023-02-28
    expect(shiftMonths(1675123200000, 1)).toBe(1677542400000); // 2023-01-31 -> 2023-02-28
    expect(shiftMonths(1702598400000, 1)).toBe(1705276800000); // 2023-12-15 -> 2024-01-15
    expect(shiftMonths(1709164800000, -12)).toBe(1677542400000); // 2024-02-29 -> 2023-02-28
    expect(shiftMonths(1717113600000, -3)).toBe(1709164800000); // 2024-05-31 -> 2024-02-29
    expect(shiftMonths(1725062400000, -120)).toBe(1409443200000); // 2024-08-31 -> 2014-08-31
    expect(shiftMonths(1698710400000, 4)).toBe(1709164800000); // 2023-10-31 -> 2024-02-29
  });

  it('is the identity for 0 months and rejects non-integer months', () => {
    expect(shiftMonths(1711866600000, 0)).toBe(1711866600000);
    expect(() => shiftMonths(1711866600000, 0.5)).toThrow(/months/);
    expect(() => shiftMonths(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('periodReturn(times, closes, endIndex, startTime)', () => {
  it('measures from the last close on or before the start time', () => {
    // python: bisect on the calendar for 2014-05-31 (a Saturday) -> base 2014-05-30, index 321;
    // closes[2904] / closes[321] - 1 — see tests/reference/stats_reference.py (y10 at 2024-05-31)
    const p = periodReturn(cal.times, cal.closes, 2904, Date.UTC(2014, 4, 31));
    expect(p.startIndex).toBe(321);
    expect(p.value).toBeCloseTo(0.2591077713307335, 14);
  });

  it('is null when the data does not reach back to the start time, and uses the first close when it starts exactly there', () => {
    expect(periodReturn(cal.times, cal.closes, 100, Date.UTC(2013, 1, 28))).toEqual({ value: null, startIndex: null });
    expect(periodReturn(cal.times, cal.closes, 100, Date.UTC(2013, 2, 1)).startIndex).toBe(0);
  });

  it('rejects a start after the end, an endIndex out of range and unordered or misaligned times', () => {
    expect(() => periodReturn(cal.times, cal.closes, 10, cal.times[11] as number)).toThrow(/after the end/);
    expect(() => periodReturn(cal.times, cal.closes, cal.times.length, 0)).toThrow(/endIndex/);
    expect(() => periodReturn([1, 3, 2], [1, 1, 1], 2, 0)).toThrow(/strictly increasing/);
    expect(() => periodReturn([1, 2], [1, 1, 1], 1, 0)).toThrow(/differ in length/);
    expect(() => periodReturn([1, 2], [1, Number.NaN], 1, 0)).toThrow(RangeError);
  });
});

describe('periodReturns(times, closes, endIndex)', () => {
  it('computes trailing returns at 2024-05-31 with month-end clamping (m3 from 29 Feb)', () => {
    // python: datetime + relativedelta(months=-m), bisect for the last day <= target; ytd base the last
    // day <= 2023-12-31; yNAnn = (1 + v)**(1/N) - 1; sinceStartAnn with years = days / 365.25 — see
    // tests/reference/stats_reference.py ("periodReturns at 2024-05-31")
    const end = at('2024-05-31');
    expect(end).toBe(2904);
    const p = periodReturns(cal.times, cal.closes, end);
    expect(p.bases).toEqual({ m1: 2881, m3: 2838, m6: 2776, ytd: 2797, y1: 2645, y3: 2127, y5: 1612, y10: 321 });
    expect(p.m1).toBeCloseTo(-0.00846441947565546, 14);
    expect(p.m3).toBeCloseTo(-0.00473684210526315, 14);
    expect(p.m6).toBeCloseTo(0.018622547133512857, 14);
    expect(p.ytd).toBeCloseTo(0.013087402418490823, 14);
    expect(p.y1).toBeCloseTo(0.015964387136388147, 14);
    expect(p.y3).toBeCloseTo(0.04947276619360985, 14);
    expect(p.y5).toBeCloseTo(0.1103934233705226, 14);
    expect(p.y10).toBeCloseTo(0.2591077713307335, 14);
    expect(p.y3Ann).toBeCloseTo(0.01622620816782616, 14);
    expect(p.y5Ann).toBeCloseTo(0.02116371864821809, 14);
    expect(p.y10Ann).toBeCloseTo(0.023307814054260856, 14);
    expect(p.sinceStart).toBeCloseTo(0.3237000000000001, 14);
    expect(p.sinceStartAnn).toBeCloseTo(0.02524085496770856, 13);
    expect(p.startIndex).toBe(0);
  });

  it('computes trailing returns at 2024-03-29, where m3 and ytd share the 2023-12-29 base', () => {
    // python: as above, "periodReturns at 2024-03-29" — see tests/reference/stats_reference.py
    const p = periodReturns(cal.times, cal.closes, at('2024-03-29'));
    expect(p.bases).toEqual({ m1: 2838, m3: 2797, m6: 2732, ytd: 2797, y1: 2600, y3: 2082, y5: 1567, y10: 276 });
    expect(p.m1).toBeCloseTo(0.005338345864661642, 14);
    expect(p.m3).toBeCloseTo(0.023343027705495123, 14);
    expect(p.m6).toBeCloseTo(0.025619390964178868, 14);
    expect(p.ytd).toBeCloseTo(0.023343027705495123, 14);
    expect(p.y1).toBeCloseTo(0.015801868874876446, 14);
    expect(p.y3).toBeCloseTo(0.04895269475170627, 14);
    expect(p.y5).toBeCloseTo(0.1091663210286189, 14);
    expect(p.y10).toBeCloseTo(0.25584671738517883, 14);
    expect(p.y3Ann).toBeCloseTo(0.016058315116378896, 14);
    expect(p.y5Ann).toBeCloseTo(0.020937920000120513, 14);
    expect(p.y10Ann).toBeCloseTo(0.023042470788490865, 14);
    expect(p.sinceStart).toBeCloseTo(0.33709999999999996, 14);
    expect(p.sinceStartAnn).toBeCloseTo(0.02657187668115557, 13);
  });

  it('uses the previous year-end close for ytd on the first trading day of a year, and null for 10 years the data lacks', () => {
    // python: as above, "periodReturns at 2023-01-04" (ytd base 2022-12-30) — see tests/reference/stats_reference.py
    const p = periodReturns(cal.times, cal.closes, at('2023-01-04'));
    expect(p.bases).toEqual({ m1: 2519, m3: 2476, m6: 2410, ytd: 2539, y1: 2281, y3: 1763, y5: 1250, y10: null });
    expect(p.m1).toBeCloseTo(0.005633579306514314, 14);
    expect(p.m3).toBeCloseTo(0.009639130088425096, 14);
    expect(p.m6).toBeCloseTo(0.004597336715282285, 14);
    expect(p.ytd).toBeCloseTo(-0.00720664264452453, 14);
    expect(p.y1).toBeCloseTo(0.016685384245146873, 14);
    expect(p.y3).toBeCloseTo(0.05178423236514518, 14);
    expect(p.y5).toBeCloseTo(-0.0381725734233892, 14);
    expect(p.y10).toBeNull();
    expect(p.y3Ann).toBeCloseTo(0.01697174127307899, 14);
    expect(p.y5Ann).toBeCloseTo(-0.007753829694001291, 14);
    expect(p.y10Ann).toBeNull();
    expect(p.sinceStart).toBeCloseTo(0.2674000000000001, 14);
    expect(p.sinceStartAnn).toBeCloseTo(0.024361075132371512, 13);
  });

  it('gives null ytd and yearly returns in the first year of data', () => {
    // python: as above, "periodReturns at 2013-11-29" — see tests/reference/stats_reference.py
    const p = periodReturns(cal.times, cal.closes, at('2013-11-29'));
    expect(p.bases).toEqual({ m1: 172, m3: 129, m6: 63, ytd: null, y1: null, y3: null, y5: null, y10: null });
    expect(p.m1).toBeCloseTo(0.18529411764705883, 14);
    expect(p.m3).toBeCloseTo(0.1911330049261084, 14);
    expect(p.m6).toBeCloseTo(0.18378537158523445, 14);
    expect([p.ytd, p.y1, p.y3, p.y5, p.y10, p.y3Ann, p.y5Ann, p.y10Ann]).toEqual([null, null, null, null, null, null, null, null]);
    expect(p.sinceStart).toBeCloseTo(0.20900000000000007, 14);
    expect(p.sinceStartAnn).toBeCloseTo(0.28907784472314146, 13);
  });

  it('counts any close on 31 December (at any time of day) as the ytd base, and none from 1 January', () => {
    // hand-checked: base is the 31 Dec 06:00 close 110, not the 1 Jan close 120: 132 / 110 - 1 = 0.2
    const t = [Date.UTC(2020, 11, 30), Date.UTC(2020, 11, 31, 6), Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 5)];
    const p = periodReturns(t, [100, 110, 120, 132], 3);
    expect(p.bases.ytd).toBe(1);
    expect(p.ytd).toBeCloseTo(0.2, 15);
  });

  it('gives sinceStart 0 and sinceStartAnn null at the first observation', () => {
    const p = periodReturns(cal.times, cal.closes, 0);
    expect(p.sinceStart).toBe(0);
    expect(p.sinceStartAnn).toBeNull();
    expect(p.m1).toBeNull();
  });

  it('rejects an endIndex outside the data', () => {
    expect(() => periodReturns(cal.times, cal.closes, -1)).toThrow(/endIndex/);
    expect(() => periodReturns(cal.times, cal.closes, 1.5)).toThrow(/endIndex/);
  });
});

describe('calendarYearReturns(times, closes)', () => {
  it('chains year-end closes, with a partial first year from the first close and a partial last year', () => {
    // python: for each year, closes[last day of year] / closes[last day of previous year] - 1 — see
    // tests/reference/stats_reference.py ("calendarYearReturns, full calendar")
    const expected: [number, number, number, number, boolean][] = [
      [2013, 0.21609999999999996, 0, 216, true],
      [2014, -0.13247265849847878, 216, 473, false],
      [2015, 0.028436018957346043, 473, 731, false],
      [2016, 0.19529953917050702, 731, 991, false],
      [2017, -0.13131313131313127, 991, 1249, false],
      [2018, 0.03479495828155521, 1249, 1506, false],
      [2019, 0.033624978555498286, 1506, 1763, false],
      [2020, 0.024896265560165887, 1763, 2021, false],
      [2021, 0.01684210526315799, 2021, 2280, false],
      [2022, 0.016563146997929712, 2280, 2539, false],
      [2023, 0.023499921666927825, 2539, 2797, false],
      [2024, 0.013087402418490823, 2797, 2904, true],
    ];
    const rows = calendarYearReturns(cal.times, cal.closes);
    expect(rows.map((y) => [y.year, y.startIndex, y.endIndex, y.partial])).toEqual(expected.map(([year, , s, e, partial]) => [year, s, e, partial]));
    rows.forEach((y, i) => expect(y.value).toBeCloseTo(expected[i]?.[1] ?? Number.NaN, 14));
  });

  it('marks the last year full when the data ends on or after 28 December', () => {
    // python: calendar cut after 2023-12-29 (2798 days): 2023 row — see tests/reference/stats_reference.py
    const n = at('2023-12-29') + 1;
    const rows = calendarYearReturns(cal.times.slice(0, n), cal.closes.slice(0, n));
    const last = rows[rows.length - 1];
    expect(last).toEqual({ year: 2023, value: expect.closeTo(0.023499921666927825, 14), startIndex: 2539, endIndex: 2797, partial: false });
  });

  it('marks a single year partial, and a year ending on 27 December partial', () => {
    const t = [Date.UTC(2020, 0, 6), Date.UTC(2020, 11, 30), Date.UTC(2021, 11, 27)];
    const rows = calendarYearReturns(t, [100, 110, 121]);
    expect(rows).toEqual([
      { year: 2020, value: expect.closeTo(0.1, 15), startIndex: 0, endIndex: 1, partial: true },
      { year: 2021, value: expect.closeTo(0.1, 15), startIndex: 1, endIndex: 2, partial: true },
    ]);
  });

  it('rejects empty or unordered input', () => {
    expect(() => calendarYearReturns([], [])).toThrow(RangeError);
    expect(() => calendarYearReturns([2, 1], [1, 1])).toThrow(/strictly increasing/);
  });
});
