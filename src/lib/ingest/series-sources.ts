import type { SeriesId } from '../data/series-catalog';
import { roundDecimal } from './decimal';

/**
 * What the ingest command must know about each series beyond its canonical definition
 * (src/lib/data/series-catalog.ts): how its values are written, how to recognise a download of it,
 * and what counts as plausible.
 */

/**
 * How a canonical file writes its values. Two values are the same observation when they agree after
 * rounding to `decimals` (half away from zero): n225.csv keeps Yahoo's 4 decimals, so a float32 Yahoo
 * download (27444.169921875) and the canonical 27444.1699 are equal, while 27444.1800 is a revision.
 * New values are written with trailing zeros dropped down to `minDecimals`: n225.csv pads to 4
 * (1257.7200), call-rate.csv writes 4.07 and 0.0 (at least one decimal), boj-policy-rate.csv writes 1.
 */
export interface Precision {
  decimals: number;
  minDecimals: number;
}

/** The calendar a daily series trades on, for the weekend check; `null` for period series. */
export type Calendar = 'tokyo' | 'shanghai' | 'new-york' | null;

/**
 * The time zone whose calendar date names a session: a download's timestamp (yfinance writes Tokyo
 * sessions as `2026-09-28 15:00:00+00:00`, i.e. 29 Sep 00:00 in Tokyo) is converted to it. Period
 * series (no calendar) are dated in Tokyo, the publishers' own zone.
 */
export const TIME_ZONES: Readonly<Record<Exclude<Calendar, null>, string>> = {
  tokyo: 'Asia/Tokyo',
  shanghai: 'Asia/Shanghai',
  'new-york': 'America/New_York',
};

/** The time zone of a series' dates (see {@link TIME_ZONES}). */
export function timeZoneOf(p: Plausibility): string {
  return p.calendar ? TIME_ZONES[p.calendar] : 'Asia/Tokyo';
}

export interface Plausibility {
  /**
   * Largest believable change from one observation to the next: `relative` as a fraction of the
   * previous value (0.07 = 7 %), `absolute` in the series' unit (percentage points for rates).
   */
  maxMove: { kind: 'relative' | 'absolute'; limit: number };
  /**
   * Daily series: most weekdays without a row between two rows that holidays explain (Tokyo's
   * New Year break leaves at most 4). Period series: 0, every month or quarter must be present.
   */
  maxGap: number | null;
  /** This many equal values in a row are a stale feed (3 = the value repeated on two further rows); null = not checked. */
  staleRun: number | null;
  calendar: Calendar;
  /**
   * Stretches (inclusive ISO dates) that no source covers, reviewed and documented in data/README.md:
   * sessions inside one are not reported missing. The chapters draw them as gaps.
   */
  knownGaps?: readonly { from: string; to: string; reason: string }[];
}

export interface SeriesSource {
  precision: Precision;
  /** FRED series codes (the value column's header in a FRED download) that map to this series. */
  fredCodes: readonly string[];
  /** File-name patterns (case-insensitive) that identify a download of this series. */
  namePatterns: readonly RegExp[];
  plausibility: Plausibility;
  /** Days the market was closed although a download may carry a row (a placeholder): skipped by name. */
  closed?: readonly { date: string; reason: string }[];
  /** A stock index (a report's index or comparator) rather than a fund or a macro series. */
  index?: true;
  /**
   * A monthly series whose downloads label each month by its last calendar day (a whole-month mean
   * dated 2005-01-31): such a label is read as the month (2005-01-01). Any other day is still refused.
   */
  monthEndLabels?: true;
}

const TSE_OUTAGE = [{ date: '2020-10-01', reason: 'TSE system outage: no trading; stooq carries a placeholder row repeating the previous close' }];

const daily = (calendar: Calendar, limit: number, staleRun: number | null = 3, maxGap = 5): Plausibility => ({ maxMove: { kind: 'relative', limit }, maxGap, staleRun, calendar });
const periodic = (kind: 'relative' | 'absolute', limit: number): Plausibility => ({ maxMove: { kind, limit }, maxGap: 0, staleRun: null, calendar: null });

