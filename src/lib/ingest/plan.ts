import { createHash } from 'node:crypto';
import { DataError } from '../data/data-error';
import { parseSeries } from '../data/series';
import { SERIES, type SeriesId } from '../data/series-catalog';
import { allowedBy, type AllowList } from './allow-list';
import { canonicalise } from './canonical';
import { decodeText, readSource, type Format } from './formats';
import { mergeSeries } from './merge';
import { checkPlausibility, type Check } from './plausibility';
import { SERIES_SOURCES, seriesOfFileName } from './series-sources';
import { recordIngests, serialiseSources, type IngestOutcome, type IngestRecord, type RevisionRecord, type Sources } from './sources';

/**
 * The ingest as a pure function: downloads and the current data in, the files to write and a report
 * out. Nothing is written here; `ingest-fs.ts` writes the plan only when it has no errors, so a
 * refused ingest changes nothing.
 */

export interface InputFile {
  /** The path as the user gave it (messages name it). */
  name: string;
  bytes: Uint8Array;
}

export interface DataState {
  /** Each series' canonical file as it stands: the path shown in messages and its text. */
  canonical: ReadonlyMap<SeriesId, { file: string; text: string }>;
  sources: Sources;
  allowList: AllowList;
}

export interface IngestOptions {
  series?: SeriesId;
  format?: Format;
  acceptRevisions: boolean;
  /** Plausibility checks whose findings are let through for this run. */
  allow: ReadonlySet<Check>;
  /** Write time (ISO timestamp), recorded in sources.json only. */
  now: string;
}

export interface SeriesReport {
  series: SeriesId;
  file: string;
  inputs: string[];
  added: number;
  unchanged: number;
  revised: number;
  missing: number;
  artefacts: string[];
  previousLast: string;
  last: string;
  /** Flagged rows let through: `check date (by ...)`. */
  allowed: string[];
}

export interface IngestPlan {
  /** file:line:column messages; a non-empty list means nothing may be written. */
  errors: string[];
  warnings: string[];
  reports: SeriesReport[];
  /** Canonical file name (inside the data directory) -> new text; only files whose bytes change. */
  writes: Map<string, string>;
}

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const lastDate = (text: string) => text.trimEnd().split('\n').pop()?.split(',')[0] ?? '';

interface Where {
  file: string;
  line: number;
  column: number;
}

interface Work {
  report: SeriesReport;
  text: string;
  /** Where each new or revised date came from. */
  at: Map<string, Where>;
  touched: Set<string>;
  ingests: IngestRecord[];
  revisions: RevisionRecord[];
}

/** Plans an ingest of `inputs` into the data; see the module comment. */
export function planIngest(inputs: readonly InputFile[], state: DataState, opts: IngestOptions): IngestPlan {
  const plan: IngestPlan = { errors: [], warnings: [], reports: [], writes: new Map() };
  const work = new Map<SeriesId, Work>();
  for (const input of inputs) {
    try {
      ingestOne(input, state, opts, work, plan);
    } catch (err) {
      if (err instanceof DataError) plan.errors.push(err.message);
      else plan.errors.push(`${input.name}: ${(err as Error).message}`);
    }
  }
  for (const [id, w] of work) {
    checkSeries(id, w, state, opts, plan);
    plan.reports.push(w.report);
  }
  if (plan.errors.length > 0) return plan;
  const outcomes: IngestOutcome[] = [];
  for (const [id, w] of work) {
    const before = state.canonical.get(id)?.text;
    if (w.text === before) continue;
    plan.writes.set(SERIES[id].file, w.text);
    const parsedRows = w.text.trimEnd().split('\n').slice(1);
    const canonical = { sha256: sha(w.text), rows: parsedRows.length, first: parsedRows[0]?.split(',')[0] ?? '', last: lastDate(w.text) };
    w.ingests.forEach((ing, i) => outcomes.push({ series: id, ingest: ing, revisions: i === w.ingests.length - 1 ? w.revisions : [], canonical, changed: true }));
  }
  if (outcomes.length > 0) plan.writes.set('sources.json', serialiseSources(recordIngests(state.sources, outcomes)));
  return plan;
}

