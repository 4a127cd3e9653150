import { isoDate } from '../data/schemas';

/**
 * An edition is the report as of one date. Windows follow the seed report: the statistics window runs
 * from 1 January of the previous calendar year to the as-of date; the market comparison covers the
 * five calendar years to the as-of date.
 */
export interface Edition {
  /** The last Nikkei 225 trading day on or before the requested date (ISO). */
  asOf: string;
  /** The date asked for through REPORT_AS_OF, or null for "latest". */
  requested: string | null;
  statsWindow: { start: string; end: string };
  comparisonWindow: { start: string; end: string };
}

/** ISO date `years` calendar years before `iso` (29 February falls back to 28 February). */
export function yearsBefore(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) - years;
  const md = iso.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/**
 * Resolves the edition from the requested as-of date (REPORT_AS_OF) and the index's trading dates.
 * Fails with a message that says what is allowed when the date is malformed or outside the data.
 */
export function resolveEdition(requested: string | undefined, tradingDates: readonly string[]): Edition {
  const first = tradingDates[0];
  const last = tradingDates[tradingDates.length - 1];
  if (!first || !last) throw new Error('The Nikkei 225 series is empty: no edition can be built.');
  let asOf = last;
  const req = requested?.trim() ? requested.trim() : null;
  if (req !== null) {
    const parsed = isoDate.safeParse(req);
    if (!parsed.success) throw new Error(`REPORT_AS_OF="${req}" is not a date written YYYY-MM-DD.`);
    if (req < first || req > last) {
      throw new Error(`REPORT_AS_OF=${req} is outside the data: the Nikkei 225 series runs from ${first} to ${last}.`);
    }
    let i = tradingDates.length - 1;
    while ((tradingDates[i] as string) > req) i -= 1;
    asOf = tradingDates[i] as string;
  }
  const prevYear = Number(asOf.slice(0, 4)) - 1;
  return {
    asOf,
    requested: req,
    statsWindow: { start: `${prevYear}-01-01`, end: asOf },
    comparisonWindow: { start: yearsBefore(asOf, 5), end: asOf },
  };
}
