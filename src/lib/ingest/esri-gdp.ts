import { DataError } from '../data/data-error';
import type { CsvRecord } from './records';

/**
 * ESRI's (Cabinet Office, Economic and Social Research Institute) quarterly GDP tables as downloaded
 * (`gaku-jk*.csv` levels, `kiyo-jk*.csv` contributions to q/q growth): a wide layout with a title row
 * (`実質季節調整系列` / `実質季節調整系列(寄与度)`), a unit cell, five header rows in Japanese and English,
 * then one row per quarter labelled `1994/ 1- 3.` (later quarters of a year only `4- 6.`), numbers
 * quoted with thousands separators and a trailing space, and footnote rows (`＊…`) at the end. Only the
 * real, seasonally adjusted tables are read; anything else (nominal, original series, deflators, a
 * changed column layout, another base year) is refused at the cell that shows it.
 */

export type EsriTableKind = 'levels' | 'contributions';

/** The expenditure components kept, by their English header in ESRI's table and their column in data/. */
export const ESRI_COMPONENTS = [
  { header: 'privateconsumption', column: 'private_consumption', at: 2 },
  { header: 'privateresidentialinvestment', column: 'private_residential_investment', at: 5 },
  { header: 'privatenon-resi.investment', column: 'private_nonresidential_investment', at: 6 },
  { header: 'changeinprivateinventories', column: 'change_in_private_inventories', at: 7 },
  { header: 'governmentconsumption', column: 'government_consumption', at: 8 },
  { header: 'publicinvestment', column: 'public_investment', at: 9 },
  { header: 'changeinpublicinventories', column: 'change_in_public_inventories', at: 10 },
  { header: 'goods&services', column: 'net_exports', at: 11 },
] as const;

/** The header each canonical table file has, in order. */
export const ESRI_COLUMNS: Readonly<Record<EsriTableKind, readonly string[]>> = {
  levels: ['date', 'gdp', ...ESRI_COMPONENTS.map((c) => c.column)],
  contributions: ['date', 'gdp_qoq_pct', ...ESRI_COMPONENTS.map((c) => c.column)],
};

/** File in data/ of each table. */
export const ESRI_FILES: Readonly<Record<EsriTableKind, string>> = { levels: 'gdp-components.csv', contributions: 'gdp-contributions.csv' };

/** The chained-volume base year the data hold; a table on another base would not join them. */
export const ESRI_BASE_YEAR = 2020;

/** Whether the first record of a download is the title of an ESRI quarterly table (any kind, to refuse it clearly). */
export function looksLikeEsriTable(firstCell: string): boolean {
  return /季節調整系列|原系列|Seasonally Adjusted|Original Series/.test(firstCell);
}

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, '').toLowerCase();
const QUARTERS: Readonly<Record<string, string>> = { '1-3.': '01', '4-6.': '04', '7-9.': '07', '10-12.': '10' };

export interface EsriTable {
  kind: EsriTableKind;
  /** Canonical CSV text (header + one row per quarter, dated on the quarter's first day). */
  text: string;
  rows: number;
  first: string;
  last: string;
}

/**
 * Reads an ESRI quarterly table (records as parsed from the decoded file) into its canonical text.
 * Throws a {@link DataError} naming the download's line, column and cell on the first thing that is not
 * the layout described above.
 */
