/**
 * The build's own phases, timed by calling src/lib directly as the pages do: reading and validating data,
 * computing facts, and rendering every chart (each language, both sizes) to SVG. What a full build takes
 * beyond these is Astro's own work (MDX, pages, bundling) and Pagefind.
 */
import { chartSpec, CHART_IDS, type ChartTexts } from '../../src/lib/charts/figure-specs';
import { renderSvg } from '../../src/lib/charts/render';
import { formatFact } from '../../src/lib/report/format-fact';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { reportText } from '../../src/lib/report/report-text';
import type { StringKey } from '../../src/lib/i18n/t';
import { buildReport, type Report } from '../../src/lib/report/report';
import { loadReportInputs } from '../../src/lib/report/report-fs';

/** Milliseconds per phase, and how many SVGs were rendered and their total size in bytes. */
export interface Phases {
  loadMs: number;
  factsMs: number;
  chartsMs: number;
  charts: number;
  svgBytes: number;
}

/** The chart texts a page gives the builders (as src/components/Figure.astro builds them). */
export function chartTexts(locale: Locale, report: Report): ChartTexts {
  const tx = reportText(locale, report);
  return {
    label: (key) => tx.t(key),
    format: (value, unit) => formatFact({ value, unit }, locale),
    marker: (kind, v, date) =>
      tx.t(`chart.${kind}` as StringKey, { value: formatFact({ value: v.value, unit: v.unit }, locale), date: formatFact({ value: date, unit: 'date' }, locale) }),
  };
}

/** Times the three phases for the data in `dataDir` (the default edition: the last date in the data). */
export async function timePhases(dataDir: string): Promise<Phases> {
  let t = performance.now();
  const inputs = loadReportInputs(dataDir);
  const loadMs = performance.now() - t;
  t = performance.now();
  const report = buildReport(inputs, undefined);
  const factsMs = performance.now() - t;
  t = performance.now();
  let charts = 0;
  let svgBytes = 0;
  for (const locale of LOCALES) {
    const texts = chartTexts(locale, report);
    for (const id of CHART_IDS) {
      const svg = await renderSvg(chartSpec(id, report, locale, texts), { id: `fig-${id}` });
      charts += 1;
      svgBytes += Buffer.byteLength(svg);
    }
  }
  return { loadMs, factsMs, chartsMs: performance.now() - t, charts, svgBytes };
}
