import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCurated, seedClaimsSchema, type SeedClaims } from './curated';
import { dataDir } from './series-fs';

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${path.relative(process.cwd(), file)}: not valid JSON (${(err as Error).message})`);
  }
}

/** The seed report's checked figures (data/curated/seed-003-claims.json). */
export function loadSeedClaims(dir = dataDir()): SeedClaims {
  const file = path.join(dir, 'curated', 'seed-003-claims.json');
  return parseCurated(seedClaimsSchema, readJson(file), path.relative(process.cwd(), file));
}
