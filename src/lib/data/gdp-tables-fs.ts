import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGdpTable, type GdpTables } from './gdp-tables';
import { dataDir, shownPath } from './series-fs';

/** Reads and validates ESRI's two GDP tables from the data directory. */
export function loadGdpTables(dir = dataDir()): GdpTables {
  const read = (name: string, total: 'gdp' | 'gdp_qoq_pct') => {
    const file = path.join(dir, name);
    return parseGdpTable(readFileSync(file, 'utf8'), shownPath(file), total);
  };
  return { levels: read('gdp-components.csv', 'gdp'), contributions: read('gdp-contributions.csv', 'gdp_qoq_pct') };
}
