import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCuratedJson } from '../data/curated/json-fs';
import { SERIES, SERIES_IDS, type SeriesId } from '../data/series-catalog';
import { dataDir, shownPath } from '../data/series-fs';
import { allowListSchema } from './allow-list';
import { writeFilesAtomically, type AtomicHooks } from './atomic-fs';
import { planIngest, type DataState, type IngestOptions, type IngestPlan, type InputFile } from './plan';
import { sourcesSchema, type Sources } from './sources';

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
  return { canonical, sources: loadSources(dir), allowList: loadCuratedJson(allowListSchema, 'plausibility-allow.json', dir) };
}

/** Reads the downloads; an unreadable one becomes a file:line:column message, not a crash. */
function readInputs(paths: readonly string[], errors: string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const p of paths) {
    try {
      out.push({ name: p, bytes: readFileSync(p) });
    } catch (err) {
      errors.push(`${p}:1:1: "" breaks the rule: a readable file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  return out;
}

/**
 * Ingests downloads into the data directory: plans (pure), then, only if the plan has no errors and
 * `dryRun` is off, writes every changed file in one atomic step. Returns the plan for the summary.
 */
export function runIngest(paths: readonly string[], opts: IngestOptions & { dryRun?: boolean }, dir = dataDir(), hooks?: AtomicHooks): IngestPlan {
  const readErrors: string[] = [];
  const inputs = readInputs(paths, readErrors);
  const plan = planIngest(inputs, loadDataState(dir), opts);
  plan.errors.unshift(...readErrors);
  if (plan.errors.length === 0 && !opts.dryRun && plan.writes.size > 0) writeFilesAtomically(dir, plan.writes, hooks);
  return plan;
}
