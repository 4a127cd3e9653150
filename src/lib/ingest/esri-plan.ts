import { createHash } from 'node:crypto';
import { DataError } from '../data/data-error';
import { decodeDownload } from './decode';
import { ESRI_FILES, looksLikeEsriTable, readEsriTable, type EsriTable, type EsriTableKind } from './esri-gdp';
import { csvRecords, type CsvRecord } from './records';
import type { Sources } from './sources';

/**
 * Planning the ingest of an ESRI quarterly GDP table (see esri-gdp.ts). ESRI revises the whole history
 * with every release, so a table replaces the held file whole: the plan counts the quarters added and
 * the cells revised, and refuses a release older than the one held (fewer quarters at the end).
 */

/** Most records an ESRI quarterly table has (about 150 today): anything longer is not one. */
const MAX_RECORDS = 2000;

/** Table id in sources.json of each kind. */
export const TABLE_IDS: Readonly<Record<EsriTableKind, 'gdpComponents' | 'gdpContributions'>> = { levels: 'gdpComponents', contributions: 'gdpContributions' };

/** An ESRI table read from a download, with the download's hash; null when the download is not one. */
export function readEsriDownload(chunks: Iterable<Uint8Array>, file: string): (EsriTable & { sha256: string }) | null {
  const hash = createHash('sha256');
  const hashed = (function* () {
    for (const c of chunks) {
      hash.update(c);
      yield c;
    }
  })();
  const records = csvRecords(decodeDownload(hashed, file).texts, file);
  const first = records.next();
  if (first.done || !looksLikeEsriTable(first.value.record[0] ?? '')) {
    records.return(undefined);
    return null;
  }
  const all: CsvRecord[] = [first.value];
  for (const r of records) {
    all.push(r);
    if (all.length > MAX_RECORDS) throw new DataError({ file, line: r.line, column: 1, value: '', rule: `an ESRI quarterly table (at most ${MAX_RECORDS} rows)` });
  }
  const table = readEsriTable(all, file);
  return { ...table, sha256: hash.digest('hex') };
}

/** What replacing a held table with a downloaded one changes: quarters added and cells revised. */
export function compareTables(held: string, next: string): { added: number; revised: number; unchanged: number; heldLast: string } {
  const rows = (t: string) =>
    new Map(
      t
        .trimEnd()
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => [l.slice(0, 10), l] as const),
    );
  const a = rows(held);
  const b = rows(next);
  let added = 0;
  let revised = 0;
  let unchanged = 0;
  for (const [d, l] of b) {
    const old = a.get(d);
    if (old === undefined) added += 1;
    else if (old === l) unchanged += 1;
    else revised += 1;
  }
  return { added, revised, unchanged, heldLast: [...a.keys()].pop() ?? '' };
}

/** Sources after replacing a table: its hash, span and an ingest record appended. */
export function recordTable(
  sources: Sources,
  kind: EsriTableKind,
  t: EsriTable & { sha256: string },
  input: string,
  counts: ReturnType<typeof compareTables>,
  now: string,
): Sources {
  const id = TABLE_IDS[kind];
  const prev = sources.esriTables?.[id];
  if (!prev) throw new Error(`data/sources.json has no entry for table "${id}": add its source before ingesting into it`);
  const sha = createHash('sha256').update(t.text).digest('hex');
  return {
    ...sources,
    esriTables: {
      ...(sources.esriTables as NonNullable<Sources['esriTables']>),
      [id]: {
        ...prev,
        sha256: sha,
        rows: t.rows,
        first: t.first,
        last: t.last,
        updated: now.slice(0, 10),
        ingests: [
          ...prev.ingests,
          {
            file: input.split(/[\\/]/).pop() ?? input,
            format: 'esri',
            sha256: t.sha256,
            rows: t.rows,
            first: t.first,
            last: t.last,
            added: counts.added,
            unchanged: counts.unchanged,
            revised: counts.revised,
            allowed: [],
            ingestedAt: now,
          },
        ],
      },
    },
  };
}

export { ESRI_FILES };
