/**
 * Returns over calendar periods (1 month, year to date, 10 years ...) and calendar years.
 *
 * Time convention: stats never sees date strings. A time is a `number` of UTC milliseconds since the
 * epoch (as from `Date.UTC`), calendar arithmetic is done in UTC, and `times` must be finite and
 * strictly increasing, aligned with `closes`. Functions return INDICES into the input arrays; the
 * caller maps indices to dates. Returns are simple returns as fractions (0.01 = 1 %).
 *
 * Base convention: the return "since time s" is measured from the LAST close on or before s (the
 * price an investor held at s), so a 1-month return ending on 31 May starts from the close on or
 * before 30 April.
 */
import { annualiseReturn } from './returns';
import { assertFinite, assertInteger, assertPrices, assertSameLength } from './validate';

const DAY_MS = 86_400_000;
/** Days in an average year (Julian), used for the since-start annualisation. */
export const DAYS_PER_YEAR = 365.25;
const YEAR_MS = DAYS_PER_YEAR * DAY_MS;

function assertTimes(fn: string, times: readonly number[], closes: readonly number[]): void {
  assertSameLength(fn, times, closes);
  assertPrices(fn, 'closes', closes, 1);
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (typeof t !== 'number' || !Number.isFinite(t)) {
      throw new RangeError(`${fn}: times[${i}] is ${String(t)}, expected UTC milliseconds`);
    }
    if (i > 0 && t <= (times[i - 1] as number)) {
      throw new RangeError(`${fn}: times must be strictly increasing, times[${i}] = ${t} follows ${String(times[i - 1])}`);
    }
  }
}

/**
 * Index of the last element of `times` that is <= t, or -1 if every time is after t. Binary search,
 * O(log n); `times` must be strictly increasing (not re-checked here, to keep the search cheap).
 * @param times UTC milliseconds, strictly increasing
 * @param t UTC milliseconds
 * @throws RangeError if t is not finite
 */