export function readEsriTable(records: readonly CsvRecord[], file: string): EsriTable {
  const at = (r: CsvRecord | undefined, c: number) => (r?.record[c] ?? '').trim();
  const title = records[0];
  const t = at(title, 0);
  const err = (r: CsvRecord | undefined, column: number, rule: string) => new DataError({ file, line: r?.line ?? 1, column: column + 1, value: at(r, column), rule });
  if (!t.startsWith('実質季節調整系列')) {
    throw err(
      title,
      0,
      'an ESRI real, seasonally adjusted table (title 実質季節調整系列 or 実質季節調整系列(寄与度)); nominal tables, original series, deflators and growth-rate tables are not read',
    );
  }
  const kind: EsriTableKind = t.includes('寄与度')
    ? 'contributions'
    : t === '実質季節調整系列'
      ? 'levels'
      : ((): never => {
          throw err(title, 0, 'the levels table (実質季節調整系列) or its contributions (実質季節調整系列(寄与度))');
        })();
  // The unit cell: levels must be chained yen of the base year the data hold.
  const unitRow = records[1];
  const unit = unitRow?.record.map((c) => c.trim()).find((c) => /^\(.*\)$/.test(c)) ?? '';
  const unitCol = unitRow?.record.findIndex((c) => c.trim() === unit) ?? 0;
  if (kind === 'levels') {
    const base = /Chained \((\d{4})\) Yen/.exec(unit)?.[1];
    if (base !== String(ESRI_BASE_YEAR))
      throw err(
        unitRow,
        unitCol,
        `billions of chained ${ESRI_BASE_YEAR} yen, the base of the data held (this table's unit is ${unit || 'not stated'}; a new base year needs the whole history re-read and data/README.md updated)`,
      );
  } else if (unit !== '(%,%pt)') {
    throw err(unitRow, unitCol, 'contributions in % and percentage points, (%,%pt)');
  }
  // The English header rows: each kept column where this reader expects it.
  const en = records[5];
  if (norm(at(en, 1)) !== 'gdp(expenditureapproach)') throw err(en, 1, 'GDP(Expenditure Approach) in the second column (the layout of ESRI quarterly tables)');
  for (const c of ESRI_COMPONENTS) {
    if (norm(at(en, c.at)) !== c.header) throw err(en, c.at, `the column ${c.header} at column ${c.at + 1} (ESRI's layout has changed; this reader needs updating)`);
  }
  const lines: string[] = [ESRI_COLUMNS[kind].join(',')];
  let year: string | undefined;
  let prev = '';
  const cols = [1, ...ESRI_COMPONENTS.map((c) => c.at)];
  for (const r of records.slice(7)) {
    const label = at(r, 0).replace(/\s+/g, '');
    const m = /^(?:(\d{4})\/)?(1-3\.|4-6\.|7-9\.|10-12\.)$/.exec(label);
    if (!m) {
      if (year === undefined) throw err(r, 0, 'a quarter label such as 1994/ 1- 3. on the first data row');
      // Footnotes and blank rows end the table; a quarter label anywhere after them would be refused below.
      if (label === '' || label.startsWith('＊') || label.startsWith('*')) break;
      throw err(r, 0, 'a quarter label (1994/ 1- 3., 4- 6., 7- 9., 10-12.) or a footnote row');
    }
    if (m[1]) year = m[1];
    else if (year === undefined) throw err(r, 0, 'a year on the first quarter label (1994/ 1- 3.)');
    else if (m[2] === '1-3.') throw err(r, 0, 'a year on every January–March label (YYYY/ 1- 3.)');
    const date = `${year}-${QUARTERS[m[2] as string] as string}-01`;
    if (date <= prev) throw err(r, 0, `quarters in increasing order (the row before is ${prev})`);
    prev = date;
    const cells = cols.map((c) => at(r, c).replace(/,/g, ''));
    // ESRI leaves the first quarter's contributions blank (there is no quarter before it).
    if (cells.every((c) => c === '')) continue;
    cells.forEach((c, i) => {
      if (!/^-?\d+(\.\d+)?$/.test(c)) throw err(r, cols[i] as number, 'a number (thousands separators and a trailing space are read)');
    });
    lines.push([date, ...cells].join(','));
  }
  if (lines.length < 2) throw err(records[7], 0, 'at least one quarter with figures');
  return { kind, text: `${lines.join('\n')}\n`, rows: lines.length - 1, first: (lines[1] as string).slice(0, 10), last: (lines[lines.length - 1] as string).slice(0, 10) };
}
