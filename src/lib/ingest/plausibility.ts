import type { Frequency, SeriesId } from '../data/series-catalog';
import { monthsBetween, weekday, weekdaysBetween } from './dates';
import type { Plausibility } from './series-sources';
import { CALENDAR_FROM, SATURDAY_SESSIONS_UNTIL, tokyoClosure, tokyoSessionsBetween } from './tokyo-calendar';

/**
 * Checks beyond the schema: values a download can carry that are valid numbers on valid dates yet
 * unlikely to be true. Each is reported, never silently kept or dropped; the command refuses them
 * unless the reviewed allow-list (data/curated/plausibility-allow.json) or a flag lets them through.
 * - `jump`: a move from the previous observation beyond the series' limit;
 * - `gap`: more weekdays without a row than the market's holidays explain (daily), or a missing
 *   month or quarter (period series);
 * - `weekend`: a row on a Saturday or Sunday in a daily series (Tokyo: Saturdays up to January 1989
 *   were sessions, see tokyo-calendar.ts);
 * - `stale`: the same value on `staleRun` or more rows running;
 * - `missing` (Tokyo calendar, from 1970): a weekday session of the exchange without a row — every
 *   weekday that is neither a national holiday nor in the year-end closure must have one;
 * - `holiday` (Tokyo calendar, from 1970): a row on a weekday the exchange was closed.
 */
export type Check = 'jump' | 'gap' | 'weekend' | 'stale' | 'missing' | 'holiday';
export const CHECKS: readonly Check[] = ['jump', 'gap', 'weekend', 'stale', 'missing', 'holiday'];

export interface Issue {
  series: SeriesId;
  check: Check;
  /** The row the issue is about (for a gap: the first row after it; for a stale run: its last row). */
  date: string;
  /** What was seen, in words with numbers. */
  detail: string;
}

export interface CheckInput {
  series: SeriesId;
  frequency: Frequency;
  rules: Plausibility;
  dates: readonly string[];
  values: readonly number[];
  /** Dates that are new or revised: only issues touching them are reported. */
  touched: ReadonlySet<string>;
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

/** Issues among the touched rows of a merged series, in date order. Pure. */
export function checkPlausibility(s: CheckInput): Issue[] {
  const issues: Issue[] = [];
  const { rules, dates, values, touched } = s;
  const add = (check: Check, date: string, detail: string) => issues.push({ series: s.series, check, date, detail });
  for (let i = 0; i < dates.length; i += 1) {
    const d = dates[i] as string;
    const v = values[i] as number;
    const prevD = dates[i - 1];
    const prevV = values[i - 1];
    const near = touched.has(d) || (prevD !== undefined && touched.has(prevD));
    const tokyo = rules.calendar === 'tokyo';
    const dow = weekday(d);
    if (touched.has(d) && rules.calendar && (dow === 0 || (dow === 6 && !(tokyo && d <= SATURDAY_SESSIONS_UNTIL)))) {
      add(
        'weekend',
        d,
        `${d} is a ${dow === 0 ? 'Sunday' : 'Saturday'}: ${rules.calendar} does not trade on weekends${tokyo ? ` (Saturday sessions ended after ${SATURDAY_SESSIONS_UNTIL})` : ''}`,
      );
    }
    if (touched.has(d) && tokyo && dow !== 0 && dow !== 6) {
      const closure = tokyoClosure(d);
      if (closure) add('holiday', d, `${d} is ${closure}: the Tokyo exchange was closed`);
    }
    if (prevD === undefined || prevV === undefined || !near) continue;
    const { kind, limit } = rules.maxMove;
    const move = kind === 'relative' ? v / prevV - 1 : v - prevV;
    if (Math.abs(move) > limit) {
      add(
        'jump',
        d,
        kind === 'relative'
          ? `${prevV} on ${prevD} -> ${v} on ${d} is a move of ${pct(move)}, beyond ±${pct(limit)}`
          : `${prevV} on ${prevD} -> ${v} on ${d} is a change of ${move.toFixed(3)}, beyond ±${limit}`,
      );
    }
    if (rules.maxGap !== null) {
      if (s.frequency === 'daily' && tokyo && prevD >= CALENDAR_FROM) {
        for (const m of tokyoSessionsBetween(prevD, d)) {
          if (!preJanuaryYearEnd(m) && !rules.knownGaps?.some((g) => g.from <= m && m <= g.to))
            add('missing', m, `no row for ${m}, a Tokyo session (a weekday, not a national holiday, not in the year-end closure), between ${prevD} and ${d}`);
        }
      } else if (s.frequency === 'daily') {
        const gap = weekdaysBetween(prevD, d);
        if (gap > rules.maxGap) add('gap', d, `${gap} weekdays without a row between ${prevD} and ${d} (holidays explain at most ${rules.maxGap})`);
      } else if (s.frequency === 'monthly' || s.frequency === 'quarterly') {
        const step = s.frequency === 'monthly' ? 1 : 3;
        const missing = monthsBetween(prevD, d) / step - 1;
        if (missing > 0) add('gap', d, `${missing} ${s.frequency === 'monthly' ? 'month(s)' : 'quarter(s)'} missing between ${prevD} and ${d}`);
      }
    }
  }
  if (rules.staleRun !== null) issues.push(...staleRuns(s, rules.staleRun));
  return issues.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Until 1988 the exchange's last session of the year (大納会) was 28 December, so 29 and 30 December
 * of those years are not required sessions (rows on them are not refused either: some sources carry one).
 */
function preJanuaryYearEnd(date: string): boolean {
  return date < '1989-01-01' && (date.endsWith('-12-29') || date.endsWith('-12-30'));
}

/** Runs of `run` or more equal values that contain a touched row. */
function staleRuns(s: CheckInput, run: number): Issue[] {
  const out: Issue[] = [];
  let start = 0;
  for (let i = 1; i <= s.dates.length; i += 1) {
    if (i < s.dates.length && s.values[i] === s.values[start]) continue;
    const len = i - start;
    const span = s.dates.slice(start, i);
    if (len >= run && span.some((d) => s.touched.has(d))) {
      out.push({
        series: s.series,
        check: 'stale',
        date: span[span.length - 1] as string,
        detail: `${len} rows running hold the same value ${s.values[start]} (${span[0]} to ${span[span.length - 1]})`,
      });
    }
    start = i;
  }
  return out;
}
