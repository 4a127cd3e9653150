import type { APIRoute } from 'astro';
import type { Series } from '../../../lib/data/series';
import { publishedSeries } from '../../../lib/config/published';
import { SERIES, type SeriesId } from '../../../lib/data/series-catalog';
import { formatValue, SERIES_SOURCES } from '../../../lib/ingest/series-sources';
import { getReport } from '../../../lib/report/report-fs';

/** Each canonical series as this edition uses it (truncated to the as-of date, artefact rows dropped). */
export function getStaticPaths() {
  return publishedSeries().map((id) => ({ params: { id } }));
}

/** A series as the edition uses it, in canonical form (`date,<column>`, the series' own precision). */
function seriesCsv(s: Series): string {
  const def = SERIES[s.id];
  const p = SERIES_SOURCES[s.id].precision;
  return `${[def.columns.join(','), ...s.dates.map((d, i) => `${d},${formatValue(s.values[i] as number, p)}`)].join('\n')}\n`;
}

export const GET: APIRoute = ({ params }) =>
  new Response(seriesCsv(getReport().series[params.id as SeriesId]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
