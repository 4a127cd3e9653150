import { dataDir } from '../series-fs';
import { loadCuratedJson } from './json-fs';
import { seedClaimsSchema, type SeedClaims } from './seed-claims';
import { seedChecksSchema, type SeedChecks } from './seed-checks';

/** The seed report's checked figures (data/curated/seed-003-claims.json). */
export function loadSeedClaims(dir = dataDir()): SeedClaims {
  return loadCuratedJson(seedClaimsSchema, 'seed-003-claims.json', dir);
}

/** The register of every check of the two source documents (data/curated/seed-checks.json). */
export function loadSeedChecks(dir = dataDir()): SeedChecks {
  return loadCuratedJson(seedChecksSchema, 'seed-checks.json', dir);
}
