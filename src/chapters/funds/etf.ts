/**
 * The ETFs that track the Nikkei 225, measured against the index from exchange closing prices: risk over
 * a window on each series' own trading days, and tracking (difference, error, same-day and lagged
 * correlation, beta) on the dates fund and index share. Prices, not NAVs: a fund's premium or discount
 * to its NAV is part of what an investor in the listed units experienced and is part of these figures.
 */
import type { Series } from '../../lib/data/series';
import {
  annualiseReturn,
  annualisedVolatility,
  beta,
  correlation,
  crossCorrelation,
  downsideDeviation,
  maxDrawdown,
  simpleReturns,
  sortinoRatio,
  trackingError,
} from '../../lib/stats';
import { date, pct, ratio, type FactTree } from '../../lib/report/fact';
import { PERIODS_PER_YEAR, RISK_FREE } from '../statistics/window';
import { alignOnCommonDates, lastIndexOnOrBefore } from '../../lib/report/windows';

/** The funds of the chapter, by series id. */
export const FUND_IDS = ['etf1321', 'etf513520'] as const;
export type FundId = (typeof FUND_IDS)[number];

/** Fewest dates a fund must share with the index before the edition counts it as available. */
export const MIN_COMMON_DAYS = 20;

const DAY_MS = 86_400_000;
const yearsBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS / 365.25;

/** Risk and return of one price series over [start, end], based on the last close on or before `start`. */
export interface WindowRisk {
  base: string;
  end: string;
  cumulative: number;
  annualised: number;
  volatility: number;
  maxDrawdown: number;
  downside: number;
  sortino: number | null;
  lastClose: number;
}

/**
 * Risk of `s` over [start, end] on its own trading days: the base is the last close on or before `start`
 * (the first close if the series starts later). Null when fewer than two returns fall in the window.
 * Downside deviation uses a 0 % target over all days; Sortino uses the report's risk-free rate.
 */
export function windowRisk(s: Series, start: string, end: string): WindowRisk | null {
  const b = Math.max(0, lastIndexOnOrBefore(s, start));
  const e = lastIndexOnOrBefore(s, end);
  if (e - b < 2) return null;
  const closes = s.values.slice(b, e + 1);
  const rets = simpleReturns(closes);
  const cumulative = (closes[closes.length - 1] as number) / (closes[0] as number) - 1;
  const downside = downsideDeviation(rets, { mar: RISK_FREE, periodsPerYear: PERIODS_PER_YEAR });
  return {
    base: s.dates[b] as string,
    end: s.dates[e] as string,
    cumulative,
    annualised: annualiseReturn(cumulative, yearsBetween(s.dates[b] as string, s.dates[e] as string)),
    volatility: annualisedVolatility(rets, PERIODS_PER_YEAR),
    maxDrawdown: maxDrawdown(closes).depth,
    downside,
    sortino: downside > 0 ? sortinoRatio(rets, { riskFree: RISK_FREE, periodsPerYear: PERIODS_PER_YEAR }) : null,
    lastClose: closes[closes.length - 1] as number,
  };
}

/** How a fund followed the index over a window, on the dates both have. */
export interface Tracking {
  days: number;
  /** Annualised fund return minus annualised index return over the same common dates. */
  difference: number;
  trackingError: number;
  /** Correlation of daily returns on the same date. */
  corrSame: number;
  /** Correlation of the fund's return with the index's return on the previous common date. */
  corrLagged: number | null;
  beta: number;
}

/**
 * Tracking of `fund` against `index` over [start, end] on their common dates, from the last common date
 * on or before `start`. A return spans one common date to the next, so holidays kept by one market only
 * never pair a one-day move with a two-day move.
 */
export function tracking(fund: Series, index: Series, start: string, end: string): Tracking | null {
  const all = alignOnCommonDates(fund, index, '0000-01-01', end);
  let b = 0;
  while (b + 1 < all.dates.length && (all.dates[b + 1] as string) <= start) b += 1;
  const f = all.a.slice(b);
  const i = all.b.slice(b);
  if (f.length < 3) return null;
  const rf = simpleReturns(f);
  const ri = simpleReturns(i);
  const years = yearsBetween(all.dates[b] as string, all.dates[all.dates.length - 1] as string);
  const cum = (xs: number[]) => (xs[xs.length - 1] as number) / (xs[0] as number) - 1;
  const lag = crossCorrelation(ri, rf, 1).find((c) => c.lag === 1)?.r ?? null;
  return {
    days: rf.length,
    difference: annualiseReturn(cum(f), years) - annualiseReturn(cum(i), years),
    trackingError: trackingError(rf, ri, PERIODS_PER_YEAR),
    corrSame: correlation(rf, ri),
    corrLagged: lag,
    beta: beta(rf, ri),
  };
}

/** The facts of one series' window risk (all null when the series has no data in the window). */
export function riskFacts(w: WindowRisk | null): FactTree {
  return {
    base: date(w?.base ?? null),
    end: date(w?.end ?? null),
    cumulative: pct(w?.cumulative ?? null),
    annualised: pct(w?.annualised ?? null),
    volatility: pct(w?.volatility ?? null),
    maxDrawdown: pct(w?.maxDrawdown ?? null),
    downside: pct(w?.downside ?? null),
    sortino: ratio(w?.sortino ?? null),
  };
}

/** The facts of a fund's tracking (all null when unavailable). */
export function trackingFacts(t: Tracking | null): FactTree {
  return {
    difference: pct(t?.difference ?? null),
    trackingError: pct(t?.trackingError ?? null),
    corrSame: ratio(t?.corrSame ?? null),
    corrLagged: ratio(t?.corrLagged ?? null),
    beta: ratio(t?.beta ?? null),
  };
}
