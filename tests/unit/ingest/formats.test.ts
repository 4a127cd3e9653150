import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIES } from '../../../src/lib/data/series-catalog';
import { canonicalise } from '../../../src/lib/ingest/canonical';
import { parseDateCell } from '../../../src/lib/ingest/dates';
import { decodeText, detectFormat, readSource } from '../../../src/lib/ingest/formats';
import { formatCell, formatValue, scaled, seriesOfFileName, SERIES_SOURCES } from '../../../src/lib/ingest/series-sources';
import type { SeriesId } from '../../../src/lib/data/series-catalog';
import { fixture } from './helpers';

const co = (id: SeriesId) => ({ precision: SERIES_SOURCES[id].precision, timeZone: 'Asia/Tokyo', today: '2026-12-01' });
const read = (name: string) => readSource(decodeText(readFileSync(fixture(name)), name), name);

describe('parseDateCell(cell)', () => {
  it.each([
    ['2021-05-28', '2021-05-28'],
    ['2021-05-28 09:00:00+09:00', '2021-05-28'],
    ['2021-05-28T00:00:00Z', '2021-05-28'],
    ['2021/05/28', '2021-05-28'],
    ['20210528', '2021-05-28'],
    ['1970-01', '1970-01-01'],
    ['1980/01', '1980-01-01'],
    ['Jan.1970', '1970-01-01'],
    ['May 1970', '1970-05-01'],
    ['Sept 1970', null],
    ['September 1970', '1970-09-01'],
    ['2021-02-30', null],
    ['28/05/2021', null],
    ['', null],
    ['65890.3', null],
  ])('reads %j as %j', (cell, iso) => expect(parseDateCell(cell)).toBe(iso));
});

describe('detectFormat(header) and readSource(text)', () => {
  it.each([
    [['Date', 'Open', 'High', 'Low', 'Close', 'Adj Close', 'Volume'], 'yahoo'],
    [['Date', 'Close', 'High', 'Low', 'Open', 'Volume'], 'yahoo'],
    [['Data', 'Otwarcie', 'Najwyzszy', 'Najnizszy', 'Zamkniecie', 'Wolumen'], 'stooq'],
    [['Date', 'Open', 'High', 'Low', 'Close', 'Volume'], 'stooq'],
    [['observation_date', 'JPNASSETS'], 'fred'],
    [['DATE', 'IRLTLT01JPM156N'], 'fred'],
    [['Time', 'Region Code', 'Region', 'Consumer Price Index (All items) 2020 base', 'Annotation'], 'estat'],
    [['date', 'value'], 'plain'],
    [['month', 'cpi'], 'plain'],
    [['foo', 'bar', 'baz'], undefined],
  ])('%j is %s', (header, format) => expect(detectFormat(header)).toBe(format));

  it('reads Yahoo by column name (Close, not Adj Close) and keeps null rows for the caller to skip', () => {
    const t = read('yahoo-n225-extension.csv');
    expect(t.format).toBe('yahoo');
    expect(t.rows.map((r) => [r.date, r.value, r.valueColumn])).toContainEqual(['2026-09-23', 'null', 5]);
    const c = canonicalise(t, SERIES.n225, co('n225'));
    expect(c.missing).toBe(1);
    expect(c.observations.map((o) => o.date)).toEqual(['2026-09-24', '2026-09-25', '2026-09-28', '2026-09-29', '2026-09-30']);
    expect(c.observations[1]?.value).toBeCloseTo(65890.296875, 9);
  });

  it("reads yfinance's timestamped dates and unusual column order", () => {
    const c = canonicalise(read('yfinance-n225-timestamps.csv'), SERIES.n225, co('n225'));
    expect(c.observations.map((o) => [o.date, o.value])).toEqual([
      ['2026-09-25', 65890.296875],
      ['2026-09-29', 66310.3984375],
    ]);
  });

  it('reads stooq with Polish headers, CRLF and a last row without volume', () => {
    const t = read('stooq-pl-nkx.csv');
    expect(t.format).toBe('stooq');
    expect(canonicalise(t, SERIES.n225, co('n225')).observations.map((o) => o.value)).toEqual([65513.99, 65890.3, 66310.4]);
    expect(seriesOfFileName('stooq-pl-nkx.csv')).toBe('n225');
  });

  it('reads FRED with either date header, names the series from its code and skips "."', () => {
    const a = read('fred-jpnassets.csv');
    expect([a.format, a.seriesHint]).toEqual(['fred', 'bojAssets']);
    const c = canonicalise(a, SERIES.bojAssets, co('bojAssets'));
    expect([c.observations.length, c.missing]).toEqual([2, 1]);
    expect(read('fred-date-header.csv').seriesHint).toBe('jgb10y');
  });

  it('reads the e-Stat export: BOM, quoted cells, "Sep.2026" and "Nov 2026" months', () => {
    const t = read('estat-cpi.csv');
    expect([t.format, t.seriesHint]).toEqual(['estat', 'cpi']);
    expect(canonicalise(t, SERIES.cpi, co('cpi')).observations.map((o) => o.date)).toEqual(['2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01']);
  });

  it('names the series from a file name, preferring an ETF over the index it tracks', () => {
    expect(seriesOfFileName('data/N225.csv')).toBe('n225');
    expect(seriesOfFileName('etf_1321T_nikkei225_daily.csv')).toBe('etf1321');
    expect(seriesOfFileName('prices.csv')).toBeUndefined();
  });
});

