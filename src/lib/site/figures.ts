import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { figureEntry, figureOrdinal, type FigureEntry } from '../report/figure-list';
import { chapterOf } from './chapters';
import { pageHref } from './paths';

export interface FigureLabel {
  entry: FigureEntry;
  /** "图 3-1" / "Figure 3.1", "表 3-2" / "Table 3.2". */
  label: string;
  /** Link to the figure from any page: chapter URL plus anchor. */
  href: string;
}

/** Number, label and link of a figure or table; an unknown id fails the build. */
export async function figureLabel(locale: Locale, id: string): Promise<FigureLabel> {
  const entry = figureEntry(id);
  const chapter = await chapterOf(locale, entry.chapter);
  const word = t(locale, entry.kind === 'chart' ? 'figure.chart' : 'figure.table');
  const label = `${word} ${chapter.order}${t(locale, 'figure.numberSep')}${figureOrdinal(id)}`;
  return { entry, label, href: `${pageHref(locale, entry.chapter)}#${id}` };
}
