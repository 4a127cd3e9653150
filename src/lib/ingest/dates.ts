/**
 * Date cells as downloads write them, turned into ISO dates (YYYY-MM-DD). Accepted forms:
 * - `2021-05-28` (ISO); a timestamp `2021-05-28 09:00:00+09:00` / `2021-05-27T15:00:00Z`: with an
 *   offset and a time other than midnight it is an instant, converted to the calendar date in the
 *   series' time zone (yfinance writes Tokyo's 29 Sep session as `2026-09-28 15:00:00+00:00`); midnight
 *   in its own offset, or no offset, is a date label: its date part;
 * - Japanese era dates as the Ministry of Finance writes them: `S49.9.24`, `H21.9.1`, `R8.6.30`
 *   (M/T/S/H/R = Meiji, Taishō, Shōwa, Heisei, Reiwa), or `令和8年6月30日`, `平成元年1月9日`;
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

/** First year of each Japanese era; an era's year n is first + n - 1. */
const ERAS: Readonly<Record<string, number>> = { M: 1868, T: 1912, S: 1926, H: 1989, R: 2019, 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
function dateIn(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The ISO date a download's date cell names, or null when it is not a date this reader knows.
 * `timeZone` (IANA) is the zone a timestamp with an offset is converted to (default Asia/Tokyo).
 */
export function parseDateCell(cell: string, timeZone = 'Asia/Tokyo'): string | null {
  const s = cell.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) {
    const day = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    // Midnight in its own offset is a date label (`2026-09-28 00:00:00+09:00`, pandas' UTC-midnight dates).
    if (day === null || !m[7] || (m[4] === '00' && m[5] === '00' && (m[6] ?? '00') === '00')) return day;
    const offset = m[7] === 'Z' ? '+00:00' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const ms = Date.parse(`${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset}`);
    return Number.isFinite(ms) ? dateIn(ms, timeZone) : null;
  }
  m = /^([MTSHR])(\d{1,2})\.(\d{1,2})\.(\d{1,2})$/.exec(s) ?? /^(明治|大正|昭和|平成|令和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (m) {
    const n = m[2] === '元' ? 1 : Number(m[2]);
    return n >= 1 ? iso((ERAS[m[1] as string] as number) + n - 1, Number(m[3]), Number(m[4])) : null;
  }
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
