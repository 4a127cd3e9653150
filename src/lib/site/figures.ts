import { wordGap, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { figureEntry, figureOrdinal, figureShown, type FigureEntry } from '../report/figure-list';
import { getReport } from '../report/report-fs';
import { chapterOf } from './chapters';
import { pageHref } from './paths';

export interface FigureLabel {
  entry: FigureEntry;
  /** "图3-1" / "Figure 3.1", "表3-2" / "Table 3.2". */
  label: string;
  /** Link to the figure from any page: chapter URL plus anchor. */
  href: string;
}

/** Number, label and link of a figure or table; an unknown id, or one this edition does not show, fails the build. */
export async function figureLabel(locale: Locale, id: string): Promise<FigureLabel> {
  const entry = figureEntry(id);
  const report = getReport();
  if (!figureShown(entry, report)) {
    throw new Error(
      `Figure "${id}" has no data in the edition as of ${report.edition.asOf} (its condition is false or it has no rows): place it and refer to it only inside <When> for the fact that says its data are available.`,
    );
  }
  const chapter = await chapterOf(locale, entry.chapter);
  const word = t(locale, entry.kind === 'chart' ? 'figure.chart' : 'figure.table');
  const label = `${word}${wordGap(locale)}${chapter.order}${t(locale, 'figure.numberSep')}${figureOrdinal(id, report)}`;
  return { entry, label, href: `${pageHref(locale, entry.chapter)}#${id}` };
}
