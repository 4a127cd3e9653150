/**
 * `/og/<lang>/<chapter>.png`: each chapter's sharing image in each language, its headline chart (the
 * chapter's first chart this edition shows; the overview's for a chapter without one) rendered at build time.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { chartSpec } from '../../../lib/charts/figure-specs';
import { ogSvg, svgToPng } from '../../../lib/charts/og-image';
import { ogFontFiles } from '../../../lib/charts/og-image-fs';
import { renderSvg } from '../../../lib/charts/render';
import { formatFact } from '../../../lib/report/format-fact';
import { isLocale, localeSpec, type Locale } from '../../../lib/i18n/locales';
import { reportText } from '../../../lib/report/report-text';
import { figuresOf, figureShown } from '../../../lib/report/figure-list';
import { getReport } from '../../../lib/report/report-fs';
import { chaptersOf } from '../../../lib/site/chapters';
import { inReport, LANDING_CHAPTER, splitChapterId } from '../../../lib/site/paths';

export async function getStaticPaths() {
  const entries = await getCollection('chapters');
  return entries.flatMap((e) => {
    const { lang, slug } = splitChapterId(e.id);
    return isLocale(lang) && inReport(slug) ? [{ params: { lang, slug } }] : [];
  });
}

/** The chart a chapter's sharing image shows. */
function headlineChart(slug: string): string {
  const report = getReport();
  const first = (s: string) => figuresOf(s, report).find((f) => f.kind === 'chart' && figureShown(f, report))?.id;
  const id = first(slug) ?? first(LANDING_CHAPTER);
  if (!id) throw new Error(`No chart for the sharing image of chapter "${slug}"`);
  return id;
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const slug = params.slug as string;
  const report = getReport();
  const tx = reportText(locale, report);
  const chapter = (await chaptersOf(locale)).find((c) => c.slug === slug);
  if (!chapter) throw new Error(`No chapter "${slug}" in ${locale}`);
  const id = headlineChart(slug);
  const texts = {
    label: tx.t,
    format: (value: number | string, unit: 'pts' | 'pct' | 'ratio' | 'date') => formatFact({ value, unit }, locale),
    marker: (kind: 'high' | 'low' | 'trough', v: { value: number; unit: 'pts' | 'pct' }, date: string) =>
      tx.t(`chart.${kind}`, { value: formatFact({ value: v.value, unit: v.unit }, locale), date: formatFact({ value: date, unit: 'date' }, locale) }),
  };
  const chart = await renderSvg(chartSpec(id, report, locale, texts), { id: `og-${id}` });
  const subtitle = `${tx.t('site.title')} · ${tx.t('edition.asOf')} ${tx.fact('edition.asOf')}`;
  const png = svgToPng(ogSvg(chart, chapter.title, subtitle), ogFontFiles(), localeSpec(locale).fonts.image);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
