import type { Series } from '../data/series';
import { SERIES, type SeriesId } from '../data/series-catalog';
import { formatDate, formatMonth } from '../i18n/format';
import { LANG_TAG, type Locale } from '../i18n/locales';
import { keyWith, t } from '../i18n/t';
import { isStale } from '../report/report';
import { CSI300_LAUNCH } from '../../chapters/methodology/facts';

/**
 * The Data page's notes on one series, as true on the edition's date: a note about a row, an event or
 * a stretch of values appears only in editions whose data reach it (the 2018 holiday row is not named
 * in a 2011 edition), and notes that state a value (the years with negative yields, the month a series
 * ends) read it from the edition's own rows.
 */

/** Tokyo's Saturday sessions ended with 1989; an edition after that year may say so. */
const SATURDAYS_ENDED_BY = '1990-01-01';

/** The last date TOPIX's dated note names (a session missing from the sources). */
const TOPIX_NOTE_DATED_FROM = '2026-08-20';

/** `items` joined as a list in the locale's words ("a, b and c" / "a、b和c"). */
function list(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(LANG_TAG[locale], { type: 'conjunction', style: 'long' }).format(items);
}

/** The documented artefact rows of series `id` dated on or before `asOf` (ISO dates). */
function artefactsBy(id: SeriesId, asOf: string): string[] {
  return SERIES[id].artefacts.map((a) => a.date).filter((d) => d <= asOf);
}

/** The notes on series `s` (as truncated to the edition dated `asOf`), in the order a reader reads them. */
export function seriesNotes(s: Series, asOf: string, locale: Locale): string[] {
  const id = s.id;
  const base = t(locale, `data.series.${id}.quirks`);
  const notes: string[] = [];
  if (id === 'n225') {
    const outage = '2020-10-01';
    const holidays = artefactsBy('n225', asOf);
    if (holidays.length > 0) notes.push(t(locale, 'data.series.n225.note.holiday', { dates: list(holidays, locale) }));
    notes.push(base);
    notes.push(t(locale, asOf >= SATURDAYS_ENDED_BY ? 'data.series.n225.note.saturdaysEnded' : 'data.series.n225.note.saturdaysThen'));
    if (outage <= asOf) notes.push(t(locale, 'data.series.n225.note.outage', { date: outage }));
    return notes;
  }
  // TOPIX's note names dates (the outage, the missing sessions, the last of them 2026-08-20): an earlier edition reads it without them.
  if (id === 'topix' && asOf < TOPIX_NOTE_DATED_FROM) return [t(locale, 'data.series.topix.quirksUndated')];
  if (id === 'csi300') return [t(locale, asOf >= CSI300_LAUNCH ? 'data.series.csi300.quirks' : 'data.series.csi300.note.notYetLaunched')];
  if (id === 'etf1321') {
    for (const d of artefactsBy('etf1321', asOf)) notes.push(t(locale, 'data.series.etf1321.note.outage', { date: d }));
    return [...notes, base];
  }
  if (id === 'jgb10y') {
    const years = [...new Set(s.dates.filter((_, i) => (s.values[i] as number) < 0).map((d) => d.slice(0, 4)))];
    return years.length > 0 ? [base, t(locale, 'data.series.jgb10y.note.negative', { years: list(years, locale) })] : [base];
  }
  const ended = SERIES[id].endedOn;
  if (ended !== undefined && ended <= asOf)
    return [base, t(locale, keyWith('data.series.', `${id}.note.ended`, `series ${id} ended on ${ended} (series-catalog.ts)`), { date: formatDate(ended, locale) })];
  if (id === 'callRate') {
    const last = s.dates[s.dates.length - 1];
    // The series "ends" only where the edition is past its usual publication: otherwise its last row is simply the latest.
    return last !== undefined && isStale(s, asOf) ? [base, t(locale, 'data.series.callRate.note.ends', { month: formatMonth(last, locale) })] : [base];
  }
  return [base];
}
