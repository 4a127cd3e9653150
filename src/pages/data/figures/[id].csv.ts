import type { APIRoute } from 'astro';
import { figureCsv } from '../../../lib/report/figure-csv';
import { FIGURES } from '../../../lib/report/figure-list';
import { getReport } from '../../../lib/report/report-fs';

/** The data behind each figure and table, one CSV each. */
export function getStaticPaths() {
  return FIGURES.map((f) => ({ params: { id: f.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(figureCsv(params.id as string, getReport()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
