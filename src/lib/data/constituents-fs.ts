import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConstituents, type Constituent } from './constituents';
import { parseConstituentChanges, type ConstituentChange } from './constituent-changes';
import { checkReplay } from './membership';
import { dataDir, shownPath } from './series-fs';

/** The constituents file inside the data directory. */
export const CONSTITUENTS_FILE = 'constituents.csv';

/** Reads and validates `data/constituents.csv` against the known Nikkei industries (Japanese names). */
export function loadConstituents(industries: readonly string[], dir = dataDir(), file = CONSTITUENTS_FILE): Constituent[] {
  const full = path.join(dir, file);
  return parseConstituents(readFileSync(full, 'utf8'), shownPath(full), industries);
}

/** The constituent-change history inside the data directory. */
export const CHANGES_FILE = 'n225-constituent-changes.csv';

/**
 * Reads and validates `data/n225-constituent-changes.csv` and checks that it replays back from the
 * current list (`current`, the codes of data/constituents.csv) without contradiction.
 */
export function loadConstituentChanges(current: readonly string[], dir = dataDir(), file = CHANGES_FILE): ConstituentChange[] {
  const full = path.join(dir, file);
  const changes = parseConstituentChanges(readFileSync(full, 'utf8'), shownPath(full));
  checkReplay({ current, changes }, shownPath(full));
  return changes;
}
