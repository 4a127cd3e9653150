/**
 * Every figure (chart) and table of the report, in reading order within each chapter. A figure's number
 * is its chapter's number and its position among the chapter's figures of the same kind
 * (图3-2 / Figure 3.2; 表3-1 / Table 3.1). Pages and cross-references resolve ids here or fail.
 * Each chapter lists its figures in its own `src/chapters/<slug>/figures.ts`; the chapter registry orders them.
 */
import { REPORT_CONFIG } from '../config/active';
import { CHAPTER_FIGURES } from '../../chapters/all-figures';
import { CHAPTER_SLUGS, type ChapterSlug } from '../../chapters/registry';
import { lookupFact } from './fact';
import type { ChartDef, FigureDef, TableDef } from './figure-def';
import type { Drawn } from './figure-drawn';
import type { Report } from './report';

export type FigureKind = FigureDef['kind'];

/** Any figure or table some chapter lists (its literal type: id, kind and the optional fields it sets). */
type Listed = (typeof CHAPTER_FIGURES)[ChapterSlug][number];

/** The id of every chart of every chapter: `fig.<id>.*` are its UI strings. */
export type ChartId = Extract<Listed, { kind: 'chart' }>['id'];
/** The id of every table of every chapter: `tab.<id>.*` are its UI strings. */
export type TableId = Extract<Listed, { kind: 'table' }>['id'];
export type FigureId = ChartId | TableId;

/** A chart with the chapter it belongs to. */
export type ChartEntry = ChartDef & { id: ChartId; chapter: ChapterSlug };
/** A table with the chapter it belongs to. */
export type TableEntry = TableDef & { id: TableId; chapter: ChapterSlug };
/** A figure with the chapter it belongs to (the chapter folder's slug). */
export type FigureEntry = ChartEntry | TableEntry;

/**
 * Every figure of the chapters the report config lists (a sister report has fewer), in the registry's
 * order; each chapter's list comes from its own folder through the registry's generated face (all-figures.ts).
 */
export const FIGURES: readonly FigureEntry[] = CHAPTER_SLUGS.filter((chapter) => REPORT_CONFIG.chapters.includes(chapter)).flatMap((chapter) => {
  const list: readonly Listed[] = CHAPTER_FIGURES[chapter];
  return list.map((d): FigureEntry => ({ ...d, chapter }));
});

{
  const seen = new Set<string>();
  for (const f of FIGURES) {
    if (seen.has(f.id)) throw new Error(`Figure id "${f.id}" is listed twice`);
    seen.add(f.id);
  }
}

/** Every chart of the report, in reading order. */
export const CHARTS: readonly ChartEntry[] = FIGURES.filter((f): f is ChartEntry => f.kind === 'chart');

/** The ids of every chart (each has drawn data and a builder). */
export const CHART_IDS: readonly ChartId[] = CHARTS.map((c) => c.id);

/** Chart `id`; an unknown id, or one that names a table, fails with the list of chart ids. */
export function chartEntry(id: string): ChartEntry {
  const c = CHARTS.find((x) => x.id === id);
  if (!c) throw new Error(`Unknown chart "${id}". Charts: ${CHART_IDS.join(', ')}`);
  return c;
}

/** What chart `id` draws in edition `r`. */
export function drawnData(id: string, r: Report): Drawn {
  return chartEntry(id).drawn(r);
}

/** The entry for `id`; an unknown id fails the build with the list of known ids. */
export function figureEntry(id: string): FigureEntry {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown figure or table "${id}". Known: ${FIGURES.map((x) => x.id).join(', ')}`);
  return f;
}

/** Whether figure `f` has at least one row of data in the edition `report`: a chart's CSV rows, a table's rows. */
function hasRows(f: FigureEntry, report: Report): boolean {
  if (f.kind === 'chart') return f.csv(report).rows.length > 0;
  return f.table(report, (k) => lookupFact(report.index, k)).rows.length > 0;
}

const shownMemo = new WeakMap<Report, Map<string, boolean>>();

/**
 * Whether the edition `report` shows figure `f`. One policy for every figure: it is shown when its
 * declared condition holds ({@link FigureDef.available}, default: always) and it has data — a chart
 * without a single row, or a table without a row, is left out and not numbered, never drawn empty.
 */
export function figureShown(f: FigureEntry, report: Report): boolean {
  let memo = shownMemo.get(report);
  if (!memo) shownMemo.set(report, (memo = new Map()));
  const known = memo.get(f.id);
  if (known !== undefined) return known;
  const shown = (f.available ? f.available(report) : true) && hasRows(f, report);
  memo.set(f.id, shown);
  return shown;
}

/** 1-based position of the figure among its chapter's shown figures of the same kind. */
export function figureOrdinal(id: string, report: Report): number {
  const f = figureEntry(id);
  return FIGURES.filter((x) => x.chapter === f.chapter && x.kind === f.kind && figureShown(x, report)).findIndex((x) => x.id === id) + 1;
}

/** The chapter's figures in reading order; with a report, only those that edition shows. */
export function figuresOf(chapter: string, report?: Report): FigureEntry[] {
  return FIGURES.filter((x) => x.chapter === chapter && (!report || figureShown(x, report)));
}
