/**
 * Date cells as downloads write them, turned into ISO dates (YYYY-MM-DD). Accepted forms:
 * - `2021-05-28` (ISO), `2021-05-28 09:00:00+09:00` / `2021-05-28T00:00:00Z` (a timestamp: the date part
 *   is the exchange's own trading day, because Yahoo stamps each session in the exchange's time zone);
 * - `2021/05/28`, `20210528` (stooq's compact form);
 * - months: `1970-01`, `1970/01`, `Jan.1970`, `Jan 1970`, `May 1970`, `January 1970` (e-Stat) -> the first
 *   of the month.
 * Anything else, and any day that does not exist, is `null`: the caller reports it with its line.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || y > 2200 || t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The ISO date a download's date cell names, or null when it is not a date this reader knows. */
export function parseDateCell(cell: string): string | null {
  const s = cell.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), 1);
  m = /^([A-Za-z]{3,9})\.?\s*(\d{4})$/.exec(s);
  if (m) {
    const name = (m[1] as string).toLowerCase();
    const i = MONTHS.indexOf(name.slice(0, 3));
    const full = new Date(Date.UTC(2000, i, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }).toLowerCase();
    if (i >= 0 && (name.length === 3 || full === name)) return iso(Number(m[2]), i + 1, 1);
  }
  return null;
}

/** Day of the week of an ISO date, 0 = Sunday ... 6 = Saturday. */
export function weekday(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/** Weekdays (Monday to Friday) strictly between two ISO dates. */
export function weekdaysBetween(a: string, b: string): number {
  const day = 86_400_000;
  const start = Date.parse(`${a}T00:00:00Z`) + day;
  const end = Date.parse(`${b}T00:00:00Z`);
  let n = 0;
  for (let t = start; t < end; t += day) {
    const w = new Date(t).getUTCDay();
    if (w !== 0 && w !== 6) n += 1;
  }
  return n;
}

/** Whole months from the month of `a` to the month of `b` (both ISO dates). */
export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}
