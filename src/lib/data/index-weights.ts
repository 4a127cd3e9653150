import { z } from 'zod';
import { parseCsv } from './csv';
import { DataError } from './data-error';
import { isoDate, ruleOf } from './schemas';

/**
 * Parsers of the three snapshot tables behind the Overview chapter's weights and size figures (pure: the
 * caller reads the file; every failure is a {@link DataError} naming file, line, column, value and rule):
 *
 * - Nikkei's price adjustment factors (株価換算係数) of one date: `date,code,name,price_adjustment_factor,industry,sector`;
 * - the constituents' daily closes (JPY) with the index close under code `N225`: `date,code,close`;
 * - JPX's TOPIX weights of one date: `date,name,code,sector33,topix_weight,size_class`, the weight a
 *   percentage written with `%` (free-float market-cap weight in TOPIX).
 */

const code = z.string().regex(/^[0-9][0-9A-Z]{3}$/, 'a TSE code: four characters, a digit then digits or capital letters (7203, 285A)');
const nonEmpty = (what: string) => z.string().min(1, `${what} that is not empty`);
const positive = (what: string) =>
  z
    .string()
    .regex(/^[0-9]+(\.[0-9]+)?$/, `${what}: a plain decimal number such as 1.0 or 2.4`)
    .transform(Number)
    .pipe(z.number().positive(`${what} greater than zero`));
const percent = z
  .string()
  .regex(/^[0-9]+(\.[0-9]+)?%$/, 'a percentage written like 0.0050%')
  .transform((s) => Number(s.slice(0, -1)) / 100);

/** Reads `text` as a CSV with exactly `columns` and checks each cell with `rules`; returns the parsed cells by column and the line. */
function readTable<C extends string>(text: string, file: string, columns: readonly C[], rules: Record<C, z.ZodType<unknown, string>>): { line: number; v: Record<C, unknown> }[] {
  const { header, rows } = parseCsv(text, file);
  if (header.length !== columns.length || columns.some((c, i) => header[i] !== c)) {
    throw new DataError({ file, line: 1, column: 1, value: header.join(','), rule: `the header must be ${columns.join(',')}` });
  }
  if (rows.length === 0) throw new DataError({ file, line: 2, column: 1, value: '', rule: 'the file must hold at least one row' });
  return rows.map(({ line, cells }) => {
    const v = {} as Record<C, unknown>;
    columns.forEach((col, i) => {
      const r = rules[col].safeParse(cells[i] ?? '');
      if (!r.success) throw new DataError({ file, line, column: i + 1, value: cells[i] ?? '', rule: ruleOf(r.error) });
      v[col] = r.data;
    });
    return { line, v };
  });
}

/** One constituent's price adjustment factor on the file's date, with Nikkei's industry and sector (Japanese names). */
export interface PriceFactor {
  date: string;
  code: string;
  name: string;
  /** Price adjustment factor (株価換算係数): the multiple of the share price that enters the index sum; cap-adjusted where Nikkei caps a weight. */
  factor: number;
  industry: string;
  sector: string;
  line: number;
}

export const FACTOR_COLUMNS = ['date', 'code', 'name', 'price_adjustment_factor', 'industry', 'sector'] as const;

/**
 * Validates a factor file: one date on every row, codes unique, factors positive, and every industry one
 * of `industries` (the curated 36-industry map, Japanese names).
 */
export function parsePriceFactors(text: string, file: string, industries: readonly string[]): PriceFactor[] {
  const rows = readTable(text, file, FACTOR_COLUMNS, {
    date: isoDate,
    code,
    name: nonEmpty('a company name'),
    price_adjustment_factor: positive('a price adjustment factor'),
    industry: nonEmpty('a Nikkei industry name'),
    sector: nonEmpty('a Nikkei sector name'),
  });
  const known = new Set(industries);
  const seen = new Map<string, number>();
  const first = rows[0]!.v.date as string;
  return rows.map(({ line, v }) => {
    const c = v.code as string;
    if (v.date !== first) throw new DataError({ file, line, column: 1, value: v.date as string, rule: `one date for the whole file (line 2 has ${first})` });
    const before = seen.get(c);
    if (before !== undefined) throw new DataError({ file, line, column: 2, value: c, rule: `no duplicate codes (also on line ${before})` });
    seen.set(c, line);
    if (!known.has(v.industry as string)) throw new DataError({ file, line, column: 5, value: v.industry as string, rule: 'an industry of the Nikkei 36-industry classification in data/curated/sector-map.json' });
    return { date: first, code: c, name: v.name as string, factor: v.price_adjustment_factor as number, industry: v.industry as string, sector: v.sector as string, line };
  });
}

