/**
 * Every figure (chart) and table of the report, in reading order within each chapter. A figure's number
 * is its chapter's number and its position among the chapter's figures of the same kind
 * (图 3-2 / Figure 3.2; 表 3-1 / Table 3.1). Pages and cross-references resolve ids here or fail.
 */

export type FigureKind = 'chart' | 'table';
/** Source line of a figure: a key of `source.*` UI strings. */
export type SourceKey = 'n225' | 'n225csi300' | 'seed';

export interface FigureEntry {
  id: string;
  kind: FigureKind;
  /** Chapter slug (file name without its NN- prefix). */
  chapter: string;
  source: SourceKey;
}

export const FIGURES: readonly FigureEntry[] = [
  { id: 'stats-trend', kind: 'chart', chapter: 'statistics', source: 'n225' },
  { id: 'stats-describe', kind: 'table', chapter: 'statistics', source: 'n225' },
  { id: 'stats-histogram', kind: 'chart', chapter: 'statistics', source: 'n225' },
  { id: 'stats-periods', kind: 'table', chapter: 'statistics', source: 'n225' },
  { id: 'stats-calendar', kind: 'table', chapter: 'statistics', source: 'n225' },
  { id: 'stats-risk', kind: 'table', chapter: 'statistics', source: 'n225' },
  { id: 'stats-drawdown', kind: 'chart', chapter: 'statistics', source: 'n225' },
  { id: 'stats-rolling-vol', kind: 'chart', chapter: 'statistics', source: 'n225' },
  { id: 'stats-growth', kind: 'chart', chapter: 'statistics', source: 'n225csi300' },
  { id: 'stats-comparison', kind: 'table', chapter: 'statistics', source: 'n225csi300' },
  { id: 'stats-seed-check', kind: 'table', chapter: 'statistics', source: 'seed' },
];

/** The entry for `id`; an unknown id fails the build with the list of known ids. */
export function figureEntry(id: string): FigureEntry {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown figure or table "${id}". Known: ${FIGURES.map((x) => x.id).join(', ')}`);
  return f;
}

/** 1-based position of the figure among its chapter's figures of the same kind. */
export function figureOrdinal(id: string): number {
  const f = figureEntry(id);
  return FIGURES.filter((x) => x.chapter === f.chapter && x.kind === f.kind).findIndex((x) => x.id === id) + 1;
}

export function figuresOf(chapter: string): FigureEntry[] {
  return FIGURES.filter((x) => x.chapter === chapter);
}
