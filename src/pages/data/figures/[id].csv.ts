import type { APIRoute } from 'astro';
import { figureCsv } from '../../../lib/report/figure-csv';
import { FIGURES, figureShown } from '../../../lib/report/figure-list';
import { getReport } from '../../../lib/report/report-fs';

/** The data behind each figure and table this edition shows, one CSV each. */
export function getStaticPaths() {
  const report = getReport();
  return FIGURES.filter((f) => figureShown(f, report)).map((f) => ({ params: { id: f.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(figureCsv(params.id as string, getReport()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
