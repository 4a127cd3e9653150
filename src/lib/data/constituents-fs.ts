import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConstituents, type Constituent } from './constituents';
import { dataDir, shownPath } from './series-fs';

/** The constituents file inside the data directory. */
export const CONSTITUENTS_FILE = 'constituents.csv';

/** Reads and validates `data/constituents.csv` against the known Nikkei industries (Japanese names). */
export function loadConstituents(industries: readonly string[], dir = dataDir(), file = CONSTITUENTS_FILE): Constituent[] {
  const full = path.join(dir, file);
  return parseConstituents(readFileSync(full, 'utf8'), shownPath(full), industries);
}
