/**
 * Known behaviour of the NEXT FUNDS Nikkei 225 ETF (1321.T) price file, checked against the index by
 * name: (1) one unit has stayed worth about one index point (no split or unit change in the data), and
 * (2) the fund pays its distribution once a year in July, so the price drops against the index on the
 * ex-distribution day while the dividends it collected through the year had lifted it. Neither the fund
 * price nor the index includes the distribution: both are price returns.
 */
import type { Series } from '../../lib/data/series';
import { alignOnCommonDates } from '../../lib/report/windows';

/** The month (1-12) in which 1321.T goes ex-distribution each year. */
export const ETF1321_DISTRIBUTION_MONTH = 7;
/**
 * A one-day fall in price / index larger than this, in the distribution month, counts as the ex-distribution
 * day (the falls found are 1.2–1.8 %; ordinary daily noise in the ratio stays well below 1 %).
 */
export const DISTRIBUTION_MIN_DROP = 0.01;
/** A one-day change in price / index larger than this (either way) would mean a split or unit change. */
export const UNIT_CHANGE_THRESHOLD = 0.25;

export interface UnitCheck {
  /** price / index on each common date. */
  ratio: { date: string; value: number }[];
  /** Largest one-day change of the ratio, as a fraction, and its date. */
  largestMove: { date: string; value: number } | null;
  /** True when no one-day ratio change reaches UNIT_CHANGE_THRESHOLD. */
  noUnitChange: boolean;
  /** Each year's ex-distribution day found in the data: the largest one-day ratio fall in July. */
  distributions: { date: string; drop: number }[];
  /** The last calendar year of the file when its data pass mid-July without an ex-distribution fall; else null. */
  julyWithoutDrop: number | null;
}

/** Checks 1321.T's price against the index on their common dates up to `end`. */
export function checkEtf1321Units(etf: Series, index: Series, end: string): UnitCheck {
  const al = alignOnCommonDates(etf, index, '0000-01-01', end);
  const ratio = al.dates.map((d, i) => ({ date: d, value: (al.a[i] as number) / (al.b[i] as number) }));
  let largestMove: UnitCheck['largestMove'] = null;
  const byYear = new Map<string, { date: string; drop: number }>();
  for (let i = 1; i < ratio.length; i++) {
    const cur = ratio[i] as { date: string; value: number };
    const change = cur.value / (ratio[i - 1] as { value: number }).value - 1;
    if (!largestMove || Math.abs(change) > Math.abs(largestMove.value)) largestMove = { date: cur.date, value: change };
    if (Number(cur.date.slice(5, 7)) === ETF1321_DISTRIBUTION_MONTH && change < -DISTRIBUTION_MIN_DROP) {
      const y = cur.date.slice(0, 4);
      const seen = byYear.get(y);
      if (!seen || -change > seen.drop) byYear.set(y, { date: cur.date, drop: -change });
    }
  }
  const lastDate = ratio[ratio.length - 1]?.date;
  const lastYear = lastDate?.slice(0, 4);
  const pastMidJuly = lastDate !== undefined && lastDate >= `${lastYear}-${String(ETF1321_DISTRIBUTION_MONTH).padStart(2, '0')}-15`;
  return {
    julyWithoutDrop: pastMidJuly && lastYear && !byYear.has(lastYear) ? Number(lastYear) : null,
    ratio,
    largestMove,
    noUnitChange: largestMove === null || Math.abs(largestMove.value) < UNIT_CHANGE_THRESHOLD,
    distributions: [...byYear.values()],
  };
}
