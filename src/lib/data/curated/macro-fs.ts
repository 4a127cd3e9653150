import { dataDir } from '../series-fs';
import type { MacroCurated } from './macro';

/** Reads and validates the Macro chapter's curated files (data/curated/) from the data directory. */
export function loadMacroCurated(_dir = dataDir()): MacroCurated {
  return {};
}
