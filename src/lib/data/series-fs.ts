import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeries, type Series } from './series';
import { SERIES, type SeriesId } from './series-catalog';

/**
 * The data directory: `REPORT_DATA_DIR` when set (tests build against a copy), else `./data`
 * relative to the working directory, which is the project root for every npm script.
 */
export function dataDir(): string {
  return path.resolve(process.env.REPORT_DATA_DIR ?? path.join(process.cwd(), 'data'));
}

/** Reads and validates one series from the data directory; errors name the file relative to the project. */
export function loadSeries(id: SeriesId, dir = dataDir()): Series {
  const def = SERIES[id];
  const file = path.join(dir, def.file);
  const shown = path.relative(process.cwd(), file) || file;
  return parseSeries(def, readFileSync(file, 'utf8'), shown);
}
