import { parseCsv } from './csv';
import { DataError } from './data-error';
import { finiteValue, isoDate, ruleOf } from './schemas';
import { publishedOn } from './series';

/**
 * ESRI's quarterly real GDP by expenditure component (data/gdp-components.csv: billions of chained 2020
 * yen, seasonally adjusted annual rate) and the official contributions of each component to real GDP's
 * quarter-on-quarter growth (data/gdp-contributions.csv: `gdp_qoq_pct` in percent, components in
 * percentage points, imports already sign-reversed inside net exports). Chained volumes do not add up
 * (ESRI publishes the residual), so contributions are read, never derived from level differences.
 */

/** The components, in the order of the files' columns. */
export const GDP_COMPONENTS = [
  'private_consumption',
  'private_residential_investment',
  'private_nonresidential_investment',
  'change_in_private_inventories',
  'government_consumption',
  'public_investment',
  'change_in_public_inventories',
  'net_exports',
] as const;
export type GdpComponent = (typeof GDP_COMPONENTS)[number];

/** One quarter (dated on its first day) of a table: the total and each component. */
export interface GdpQuarter {
  date: string;
  total: number;
  parts: Record<GdpComponent, number>;
}

export interface GdpTables {
  /** Levels: `total` is real GDP, parts the components (billions of chained 2020 yen, SAAR). */
  levels: GdpQuarter[];
  /** Contributions: `total` is real GDP's q/q growth (%), parts each component's pull (percentage points). */
  contributions: GdpQuarter[];
}

/** Days after a quarter ends before ESRI's first preliminary estimate is out (as for real GDP, series-catalog.ts). */
export const GDP_TABLE_LAG_DAYS = 50;

/** Validates one table's canonical text: its header, quarter-start dates strictly increasing, finite numbers. */
export function parseGdpTable(text: string, file: string, totalColumn: 'gdp' | 'gdp_qoq_pct'): GdpQuarter[] {
  const { header, rows } = parseCsv(text, file);
  const want = ['date', totalColumn, ...GDP_COMPONENTS];
  want.forEach((name, i) => {
    if (header[i] !== name) throw new DataError({ file, line: 1, column: i + 1, value: header[i] ?? '', rule: `the header must be ${want.join(',')}` });
  });
  if (rows.length === 0) throw new DataError({ file, line: 2, column: 1, value: '', rule: 'the file must hold at least one quarter' });
  let prev = '';
  return rows.map(({ line, cells }) => {
    const d = isoDate.safeParse(cells[0] ?? '');
    if (!d.success) throw new DataError({ file, line, column: 1, value: cells[0] ?? '', rule: ruleOf(d.error) });
    if (!/-(01|04|07|10)-01$/.test(d.data)) throw new DataError({ file, line, column: 1, value: d.data, rule: 'a quarter dated on its first day (YYYY-01-01, -04-01, -07-01, -10-01)' });
    if (d.data <= prev) throw new DataError({ file, line, column: 1, value: d.data, rule: `quarters strictly increasing (the row before has ${prev})` });
    prev = d.data;
    const num = (i: number) => {
      const v = finiteValue.safeParse(cells[i] ?? '');
      if (!v.success) throw new DataError({ file, line, column: i + 1, value: cells[i] ?? '', rule: ruleOf(v.error) });
      return v.data;
    };
    return { date: d.data, total: num(1), parts: Object.fromEntries(GDP_COMPONENTS.map((c, k) => [c, num(k + 2)])) as Record<GdpComponent, number> };
  });
}

/** The tables as an edition dated `asOf` knows them: quarters whose first estimate was out by then. */
export function truncateGdpTables(t: GdpTables, asOf: string): GdpTables {
  const known = (q: GdpQuarter) => publishedOn(q.date, 'quarterly', GDP_TABLE_LAG_DAYS) <= asOf;
  return { levels: t.levels.filter(known), contributions: t.contributions.filter(known) };
}
