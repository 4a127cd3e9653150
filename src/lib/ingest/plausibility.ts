import type { Frequency, SeriesId } from '../data/series-catalog';
import { monthsBetween, weekday, weekdaysBetween } from './dates';
import type { Plausibility } from './series-sources';

/**
 * Checks beyond the schema: values a download can carry that are valid numbers on valid dates yet
 * unlikely to be true. Each is reported, never silently kept or dropped; the command refuses them
 * unless the reviewed allow-list (data/curated/plausibility-allow.json) or a flag lets them through.
 * - `jump`: a move from the previous observation beyond the series' limit;
 * - `gap`: more weekdays without a row than the market's holidays explain (daily), or a missing
 *   month or quarter (period series);
 * - `weekend`: a row on a Saturday or Sunday in a daily series;
 * - `stale`: the same value on `staleRun` or more rows running.
 */
export type Check = 'jump' | 'gap' | 'weekend' | 'stale';
export const CHECKS: readonly Check[] = ['jump', 'gap', 'weekend', 'stale'];

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
    if (touched.has(d) && rules.calendar && [0, 6].includes(weekday(d))) add('weekend', d, `${d} is a ${weekday(d) === 0 ? 'Sunday' : 'Saturday'}: ${rules.calendar} does not trade on weekends`);
    if (prevD === undefined || prevV === undefined || !near) continue;
    const { kind, limit } = rules.maxMove;
    const move = kind === 'relative' ? v / prevV - 1 : v - prevV;
    if (Math.abs(move) > limit) {
      add('jump', d, kind === 'relative'
        ? `${prevV} on ${prevD} -> ${v} on ${d} is a move of ${pct(move)}, beyond ±${pct(limit)}`
        : `${prevV} on ${prevD} -> ${v} on ${d} is a change of ${move.toFixed(3)}, beyond ±${limit}`);
    }
    if (rules.maxGap !== null) {
      if (s.frequency === 'daily') {
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

/** Runs of `run` or more equal values that contain a touched row. */
function staleRuns(s: CheckInput, run: number): Issue[] {
  const out: Issue[] = [];
  let start = 0;
  for (let i = 1; i <= s.dates.length; i += 1) {
    if (i < s.dates.length && s.values[i] === s.values[start]) continue;
    const len = i - start;
    const span = s.dates.slice(start, i);
    if (len >= run && span.some((d) => s.touched.has(d))) {
      out.push({ series: s.series, check: 'stale', date: span[span.length - 1] as string, detail: `${len} rows running hold the same value ${s.values[start]} (${span[0]} to ${span[span.length - 1]})` });
    }
    start = i;
  }
  return out;
}