function ingestOne(input: InputFile, state: DataState, opts: IngestOptions, work: Map<SeriesId, Work>, plan: IngestPlan): void {
  const text = decodeText(input.bytes, input.name);
  const table = readSource(text, input.name, opts.format);
  const id = opts.series ?? table.seriesHint ?? seriesOfFileName(input.name);
  if (!id) {
    throw new DataError({ file: input.name, line: 1, column: 1, value: table.valueHeader, rule: 'a download whose series this command can tell (a FRED code, e-Stat CPI, or a file name such as N225.csv); pass --series <id>' });
  }
  if (opts.series && table.seriesHint && table.seriesHint !== opts.series) {
    throw new DataError({ file: input.name, line: 1, column: 2, value: table.valueHeader, rule: `the download is ${table.seriesHint}, not --series ${opts.series}` });
  }
  const def = SERIES[id];
  const current = state.canonical.get(id);
  if (!current) throw new Error(`no canonical file for series ${id}`);
  const obs = canonicalise(table, def, (SERIES_SOURCES[id].closed ?? []).map((c) => c.date));
  let w = work.get(id);
  if (!w) {
    const recorded = state.sources.series[id]?.sha256;
    if (recorded && recorded !== sha(current.text)) plan.warnings.push(`${current.file}: changed since data/sources.json last recorded it (edited by hand?); its hash is updated by this ingest`);
    w = {
      report: { series: id, file: current.file, inputs: [], added: 0, unchanged: 0, revised: 0, missing: 0, artefacts: [], previousLast: lastDate(current.text), last: lastDate(current.text), allowed: [] },
      text: current.text, at: new Map(), touched: new Set(), ingests: [], revisions: [],
    };
    work.set(id, w);
  }
  const merged = mergeSeries(def, SERIES_SOURCES[id].precision, w.text, current.file, obs.observations, opts.acceptRevisions);
  for (const r of merged.revisions) {
    if (!opts.acceptRevisions) {
      plan.errors.push(new DataError({ file: input.name, line: r.line, column: r.column, value: r.new, rule: `the value ${current.file} has for ${r.date} (${r.old}): a revision of history; pass --accept-revisions to record it` }).message);
    }
  }
  const r = w.report;
  r.inputs.push(input.name);
  r.added += merged.added.length;
  r.unchanged += merged.unchanged;
  r.revised += merged.revisions.length;
  r.missing += obs.missing;
  r.artefacts.push(...obs.artefacts);
  r.last = merged.last;
  w.text = merged.text;
  for (const o of merged.added) {
    w.at.set(o.date, { file: input.name, line: o.line, column: 1 });
    w.touched.add(o.date);
  }
  if (opts.acceptRevisions) {
    for (const rv of merged.revisions) {
      w.touched.add(rv.date);
      w.at.set(rv.date, { file: input.name, line: rv.line, column: rv.column });
      w.revisions.push({ date: rv.date, old: rv.old, new: rv.new, file: `${input.name}:${rv.line}`, ingestedAt: opts.now });
    }
  }
  const first = obs.observations[0];
  const last = obs.observations[obs.observations.length - 1];
  if (first && last) {
    w.ingests.push({
      file: input.name.split(/[\\/]/).pop() ?? input.name, format: table.format, sha256: sha(input.bytes), rows: obs.observations.length,
      first: first.date, last: last.date, added: merged.added.length, unchanged: merged.unchanged, revised: opts.acceptRevisions ? merged.revisions.length : 0, allowed: [], ingestedAt: opts.now,
    });
  }
}

function checkSeries(id: SeriesId, w: Work, state: DataState, opts: IngestOptions, plan: IngestPlan): void {
  if (w.touched.size === 0) return;
  const s = parseSeries(SERIES[id], w.text, w.report.file);
  const issues = checkPlausibility({ series: id, frequency: SERIES[id].frequency, rules: SERIES_SOURCES[id].plausibility, dates: s.dates, values: s.values, touched: w.touched });
  for (const issue of issues) {
    const entry = allowedBy(state.allowList, issue);
    const by = entry ? 'allow-list' : opts.allow.has(issue.check) ? `--allow ${issue.check}` : null;
    if (by) {
      w.report.allowed.push(`${issue.check} ${issue.date} (${by})`);
      const ing = w.ingests[w.ingests.length - 1];
      if (ing) ing.allowed.push({ check: issue.check, date: issue.date, by });
      continue;
    }
    const nearest = [...w.at.keys()].filter((d) => d <= issue.date).sort().pop() ?? [...w.at.keys()][0];
    const at = w.at.get(issue.date) ?? (nearest ? w.at.get(nearest) : undefined) ?? { file: w.report.file, line: 1, column: 1 };
    plan.errors.push(new DataError({ ...at, value: issue.date, rule: `a plausible ${id} row — ${issue.check}: ${issue.detail}. If it is real, add it to data/curated/plausibility-allow.json with a reason, or pass --allow ${issue.check}` }).message);
  }
}
