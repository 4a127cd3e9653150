/**
 * The continuous Nikkei 225 futures series against the index: the basis (futures close ÷ index close − 1)
 * on the dates both have, and what the futures did on days Tokyo's cash market was closed (Japanese
 * holidays, some Sundays) compared with the index's move to its next session.
 *
 * The source does not say which exchange's contract it follows or how it rolls; its close need not be
 * taken at Tokyo's close, so part of the basis is timing, not carry. Percentiles interpolate linearly
 * between order statistics (numpy's default).
 */
import type { DatedValue, Series } from '../../lib/data/series';
import { correlation } from '../../lib/stats';
import { count, date, flag, pct, ratio, word, type FactTree } from '../../lib/report/fact';
import { linkageWord } from '../macro/linkage';

/** Fewest common dates before an edition shows the basis. */
const MIN_DAYS = 20;

/** Linear-interpolation percentile (q in [0, 1]) of values already sorted ascending. */
export function percentile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

export interface FuturesBasis {
  facts: FactTree;
  /** Basis on each common date, a fraction. */
  basis: DatedValue[];
}

/** The basis and closed-day comparison for one edition (`fut` and `index` already cut at its date). */
export function futuresBasis(fut: Series, index: Series): FuturesBasis {
  const idx = new Map(index.dates.map((d, i) => [d, index.values[i] as number]));
  const basis = fut.dates.flatMap((d, i) => (idx.has(d) ? [{ date: d, value: (fut.values[i] as number) / (idx.get(d) as number) - 1 }] : []));
  if (basis.length < MIN_DAYS) {
    const none = date(null);
    return {
      facts: {
        available: flag(false),
        first: none,
        last: none,
        days: count(0),
        median: pct(null),
        p01: pct(null),
        p99: pct(null),
        closed: { shown: flag(false), days: count(0), sameSign: pct(null), corr: ratio(null), link: word('none') },
        endsBeforeEdition: flag(false),
      },
      basis: [],
    };
  }
  const sorted = basis.map((b) => b.value).sort((a, b) => a - b);
  // Rows on days Tokyo was closed: the futures' move since the last common date, and the index's move
  // from that date to its next session.
  const fMoves: number[] = [];
  const iMoves: number[] = [];
  const fut1 = new Map(fut.dates.map((d, i) => [d, fut.values[i] as number]));
  let j = 0;
  for (const d of fut.dates) {
    if (idx.has(d) || d < (index.dates[0] as string)) continue;
    while (j + 1 < index.dates.length && (index.dates[j + 1] as string) < d) j += 1;
    const prev = index.dates[j] as string;
    const next = index.dates[j + 1];
    if (prev >= d || next === undefined || !fut1.has(prev)) continue;
    fMoves.push((fut1.get(d) as number) / (fut1.get(prev) as number) - 1);
    iMoves.push((idx.get(next) as number) / (idx.get(prev) as number) - 1);
  }
  const corr = fMoves.length > 2 ? correlation(fMoves, iMoves) : null;
  const same = fMoves.filter((m, k) => Math.sign(m) === Math.sign(iMoves[k] as number) && m !== 0).length;
  const last = fut.dates[fut.dates.length - 1] as string;
  return {
    facts: {
      available: flag(true),
      first: date(fut.dates[0] as string),
      last: date(last),
      /** Dates with both a futures and an index close. */
      days: count(basis.length),
      median: pct(percentile(sorted, 0.5)),
      p01: pct(percentile(sorted, 0.01)),
      p99: pct(percentile(sorted, 0.99)),
      /** Rows on days Tokyo was closed, the share whose move had the sign of the index's next session, and the correlation of the two moves. */
      closed: {
        /** Enough rows on closed days for a correlation. */
        shown: flag(corr !== null),
        days: count(fMoves.length),
        sameSign: pct(fMoves.length ? same / fMoves.length : null),
        corr: ratio(corr),
        /** The Methodology's strength word for that correlation (positive, as it is in the data; 'none' otherwise). */
        link: word(corr === null || corr <= 0 ? 'none' : linkageWord(corr)),
      },
      /** The futures data end before the edition's last index close. */
      endsBeforeEdition: flag(last < (index.dates[index.dates.length - 1] as string)),
    },
    basis,
  };
}
