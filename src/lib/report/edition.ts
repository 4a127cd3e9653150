/**
 * An edition is the report as of one date. Windows follow the seed report: the statistics window runs
 * from 1 January of the previous calendar year to the as-of date; the market comparison covers the
 * five calendar years to the as-of date.
 */
export interface Edition {
  /** The index's last trading day on or before the requested date (ISO). */
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

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month (1-based) of a year, Gregorian. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first as-of date an edition can have: the first trading day of the year after the data begin,
 * since the statistics window runs from 1 January of the previous calendar year.
 */
export function firstEditionDate(tradingDates: readonly string[]): string | null {
  const first = tradingDates[0];
  if (!first) return null;
  const from = `${Number(first.slice(0, 4)) + 1}-01-01`;
  return tradingDates.find((d) => d >= from) ?? null;
}

/**
 * Resolves the edition from the requested as-of date (REPORT_AS_OF; undefined = the latest) and the
 * index's trading dates (`indexName` names the index in messages). Fails with a message that says what is allowed: an empty value (set but
 * blank), a value not written YYYY-MM-DD, a date that does not exist (2022-02-30), or a date outside
 * the editions the data allow (naming the data's span and the first possible edition).
 */
export function resolveEdition(requested: string | undefined, tradingDates: readonly string[], indexName = 'Nikkei 225'): Edition {
  const first = tradingDates[0];
  const last = tradingDates[tradingDates.length - 1];
  if (!first || !last) throw new Error(`The ${indexName} series is empty: no edition can be built.`);
  const span = `the ${indexName} series runs from ${first} to ${last}`;
  let asOf = last;
  const req = requested === undefined ? null : requested.trim();
  if (req === '') {
    throw new Error(`REPORT_AS_OF is set but empty: set it to a date written YYYY-MM-DD, or unset it (unset REPORT_AS_OF) for the latest edition; ${span}.`);
  }
  if (req !== null) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(req);
    if (!m) throw new Error(`REPORT_AS_OF="${req}" is not a date written YYYY-MM-DD (for example ${last}); ${span}.`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12) throw new Error(`REPORT_AS_OF=${req} is not a real date: there is no month ${m[2]}.`);
    if (d < 1 || d > daysInMonth(y, mo)) {
      throw new Error(`REPORT_AS_OF=${req} is not a real date: ${MONTH_NAMES[mo - 1]} ${y} has ${daysInMonth(y, mo)} days.`);
    }
    const firstEdition = firstEditionDate(tradingDates);
    if (req > last || firstEdition === null || req < firstEdition) {
      const earliest =
        firstEdition === null
          ? 'the data are too short for any edition'
          : `the first edition is ${firstEdition}, since the statistics window starts on 1 January of the previous year`;
      throw new Error(`REPORT_AS_OF=${req} is outside the data: ${span}; ${earliest}.`);
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