export const SERIES_SOURCES: Readonly<Record<SeriesId, SeriesSource>> = {
  n225: {
    precision: { decimals: 4, minDecimals: 4 },
    fredCodes: ['NIKKEI225'],
    namePatterns: [/n225|nikkei|\^?nkx/i],
    plausibility: daily('tokyo', 0.07),
    closed: TSE_OUTAGE,
    index: true,
  },
  topix: { precision: { decimals: 2, minDecimals: 2 }, fredCodes: [], namePatterns: [/topix/i], plausibility: daily('tokyo', 0.07), closed: TSE_OUTAGE, index: true },
  csi300: { precision: { decimals: 3, minDecimals: 1 }, fredCodes: [], namePatterns: [/csi.?300|hs300|000300/i], plausibility: daily('shanghai', 0.1, 3, 7), index: true },
  usdjpy: { precision: { decimals: 4, minDecimals: 1 }, fredCodes: ['DEXJPUS'], namePatterns: [/usdjpy|dexjpus|jpy=x/i], plausibility: daily('new-york', 0.05, null) },
  etf1321: { precision: { decimals: 0, minDecimals: 0 }, fredCodes: [], namePatterns: [/(^|[^0-9])1321([^0-9]|$)/], plausibility: daily('tokyo', 0.07), closed: TSE_OUTAGE },
  etf513520: { precision: { decimals: 3, minDecimals: 1 }, fredCodes: [], namePatterns: [/513520/], plausibility: daily('shanghai', 0.1, 4, 7) },
  etf513000: { precision: { decimals: 3, minDecimals: 1 }, fredCodes: [], namePatterns: [/513000/], plausibility: daily('shanghai', 0.1, 4, 7) },
  etf513880: { precision: { decimals: 3, minDecimals: 1 }, fredCodes: [], namePatterns: [/513880/], plausibility: daily('shanghai', 0.1, 4, 7) },
  // Shenzhen keeps the mainland's exchange calendar, the same as Shanghai's.
  etf159866: { precision: { decimals: 3, minDecimals: 1 }, fredCodes: [], namePatterns: [/159866/], plausibility: daily('shanghai', 0.1, 4, 7) },
  // Implied volatility can more than double in a day (2024-08-05).
  nikkeiVi: {
    precision: { decimals: 2, minDecimals: 1 },
    fredCodes: [],
    namePatterns: [/nikkei.?vi|vi.?close|n225.?vi/i],
    plausibility: { ...daily('tokyo', 2, 3, 5), knownGaps: [{ from: '2018-04-28', to: '2023-01-03', reason: 'no source found holds the Nikkei VI between these dates' }] },
  },
  // No exchange calendar: the continuous contract trades on Tokyo holidays and some Sundays.
  n225Futures: {
    precision: { decimals: 1, minDecimals: 1 },
    fredCodes: [],
    namePatterns: [/futures/i],
    plausibility: { maxMove: { kind: 'relative', limit: 0.1 }, maxGap: 5, staleRun: null, calendar: null },
  },
  bojAssets: { precision: { decimals: 0, minDecimals: 0 }, fredCodes: ['JPNASSETS'], namePatterns: [/jpnassets|boj.?assets/i], plausibility: periodic('relative', 0.35) },
  gdpReal: { precision: { decimals: 1, minDecimals: 1 }, fredCodes: ['JPNRGDPEXP'], namePatterns: [/jpnrgdp|real.?gdp|gdp.?real/i], plausibility: periodic('relative', 0.05) },
  gdpNominal: {
    precision: { decimals: 1, minDecimals: 1 },
    fredCodes: ['JPNNGDP'],
    namePatterns: [/jpnngdp|nominal.?gdp|gdp.?nominal/i],
    plausibility: periodic('relative', 0.05),
  },
  cpi: { precision: { decimals: 1, minDecimals: 1 }, fredCodes: [], namePatterns: [/cpi/i], plausibility: periodic('relative', 0.05) },
  jgb10y: { precision: { decimals: 3, minDecimals: 3 }, fredCodes: ['IRLTLT01JPM156N'], namePatterns: [/jgb|irltlt01jp/i], plausibility: periodic('absolute', 1) },
  callRate: { precision: { decimals: 5, minDecimals: 1 }, fredCodes: ['IRSTCI01JPM156N'], namePatterns: [/call.?rate|irstci01jp/i], plausibility: periodic('absolute', 1) },
  policyRate: {
    precision: { decimals: 2, minDecimals: 0 },
    fredCodes: [],
    namePatterns: [/policy.?rate/i],
    plausibility: { maxMove: { kind: 'absolute', limit: 0.5 }, maxGap: null, staleRun: null, calendar: null },
  },
  // MoF's file has Saturday rows until 1989 and its own holidays: no exchange calendar, a gap check only.
  jgb10yDaily: {
    precision: { decimals: 3, minDecimals: 1 },
    fredCodes: [],
    namePatterns: [/jgbcm/i],
    plausibility: { maxMove: { kind: 'absolute', limit: 0.5 }, maxGap: 5, staleRun: null, calendar: null },
  },
  // Valuation ratios move by a few per cent a day; PER jumps at each May's roll to new forecasts and rose
  // to 30–285 in 2009–10 when forecast earnings collapsed. Equal values on several days are ordinary at two decimals.
  perMonthly: { precision: { decimals: 4, minDecimals: 1 }, fredCodes: [], namePatterns: [], plausibility: periodic('relative', 1.5), monthEndLabels: true },
  pbrMonthly: { precision: { decimals: 4, minDecimals: 1 }, fredCodes: [], namePatterns: [], plausibility: periodic('relative', 0.3), monthEndLabels: true },
  dyMonthly: { precision: { decimals: 4, minDecimals: 1 }, fredCodes: [], namePatterns: [], plausibility: periodic('relative', 0.3), monthEndLabels: true },
  per: { precision: { decimals: 2, minDecimals: 1 }, fredCodes: [], namePatterns: [], plausibility: daily('tokyo', 0.25, null) },
  pbr: { precision: { decimals: 2, minDecimals: 1 }, fredCodes: [], namePatterns: [], plausibility: daily('tokyo', 0.15, null) },
  dy: { precision: { decimals: 2, minDecimals: 1 }, fredCodes: [], namePatterns: [], plausibility: daily('tokyo', 0.15, null) },
  // Counts by calendar day (weekends included): no exchange calendar, no gap or stale check (zeros repeat
  // early in 2020); a day-to-day swing beyond 150,000 cases would be a unit or column error.
  covidCases: {
    precision: { decimals: 0, minDecimals: 0 },
    fredCodes: [],
    namePatterns: [/covid|newly.?confirmed/i],
    plausibility: { maxMove: { kind: 'absolute', limit: 150_000 }, maxGap: 0, staleRun: null, calendar: null },
  },
  // Purchase days only, so neither gaps nor the exchange calendar apply; no day bought more than ¥200.4 bn.
  bojEtf: {
    precision: { decimals: 1, minDecimals: 1 },
    fredCodes: [],
    namePatterns: [/boj.?etf/i],
    plausibility: { maxMove: { kind: 'absolute', limit: 2500 }, maxGap: null, staleRun: null, calendar: null },
  },
};

