import type { Series } from '../../lib/data/series';
import { indexOnOrBefore, periodReturns, shiftMonths } from '../../lib/stats';
import { date, flag, month, pct, pts, word, year, type Fact, type FactTree } from '../../lib/report/fact';

/** A month fact from `YYYY-MM` (or null), stored as the ISO date of the month's first day, the report's convention for months. */
export function monthOf(ym: string | null): Fact<string | null> {
  return month(ym === null ? null : `${ym.slice(0, 7)}-01`);
}

/** A close and its date. */
export interface DatedClose {
  date: string;
  value: number;
}

/** Highest and lowest close of `s` over indices [from, to], earliest date on ties. */
export function closeRange(s: Series, from: number, to: number): { high: DatedClose; low: DatedClose } {
  let hi = from;
  let lo = from;
  for (let i = from + 1; i <= to; i++) {
    if ((s.values[i] as number) > (s.values[hi] as number)) hi = i;
    if ((s.values[i] as number) < (s.values[lo] as number)) lo = i;
  }
  const at = (i: number) => ({ date: s.dates[i] as string, value: s.values[i] as number });
  return { high: at(hi), low: at(lo) };
}

/**
 * The key figures of an edition, from the Nikkei 225 closes up to the as-of date: the last close, the
 * change year to date (base: last close of the previous year) and over one year (base: last close on or
 * before the same date a year earlier), the 52-week high and low (closes after that base date up to the
 * last close), and the all-time closing high in the data with the last close's distance from it (a
 * fraction: −0.05 = 5 % below).
 */
export function keyFigures(n225: Series): FactTree {
  const end = n225.values.length - 1;
  if (end < 0) throw new Error('keyFigures: the Nikkei 225 series is empty for this edition');
  const last = n225.values[end] as number;
  const p = periodReturns(n225.times, n225.values, end);
  const yearAgo = indexOnOrBefore(n225.times, shiftMonths(n225.times[end] as number, -12));
  const w52 = closeRange(n225, yearAgo + 1, end);
  const all = closeRange(n225, 0, end);
  const fromAth = last / all.high.value - 1;
  const dir = (v: number | null) => word(v !== null && v < 0 ? 'down' : 'up');
  return {
    lastClose: { value: pts(last), date: date(n225.dates[end] as string) },
    ytd: {
      value: pct(p.ytd),
      base: date(p.bases.ytd === null ? null : (n225.dates[p.bases.ytd] as string)),
      year: year(Number((n225.dates[end] as string).slice(0, 4))),
      direction: dir(p.ytd),
    },
    y1: { value: pct(p.y1), direction: dir(p.y1), base: date(p.bases.y1 === null ? null : (n225.dates[p.bases.y1] as string)) },
    high52: { value: pts(w52.high.value), date: date(w52.high.date) },
    low52: { value: pts(w52.low.value), date: date(w52.low.date) },
    ath: { value: pts(all.high.value), date: date(all.high.date) },
    fromAth: pct(fromAth),
    atAth: flag(all.high.date === n225.dates[end]),
    dataStart: date(n225.dates[0] as string),
  };
}
