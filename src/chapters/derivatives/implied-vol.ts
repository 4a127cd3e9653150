/**
 * Implied against realised volatility: the Nikkei Stock Average Volatility Index (Nikkei VI, the
 * 30-day implied volatility of Nikkei 225 options, in % a year) beside the index's realised volatility
 * over the previous 21 sessions (population standard deviation of simple daily returns × √252, in % a
 * year), compared on the dates both exist. The VI data have a gap (2018-04-28 → 2023-01-03): the chart
 * draws it as a gap and every figure uses only dates the VI has.
 */
import type { DatedValue, Series } from '../../lib/data/series';
import { populationStd } from '../../lib/stats';
import { date, flag, pct, ratio, word, type FactTree } from '../../lib/report/fact';

/** Sessions in the realised-volatility window (about one calendar month, as the VI's 30 days). */
export const REALISED_WINDOW = 21;
/** Fewest VI observations before an edition shows the comparison. */
const MIN_ROWS = 20;
/** Calendar days without a VI row beyond which the chart breaks the line. */
export const VI_GAP_DAYS = 30;

/** Realised volatility of `index` over the REALISED_WINDOW returns ending on each date from `from` on, in % a year. */
export function realisedVolatility(index: Series, from: string): DatedValue[] {
  const out: DatedValue[] = [];
  const v = index.values;
  for (let i = REALISED_WINDOW; i < v.length; i += 1) {
    const d = index.dates[i] as string;
    if (d < from) continue;
    const rets: number[] = [];
    for (let j = i - REALISED_WINDOW + 1; j <= i; j += 1) rets.push((v[j] as number) / (v[j - 1] as number) - 1);
    out.push({ date: d, value: populationStd(rets) * Math.sqrt(252) * 100 });
  }
  return out;
}

export interface ImpliedVol {
  facts: FactTree;
  /** The VI and the realised volatility from the VI's first date, both in % a year. */
  lines: { vi: DatedValue[]; realised: DatedValue[] };
}

/** The comparison for one edition (`vi` and `index` already cut at its date). */
export function impliedVol(vi: Series, index: Series): ImpliedVol {
  if (vi.dates.length < MIN_ROWS) {
    const none = date(null);
    return {
      facts: {
        available: flag(false),
        first: none,
        last: none,
        latest: ratio(null),
        realisedAtLast: ratio(null),
        premium: ratio(null),
        premiumSide: word('none'),
        aboveShare: pct(null),
        days: { value: 0, unit: 'count' },
        peak: { value: ratio(null), date: none },
        gap: { shown: flag(false), after: none, until: none },
        endsBeforeEdition: flag(false),
      },
      lines: { vi: [], realised: [] },
    };
  }
  const first = vi.dates[0] as string;
  const realised = realisedVolatility(index, first);
  const rByDate = new Map(realised.map((p) => [p.date, p.value]));
  const pairs = vi.dates.flatMap((d, i) => (rByDate.has(d) ? [{ d, vi: vi.values[i] as number, rv: rByDate.get(d) as number }] : []));
  const diffs = pairs.map((p) => p.vi - p.rv);
  let peak = 0;
  vi.values.forEach((x, i) => {
    if (x > (vi.values[peak] as number)) peak = i;
  });
  const last = vi.dates[vi.dates.length - 1] as string;
  const premium = diffs.length ? diffs.reduce((a, b) => a + b, 0) / diffs.length : null;
  // The longest stretch without a VI row, when longer than VI_GAP_DAYS: the last date before it and the first after.
  let gapAt = -1;
  let gapDays = VI_GAP_DAYS;
  for (let i = 1; i < vi.dates.length; i += 1) {
    const days = (Date.parse(`${vi.dates[i]}T00:00:00Z`) - Date.parse(`${vi.dates[i - 1]}T00:00:00Z`)) / 86_400_000;
    if (days > gapDays) [gapAt, gapDays] = [i, days];
  }
  return {
    facts: {
      available: flag(pairs.length >= MIN_ROWS),
      first: date(first),
      last: date(last),
      /** The VI's last close in the edition, % a year. */
      latest: ratio(vi.values[vi.values.length - 1] as number),
      /** Realised 21-session volatility on the VI's last date, % a year. */
      realisedAtLast: ratio(rByDate.get(last) ?? null),
      /** Mean of VI minus realised volatility over the common dates, in percentage points. */
      premium: ratio(premium),
      /** Whether the VI sat above or below realised volatility on average. */
      premiumSide: word(premium === null ? 'none' : premium >= 0 ? 'above' : 'below'),
      /** Share of common dates on which the VI exceeded realised volatility. */
      aboveShare: pct(diffs.length ? diffs.filter((x) => x > 0).length / diffs.length : null),
      days: { value: pairs.length, unit: 'count' },
      peak: { value: ratio(vi.values[peak] as number), date: date(vi.dates[peak] as string) },
      /** The longest stretch the VI data do not cover (drawn as a gap): its last date before and first date after. */
      gap: { shown: flag(gapAt > 0), after: date(gapAt > 0 ? (vi.dates[gapAt - 1] as string) : null), until: date(gapAt > 0 ? (vi.dates[gapAt] as string) : null) },
      /** The VI data end before the edition's last index close. */
      endsBeforeEdition: flag(last < (index.dates[index.dates.length - 1] as string)),
    },
    lines: { vi: vi.dates.map((d, i) => ({ date: d, value: vi.values[i] as number })), realised },
  };
}
