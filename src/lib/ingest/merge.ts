import type { SeriesDefinition } from '../data/series-catalog';
import { parseSeries } from '../data/series';
import type { Observation } from './canonical';
import { sameAt } from './decimal';
import type { Precision } from './series-sources';

/** A historical value the download states differently from the canonical file. */
export interface Revision {
  date: string;
  /** The canonical file's cell, as written. */
  old: string;
  /** The download's value, written at the series' precision. */
  new: string;
  /** Where the download states it: 1-based line and column. */
  line: number;
  column: number;
}

export interface MergeResult {
  /** The canonical file's new text (the old text, byte for byte, when nothing changed). */
  text: string;
  added: Observation[];
  unchanged: number;
  revisions: Revision[];
  rows: number;
  first: string;
  last: string;
  /** The merged series as the loader reads it (artefact and missing-value rows left out), for the plausibility check. */
  dates: string[];
  values: number[];
}

interface Line {
  date: string;
  cell: string;
}

/** Splits a validated canonical file into its header and date/value lines, as written. */
function canonicalLines(text: string): { header: string; lines: Line[] } {
  const [header = '', ...rest] = text.split('\n');
  const lines = rest
    .filter((l) => l !== '')
    .map((l) => {
      const i = l.indexOf(',');
      return { date: l.slice(0, i), cell: l.slice(i + 1) };
    });
  return { header, lines };
}

/**
 * Merges a download's observations into a canonical file's text. New dates are added in date order;
 * a date both have is unchanged when the values agree at the coarser of the series' precision (see
 * {@link Precision}) and the download's own (stooq's 23506.33 agrees with 23506.3301), else a revision, which replaces the old cell only when `acceptRevisions`.
 * Lines that do not change keep their exact text, so a no-op merge returns the input byte for byte.
 * The existing file is validated first, so a broken canonical file is never merged into; a new series'
 * file may hold its header alone (its first ingest fills it), but that header must be the series' own.
 */
export function mergeSeries(
  def: SeriesDefinition,
  precision: Precision,
  canonicalText: string,
  canonicalFile: string,
  incoming: readonly Observation[],
  acceptRevisions: boolean,
): MergeResult {
  const { header, lines } = canonicalLines(canonicalText);
  // A header-only file is checked through a probe row, so a wrong header still stops the merge.
  parseSeries(def, lines.length === 0 ? `${header}\n1970-01-01,1\n` : canonicalText, canonicalFile);
  const byDate = new Map(lines.map((l, i) => [l.date, i]));
  const result: Pick<MergeResult, 'added' | 'unchanged' | 'revisions'> = { added: [], unchanged: 0, revisions: [] };
  const cells = lines.map((l) => l.cell);
  const extra: Line[] = [];
  for (const o of incoming) {
    const i = byDate.get(o.date);
    const cell = o.cell;
    if (i === undefined) {
      result.added.push(o);
      extra.push({ date: o.date, cell });
      continue;
    }
    const old = cells[i] as string;
    if (sameAt(old, cell, Math.min(precision.decimals, o.decimals))) {
      result.unchanged += 1;
      continue;
    }
    result.revisions.push({ date: o.date, old, new: cell, line: o.line, column: o.column });
    if (acceptRevisions) cells[i] = cell;
  }
  const changed = extra.length > 0 || (acceptRevisions && result.revisions.length > 0);
  const merged = lines.map((l, i) => ({ date: l.date, cell: cells[i] as string }));
  if (extra.length > 0) {
    merged.push(...extra);
    merged.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  const text = changed ? `${[header, ...merged.map((l) => `${l.date},${l.cell}`)].join('\n')}\n` : canonicalText;
  const skip = new Set(def.artefacts.map((a) => a.date));
  const kept = merged.filter((l) => !skip.has(l.date) && !def.missingMarkers.includes(l.cell));
  return {
    ...result,
    text,
    rows: merged.length,
    first: merged[0]?.date ?? '',
    last: merged[merged.length - 1]?.date ?? '',
    dates: kept.map((l) => l.date),
    values: kept.map((l) => Number(l.cell)),
  };
}
