import { periodEnd, type Series } from '../../lib/data/series';

/** One month of a series: the month (ISO date of its first day), the date of the observation used, its value. */
export interface MonthPoint {
  month: string;
  date: string;
  value: number;
}

/** Days before a month's last calendar day within which a series' final observation still closes the month. */
const MONTH_END_SLACK_DAYS = 3;

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/**
 * Month-end values of a daily series: the last observation of each month that is over. A month counts
 * as over when the series has a later observation, or when the edition's `asOf` is past the month's last
 * day and the series' final observation falls within three days of it (a weekend or holiday). So a
 * series that simply stops (USD/JPY on Friday 26 September 2025) does not pass off a mid-month value
 * as that month's end.
 */
export function monthEnds(s: Series, asOf: string): MonthPoint[] {
  const out: MonthPoint[] = [];
  const n = s.dates.length;
  for (let i = 0; i < n; i++) {
    const d = s.dates[i] as string;
    const next = s.dates[i + 1];
    if (next !== undefined && next.slice(0, 7) === d.slice(0, 7)) continue;
    const month = `${d.slice(0, 7)}-01`;
    const end = periodEnd(month, 'monthly');
    const over = next !== undefined || (asOf >= end && daysBetween(d, end) <= MONTH_END_SLACK_DAYS);
    if (over) out.push({ month, date: d, value: s.values[i] as number });
  }
  return out;
}

/** A monthly series (dated on the first of each month) as month points. */
export function monthlyPoints(s: Series): MonthPoint[] {
  return s.dates.map((d, i) => ({ month: `${d.slice(0, 7)}-01`, date: d, value: s.values[i] as number }));
}

/** Two monthly series on the months both have, in month order. */
export interface AlignedMonths {
  months: string[];
  /** Observation dates of `b` (e.g. the Nikkei 225's last trading day of each month). */
  bDates: string[];
  a: number[];
  b: number[];
}

/** The months two month-point lists share, with both values. */
export function alignMonths(a: readonly MonthPoint[], b: readonly MonthPoint[]): AlignedMonths {
  const bBy = new Map(b.map((p) => [p.month, p]));
  const out: AlignedMonths = { months: [], bDates: [], a: [], b: [] };
  for (const p of a) {
    const q = bBy.get(p.month);
    if (!q) continue;
    out.months.push(p.month);
    out.bDates.push(q.date);
    out.a.push(p.value);
    out.b.push(q.value);
  }
  return out;
}

/** Period-on-period simple changes of a level list: element i is levels[i + 1] / levels[i] - 1 (fractions). */
export function changes(levels: readonly number[]): number[] {
  return levels.slice(1).map((v, i) => v / (levels[i] as number) - 1);
}

/** The ISO month `k` months before `month` (both first-of-month dates). */
export function monthsBefore(month: string, k: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 - k;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${String(yy).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}-01`;
}
