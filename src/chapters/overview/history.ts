import type { Series } from '../../lib/data/series';
import type { MarketEvent } from '../../lib/data/curated/overview';
import { count, date, flag, pct, pts, ratio, word, type FactTree } from '../../lib/report/fact';
import { closeRange, type DatedClose } from './key';

/** An event as an edition shows it: its number on the chart, and the close and daily move from the data. */
export interface ShownEvent extends MarketEvent {
  n: number;
  close: number;
  /** Simple return on the day, as a fraction (close / previous close − 1). */
  move: number;
}

/**
 * The events of `events` dated on or before the edition's last close, numbered 1… in date order, with
 * their close and daily move from `n225`. An event dated on a day the series has no close (a weekend, a
 * holiday, a gap) or on its first day is an error naming the event: its values must come from data.
 */
export function eventsForEdition(n225: Series, events: readonly MarketEvent[]): ShownEvent[] {
  const last = n225.dates[n225.dates.length - 1] ?? '';
  const at = new Map(n225.dates.map((d, i) => [d, i]));
  return events
    .filter((e) => e.date <= last)
    .map((e, k) => {
      const i = at.get(e.date);
      if (i === undefined || i === 0)
        throw new Error(`data/curated/events.json: event "${e.id}" is dated ${e.date}, a day with no Nikkei 225 close (or the first one) in data/n225.csv`);
      const close = n225.values[i] as number;
      return { ...e, n: k + 1, close, move: close / (n225.values[i - 1] as number) - 1 };
    });
}

/** Facts of each shown event (`events.<id>.n|date|close|move`) and of the events not yet reached (`shown` false). */
export function eventFacts(all: readonly MarketEvent[], shown: readonly ShownEvent[]): FactTree {
  const byId = new Map(shown.map((e) => [e.id, e]));
  return Object.fromEntries(
    all.map((e) => {
      const s = byId.get(e.id);
      return [
        e.id,
        {
          shown: flag(s !== undefined),
          n: count(s?.n ?? 0),
          date: date(e.date),
          close: pts(s?.close ?? null),
          move: pct(s?.move ?? null),
          direction: word(s && s.move < 0 ? 'down' : 'up'),
        },
      ];
    }),
  );
}

/**
 * Long-run facts: where the history starts, its growth, the bubble peak (the highest close up to the end
 * of 1989), the lowest close after it, the fall between them, and the first close above the peak.
 */
/** The first as-of date whose edition tells the story of the 1989 bubble and the slump after it (a year after the peak). */
export const BUBBLE_TOLD_FROM = '1991-01-01';

export function historyFacts(n225: Series): FactTree {
  const end = n225.values.length - 1;
  const first = n225.values[0] as number;
  const last = n225.values[end] as number;
  const bubbleEnd = n225.dates.findLastIndex((d) => d <= '1989-12-31');
  const peak: DatedClose | null = bubbleEnd >= 0 ? closeRange(n225, 0, bubbleEnd).high : null;
  const after = peak && bubbleEnd < end ? closeRange(n225, bubbleEnd + 1, end).low : null;
  const regainedAt = peak ? n225.dates.findIndex((d, i) => d > peak.date && (n225.values[i] as number) > peak.value) : -1;
  return {
    start: date(n225.dates[0] as string),
    startClose: pts(first),
    multiple: ratio(last / first),
    bubblePeak: { value: pts(peak?.value ?? null), date: date(peak?.date ?? null) },
    /** Whether the edition reaches past 1990, so the bubble's peak and the slump after it are history it can tell. */
    bubbleTold: flag(peak !== null && (n225.dates[end] as string) >= BUBBLE_TOLD_FROM),
    postBubbleLow: { value: pts(after?.value ?? null), date: date(after?.date ?? null) },
    postBubbleFall: pct(peak && after ? after.value / peak.value - 1 : null),
    regained: flag(regainedAt >= 0),
    regainedDate: date(regainedAt >= 0 ? (n225.dates[regainedAt] as string) : null),
    yearsToRegain: ratio(regainedAt >= 0 && peak ? (n225.times[regainedAt]! - Date.parse(`${peak.date}T00:00:00Z`)) / (365.25 * 86_400_000) : null),
  };
}