/** The code under which the closes file holds the index's own close. */
export const INDEX_CODE = 'N225';

/** Daily closes by date: the index close and each constituent's close (JPY), in date order. */
export interface ConstituentCloses {
  dates: string[];
  /** The index close on each date (points), aligned with `dates`. */
  index: number[];
  /** Code → closes aligned with `dates`. */
  closes: Map<string, number[]>;
}

export const CLOSE_COLUMNS = ['date', 'code', 'close'] as const;

/**
 * Validates the closes file (`date,code,close`, rows in any order; one row per code and date;
 * the same codes, `N225` among them, on every date) and returns it aligned by date.
 */
export function parseConstituentCloses(text: string, file: string): ConstituentCloses {
  const rows = readTable(text, file, CLOSE_COLUMNS, {
    date: isoDate,
    code: z.union([z.literal(INDEX_CODE), code], { message: `a TSE code (7203, 285A) or ${INDEX_CODE} for the index` }),
    close: positive('a close'),
  });
  const byDate = new Map<string, Map<string, number>>();
  const lineOf = new Map<string, number>();
  for (const { line, v } of rows) {
    const d = v.date as string;
    const c = v.code as string;
    let day = byDate.get(d);
    if (!day) {
      byDate.set(d, (day = new Map()));
      lineOf.set(d, line);
    }
    if (day.has(c)) throw new DataError({ file, line, column: 2, value: c, rule: `one close per code and date` });
    day.set(c, v.close as number);
  }
  const dates = [...byDate.keys()].sort();
  const codes = [...byDate.get(dates[0]!)!.keys()];
  if (!codes.includes(INDEX_CODE)) throw new DataError({ file, line: 2, column: 2, value: codes[0] ?? '', rule: `the index close (code ${INDEX_CODE}) on every date` });
  for (const d of dates) {
    const day = byDate.get(d)!;
    const missing = codes.find((c) => !day.has(c));
    const extra = [...day.keys()].find((c) => !codes.includes(c));
    if (missing !== undefined || extra !== undefined) {
      throw new DataError({ file, line: lineOf.get(d)!, column: 2, value: missing ?? extra!, rule: `the same codes on every date (${d} ${missing !== undefined ? 'lacks' : 'adds'} ${missing ?? extra} against ${dates[0]})` });
    }
  }
  const closes = new Map(codes.filter((c) => c !== INDEX_CODE).map((c) => [c, dates.map((d) => byDate.get(d)!.get(c)!)]));
  return { dates, index: dates.map((d) => byDate.get(d)!.get(INDEX_CODE)!), closes };
}

/** TOPIX size classes as JPX names them; Small 1 and Small 2 are both "Small". */
export const SIZE_CLASSES = ['TOPIX Core30', 'TOPIX Large70', 'TOPIX Mid400', 'TOPIX Small 1', 'TOPIX Small 2'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** One stock's TOPIX weight on the file's date. */
export interface TopixWeight {
  date: string;
  code: string;
  name: string;
  /** TSE 33-sector name (Japanese). */
  sector33: string;
  /** Weight in TOPIX as a fraction (0.0050 % → 0.000050): proportional to the free-float market cap. */
  weight: number;
  sizeClass: SizeClass;
  line: number;
}

export const TOPIX_WEIGHT_COLUMNS = ['date', 'name', 'code', 'sector33', 'topix_weight', 'size_class'] as const;

/** Validates JPX's TOPIX weight file (one date, unique codes, weights as `0.0050%`, a known size class). */
export function parseTopixWeights(text: string, file: string): TopixWeight[] {
  const rows = readTable(text, file, TOPIX_WEIGHT_COLUMNS, {
    date: isoDate,
    name: nonEmpty('a company name'),
    code,
    sector33: nonEmpty('a TSE 33-sector name'),
    topix_weight: percent,
    size_class: z.enum(SIZE_CLASSES, { message: `one of ${SIZE_CLASSES.join(', ')}` }),
  });
  const first = rows[0]!.v.date as string;
  const seen = new Map<string, number>();
  return rows.map(({ line, v }) => {
    const c = v.code as string;
    if (v.date !== first) throw new DataError({ file, line, column: 1, value: v.date as string, rule: `one date for the whole file (line 2 has ${first})` });
    const before = seen.get(c);
    if (before !== undefined) throw new DataError({ file, line, column: 3, value: c, rule: `no duplicate codes (also on line ${before})` });
    seen.set(c, line);
    return { date: first, code: c, name: v.name as string, sector33: v.sector33 as string, weight: v.topix_weight as number, sizeClass: v.size_class as SizeClass, line };
  });
}
