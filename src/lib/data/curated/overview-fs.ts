import { loadConstituentChanges, loadConstituents } from '../constituents-fs';
import { loadConstituentCloses, loadPriceFactors, loadTopixWeights } from '../index-weights-fs';
import { dataDir } from '../series-fs';
import { loadCuratedJson } from './json-fs';
import {
  eventsSchema, indexProfileSchema, sectorMapSchema, seedOverviewClaimsSchema, seedTopTenSchema, tankanReleasesSchema,
  type OverviewCurated,
} from './overview';

/**
 * Reads and validates the Overview chapter's curated files (data/curated/) the constituents file and the constituent-change history (which must replay back from it),
 * whose industries must all appear in the curated 36→6 sector map.
 */
export function loadOverviewCurated(dir = dataDir()): OverviewCurated {
  const sectorMap = loadCuratedJson(sectorMapSchema, 'sector-map.json', dir);
  const constituents = loadConstituents(sectorMap.industries.map((i) => i.ja), dir);
  return {
    profile: loadCuratedJson(indexProfileSchema, 'index-profile.json', dir),
    events: loadCuratedJson(eventsSchema, 'events.json', dir).events,
    sectorMap,
    seedTopTen: loadCuratedJson(seedTopTenSchema, 'seed-003-top10-weights.json', dir),
    seedClaims: loadCuratedJson(seedOverviewClaimsSchema, 'seed-003-overview-claims.json', dir),
    tankan: loadCuratedJson(tankanReleasesSchema, 'tankan-releases.json', dir),
    constituents,
    changes: loadConstituentChanges(constituents.map((c) => c.code), dir),
    factors: loadPriceFactors(sectorMap.industries.map((i) => i.ja), dir),
    closes: loadConstituentCloses(dir),
    topixWeights: loadTopixWeights(dir),
  };
}
