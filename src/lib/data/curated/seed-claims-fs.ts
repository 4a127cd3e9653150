import { dataDir } from '../series-fs';
import { loadCuratedJson } from './json-fs';
import { seedClaimsSchema, type SeedClaims } from './seed-claims';

/** The seed report's checked figures (data/curated/seed-003-claims.json). */
export function loadSeedClaims(dir = dataDir()): SeedClaims {
  return loadCuratedJson(seedClaimsSchema, 'seed-003-claims.json', dir);
}
