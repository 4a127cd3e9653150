import { createHash } from 'node:crypto';
import { DataError } from '../data/data-error';
import { parseSeries } from '../data/series';
import { SERIES, type SeriesId } from '../data/series-catalog';
import { allowedBy, type AllowList } from './allow-list';
import { canonicalise } from './canonical';
import { ENCODING_NAMES, openSource, type Format } from './formats';
import { mergeSeries } from './merge';
import { checkPlausibility, type Check } from './plausibility';
import { SERIES_SOURCES, seriesOfFileName, timeZoneOf } from './series-sources';
import { compareTables, ESRI_FILES, readEsriDownload, recordTable } from './esri-plan';
import { recordIngests, serialiseSources, type IngestOutcome, type IngestRecord, type RevisionRecord, type Sources } from './sources';

/**
 * The ingest as a pure function: downloads and the current data in, the files to write and a report
 * out. Nothing is written here; `ingest-fs.ts` writes the plan only when it has no errors, so a
 * refused ingest changes nothing.
 */

export interface InputFile {
  /** The path as the user gave it (messages name it). */
  name: string;
  /** The file's bytes, chunk by chunk (read lazily: a refused file is read only up to its first fault). */
  chunks: () => Iterable<Uint8Array>;
}

/** An input already in memory. */
export const bytesInput = (name: string, bytes: Uint8Array): InputFile => ({ name, chunks: () => [bytes] });

export interface DataState {
  /** Each series' canonical file as it stands: the path shown in messages and its text. */
  canonical: ReadonlyMap<SeriesId, { file: string; text: string }>;
  sources: Sources;
  allowList: AllowList;
  /** The wide ESRI tables as they stand (file name in data/ -> text; '' when not there yet). */
  tables?: ReadonlyMap<string, string>;
}

export interface IngestOptions {
  series?: SeriesId;
  format?: Format;
  /** The value column's header in a wide download (default: Close, the FRED code, MoF's 10年). */
  column?: string;
  acceptRevisions: boolean;
  /** Plausibility checks whose findings are let through for this run. */
  allow: ReadonlySet<Check>;
  /** Write time (ISO timestamp), recorded in sources.json only; also "today" for the no-future-dates rule. */
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
  /** Notes on how inputs were read (an encoding other than UTF-8). */
  notes: string[];
}

export interface IngestPlan {
  /** file:line:column messages; a non-empty list means nothing may be written. */
  errors: string[];
  warnings: string[];
  reports: SeriesReport[];
  /** Canonical file name (inside the data directory) -> new text; only files whose bytes change. */
  writes: Map<string, string>;
  /** What was found and repaired before planning (an interrupted ingest completed, leftovers removed). */
  repairs: string[];
  /** One summary line per table ingested: snapshot tables (tables.ts) and ESRI's wide tables (esri-plan.ts). */
  tables?: string[];
  /** Set when the write itself failed; `unchanged` tells whether data/ was left as it was. */
  writeFailure?: { message: string; unchanged: boolean };
}

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
/** The last row's date, '' for a file that holds its header alone. */
const lastDate = (text: string) => {
  const lines = text.trimEnd().split('\n');
  return lines.length > 1 ? (lines.pop()?.split(',')[0] ?? '') : '';
};

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
  /** The merged series as the loader reads it (from the last merge). */
  series?: { dates: string[]; values: number[] };
}

/** Plans an ingest of `inputs` into the data; see the module comment. */
export function planIngest(inputs: readonly InputFile[], state: DataState, opts: IngestOptions): IngestPlan {
  const plan: IngestPlan = { errors: [], warnings: [], reports: [], writes: new Map(), repairs: [] };
  const work = new Map<SeriesId, Work>();
  let sources = state.sources;
  let tablesChanged = false;
  for (const input of inputs) {
    try {
      const esri = opts.format ? null : readEsriDownload(input.chunks(), input.name);
      if (esri) {
        const file = ESRI_FILES[esri.kind];
        const held = state.tables?.get(file) ?? '';
        const counts = compareTables(held, esri.text);
        const heldFirst = held.split('\n')[1]?.slice(0, 10) ?? '';
        if (heldFirst !== '' && esri.first > heldFirst) {
          throw new DataError({
            file: input.name,
            line: 8,
            column: 1,
            value: esri.first,
            rule: `ESRI's whole table from ${heldFirst}, as data/${file} holds it (ESRI revises every quarter, so the table replaces the file whole; a table cut short would drop history)`,
          });
        }
        if (counts.heldLast > esri.last) {
          throw new DataError({
            file: input.name,
            line: 1,
            column: 1,
            value: esri.last,
            rule: `a release at least as recent as the one held (data/${file} runs to ${counts.heldLast}; this table ends ${esri.last})`,
          });
        }
        (plan.tables ??= []).push(
          `${esri.kind === 'levels' ? 'ESRI real GDP components' : 'ESRI contributions to real GDP growth'} -> data/${file}  (from ${input.name})`,
          `  ${esri.rows} quarters ${esri.first} → ${esri.last}: added ${counts.added}, revised ${counts.revised}, unchanged ${counts.unchanged} (ESRI revises history each release; the table is replaced whole)`,
        );
        if (esri.text !== held) {
          plan.writes.set(file, esri.text);
          sources = recordTable(sources, esri.kind, esri, input.name, counts, opts.now);
          tablesChanged = true;
        }
        continue;
      }
      ingestOne(input, state, opts, work, plan);
    } catch (err) {
      plan.errors.push(messageOf(err, input.name));
    }
  }
  for (const [id, w] of work) {
    try {
      checkSeries(id, w, state, opts, plan);
    } catch (err) {
      plan.errors.push(messageOf(err, w.report.inputs.join(', ')));
    }
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
  if (outcomes.length > 0 || tablesChanged) plan.writes.set('sources.json', serialiseSources(recordIngests(sources, outcomes)));
  return plan;
}

/** One line for any failure: a DataError as it is, anything else prefixed with the input it concerns. */
function messageOf(err: unknown, file: string): string {
  if (err instanceof DataError) return err.message;
  const e = err as NodeJS.ErrnoException;
  const why: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'a folder, not a file', EIO: 'input/output error' };
  return `${file}:1:1: "" breaks the rule: a readable file (${e.code ? `${e.code}: ${why[e.code] ?? e.message}` : e.message})`;
}

