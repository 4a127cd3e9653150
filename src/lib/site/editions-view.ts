/**
 * The editions list as a page and a feed show it: each kept edition, newest first, with its as-of date,
 * its headline figures (close, year to date, drawdown, valuation) written from its own facts, its note
 * and where its pages and data are.
 */
import type { Locale } from '../i18n/locales';
import { formatDate } from '../i18n/format';
import { formatFact, type FactFormat } from '../report/format-fact';
import type { PublishedEdition } from '../report/published';
import { stagedPdf } from './pdf-fs';
import { changesDataHref, editionDataHref, editionHref, keptEditions, previousOf, reportOf } from './editions';

/** The headline figures of an edition: column id, fact key, how it is written. */
export const EDITION_HEADLINES: readonly { id: 'close' | 'ytd' | 'drawdown' | 'per'; fact: string; format?: FactFormat }[] = [
  { id: 'close', fact: 'overview.key.lastClose.value' },
  { id: 'ytd', fact: 'overview.key.ytd.value', format: { signed: true } },
  { id: 'drawdown', fact: 'statistics.risk.maxDrawdown', format: { signed: true } },
  { id: 'per', fact: 'valuation.per.latest' },
];

export interface EditionRow {
  edition: PublishedEdition;
  date: string;
  href: string;
  changesHref: string | null;
  changesDataHref: string | null;
  factsHref: string;
  /** The edition's printed report in the language, when `npm run pdf` has staged one for its date (else null: no link to a missing file). */
  pdfHref: string | null;
  note: string | null;
  /** Headline figures written, by column id; null where the edition has no such figure. */
  figures: Record<(typeof EDITION_HEADLINES)[number]['id'], string | null>;
  /** The same figures' values, for the feed and tests. */
  values: Record<string, number | null>;
}

/** Every kept edition in `locale`, newest first. */
export function editionRows(locale: Locale): EditionRow[] {
  return keptEditions().map((e) => {
    const report = reportOf(e);
    const prev = previousOf(e);
    const figures = {} as EditionRow['figures'];
    const values: Record<string, number | null> = {};
    for (const h of EDITION_HEADLINES) {
      const f = report.index.get(h.fact);
      const ok = f !== undefined && typeof f.value === 'number' && Number.isFinite(f.value);
      figures[h.id] = ok ? formatFact(f, locale, h.format) : null;
      values[h.fact] = ok ? (f.value as number) : null;
    }
    return {
      edition: e,
      date: formatDate(e.asOf, locale),
      href: editionHref(e, locale),
      changesHref: prev ? editionHref(e, locale, 'changes') : null,
      changesDataHref: prev ? changesDataHref(prev, e) : null,
      factsHref: editionDataHref(e, 'facts.json'),
      pdfHref: stagedPdf(locale, e.asOf)?.href ?? null,
      note: e.note[locale] ?? null,
      figures,
      values,
    };
  });
}
