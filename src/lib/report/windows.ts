import type { Series } from '../data/series';

/** Index range [from, to] (inclusive) of a series' dates within [start, end]; null if empty. */
export function indexRange(series: Series, start: string, end: string): { from: number; to: number } | null {
  let from = 0;
  while (from < series.dates.length && (series.dates[from] as string) < start) from += 1;
  let to = series.dates.length - 1;
  while (to >= 0 && (series.dates[to] as string) > end) to -= 1;
  return from <= to ? { from, to } : null;
}

/** Index of the last date on or before `date`, or -1. */
export function lastIndexOnOrBefore(series: Series, date: string): number {
  let i = series.dates.length - 1;
  while (i >= 0 && (series.dates[i] as string) > date) i -= 1;
  return i;
}

/**
 * Closes of two series on the dates both have, within [start, end]. Markets keep different holidays,
 * so comparisons of daily returns use only common dates (a return then spans from one common date to
 * the next).
 */
export function alignOnCommonDates(a: Series, b: Series, start: string, end: string): { dates: string[]; a: number[]; b: number[] } {
  const bByDate = new Map(b.dates.map((d, i) => [d, b.values[i] as number]));
  const out = { dates: [] as string[], a: [] as number[], b: [] as number[] };
  a.dates.forEach((d, i) => {
    const bv = bByDate.get(d);
    if (d >= start && d <= end && bv !== undefined) {
      out.dates.push(d);
      out.a.push(a.values[i] as number);
      out.b.push(bv);
    }
  });
  return out;
}

/**
 * First day (ISO) of a long chart in the edition as of `asOf`: its usual fixed start, or — for an edition
 * less than `minYears` after that — 1 January `minYears` years before the as-of year, so an early
 * edition still draws its last `minYears` years (from as far back as its data go) instead of nothing.
 */
export function chartStartFor(fixedStart: string, asOf: string, minYears: number): string {
  const relative = `${String(Number(asOf.slice(0, 4)) - minYears).padStart(4, '0')}-01-01`;
  return relative < fixedStart ? relative : fixedStart;
}