export function indexOnOrBefore(times: readonly number[], t: number): number {
  assertFinite('indexOnOrBefore', 't', t);
  let lo = 0;
  let hi = times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Moves a UTC time by whole calendar months, keeping the time of day and clamping the day to the end
 * of the target month: 31 Mar 2024 - 1 month = 29 Feb 2024; 31 Jan 2023 + 1 month = 28 Feb 2023.
 * @param t UTC milliseconds
 * @param months integer, negative to go back
 * @returns UTC milliseconds
 * @throws RangeError if t is not finite or months is not an integer
 */
export function shiftMonths(t: number, months: number): number {
  assertFinite('shiftMonths', 't', t);
  if (!Number.isInteger(months)) throw new RangeError(`shiftMonths: months is ${months}, expected an integer`);
  const d = new Date(t);
  const total = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(total / 12);
  const month = total - Math.floor(total / 12) * 12;
  const out = new Date(t);
  out.setUTCFullYear(year, month + 1, 0); // day 0 of the next month = last day of the target month
  const lastDay = out.getUTCDate();
  out.setUTCFullYear(year, month, Math.min(d.getUTCDate(), lastDay));
  return out.getTime();
}

/** A return over one period, as returned by {@link periodReturn}. */
export interface PeriodReturn {
  /** simple return as a fraction; null if the data does not reach back to the start time */
  value: number | null;
  /** index of the base close (last close on or before the start time); null with value */
  startIndex: number | null;
}

function periodReturnUnchecked(times: readonly number[], closes: readonly number[], endIndex: number, startTime: number): PeriodReturn {
  const i = indexOnOrBefore(times, startTime);
  if (i === -1) return { value: null, startIndex: null };
  return { value: (closes[endIndex] as number) / (closes[i] as number) - 1, startIndex: i };
}

function assertEnd(fn: string, times: readonly number[], endIndex: number): void {
  assertInteger(fn, 'endIndex', endIndex, 0);
  if (endIndex >= times.length) throw new RangeError(`${fn}: endIndex ${endIndex} is past the last index ${times.length - 1}`);
}

/**
 * Simple return from the last close on or before `startTime` to `closes[endIndex]`. Null if the
 * data does not reach that far back (the first time is after `startTime`).
 * @param times UTC milliseconds, strictly increasing, aligned with `closes`
 * @param closes positive prices
 * @param endIndex index of the period's last close
 * @param startTime UTC milliseconds, not after `times[endIndex]`
 * @throws RangeError on bad or misaligned input, an endIndex out of range, or a startTime after the end
 */
export function periodReturn(times: readonly number[], closes: readonly number[], endIndex: number, startTime: number): PeriodReturn {
  assertTimes('periodReturn', times, closes);
  assertEnd('periodReturn', times, endIndex);
  assertFinite('periodReturn', 'startTime', startTime);
  if (startTime > (times[endIndex] as number)) {
    throw new RangeError(`periodReturn: startTime ${startTime} is after the end time ${String(times[endIndex])}`);
  }
  return periodReturnUnchecked(times, closes, endIndex, startTime);
}

/** Trailing-period keys of {@link periodReturns}. */
export type PeriodKey = 'm1' | 'm3' | 'm6' | 'ytd' | 'y1' | 'y3' | 'y5' | 'y10';

/** Trailing returns at one date, as returned by {@link periodReturns}. All fractions. */
export type PeriodReturns = Record<PeriodKey, number | null> & {
  /** compound annual rates of y3, y5 and y10 over exactly 3, 5 and 10 calendar years */
  y3Ann: number | null;
  y5Ann: number | null;
  y10Ann: number | null;
  /** return from the first close (index 0) */
  sinceStart: number;
  /** compound annual rate since the first close, years = elapsed ms / 365.25 days; null if no time elapsed */
  sinceStartAnn: number | null;
  /** index of the since-start base close: always 0 */
  startIndex: number;
  /** index of the base close of each trailing period (null where its value is null) */
  bases: Record<PeriodKey, number | null>;
};

const MONTHS: readonly (readonly [Exclude<PeriodKey, 'ytd'>, number])[] = [
  ['m1', 1],
  ['m3', 3],
  ['m6', 6],
  ['y1', 12],
  ['y3', 36],
  ['y5', 60],
  ['y10', 120],
];

/**
 * Trailing returns ending at `closes[endIndex]`: 1, 3, 6 months and 1, 3, 5, 10 years back by
 * calendar months ({@link shiftMonths}, base = last close on or before that time), year to date
 * (base = last close on or before 31 December of the previous year), and since the first close.
 * A period the data does not cover is null.
 * @param times UTC milliseconds, strictly increasing, aligned with `closes`
 * @param closes positive prices
 * @param endIndex index of the as-of close
 * @throws RangeError on bad or misaligned input or an endIndex out of range
 */
export function periodReturns(times: readonly number[], closes: readonly number[], endIndex: number): PeriodReturns {
  assertTimes('periodReturns', times, closes);
  assertEnd('periodReturns', times, endIndex);
  const tEnd = times[endIndex] as number;
  const values = {} as Record<PeriodKey, number | null>;
  const bases = {} as Record<PeriodKey, number | null>;
  const put = (key: PeriodKey, startTime: number): void => {
    const r = periodReturnUnchecked(times, closes, endIndex, startTime);
    values[key] = r.value;
    bases[key] = r.startIndex;
  };
  for (const [key, months] of MONTHS) put(key, shiftMonths(tEnd, -months));
  put('ytd', Date.UTC(new Date(tEnd).getUTCFullYear(), 0, 1) - 1); // last ms of 31 Dec, previous year
  const ann = (v: number | null, years: number): number | null => (v === null ? null : annualiseReturn(v, years));
  const elapsed = tEnd - (times[0] as number);
  const sinceStart = (closes[endIndex] as number) / (closes[0] as number) - 1;
  return {
    ...values,
    y3Ann: ann(values.y3, 3),
    y5Ann: ann(values.y5, 5),
    y10Ann: ann(values.y10, 10),
    sinceStart,
    sinceStartAnn: elapsed > 0 ? annualiseReturn(sinceStart, elapsed / YEAR_MS) : null,
    startIndex: 0,
    bases,
  };
}

/** One calendar year's return, as returned by {@link calendarYearReturns}. */
export interface CalendarYearReturn {
  /** UTC calendar year */
  year: number;
  /** simple return as a fraction: closes[endIndex] / closes[startIndex] - 1 */
  value: number;
  /** index of the base close: the previous year's last close, or 0 for the first year in the data */
  startIndex: number;
  /** index of the year's last close */
  endIndex: number;
  /** true if the year is not fully covered (see {@link calendarYearReturns}) */
  partial: boolean;
}

/**
 * Return of each UTC calendar year in the data: last close of the year / last close of the previous
 * year (in the data) - 1.
 *
 * Partial-year rule: the FIRST year is always partial (there is no previous year-end, so its base is
 * the first close); the year of the LAST observation is partial unless that observation falls in
 * December on day 28 or later (markets close for the year around 28-31 December). All other years
 * are full.
 * @param times UTC milliseconds, strictly increasing, aligned with `closes`
 * @param closes positive prices
 * @throws RangeError on empty, bad or misaligned input
 */
export function calendarYearReturns(times: readonly number[], closes: readonly number[]): CalendarYearReturn[] {
  assertTimes('calendarYearReturns', times, closes);
  const out: CalendarYearReturn[] = [];
  const n = times.length;
  let prevEnd: number | null = null;
  for (let i = 0; i < n; i++) {
    const d = new Date(times[i] as number);
    const year = d.getUTCFullYear();
    const isLast = i === n - 1;
    if (!isLast && new Date(times[i + 1] as number).getUTCFullYear() === year) continue;
    const startIndex = prevEnd ?? 0;
    const endsInLateDecember = d.getUTCMonth() === 11 && d.getUTCDate() >= 28;
    out.push({
      year,
      value: (closes[i] as number) / (closes[startIndex] as number) - 1,
      startIndex,
      endIndex: i,
      partial: prevEnd === null || (isLast && !endsInLateDecember),
    });
    prevEnd = i;
  }
  return out;
}
