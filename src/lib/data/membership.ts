import type { ConstituentChange } from './constituent-changes';
import { DataError } from './data-error';

/**
 * Index membership on any date, replayed from the current constituent list backwards through the
 * change history. Pure: no I/O.
 *
 * Convention: a change's `date` is its effective date, the first session with the new composition, so
 * the membership on date d is the current list with every change dated after d undone (an addition
 * removed, a deletion put back). Before the first change in the history the membership is unknown:
 * changes earlier than the history are not in the data, so the replay cannot say who was a member.
 */
export interface MembershipHistory {
  /** Codes of the current list (the last known composition, after every change in the history). */
  current: readonly string[];
  /** The change history in date order. */
  changes: readonly ConstituentChange[];
}

/** First date the history covers (its first effective date), or null for an empty history. */
export function historyStart(h: MembershipHistory): string | null {
  return h.changes[0]?.date ?? null;
}

/**
 * The codes that were members on `date` (ISO), sorted; null before the history starts (unknown).
 * A date after the last change gives the current list.
 */
export function membershipOn(date: string, h: MembershipHistory): string[] | null {
  const start = historyStart(h);
  if (start === null || date < start) return null;
  const members = new Set(h.current);
  for (let i = h.changes.length - 1; i >= 0; i--) {
    const c = h.changes[i] as ConstituentChange;
    if (c.date <= date) break;
    if (c.action === 'add') members.delete(c.code);
    else members.add(c.code);
  }
  return [...members].sort();
}

/**
 * Checks that the history replays from the current list without contradiction: undoing an addition
 * must remove a member, undoing a deletion must restore a non-member. Fails with a {@link DataError}
 * naming the change's line, so a mistyped code or date stops the build.
 */
export function checkReplay(h: MembershipHistory, file: string): void {
  const members = new Set(h.current);
  for (let i = h.changes.length - 1; i >= 0; i--) {
    const c = h.changes[i] as ConstituentChange;
    if (c.action === 'add') {
      if (!members.has(c.code)) throw new DataError({ file, line: c.line, column: 2, value: c.code, rule: `an added stock must be a member after ${c.date}, replaying back from the current list (data/constituents.csv)` });
      members.delete(c.code);
    } else {
      if (members.has(c.code)) throw new DataError({ file, line: c.line, column: 2, value: c.code, rule: `a deleted stock must not be a member after ${c.date}, replaying back from the current list (data/constituents.csv)` });
      members.add(c.code);
    }
  }
}

/** The name each code last had in the history (for stocks that left the index), code → Japanese name. */
export function namesFromHistory(changes: readonly ConstituentChange[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of changes) names.set(c.code, c.name);
  return names;
}
