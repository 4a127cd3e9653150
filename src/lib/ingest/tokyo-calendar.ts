import holidayJp from '@holiday-jp/holiday_jp';

/**
 * The Tokyo Stock Exchange's trading calendar, for the plausibility check of series that trade there
 * (the Nikkei 225, ETF 1321). A weekday is a session unless it is
 * - a Japanese national holiday (including substitute and "citizen's" holidays and the one-off days such
 *   as the 1989 state funeral, the 1990 and 2019 enthronements and the 1993 royal wedding), from the
 *   maintained `@holiday-jp/holiday_jp` list (pinned in package.json), or
 * - in the exchange's year-end closure, 31 December to 3 January.
 * Conventions (documented in data/README.md):
 * - The holiday list starts in 1970, so days before {@link CALENDAR_FROM} are not judged (null).
 * - Saturday sessions: the exchange also traded on (most) Saturdays until January 1989; the daily
 *   index files omit them, so a Saturday is never a required session, and a Saturday row before
 *   {@link SATURDAY_SESSIONS_UNTIL} is a session, not a weekend artefact.
 * - Unscheduled closures are not in any holiday list: {@link UNSCHEDULED_CLOSURES} names them.
 */

/** Weekdays the exchange was closed for reasons no holiday list knows. */
export const UNSCHEDULED_CLOSURES: Readonly<Record<string, string>> = {
  '2020-10-01': 'the TSE system outage (no trading all day)',
};

/** First day the holiday list covers (ISO date). */
export const CALENDAR_FROM = '1970-01-01';
/** Last Saturday on which the Tokyo exchange held a session (Saturday trading ended in February 1989). */
export const SATURDAY_SESSIONS_UNTIL = '1989-01-28';

const HOLIDAYS = holidayJp.holidays as Readonly<Record<string, { name_en: string }>>;
const LAST_LISTED = Object.keys(HOLIDAYS).sort().pop() ?? '2050-12-31';

/** Why the exchange was closed on a weekday `date`, or null when it was a session; undefined when not judged. */
export function tokyoClosure(date: string): string | null | undefined {
  if (date < CALENDAR_FROM || date.slice(0, 4) > LAST_LISTED.slice(0, 4)) return undefined;
  const unscheduled = UNSCHEDULED_CLOSURES[date];
  if (unscheduled) return unscheduled;
  const h = HOLIDAYS[date];
  if (h) return `${h.name_en} (national holiday)`;
  const md = date.slice(5);
  if (md === '12-31' || md <= '01-03') return "the exchange's year-end closure (31 Dec – 3 Jan)";
  return null;
}

/** Day of the week of an ISO date, 0 = Sunday ... 6 = Saturday. */
function dow(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * Whether `date` was a required Tokyo session: a weekday the calendar judges (on or after 1970) that is
 * neither a holiday nor in the year-end closure.
 */
export function isTokyoSession(date: string): boolean {
  const d = dow(date);
  return d !== 0 && d !== 6 && tokyoClosure(date) === null;
}

/** Required Tokyo sessions strictly between two ISO dates. */
export function tokyoSessionsBetween(a: string, b: string): string[] {
  const out: string[] = [];
  const day = 86_400_000;
  for (let t = Date.parse(`${a}T00:00:00Z`) + day; t < Date.parse(`${b}T00:00:00Z`); t += day) {
    const d = new Date(t).toISOString().slice(0, 10);
    if (isTokyoSession(d)) out.push(d);
  }
  return out;
}
