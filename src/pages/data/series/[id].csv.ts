import type { APIRoute } from 'astro';
import { publishedSeries } from '../../../lib/config/published';
import type { SeriesId } from '../../../lib/data/series-catalog';
import { getReport } from '../../../lib/report/report-fs';
import { seriesCsv } from '../../../lib/site/data-page';

/** Each canonical series as this edition uses it (truncated to the as-of date, artefact rows dropped). */
export function getStaticPaths() {
  return publishedSeries().map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(seriesCsv(getReport().series[params.id as SeriesId]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
