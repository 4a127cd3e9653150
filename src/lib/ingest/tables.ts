import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CLOSE_COLUMNS, FACTOR_COLUMNS, parseConstituentCloses, parsePriceFactors, parseTopixWeights, TOPIX_WEIGHT_COLUMNS } from '../data/index-weights';
import { CLOSES_FILE, FACTORS_FILE, TOPIX_WEIGHTS_FILE } from '../data/index-weights-fs';
import { isoDate } from '../data/schemas';

/**
 * Snapshot tables the ingest command reads besides the date,value series: Nikkei's price adjustment
 * factors, the constituents' closes and JPX's TOPIX weights. Each is recognised by its header line, checked
 * in full by the same parser the build uses (errors name the user's file, line, column, value and rule),
 * and replaces its canonical file as a whole (a snapshot of one date or one range of dates): a table is not
 * merged row by row. Pure: the caller reads the download and writes the result.
 */
export const TABLE_IDS = ['n225Factors', 'n225Closes', 'topixWeights'] as const;
export type TableId = (typeof TABLE_IDS)[number];

interface TableKind {
  /** Canonical file inside the data directory. */
  file: string;
  header: readonly string[];
  /** Validates the text (throws a DataError naming `file`); returns its first and last date and row count. */
  check: (text: string, file: string, industries: readonly string[]) => { first: string; last: string; rows: number };
}

export const TABLES: Readonly<Record<TableId, TableKind>> = {
  n225Factors: {
    file: FACTORS_FILE,
    header: FACTOR_COLUMNS,
    check: (text, file, industries) => {
      const r = parsePriceFactors(text, file, industries);
      return { first: r[0]!.date, last: r[0]!.date, rows: r.length };
    },
  },
  n225Closes: {
    file: CLOSES_FILE,
    header: CLOSE_COLUMNS,
    check: (text, file) => {
      const r = parseConstituentCloses(text, file);
      return { first: r.dates[0]!, last: r.dates[r.dates.length - 1]!, rows: r.dates.length * (r.closes.size + 1) };
    },
  },
  topixWeights: {
    file: TOPIX_WEIGHTS_FILE,
    header: TOPIX_WEIGHT_COLUMNS,
    check: (text, file) => {
      const r = parseTopixWeights(text, file);
      return { first: r[0]!.date, last: r[0]!.date, rows: r.length };
    },
  },
};

/** The table whose header is the first line of `text` (BOM and CR tolerated), or null for anything else. */
export function detectTable(text: string): TableId | null {
  const first = text
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0]!
    .replace(/\r$/, '');
  return TABLE_IDS.find((id) => TABLES[id].header.join(',') === first) ?? null;
}

/** The canonical text of a table download: no BOM, LF line ends, one final newline. */
export function canonicalTableText(text: string): string {
  return `${text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trimEnd()}\n`;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** sources.json's record of a table: where it came from, its canonical hash, span and every ingest. */
export const tableRecordSchema = z
  .object({
    file: z.string().min(1),
    source: z.string().min(1),
    /** Terms of use that limit what the report may offer (the factor file may not be redistributed). */
    rights: z.string().optional(),
    sha256,
    rows: z.number().int().positive(),
    first: isoDate,
    last: isoDate,
    updated: isoDate,
    ingests: z.array(
      z.object({ file: z.string().min(1), sha256, rows: z.number().int().nonnegative(), first: isoDate, last: isoDate, ingestedAt: z.string().datetime() }).strict(),
    ),
  })
  .strict();
export type TableRecord = z.infer<typeof tableRecordSchema>;

export const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The planned outcome of one table download: its new canonical text (null when unchanged) and its record. */
export interface TablePlan {
  id: TableId;
  text: string | null;
  record: TableRecord;
  line: string;
}

/**
 * Plans the ingest of one table download: validates it, and returns the canonical text when it differs
 * from `current` and the sources.json record with this ingest appended. `prev` is the table's record
 * (sources.json must hold one: it names the table's source).
 */
export function planTable(id: TableId, name: string, text: string, current: string | null, prev: TableRecord | undefined, industries: readonly string[], now: string): TablePlan {
  const kind = TABLES[id];
  if (!prev) throw new Error(`data/sources.json has no entry for table "${id}": add its source before ingesting into it`);
  const canonical = canonicalTableText(text);
  const span = kind.check(canonical, name, industries);
  const changed = canonical !== current;
  const ingest = { file: name.split(/[\\/]/).pop()!, sha256: sha(text), rows: span.rows, first: span.first, last: span.last, ingestedAt: now };
  // Ingesting the same snapshot again changes nothing, sources.json included.
  const record: TableRecord = !changed
    ? prev
    : {
        ...prev,
        sha256: sha(canonical),
        rows: span.rows,
        first: span.first,
        last: span.last,
        updated: changed ? now.slice(0, 10) : prev.updated,
        ingests: [...prev.ingests, ingest],
      };
  const line = `${id} -> ${kind.file}  (from ${name})\n  ${span.rows} rows, ${span.first}${span.last !== span.first ? ` to ${span.last}` : ''}; ${changed ? 'replaces the previous snapshot' : 'unchanged'}`;
  return { id, text: changed ? canonical : null, record, line };
}