/** The series a FRED column header names (`JPNASSETS` -> bojAssets), if any. */
export function seriesOfFredCode(code: string): SeriesId | undefined {
  const c = code.trim().toUpperCase();
  return (Object.keys(SERIES_SOURCES) as SeriesId[]).find((id) => SERIES_SOURCES[id].fredCodes.includes(c));
}

/**
 * The series a download's file name points to, when exactly one pattern matches. An ETF's file often
 * names the index it tracks too (etf_1321T_nikkei225...), so an index yields to a matching ETF.
 */
export function seriesOfFileName(name: string): SeriesId | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  let hits = (Object.keys(SERIES_SOURCES) as SeriesId[]).filter((id) => SERIES_SOURCES[id].namePatterns.some((p) => p.test(base)));
  if (hits.length > 1) hits = hits.filter((id) => !SERIES_SOURCES[id].index);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Rounds to the series' precision as an integer count of its last decimal, so comparisons are exact. */
export function scaled(x: number, p: Precision): number {
  const f = 10 ** p.decimals;
  return Math.sign(x) * Math.round(Math.abs(x) * f);
}

/**
 * Writes a value as the canonical file does: rounded to its precision (half away from zero, in decimal,
 * from the number's shortest round-trip text), padded or trimmed, always in plain decimals.
 */
export function formatValue(x: number, p: Precision): string {
  if (!Number.isFinite(x)) throw new RangeError(`formatValue: ${x} is not a finite number`);
  return roundDecimal(String(x), p.decimals, p.minDecimals) as string;
}

/** Writes a download's cell as the canonical file does, from its text (no binary rounding). */
export function formatCell(cell: string, p: Precision): string | null {
  return roundDecimal(cell, p.decimals, p.minDecimals);
}
