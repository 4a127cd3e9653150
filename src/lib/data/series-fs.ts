import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeries, type Series } from './series';
import { SERIES, SERIES_IDS, type SeriesId } from './series-catalog';

/**
 * The data directory: `REPORT_DATA_DIR` when set (tests build against a copy), else `./data`
 * relative to the working directory, which is the project root for every npm script.
 */
export function dataDir(): string {
  return path.resolve(process.env.REPORT_DATA_DIR ?? path.join(process.cwd(), 'data'));
}

/** A path inside the data directory as shown in messages: relative to the project when possible. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Reads and validates one series from the data directory; errors name the file relative to the project. */
export function loadSeries(id: SeriesId, dir = dataDir()): Series {
  const def = SERIES[id];
  const file = path.join(dir, def.file);
  return parseSeries(def, readFileSync(file, 'utf8'), shownPath(file));
}

/** Every series of the catalogue, validated. */
export function loadAllSeries(dir = dataDir()): Record<SeriesId, Series> {
  return Object.fromEntries(SERIES_IDS.map((id) => [id, loadSeries(id, dir)])) as Record<SeriesId, Series>;
}
