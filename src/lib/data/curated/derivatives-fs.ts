import { dataDir } from '../series-fs';
import type { DerivativesCurated } from './derivatives';

/** Reads and validates the Derivatives chapter's curated files (data/curated/) from the data directory. */
export function loadDerivativesCurated(_dir = dataDir()): DerivativesCurated {
  return {};
}
