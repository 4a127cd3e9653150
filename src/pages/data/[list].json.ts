import type { APIRoute } from 'astro';
import { LOCALES } from '../../lib/i18n/locales';
import { changesDataHref, editionDataHref, editionHref, isArchiveBuild, keptEditions, previousOf, reportOf } from '../../lib/site/editions';
import { EDITION_HEADLINES } from '../../lib/site/editions-view';

/**
 * `/data/editions.json` (archive build; a dynamic route, so that the plain build emits nothing here): the published editions, newest first, each with its as-of
 * date, the date the config lists, its note, its pages per language, its facts.json, the changes file
 * against the edition before it, and its headline figures (plain values, as in facts.json).
 */
export function getStaticPaths() {
  return isArchiveBuild() ? [{ params: { list: 'editions' } }] : [];
}

export const GET: APIRoute = () => {
  const editions = keptEditions().map((e) => {
    const prev = previousOf(e);
    const report = reportOf(e);
    return {
      id: e.id,
      asOf: e.asOf,
      listed: e.requested,
      latest: e.latest,
      note: e.note,
      pages: Object.fromEntries(LOCALES.map((l) => [l, editionHref(e, l)])),
      facts: editionDataHref(e, 'facts.json'),
      previous: prev ? prev.id : null,
      changes: prev ? changesDataHref(prev, e) : null,
      headline: Object.fromEntries(EDITION_HEADLINES.map((h) => [h.fact, report.index.get(h.fact)?.value ?? null])),
    };
  });
  return new Response(`${JSON.stringify({ editions }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
