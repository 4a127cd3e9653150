import { z } from 'zod';
import { SERIES_IDS, type SeriesId } from '../data/series-catalog';
import { isoDate } from '../data/schemas';
import { FORMATS, type Format } from './formats';
import { TABLE_IDS, tableRecordSchema, type TableId } from './tables';

/**
 * data/sources.json: the provenance of every canonical series. Per series: where it comes from
 * (`source`, and `origins`, the downloads it was first built from), the canonical file's sha256, row
 * count and span, the date it last changed (`updated`, a date: the Data page shows it), every ingest
 * (input file name, format, the input's sha256, counts, and `ingestedAt`, a write-time timestamp that
 * stays in this file and never reaches the site) and every revision accepted.
 */

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 written as 64 lower-case hex digits');
/** A series download's format, or `esri` for ESRI's wide GDP tables (read by esri-gdp.ts). */
const format = z.union([z.enum(FORMATS as [Format, ...Format[]]), z.literal('esri')]);

const origin = z
  .object({
    /** The download's file name as kept in the project's reference copies. */
    file: z.string().min(1),
    format,
    repository: z.string().min(1),
    path: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{7,40}$/),
    note: z.string().optional(),
  })
  .strict();

const ingest = z
  .object({
    file: z.string().min(1),
    format,
    sha256,
    /** Rows read from the input (observations, not counting missing markers). */
    rows: z.number().int().nonnegative(),
    first: isoDate,
    last: isoDate,
    added: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
    revised: z.number().int().nonnegative(),
    /** Flagged rows let through, and by what: the allow-list or a command-line flag. */
    allowed: z.array(z.object({ check: z.string(), date: isoDate, by: z.string() }).strict()),
    ingestedAt: z.string().datetime(),
  })
  .strict();

const revision = z.object({ date: isoDate, old: z.string(), new: z.string(), file: z.string(), ingestedAt: z.string().datetime() }).strict();

const record = z
  .object({
    file: z.string().min(1),
    source: z.string().min(1),
    origins: z.array(origin),
    sha256,
    rows: z.number().int().positive(),
    first: isoDate,
    last: isoDate,
    updated: isoDate,
    ingests: z.array(ingest),
    revisions: z.array(revision),
  })
  .strict();

export const sourcesSchema = z
  .object({
    $comment: z.string().optional(),
    series: z.record(z.enum(SERIES_IDS as [SeriesId, ...SeriesId[]]), record),
    /** Snapshot tables (src/lib/ingest/tables.ts): replaced whole by each ingest. */
    tables: z.partialRecord(z.enum(TABLE_IDS as unknown as [TableId, ...TableId[]]), tableRecordSchema).optional(),
    /** Wide tables (ESRI's GDP components and contributions), replaced whole by each release. */
    esriTables: z.record(z.enum(['gdpComponents', 'gdpContributions']), record).optional(),
  })
  .strict();

export type Sources = z.infer<typeof sourcesSchema>;
export type SourceRecord = z.infer<typeof record>;
export type IngestRecord = z.infer<typeof ingest>;
export type RevisionRecord = z.infer<typeof revision>;

/** What one ingest did to one series, to be recorded. */
export interface IngestOutcome {
  series: SeriesId;
  ingest: IngestRecord;
  revisions: RevisionRecord[];
  canonical: { sha256: string; rows: number; first: string; last: string };
  /** True when the canonical file's bytes changed. */
  changed: boolean;
}

/**
 * Sources after a set of ingests: each series' ingest and accepted revisions are appended, and its
 * canonical hash, rows, span and `updated` date follow the new file. Pure: returns a new object.
 */
export function recordIngests(sources: Sources, outcomes: readonly IngestOutcome[]): Sources {
  const series = { ...sources.series };
  for (const o of outcomes) {
    const prev = series[o.series];
    if (!prev) throw new Error(`data/sources.json has no entry for series "${o.series}": add its source before ingesting into it`);
    series[o.series] = {
      ...prev,
      ...o.canonical,
      updated: o.changed ? o.ingest.ingestedAt.slice(0, 10) : prev.updated,
      ingests: [...prev.ingests, o.ingest],
      revisions: [...prev.revisions, ...o.revisions],
    };
  }
  return { ...sources, series };
}

/** sources.json as written: two-space JSON with a final newline, series in catalogue order. */
export function serialiseSources(sources: Sources): string {
  const ordered = Object.fromEntries(SERIES_IDS.filter((id) => sources.series[id]).map((id) => [id, sources.series[id]]));
  return `${JSON.stringify({ ...sources, series: ordered }, null, 2)}\n`;
}
