import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataErrorOf } from './data-error-of';
import { parseSeries, periodEnd, publishedOn, truncateSeries } from '../../../src/lib/data/series';
import { SERIES } from '../../../src/lib/data/series-catalog';
import { loadAllSeries, loadSeries } from '../../../src/lib/data/series-fs';

const FIX = path.join(__dirname, '../../fixtures/series');
const parseFixture = (name: string) => parseSeries(SERIES.n225, readFileSync(path.join(FIX, name), 'utf8'), `fixtures/${name}`);

const failure = (name: string) => dataErrorOf(name, () => parseFixture(name));

describe('parseSeries(definition, text, file)', () => {
  it('reads a valid file into dates, UTC times and values', () => {
    const s = parseFixture('good.csv');
    expect(s.dates).toEqual(['2024-01-04', '2024-01-05', '2024-01-09']);
    expect(s.values).toEqual([33288.29, 33377.42, 33763.18]);
    expect(s.times[0]).toBe(Date.UTC(2024, 0, 4));
  });

  it('drops the documented holiday artefact rows by date and reports them', () => {
    const s = parseFixture('artefact.csv');
    expect(s.dates).toEqual(['1997-02-10', '1997-02-12']);
    expect(s.dropped.map((d) => d.date)).toEqual(['1997-02-11']);
  });

  it.each([
    ['duplicate-date.csv', 4, 1, '2024-01-05', /no duplicate dates \(also on line 3\)/],
    ['backwards-date.csv', 4, 1, '2024-01-05', /dates strictly increasing \(line 3 has 2024-01-09\)/],
    ['comma-decimal.csv', 3, 2, '33377,42', /decimal number with a point/],
    ['negative-price.csv', 3, 2, '-12.5', /greater than zero/],
    ['impossible-date.csv', 3, 1, '2024-02-30', /exists in the calendar/],
    ['truncated-row.csv', 3, 2, '2024-01-05', /every row has 2 columns/],
    ['swapped-columns.csv', 1, 1, 'close', /header must be date,close/],
    ['empty.csv', 1, 1, '', /header row and data rows/],
    ['header-only.csv', 2, 1, '', /at least one data row/],
  ])('rejects %s naming line %i, column %i, the value and the rule', (name, line, column, value, rule) => {
    const e = failure(name);
    expect(e.file).toBe(`fixtures/${name}`);
    expect([e.line, e.column, e.value]).toEqual([line, column, value]);
    expect(e.rule).toMatch(rule);
    expect(e.message).toContain(`fixtures/${name}:${line}:${column}:`);
  });
});

describe('loadSeries(id) on the committed data', () => {
  it('reads the Nikkei 225 from 1965 without the five holiday artefacts (1986 x3, 1997-02-11, 2018-07-16)', () => {
    const s = loadSeries('n225', path.join(__dirname, '../../../data'));
    expect(s.dates[0]).toBe('1965-01-05');
    expect(s.dates).not.toContain('1997-02-11');
    expect(s.dates).not.toContain('2018-07-16');
    expect(s.dropped.map((d) => d.date)).toEqual(['1986-03-21', '1986-09-15', '1986-09-23', '1997-02-11', '2018-07-16']);
    // 1,225 rows 1965-1969 + 13,946 rows 1970-2026 + 4 sessions added in 2026-12 (data/README.md) less the five
    // artefacts, to 2026-09-24 (rows ingested later are not counted, so the test survives an ingest)
    expect(s.dates.filter((d) => d <= '2026-09-24').length).toBe(15_170);
  });

  it('reads the CSI 300 from its 2002 back-calculated start', () => {
    const s = loadSeries('csi300', path.join(__dirname, '../../../data'));
    expect(s.dates[0]).toBe('2002-01-04');
    expect(s.dates.length).toBe(5_924);
  });

  it('drops the 1321.T outage row 2020-10-01 (#VALUE!) by name', () => {
    const s = loadSeries('etf1321', path.join(__dirname, '../../../data'));
    expect(s.dropped.map((d) => d.date)).toEqual(['2020-10-01']);
    expect(s.dates).not.toContain('2020-10-01');
  });

  it('reads every series of the catalogue, monthly and quarterly ones dated on the first of their period', () => {
    const all = loadAllSeries(path.join(__dirname, '../../../data'));
    for (const s of Object.values(all)) expect(s.dates.length, s.id).toBeGreaterThan(5);
    expect(all.bojAssets.dates.every((d) => d.endsWith('-01'))).toBe(true);
    expect(all.gdpReal.dates.every((d) => /-(01|04|07|10)-01$/.test(d))).toBe(true);
    expect(all.policyRate.values).toContain(-0.1);
  });
});

describe('periodEnd(date, frequency)', () => {
  it("is the month's or quarter's last day for period series and the date itself otherwise", () => {
    expect(periodEnd('2024-02-01', 'monthly')).toBe('2024-02-29');
    expect(periodEnd('2022-04-01', 'quarterly')).toBe('2022-06-30');
    expect(periodEnd('2022-10-01', 'quarterly')).toBe('2022-12-31');
    expect(periodEnd('2024-03-21', 'steps')).toBe('2024-03-21');
  });
});

describe('truncateSeries(series, asOf)', () => {
  it('keeps a monthly or quarterly observation only once it was published (period end plus the lag)', () => {
    const dir = path.join(__dirname, '../../../data');
    const m = loadSeries('bojAssets', dir); // month-end accounts, published within 7 days
    expect(truncateSeries(m, '2022-07-06').dates.at(-1)).toBe('2022-05-01');
    expect(truncateSeries(m, '2022-07-07').dates.at(-1)).toBe('2022-06-01');
    const q = loadSeries('gdpReal', dir); // Q1 ends 31 March, first estimate within 50 days
    expect(truncateSeries(q, '2022-05-19').dates.at(-1)).toBe('2021-10-01');
    expect(truncateSeries(q, '2022-05-20').dates.at(-1)).toBe('2022-01-01');
    expect(publishedOn('2022-01-01', 'quarterly', 50)).toBe('2022-05-20');
  });

  it('keeps dates up to and including the as-of date', () => {
    const s = truncateSeries(parseFixture('good.csv'), '2024-01-08');
    expect(s.dates).toEqual(['2024-01-04', '2024-01-05']);
    expect(s.values).toHaveLength(2);
  });
});
