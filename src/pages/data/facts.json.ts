import type { APIRoute } from 'astro';
import { flattenFacts, plainFacts } from '../../lib/report/fact';
import { getReport } from '../../lib/report/report-fs';

/**
 * The public facts of this edition: every figure the report states, as plain values in their natural
 * unit (fractions for percentages, points for index levels, ISO dates), plus each key's unit.
 */
export const GET: APIRoute = () => {
  const r = getReport();
  const units = Object.fromEntries([...flattenFacts(r.facts)].map(([k, f]) => [k, f.unit]));
  const body = { edition: r.edition, facts: plainFacts(r.facts), units };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