describe('the precision rule', () => {
  it('treats a float32 Yahoo close and the 4-decimal canonical close as one value, and 0.0001 apart as two', () => {
    const p = { decimals: 4, minDecimals: 4 };
    expect(scaled(27444.169921875, p)).toBe(scaled(27444.1699, p));
    expect(scaled(27444.17, p)).not.toBe(scaled(27444.1699, p));
  });

  it('writes values as the canonical file does', () => {
    expect(formatValue(65890.296875, { decimals: 4, minDecimals: 4 })).toBe('65890.2969');
    expect(formatValue(4.07, { decimals: 5, minDecimals: 1 })).toBe('4.07');
    expect(formatValue(-0.012, { decimals: 5, minDecimals: 1 })).toBe('-0.012');
    expect(formatValue(17480.0, { decimals: 0, minDecimals: 0 })).toBe('17480');
    expect(formatValue(2.2, { decimals: 3, minDecimals: 3 })).toBe('2.200');
  });
});

describe("dates the downloads write, in the exchange's zone", () => {
  it.each([
    ['2026-09-28 15:00:00+00:00', 'Asia/Tokyo', '2026-09-29'], // yfinance's UTC stamp of a Tokyo session
    ['2026-09-28T15:00:00Z', 'Asia/Tokyo', '2026-09-29'],
    ['2026-09-28 09:00:00+0900', 'Asia/Tokyo', '2026-09-28'],
    ['2026-09-28 00:00:00+09:00', 'Asia/Tokyo', '2026-09-28'], // midnight in its own offset: a date label
    ['2026-09-28 00:00:00+00:00', 'Asia/Tokyo', '2026-09-28'],
    ['2026-09-28 16:00:00+00:00', 'Asia/Shanghai', '2026-09-29'],
    ['2026-09-28 03:00:00+00:00', 'America/New_York', '2026-09-27'],
    ['2026-09-28 15:00:00', 'Asia/Tokyo', '2026-09-28'], // no offset: local already
    ['S49.9.24', 'Asia/Tokyo', '1974-09-24'],
    ['H1.1.9', 'Asia/Tokyo', '1989-01-09'],
    ['R8.6.30', 'Asia/Tokyo', '2026-06-30'],
    ['平成元年1月9日', 'Asia/Tokyo', '1989-01-09'],
    ['令和8年9月30日', 'Asia/Tokyo', '2026-09-30'],
    ['R0.1.1', 'Asia/Tokyo', null],
    ['X8.6.30', 'Asia/Tokyo', null],
  ])('reads %j in %s as %j', (cell, zone, iso) => expect(parseDateCell(cell, zone)).toBe(iso));
});

describe('values written as read, in plain decimals', () => {
  it.each([
    ['6.58903e4', 4, 4, '65890.3000'],
    ['2e17', 4, 4, '200000000000000000.0000'],
    ['65890.296875', 4, 4, '65890.2969'],
    ['1.8645', 3, 1, '1.865'],
    ['-1.8645', 3, 1, '-1.865'],
    ['-0.00001', 4, 1, '0.0'],
    ['.5', 0, 0, '1'],
    ['9.99995', 4, 4, '10.0000'],
  ])('%s at %i decimals (min %i) is %s', (cell, d, m, out) => expect(formatCell(cell, { decimals: d, minDecimals: m })).toBe(out));

  it('never writes exponent form, whatever the number', () => {
    for (const x of [1e21, 2e-7, 123456789.123456, 5e-5]) expect(formatValue(x, { decimals: 4, minDecimals: 1 })).toMatch(/^-?\d+\.\d+$/);
  });
});
