import type { Series } from '../../lib/data/series';
import { count, date, flag, month, pct, ratio, word, year, type FactTree } from '../../lib/report/fact';
import { welchT } from '../../lib/stats';
import { HUNDRED_MILLION_PER_TRILLION, Z95 } from './boj';

/** Sessions ahead over which returns after a purchase day are measured (next day, and a week). */
export const ETF_HORIZONS = [1, 5] as const;

export interface EtfYear {
  year: number;
  days: number;
  /** Bought in the year and cumulative to its end, trillion yen. */
  amount: number;
  cumulative: number;
  /** Cumulative purchases ÷ BOJ total assets at the year's last month-end the edition has (null without it). */
  shareOfAssets: number | null;
  /** The month-end (first-of-month ISO) whose total assets that share uses. */
  assetsMonth: string | null;
}

export interface EtfReturnRow {
  /** 0 = the purchase day itself (previous close to close); 1 and 5 = sessions after. */
  horizon: 0 | (typeof ETF_HORIZONS)[number];
  buyDays: number;
  otherDays: number;
  buyMean: number;
  otherMean: number;
  buyUpShare: number;
  otherUpShare: number;
  t: number;
}

export interface EtfDatasets {
  years: EtfYear[];
  returns: EtfReturnRow[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
const upShare = (xs: readonly number[]) => xs.filter((x) => x > 0).length / xs.length;

/**
 * The BOJ's purchases of index-linked ETFs (¥100 million a purchase day) by year and cumulative, against
 * its total assets; and how the Nikkei 225 did on and after purchase days. Method: over the sessions from
 * the first purchase to the last the edition knows, each session is a purchase day or not; for each,
 * the return from the previous close to the day's close (horizon 0), and from the day's close to the
 * close 1 and 5 sessions later; the two groups' means, shares of rises and Welch's t of the difference.
 * The 5-session windows overlap, so their t overstates significance. A "policy floor" would show as
 * higher returns after purchase days than after other days.
 */
export function etfPurchases(etf: Series, n225: Series, boj: Series): { facts: FactTree; data: EtfDatasets } {
  const n = etf.values.length;
  const trillion = (x: number) => x / HUNDRED_MILLION_PER_TRILLION;
  // By year.
  const years: EtfYear[] = [];
  let cum = 0;
  etf.dates.forEach((d, i) => {
    const y = Number(d.slice(0, 4));
    let row = years[years.length - 1];
    if (row?.year !== y) {
      row = { year: y, days: 0, amount: 0, cumulative: 0, shareOfAssets: null, assetsMonth: null };
      years.push(row);
    }
    row.days += 1;
    row.amount += trillion(etf.values[i] as number);
    cum += trillion(etf.values[i] as number);
    row.cumulative = cum;
  });
  // Against the BOJ's total assets at the last month-end on or before the year's end that the edition has.
  for (const row of years) {
    const end = `${row.year}-12-01`;
    let k = boj.dates.length - 1;
    while (k >= 0 && (boj.dates[k] as string) > end) k -= 1;
    row.shareOfAssets = k >= 0 ? row.cumulative / trillion(boj.values[k] as number) : null;
    row.assetsMonth = k >= 0 ? (boj.dates[k] as string) : null;
  }
  // Returns on and after purchase days.
  const buy = new Set(etf.dates);
  const first = n225.dates.indexOf(etf.dates[0] ?? '');
  const lastBuy = n225.dates.indexOf(etf.dates[n - 1] ?? '');
  const returns: EtfReturnRow[] = [];
  if (n >= 2 && first > 0 && lastBuy >= first) {
    for (const h of [0, ...ETF_HORIZONS] as const) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = first; i <= lastBuy; i++) {
        const from = h === 0 ? i - 1 : i;
        const to = h === 0 ? i : i + h;
        if (to >= n225.values.length) continue;
        const r = (n225.values[to] as number) / (n225.values[from] as number) - 1;
        (buy.has(n225.dates[i] as string) ? a : b).push(r);
      }
      if (a.length >= 2 && b.length >= 2) {
        returns.push({
          horizon: h,
          buyDays: a.length,
          otherDays: b.length,
          buyMean: mean(a),
          otherMean: mean(b),
          buyUpShare: upShare(a),
          otherUpShare: upShare(b),
          t: welchT(a, b),
        });
      }
    }
  }
  const byH = (h: number) => returns.find((r) => r.horizon === h);
  const same = byH(0);
  const rt = (h: number) => {
    const r = byH(h);
    return {
      available: flag(r !== undefined),
      buyMean: pct(r?.buyMean ?? null),
      otherMean: pct(r?.otherMean ?? null),
      difference: pct(r ? r.buyMean - r.otherMean : null),
      buyUpShare: pct(r?.buyUpShare ?? null),
      otherUpShare: pct(r?.otherUpShare ?? null),
      t: ratio(r?.t ?? null),
      significant: flag(r !== undefined && Math.abs(r.t) >= Z95),
      /** Which group did better: 'buy' (after purchase days), 'other', or 'na'. */
      better: word(r === undefined ? 'na' : r.buyMean > r.otherMean ? 'buy' : 'other'),
    };
  };
  const maxI = etf.values.reduce((a, v, i) => (v > (etf.values[a] as number) ? i : a), 0);
  const maxDays = etf.values.filter((v) => v === etf.values[maxI]);
  const topYear = years.reduce<EtfYear | null>((a, y) => (a === null || y.amount > a.amount ? y : a), null);
  const lastYear = years[years.length - 1];
  // Enough to say something: purchases in at least two years (a chart of years) and every return horizon measured.
  const ok = years.length >= 2 && returns.length === 1 + ETF_HORIZONS.length;
  const facts: FactTree = {
    available: flag(ok),
    first: date(etf.dates[0] ?? null),
    last: date(etf.dates[n - 1] ?? null),
    days: count(n),
    total: ratio(n > 0 ? cum : null),
    years: count(years.length),
    topYear: year(topYear?.year ?? null),
    topYearAmount: ratio(topYear?.amount ?? null),
    topYearDays: count(topYear?.days ?? 0),
    /** The largest single day's purchase (¥100 million → trillion yen kept as billions for prose). */
    maxDayBillion: ratio(n > 0 ? (etf.values[maxI] as number) / 10 : null),
    /** The same in ¥100 million (亿日元), the unit a Chinese reader expects. */
    maxDay100m: ratio(n > 0 ? (etf.values[maxI] as number) : null),
    maxDayFirst: date(n > 0 ? (etf.dates[maxI] as string) : null),
    maxDays: count(maxDays.length),
    shareOfAssets: pct(lastYear?.shareOfAssets ?? null),
    shareMonth: month(lastYear?.assetsMonth ?? null),
    sessions: count((byH(0)?.buyDays ?? 0) + (byH(0)?.otherDays ?? 0)),
    buyShareOfSessions: pct(same ? same.buyDays / (same.buyDays + same.otherDays) : null),
    sameDay: rt(0),
    nextDay: rt(1),
    week: rt(5),
    horizonWeek: count(5),
    /**
     * The seed's "policy floor" read as a testable claim: 'supported' when the index did significantly
     * better after purchase days than after other sessions (next session or next five), else
     * 'notSupported'; 'na' without data.
     */
    floor: word(byH(1) === undefined ? 'na' : [byH(1), byH(5)].some((r) => r !== undefined && r.buyMean > r.otherMean && Math.abs(r.t) >= Z95) ? 'supported' : 'notSupported'),
  };
  return { facts, data: { years, returns } };
}
