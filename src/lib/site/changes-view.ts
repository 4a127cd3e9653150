/**
 * "What changed since the last edition" written in a language, from the changes object
 * (src/lib/report/edition-changes.ts): every number formatted from its fact, every word from the UI
 * strings. The component and the feed only render this.
 */
import { formatDate, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { keyWith } from '../i18n/t';
import type { EditionChanges, FigureChange } from '../report/edition-changes';
import { HEADLINE_FIGURES } from '../report/edition-changes';
import { formatFact } from '../report/format-fact';
import { figureEntry } from '../report/figure-list';
import { figureTitleKey } from '../report/figure-strings';
import type { PublishedEdition } from '../report/published';
import type { ReportText } from '../report/report-text';
import { changesDataHref, editionHref } from './editions';

export interface FigureRow {
  fact: string;
  label: string;
  from: string;
  to: string;
  change: string;
  /** 'up' / 'down' by the sign of an index move's change; '' for no move and for risk and valuation figures. */
  tone: string;
  raw: FigureChange;
}

export interface ChangesView {
  fromDate: string;
  toDate: string;
  fromHref: string;
  dataHref: string;
  figures: FigureRow[];
  words: { fact: string; text: string }[];
  appeared: { id: string; title: string; href: string }[];
  disappeared: { id: string; title: string; href: string }[];
  constituents: { code: string; text: string }[];
  revisions: string[];
}

/** Key figures whose change is the index's own move, coloured up / down as the key-figure cards colour returns (a risk or valuation figure is not). */
const PRICE_MOVES = new Set(['close', 'ytd', 'y1', 'fromAth']);

/** The change of a key figure, written: percentage points for a percentage, points and per cent for index points, the difference otherwise. */
export function changeText(f: Pick<FigureChange, 'unit' | 'change' | 'relative'>, locale: Locale, tx: ReportText): string {
  if (f.unit === 'pct') return tx.t('changes.pp', { value: formatNumber(f.change * 100, locale, { digits: 2, signed: true }) });
  const abs = formatFact({ value: f.change, unit: f.unit }, locale, { signed: true });
  return f.relative === null ? abs : tx.t('changes.relative', { change: abs, relative: formatFact({ value: f.relative, unit: 'pct' }, locale, { signed: true }) });
}

/** The changes from `prev` to `e` in `locale`; `short` keeps the headline figures only. */
export function changesView(e: PublishedEdition, prev: PublishedEdition, c: EditionChanges, locale: Locale, tx: ReportText, short = false): ChangesView {
  const figures = c.figures
    .filter((f) => !short || HEADLINE_FIGURES.includes(f.id))
    .map((f) => ({
      fact: f.fact,
      label: tx.t(f.label),
      from: formatFact({ value: f.from, unit: f.unit }, locale),
      to: formatFact({ value: f.to, unit: f.unit }, locale),
      change: changeText(f, locale, tx),
      tone: !PRICE_MOVES.has(f.id) ? '' : f.change > 0 ? 'up' : f.change < 0 ? 'down' : '',
      raw: f,
    }));
  const title = (id: string) => tx.t(figureTitleKey(figureEntry(id)));
  return {
    fromDate: formatDate(c.from.asOf, locale),
    toDate: formatDate(c.to.asOf, locale),
    fromHref: editionHref(prev, locale),
    dataHref: changesDataHref(prev, e),
    figures,
    words: c.words.map((w) => ({
      fact: w.fact,
      text: tx.t('changes.words.item', {
        label: tx.t(`changes.word.${w.id}.label`),
        from: tx.t(keyWith('changes.word.', `${w.id}.${w.from}`, `the word change of ${w.fact}`)),
        to: tx.t(keyWith('changes.word.', `${w.id}.${w.to}`, `the word change of ${w.fact}`)),
      }),
    })),
    appeared: c.appeared.map((id) => ({ id, title: title(id), href: `${editionHref(e, locale, figureEntry(id).chapter)}#${id}` })),
    disappeared: c.disappeared.map((id) => ({ id, title: title(id), href: `${editionHref(prev, locale, figureEntry(id).chapter)}#${id}` })),
    constituents: c.constituents.map((x) => ({
      code: x.code,
      text: tx.t('changes.constituents.item', { date: formatDate(x.date, locale), action: tx.t(`changes.constituents.${x.action}`), name: x.name, code: x.code }),
    })),
    revisions: c.revisions.map((r) =>
      tx.t('changes.revisions.item', {
        series: tx.t(keyWith('method.series.', r.series, `a revision of ${r.series} (data/sources.json)`)),
        date: formatDate(r.date, locale),
        old: r.old,
        new: r.new,
      }),
    ),
  };
}
