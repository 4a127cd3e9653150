import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { REPORT_CONFIG } from '../../lib/config/active';
import { LANG_TAG, LOCALES, type Locale } from '../../lib/i18n/locales';
import { reportText } from '../../lib/report/report-text';
import { editionsHref, feedHref, isArchiveBuild, reportOf } from '../../lib/site/editions';
import { editionRows } from '../../lib/site/editions-view';

/**
 * `/<lang>/feed.xml` (archive build): an Atom feed per language with one entry per published edition,
 * newest first — its title and date, a summary of its headline figures from its own facts, and a link
 * to its pages. Dates are the editions' as-of dates (no build clock), so the feed is deterministic.
 * Links are absolute when the build knows its origin (SITE_URL), else relative to the feed.
 */
export function getStaticPaths() {
  return isArchiveBuild() ? LOCALES.map((lang) => ({ params: { lang } })) : [];
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A stable URN for an edition's entry (a name-based UUID, SHA-1, as RFC 9562 version 5 lays out): the same edition keeps its id when it moves from / to /editions/<id>/. */
function entryId(locale: Locale, asOf: string): string {
  const h = createHash('sha1').update(`${REPORT_CONFIG.id}|${locale}|${asOf}`).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

export const GET: APIRoute = ({ params, site }) => {
  const locale = params.lang as Locale;
  const abs = (p: string) => (site ? new URL(p, site).href : p);
  const rows = editionRows(locale);
  const latest = rows[0]!;
  const tx = reportText(locale, reportOf(latest.edition));
  const siteTitle = tx.t('site.title');
  const stamp = (iso: string) => `${iso}T00:00:00Z`;
  const entries = rows.map((r) => {
    const etx = reportText(locale, reportOf(r.edition));
    const f = r.figures;
    const summary =
      f.close && f.ytd && f.drawdown
        ? etx.t(f.per ? 'feed.summaryPer' : 'feed.summary', { close: f.close, ytd: f.ytd, drawdown: f.drawdown, per: f.per ?? '' })
        : etx.t('site.description');
    const text = r.note ? `${summary} ${r.note}` : summary;
    return [
      '  <entry>',
      `    <title>${xml(etx.t('feed.entry', { date: r.date }))}</title>`,
      `    <id>${entryId(locale, r.edition.asOf)}</id>`,
      `    <updated>${stamp(r.edition.asOf)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(abs(r.href))}"/>`,
      `    <summary>${xml(text)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LANG_TAG[locale]}">`,
    `  <title>${xml(tx.t('feed.title', { site: siteTitle }))}</title>`,
    `  <subtitle>${xml(tx.t('site.description'))}</subtitle>`,
    `  <id>${entryId(locale, 'feed')}</id>`,
    `  <updated>${stamp(latest.edition.asOf)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(abs(feedHref(locale)))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(abs(editionsHref(locale)))}"/>`,
    `  <author><name>${xml(tx.t('print.publisher'))}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
