import { z } from 'zod';
import { parseCsv } from './csv';
import { DataError } from './data-error';
import { ruleOf } from './schemas';

/** One constituent of the Nikkei 225: TSE code, Japanese name, Nikkei 36-industry classification (Japanese). */
export interface Constituent {
  /** Tokyo Stock Exchange code: four characters, digits or (for newer listings) letters, e.g. 7203, 285A. */
  code: string;
  name: string;
  industry: string;
  /** 1-based line of the row in its file, for messages that point back to it. */
  line: number;
}

export const CONSTITUENT_COLUMNS = ['code', 'name', 'sector'] as const;

/** Column rules of one row, checked cell by cell so an error names its column. */
export const constituentCells = {
  code: z.string().regex(/^[0-9][0-9A-Z]{3}$/, 'a TSE code: four characters, a digit then digits or capital letters (7203, 285A)'),
  name: z.string().min(1, 'a company name that is not empty'),
  sector: z.string().min(1, 'a Nikkei industry name that is not empty'),
} as const;

/**
 * Validates the constituents CSV (`code,name,sector`; `sector` holds the Nikkei 36-industry name in
 * Japanese) and returns its rows. Every industry must be one of `industries` (the curated 36→6 map),
 * so an industry the map does not know stops the build naming it; codes must be unique.
 * Pure: the caller reads the file. Fails with a {@link DataError} (file:line:column, value, rule).
 */
export function parseConstituents(text: string, file: string, industries: readonly string[]): Constituent[] {
  const { header, rows } = parseCsv(text, file);
  CONSTITUENT_COLUMNS.forEach((name, i) => {
    if (header[i] !== name) {
      throw new DataError({ file, line: 1, column: i + 1, value: header[i] ?? '', rule: `the header must be ${CONSTITUENT_COLUMNS.join(',')}` });
    }
  });
  if (header.length !== CONSTITUENT_COLUMNS.length) {
    throw new DataError({ file, line: 1, column: CONSTITUENT_COLUMNS.length + 1, value: header.join(','), rule: `the header must be ${CONSTITUENT_COLUMNS.join(',')}` });
  }
  if (rows.length === 0) throw new DataError({ file, line: 2, column: 1, value: '', rule: 'the file must hold at least one constituent' });
  const known = new Set(industries);
  const seen = new Map<string, number>();
  return rows.map(({ line, cells }) => {
    const checked = CONSTITUENT_COLUMNS.map((col, i) => {
      const r = constituentCells[col].safeParse(cells[i] ?? '');
      if (!r.success) throw new DataError({ file, line, column: i + 1, value: cells[i] ?? '', rule: ruleOf(r.error) });
      return r.data;
    });
    const [code, name, industry] = checked as [string, string, string];
    const before = seen.get(code);
    if (before !== undefined) throw new DataError({ file, line, column: 1, value: code, rule: `no duplicate codes (also on line ${before})` });
    seen.set(code, line);
    if (!known.has(industry)) {
      throw new DataError({ file, line, column: 3, value: industry, rule: `an industry of the Nikkei 36-industry classification in data/curated/sector-map.json (unknown industry "${industry}")` });
    }
    return { code, name, industry, line };
  });
}
