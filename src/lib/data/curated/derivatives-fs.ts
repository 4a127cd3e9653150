import { dataDir } from '../series-fs';
import { chinaEtfsSchema, futuresSpecsSchema, seedFundClaimsSchema, type DerivativesCurated } from './derivatives';
import { loadCuratedJson } from './json-fs';

/** Reads and validates the Derivatives chapter's curated files (data/curated/) from the data directory. */
export function loadDerivativesCurated(dir = dataDir()): DerivativesCurated {
  return {
    futures: loadCuratedJson(futuresSpecsSchema, 'futures-specs.json', dir),
    chinaEtfs: loadCuratedJson(chinaEtfsSchema, 'china-nikkei-etfs.json', dir),
    seedFund: loadCuratedJson(seedFundClaimsSchema, 'seed-003-fund-claims.json', dir),
  };
}
