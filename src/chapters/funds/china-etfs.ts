/**
 * The four mainland-China Nikkei 225 ETFs (QDII funds in yuan: 513520, 513000 and 513880 in Shanghai,
 * 159866 in Shenzhen), side by side from exchange closing prices: each fund's return, volatility and
 * tracking over the span all of them share with the index, and each fund's largest one-day move beside
 * the index's move on the same date, which shows premium swings that the index did not make.
 *
 * Conventions: simple daily returns; volatility annualised with 252 trading days a year on each fund's own
 * trading days; tracking (error, same-day and lagged correlation) on the dates fund and index share, in
 * each one's own currency (the data hold no yuan–yen rate, so tracking mixes the index with the yuan's
 * move against the yen: stated on the page).
 */
import type { DatedValue, Series } from '../../lib/data/series';
import type { SeriesId } from '../../lib/data/series-catalog';
import { count, date, flag, pct, ratio, word, type FactTree } from '../../lib/report/fact';
import { alignOnCommonDates, lastIndexOnOrBefore } from '../../lib/report/windows';
import { MIN_COMMON_DAYS, tracking, windowRisk } from './etf';

/** The four funds, in the order the chapter lists them (the longest-held first). */
export const CHINA_FUND_IDS = ['etf513520', 'etf513000', 'etf513880', 'etf159866'] as const;
export type ChinaFundId = (typeof CHINA_FUND_IDS)[number];

/** A fund's largest one-day move (by size) on its own trading days, and what the index and the fund did around it. */
export interface Swing {
  date: string;
  /** The fund's return that day. */
  value: number;
  /** The index's return for the Tokyo session of the same date; null when Tokyo was closed. */
  index: number | null;
  /** The fund's return on its next trading day; null when the data end that day. */
  next: number | null;
}

/** The largest |daily return| of `s` and its context (null with fewer than two closes). */
export function largestSwing(s: Series, index: Series): Swing | null {
  let best = -1;
  for (let i = 1; i < s.values.length; i += 1) {
    const r = (s.values[i] as number) / (s.values[i - 1] as number) - 1;
    if (best < 0 || Math.abs(r) > Math.abs((s.values[best] as number) / (s.values[best - 1] as number) - 1)) best = i;
  }
  if (best < 1) return null;
  const d = s.dates[best] as string;
  const j = index.dates.indexOf(d);
  return {
    date: d,
    value: (s.values[best] as number) / (s.values[best - 1] as number) - 1,
    index: j > 0 ? (index.values[j] as number) / (index.values[j - 1] as number) - 1 : null,
    next: best + 1 < s.values.length ? (s.values[best + 1] as number) / (s.values[best] as number) - 1 : null,
  };
}

/** Growth of 100 of `s` from its last close on or before `start` up to `end`. */
function growth(s: Series, start: string, end: string): DatedValue[] {
  const b = Math.max(0, lastIndexOnOrBefore(s, start));
  const e = lastIndexOnOrBefore(s, end);
  if (e <= b) return [];
  const base = s.values[b] as number;
  return s.dates.slice(b, e + 1).map((d, i) => ({ date: d, value: ((s.values[b + i] as number) / base) * 100 }));
}

export interface ChinaEtfs {
  facts: FactTree;
  /** Funds with enough data in the edition, in CHINA_FUND_IDS order. */
  available: ChinaFundId[];
  /** Growth of 100 over the common span: the index (yen) and each available fund (yuan). */
  growth: Record<'n225' | ChinaFundId, DatedValue[]>;
}

/**
 * The side-by-side comparison for one edition: available when at least two funds have
 * {@link MIN_COMMON_DAYS} dates in common with the index. The common span runs from the latest first date
 * to the earliest last date of the available funds (a fund's data may end before the edition: the span's
 * end is stated wherever it is used).
 */
export function chinaEtfs(series: Record<SeriesId, Series>): ChinaEtfs {
  const index = series.n225;
  const available = CHINA_FUND_IDS.filter((id) => alignOnCommonDates(series[id], index, '0000-01-01', '9999-12-31').dates.length >= MIN_COMMON_DAYS);
  const empty = { n225: [], etf513520: [], etf513000: [], etf513880: [], etf159866: [] };
  if (available.length < 2) {
    // The same keys, empty, so prose and captions resolve in every edition (they sit in a <When> for `available`).
    const none = date(null);
    const facts: FactTree = {
      available: flag(false),
      funds: count(available.length),
      start: none,
      end: none,
      endsBeforeEdition: flag(false),
      index: { cumulative: pct(null), volatility: pct(null) },
      spread: pct(null),
      best: word('none'),
      worst: word('none'),
      widest: { fund: word('none'), value: pct(null), date: none, index: pct(null), tokyoOpen: flag(false), next: pct(null) },
    };
    return { facts, available, growth: empty };
  }
  const start = available.map((id) => series[id].dates[0] as string).sort()[available.length - 1] as string;
  const end = available.map((id) => series[id].dates[series[id].dates.length - 1] as string).sort()[0] as string;
  const lastIndexDate = index.dates[index.dates.length - 1] as string;
  const per = available.map((id) => {
    const w = windowRisk(series[id], start, end);
    const t = tracking(series[id], index, start, end);
    const sw = largestSwing(series[id], index);
    return { id, w, t, sw };
  });
  const cums = per.map((p) => p.w?.cumulative ?? 0);
  const widest = per.reduce((a, b) => (Math.abs(b.sw?.value ?? 0) > Math.abs(a.sw?.value ?? 0) ? b : a));
  const idx = windowRisk(index, start, end);
  const fundFacts = (p: (typeof per)[number]): FactTree => ({
    available: flag(true),
    first: date(series[p.id].dates[0] as string),
    last: date(series[p.id].dates[series[p.id].dates.length - 1] as string),
    cumulative: pct(p.w?.cumulative ?? null),
    volatility: pct(p.w?.volatility ?? null),
    trackingError: pct(p.t?.trackingError ?? null),
    corrSame: ratio(p.t?.corrSame ?? null),
    corrLagged: ratio(p.t?.corrLagged ?? null),
    swing: { value: pct(p.sw?.value ?? null), date: date(p.sw?.date ?? null), index: pct(p.sw?.index ?? null), next: pct(p.sw?.next ?? null) },
  });
  return {
    facts: {
      available: flag(true),
      funds: count(available.length),
      start: date(start),
      end: date(end),
      /** The funds' common data end before the edition's last index close. */
      endsBeforeEdition: flag(end < lastIndexDate),
      index: { cumulative: pct(idx?.cumulative ?? null), volatility: pct(idx?.volatility ?? null) },
      /** Highest minus lowest fund return over the common span, in percentage points as a fraction. */
      spread: pct(Math.max(...cums) - Math.min(...cums)),
      best: word(per[cums.indexOf(Math.max(...cums))]!.id),
      worst: word(per[cums.indexOf(Math.min(...cums))]!.id),
      widest: {
        fund: word(widest.id),
        value: pct(widest.sw?.value ?? null),
        date: date(widest.sw?.date ?? null),
        index: pct(widest.sw?.index ?? null),
        /** The index was open on the day of the move. */
        tokyoOpen: flag(widest.sw?.index !== null && widest.sw !== null),
        next: pct(widest.sw?.next ?? null),
      },
      ...Object.fromEntries(per.map((p) => [p.id, fundFacts(p)])),
    },
    available,
    growth: {
      ...empty,
      n225: growth(index, start, end),
      ...Object.fromEntries(available.map((id) => [id, growth(series[id], start, end)])),
    },
  };
}
