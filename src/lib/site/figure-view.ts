/**
 * Everything a numbered figure or table shows, computed in one place so `Figure.astro` only renders:
 * its number and label, title, caption, source line, CSV link, and for a chart the inline SVG (with its
 * text alternative and key points) and its reading (long description and data table); for a table its
 * model. A figure the edition does not show yields the unresolved marker that fails the build if placed
 * where a reader would meet it.
 */
import { chartReading, type ChartReading } from '../charts/chart-reading';
import { chartSpec, type ChartTexts } from '../charts/figure-specs';
import { renderSvg } from '../charts/render';
import { formatFact } from '../report/format-fact';
import type { Locale } from '../i18n/locales';
import type { ReportText } from '../report/report-text';
import { sourceOf } from '../report/figure-def';
import { figureEntry, type FigureEntry } from '../report/figure-list';
import { chartAltKey, figureCaptionKey, figureTitleKey } from '../report/figure-strings';
import type { Report } from '../report/report';
import { tableModel } from '../report/tables';
import type { TableModel } from '../report/table-model';
import { figureLabel } from './figures';
import { figureCsvHref } from './paths';
import { unresolved } from './unresolved';

export interface FigureView {
  id: string;
  kind: FigureEntry['kind'];
  /** "图3-1" / "Figure 3.1". */
  label: string;
  title: string;
  caption: string;
  /** The source line's text, after its lead-in ("资料来源：" / "Source: "). */
  source: string;
  csvHref: string;
  /** A chart's inline SVG (empty for a table). */
  svg: string;
  /** A chart's reading aids, or null (a table, or the print route, which leaves them out). */
  reading: ChartReading | null;
  /** A table's model, or null for a chart. */
  model: TableModel | null;
}

/** The texts a chart builder needs, in the page's language. */
function chartTexts(tx: ReportText, locale: Locale): ChartTexts {
  return {
    label: (key) => tx.t(key),
    format: (value, unit) => formatFact({ value, unit }, locale),
    marker: (kind, v, date) => tx.t(`chart.${kind}`, { value: formatFact({ value: v.value, unit: v.unit }, locale), date: formatFact({ value: date, unit: 'date' }, locale) }),
  };
}

/**
 * The view of figure `id` on a page in `locale` of edition `report`; on the print route (`print`) a chart
 * is drawn without its reading aids. Returns an unresolved marker (a string) when the edition does not show it.
 */
export async function figureView(id: string, locale: Locale, report: Report, tx: ReportText, print: boolean): Promise<FigureView | string> {
  figureEntry(id); // an unknown id fails the build wherever it is placed, shown or not
  const resolved = await figureLabel(locale, id).catch((e: Error) => unresolved(e.message));
  if (typeof resolved === 'string') return resolved;
  const { entry, label } = resolved;
  const view: FigureView = {
    id,
    kind: entry.kind,
    label,
    title: tx.t(figureTitleKey(entry)),
    caption: tx.t(figureCaptionKey(entry, report)),
    source: tx.t(`source.${sourceOf(entry, report)}`),
    csvHref: figureCsvHref(id),
    svg: '',
    reading: null,
    model: null,
  };
  if (entry.kind === 'table') return { ...view, model: tableModel(id, report) };
  const reading = chartReading(id, report, tx);
  const svg = await renderSvg(chartSpec(id, report, locale, chartTexts(tx, locale)), {
    id: `fig-${id}`,
    a11y: {
      label: tx.t(chartAltKey(entry, report)),
      roleDescription: tx.t('figure.key.role'),
      ...(reading.description && !print ? { describedBy: `${id}-desc` } : {}),
      pointsLabel: tx.t('figure.key.points'),
      points: reading.keyPoints,
    },
  });
  return { ...view, svg, reading: print || !reading.description ? null : reading };
}
