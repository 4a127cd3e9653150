import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConstituentCloses, parsePriceFactors, parseTopixWeights, type ConstituentCloses, type PriceFactor, type TopixWeight } from './index-weights';
import { dataDir, shownPath } from './series-fs';

/** Nikkei's price adjustment factors of one date (read to compute weights; never offered for download). */
export const FACTORS_FILE = 'n225-price-factors.csv';
/** The constituents' daily closes and the index close (code N225) over the dates the factors hold. */
export const CLOSES_FILE = 'n225-constituent-closes.csv';
/** JPX's TOPIX weights of one date. */
export const TOPIX_WEIGHTS_FILE = 'topix-weights.csv';

const read = (dir: string, file: string) => {
  const full = path.join(dir, file);
  return { text: readFileSync(full, 'utf8'), shown: shownPath(full) };
};

/** Reads and validates `data/n225-price-factors.csv` against the known Nikkei industries. */
export function loadPriceFactors(industries: readonly string[], dir = dataDir()): PriceFactor[] {
  const f = read(dir, FACTORS_FILE);
  return parsePriceFactors(f.text, f.shown, industries);
}

/** Reads and validates `data/n225-constituent-closes.csv`. */
export function loadConstituentCloses(dir = dataDir()): ConstituentCloses {
  const f = read(dir, CLOSES_FILE);
  return parseConstituentCloses(f.text, f.shown);
}

/** Reads and validates `data/topix-weights.csv`. */
export function loadTopixWeights(dir = dataDir()): TopixWeight[] {
  const f = read(dir, TOPIX_WEIGHTS_FILE);
  return parseTopixWeights(f.text, f.shown);
}