/** The calendar date of an instant in a time zone. */
function todayIn(now: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}

/** Passes chunks through while hashing them. */
function* hashing(chunks: Iterable<Uint8Array>, hash: ReturnType<typeof createHash>): Generator<Uint8Array> {
  for (const c of chunks) {
    hash.update(c);
    yield c;
  }
}

function ingestOne(input: InputFile, state: DataState, opts: IngestOptions, work: Map<SeriesId, Work>, plan: IngestPlan): void {
  const hash = createHash('sha256');
  const table = openSource(hashing(input.chunks(), hash), input.name, {
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts.column !== undefined ? { column: opts.column } : {}),
  });
  const id = opts.series ?? table.seriesHint ?? seriesOfFileName(input.name);
  if (!id) {
    throw new DataError({
      file: input.name,
      line: 1,
      column: 1,
      value: table.valueHeader,
      rule: 'a download whose series this command can tell (a FRED code, e-Stat CPI, or a file name such as N225.csv); pass --series <id>',
    });
  }
  if (opts.series && table.seriesHint && table.seriesHint !== opts.series) {
    throw new DataError({ file: input.name, line: 1, column: 2, value: table.valueHeader, rule: `the download is ${table.seriesHint}, not --series ${opts.series}` });
  }
  const def = SERIES[id];
  const current = state.canonical.get(id);
  if (!current) throw new Error(`no canonical file for series ${id}`);
  const src = SERIES_SOURCES[id];
  const timeZone = timeZoneOf(src.plausibility);
  const obs = canonicalise(table, def, {
    precision: src.precision,
    timeZone,
    today: todayIn(opts.now, timeZone),
    closed: (src.closed ?? []).map((c) => c.date),
    monthEndLabels: src.monthEndLabels === true,
  });
  const inputSha = hash.digest('hex');
  let w = work.get(id);
  if (!w) {
    const recorded = state.sources.series[id]?.sha256;
    if (recorded && recorded !== sha(current.text))
      plan.warnings.push(`${current.file}: changed since data/sources.json last recorded it (edited by hand?); its hash is updated by this ingest`);
    w = {
      report: {
        series: id,
        file: current.file,
        inputs: [],
        added: 0,
        unchanged: 0,
        revised: 0,
        missing: 0,
        artefacts: [],
        previousLast: lastDate(current.text),
        last: lastDate(current.text),
        allowed: [],
        notes: [],
      },
      text: current.text,
      at: new Map(),
      touched: new Set(),
      ingests: [],
      revisions: [],
    };
    work.set(id, w);
  }
  const merged = mergeSeries(def, SERIES_SOURCES[id].precision, w.text, current.file, obs.observations, opts.acceptRevisions);
  for (const r of merged.revisions) {
    if (!opts.acceptRevisions) {
      plan.errors.push(
        new DataError({
          file: input.name,
          line: r.line,
          column: r.column,
          value: r.new,
          rule: `the value ${current.file} has for ${r.date} (${r.old}): a revision of history; pass --accept-revisions to record it`,
        }).message,
      );
    }
  }
  const r = w.report;
  r.inputs.push(input.name);
  if (table.encoding && table.encoding !== 'utf-8') r.notes.push(`${input.name} was read as ${ENCODING_NAMES[table.encoding]}`);
  r.added += merged.added.length;
  r.unchanged += merged.unchanged;
  r.revised += merged.revisions.length;
  r.missing += obs.missing;
  r.artefacts.push(...obs.artefacts);
  r.last = merged.last;
  w.text = merged.text;
  w.series = { dates: merged.dates, values: merged.values };
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
      file: input.name.split(/[\\/]/).pop() ?? input.name,
      format: table.format,
      sha256: inputSha,
      rows: obs.observations.length,
      first: first.date,
      last: last.date,
      added: merged.added.length,
      unchanged: merged.unchanged,
      revised: opts.acceptRevisions ? merged.revisions.length : 0,
      allowed: [],
      ingestedAt: opts.now,
    });
  }
}

function checkSeries(id: SeriesId, w: Work, state: DataState, opts: IngestOptions, plan: IngestPlan): void {
  if (w.touched.size === 0) return;
  const s = w.series ?? parseSeries(SERIES[id], w.text, w.report.file);
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
    // A missing session has no row: point at the first new row after it (the one that skips it).
    const keys = [...w.at.keys()].sort();
    const nearest = issue.check === 'missing' ? (keys.find((d) => d > issue.date) ?? keys.pop()) : (keys.filter((d) => d <= issue.date).pop() ?? keys[0]);
    const at = w.at.get(issue.date) ?? (nearest ? w.at.get(nearest) : undefined) ?? { file: w.report.file, line: 1, column: 1 };
    plan.errors.push(
      new DataError({
        ...at,
        value: issue.date,
        rule: `a plausible ${id} row — ${issue.check}: ${issue.detail}. If it is real, add it to data/curated/plausibility-allow.json with a reason, or pass --allow ${issue.check}`,
      }).message,
    );
  }
}
