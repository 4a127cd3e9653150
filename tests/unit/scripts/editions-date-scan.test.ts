import { describe, expect, it } from 'vitest';
import { datesAfter, scanDates } from '../../../scripts/lib/editions/date-scan';

describe('scanDates(text)', () => {
  it('reads the Chinese, English and ISO forms the report writes, each once', () => {
    const found = scanDates(
      '高点出现在2021年9月14日；CPI 截至2025年2月，GDP 2026年第2季度，始于1965年。High on Sep 14, 2021, ISO 2022-03-09, from 19 March 2024, Aug 2026, 2026 Q2, since 1989.',
    );
    expect(found.map((d) => [d.text, d.precision, d.first])).toEqual([
      ['2022-03-09', 'day', '2022-03-09'],
      ['2021年9月14日', 'day', '2021-09-14'],
      ['2026年第2季度', 'quarter', '2026-04-01'],
      ['2025年2月', 'month', '2025-02-01'],
      ['Sep 14, 2021', 'day', '2021-09-14'],
      ['19 March 2024', 'day', '2024-03-19'],
      ['2026 Q2', 'quarter', '2026-04-01'],
      ['Aug 2026', 'month', '2026-08-01'],
      ['1965', 'year', '1965-01-01'],
      ['1989', 'year', '1989-01-01'],
    ]);
  });

  it('does not read index levels, percentages or counts as years', () => {
    expect(scanDates('closed at 2,013.45, 1,989 points, 2013.5, 2020%, 20,260 rows, Nikkei 225')).toEqual([]);
  });

  it('does not join two chart tick labels on separate lines into one date', () => {
    expect(scanDates('Jul\nOct\n1966\nApr').map((d) => [d.text, d.precision])).toEqual([['1966', 'year']]);
  });

  it('ignores impossible dates', () => {
    expect(scanDates('2022-02-30 and Feb 30, 2022')).toEqual([]);
  });
});

describe('datesAfter(text, asOf)', () => {
  it('flags what begins after the as-of date, comparing months and years by their first day', () => {
    const text = 'Data to Sep 24, 2026; Sep 2026 and 2026 are fine; Nov 21, 2026, 2026年10月 and 2027 are not.';
    expect(datesAfter(text, '2026-09-24').map((d) => d.text)).toEqual(['2026年10月', 'Nov 21, 2026', '2027']);
  });
});
