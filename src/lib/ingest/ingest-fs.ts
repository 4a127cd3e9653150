import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { ESRI_FILES } from './esri-gdp';
import path from 'node:path';
import { loadCuratedJson } from '../data/curated/json-fs';
import { SERIES, SERIES_IDS, type SeriesId } from '../data/series-catalog';
import { dataDir, shownPath } from '../data/series-fs';
import { allowListSchema } from './allow-list';
import { faultFromEnv, hasJournal, JOURNAL, recoverData, writeFilesAtomically, type AtomicHooks } from './atomic-fs';
import { acquireLock, LockBusyError } from './lock-fs';
import { planIngest, type DataState, type IngestOptions, type IngestPlan, type InputFile } from './plan';
import { serialiseSources, sourcesSchema, type Sources } from './sources';
import { detectTable, planTable, TABLES, type TablePlan } from './tables';
import { sectorMapSchema } from '../data/curated/overview';

/** Reads data/sources.json and validates it; errors name the file and the JSON path. */
export function loadSources(dir = dataDir()): Sources {
  const file = path.join(dir, 'sources.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${shownPath(file)}: not readable JSON (${(err as Error).message})`);
  }
  const r = sourcesSchema.safeParse(json);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${shownPath(file)}: at ${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.data;
}

/** Everything an ingest compares against: each canonical file's text, sources.json and the allow-list. */
export function loadDataState(dir = dataDir()): DataState {
  const canonical = new Map<SeriesId, { file: string; text: string }>();
  for (const id of SERIES_IDS) {
    const file = path.join(dir, SERIES[id].file);
    canonical.set(id, { file: shownPath(file), text: readFileSync(file, 'utf8') });
  }
  const tables = new Map<string, string>();
  for (const file of Object.values(ESRI_FILES)) {
    const p = path.join(dir, file);
    tables.set(file, existsSync(p) ? readFileSync(p, 'utf8') : '');
  }
  return { canonical, sources: loadSources(dir), allowList: loadCuratedJson(allowListSchema, 'plausibility-allow.json', dir), tables };
}

/** Bytes read per chunk from a download: memory stays bounded whatever the file's size. */
const CHUNK = 1 << 20;

/** A download on disk, read lazily in chunks; the file is closed when reading stops. */
export function fileInput(p: string): InputFile {
  return {
    name: p,
    chunks: function* () {
      const fd = openSync(p, 'r');
      try {
        const buf = Buffer.alloc(CHUNK);
        for (;;) {
          const n = readSync(fd, buf, 0, CHUNK, null);
          if (n === 0) break;
          yield Uint8Array.prototype.slice.call(buf, 0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** A file-system failure as one line: what failed, where, and why in words. */
export function fsMessage(err: unknown, dir: string): string {
  const e = err as NodeJS.ErrnoException;
  const where = e.path ? shownPath(e.path) : shownPath(dir);
  const why: Record<string, string> = {
    EACCES: 'permission denied: the data directory is not writable by this user',
    EPERM: 'operation not permitted: the data directory is not writable by this user',
    EROFS: 'read-only file system: the data directory cannot be written',
    ENOSPC: 'no space left on the device: free some space and run again',
    EDQUOT: 'disk quota exceeded: free some space and run again',
    EIO: 'input/output error on the device',
  };
  return `${where}: cannot write (${e.code ? `${e.code}, ` : ''}${(e.code && why[e.code]) ?? e.message})`;
}

export interface RunOptions extends IngestOptions {
  dryRun?: boolean;
  /** How long to wait for another ingest's lock, in milliseconds (default 30 s). */
  waitMs?: number;
  /** Told once when the lock is busy and the ingest starts waiting (the owner, in words). */
  onWait?: (owner: string) => void;
}

/**
 * Ingests downloads into the data directory: takes the directory's lock, repairs what an interrupted
 * ingest left, plans (pure), then, only if the plan has no errors and `dryRun` is off, writes every
 * changed file as one atomic change. Never throws for bad input or a failed write: the plan's
 * `errors` and `writeFailure` say what went wrong, in one line each. A dry run takes no lock and
 * repairs nothing (it reports a pending repair).
 */
export function runIngest(paths: readonly string[], opts: RunOptions, dir = dataDir(), hooks: AtomicHooks & { short?: string } = faultFromEnv()): IngestPlan {
  const empty = (): IngestPlan => ({ errors: [], warnings: [], reports: [], writes: new Map(), repairs: [] });
  let lock: ReturnType<typeof acquireLock> | undefined;
  const repairs: string[] = [];
  const warnings: string[] = [];
  try {
    if (opts.dryRun) {
      if (hasJournal(dir)) warnings.push(`${shownPath(path.join(dir, JOURNAL))}: an interrupted ingest; the next ingest without --dry-run finishes it`);
    } else {
      lock = acquireLock(dir, opts.waitMs ?? 30_000, opts.onWait);
      if (lock.staleNote) repairs.push(lock.staleNote);
      repairs.push(...recoverData(dir));
    }
  } catch (err) {
    lock?.release();
    const plan = empty();
    plan.repairs = repairs;
    plan.errors.push(err instanceof LockBusyError ? err.message : (err as NodeJS.ErrnoException).code ? fsMessage(err, dir) : `${shownPath(dir)}: ${(err as Error).message}`);
    return plan;
  }
  try {
    let state: DataState;
    try {
      state = loadDataState(dir);
    } catch (err) {
      const plan = empty();
      plan.errors.push((err as Error).message);
      return plan;
    }
    // Snapshot tables (recognised by their header) are planned apart from the date,value series.
    const tablePaths = paths.filter((p) => tableOf(p) !== null);
    const plan = planIngest(paths.filter((p) => !tablePaths.includes(p)).map(fileInput), state, opts);
    if (tablePaths.length > 0) planTables(tablePaths, state, plan, opts.now, dir);
    plan.repairs.push(...repairs);
    plan.warnings.unshift(...warnings);
    if (plan.errors.length === 0 && !opts.dryRun && plan.writes.size > 0) {
      try {
        writeFilesAtomically(dir, plan.writes, hooks);
      } catch (err) {
        const unchanged = !(err as { unrecovered?: boolean }).unrecovered;
        plan.writeFailure = { message: (err as NodeJS.ErrnoException).code ? fsMessage(err, dir) : (err as Error).message, unchanged };
      }
    }
    return plan;
  } finally {
    lock?.release();
  }
}

/** The snapshot table a download holds (by its header line), or null; unreadable files are left to the series path to report. */
function tableOf(p: string): ReturnType<typeof detectTable> {
  try {
    const fd = openSync(p, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = readSync(fd, buf, 0, buf.length, 0);
      return detectTable(buf.subarray(0, n).toString('utf8'));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** Adds the writes, records and summary lines of snapshot-table downloads to `plan` (errors instead when one fails its checks). */
function planTables(paths: readonly string[], state: DataState, plan: IngestPlan, now: string, dir: string): void {
  const planned: TablePlan[] = [];
  const industries = loadCuratedJson(sectorMapSchema, 'sector-map.json', dir).industries.map((i) => i.ja);
  for (const p of paths) {
    const id = tableOf(p)!;
    try {
      const current = (() => {
        try {
          return readFileSync(path.join(dir, TABLES[id].file), 'utf8');
        } catch {
          return null;
        }
      })();
      planned.push(planTable(id, p, readFileSync(p, 'utf8'), current, state.sources.tables?.[id], industries, now));
    } catch (err) {
      plan.errors.push((err as Error).message);
    }
  }
  plan.tables = planned.map((t) => t.line);
  if (plan.errors.length > 0) return;
  for (const t of planned) if (t.text !== null) plan.writes.set(TABLES[t.id].file, t.text);
  if (planned.every((t) => t.text === null)) return;
  const base: Sources = plan.writes.has('sources.json') ? sourcesSchema.parse(JSON.parse(plan.writes.get('sources.json')!)) : state.sources;
  const tables = { ...base.tables };
  for (const t of planned) tables[t.id] = t.record;
  plan.writes.set('sources.json', serialiseSources({ ...base, tables }));
}
