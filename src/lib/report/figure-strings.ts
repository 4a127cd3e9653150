/**
 * The UI strings every figure needs, named by construction from its id: a chart's `fig.<id>.title`,
 * `.caption` and `.alt`, a table's `tab.<id>.title` and `.caption` (a figure that chooses its caption or
 * text alternative per edition, `captionKey` / `altKey`, has these as well and names its variants, which
 * the compiler checks as any key).
 * The figure ids are the chapters' literal ids and the keys the default locale's, so a figure whose
 * string is missing does not compile: the error names the missing key.
 */
import type { StringKey } from '../i18n/t';
import type { Report } from './report';
import type { ChartEntry, ChartId, FigureEntry, TableId } from './figure-list';

/** The figure strings that charts `C` and tables `T` need and the UI strings lack: `never` when every one exists. */
export type MissingFigureStrings<C extends string, T extends string> = Exclude<`fig.${C}.${'title' | 'caption' | 'alt'}` | `tab.${T}.${'title' | 'caption'}`, StringKey>;

/** `true` when charts `C` and tables `T` have all their strings, else the missing keys: a variable of this type initialised with `true` fails to compile naming them. */
export type FigureStringsCheck<C extends string, T extends string> = [MissingFigureStrings<C, T>] extends [never] ? true : MissingFigureStrings<C, T>;

/** A compile-time check of every figure of every chapter: when a string is missing, this line fails naming it ("not assignable to type 'fig.<id>.alt'"). */
export const EVERY_FIGURE_STRING_EXISTS: FigureStringsCheck<ChartId, TableId> = true;

/** The UI string of figure `f`'s title. */
export function figureTitleKey(f: FigureEntry): StringKey {
  return f.kind === 'chart' ? `fig.${f.id}.title` : `tab.${f.id}.title`;
}

/** The UI string of figure `f`'s caption in edition `r`. */
export function figureCaptionKey(f: FigureEntry, r: Report): StringKey {
  if (f.captionKey) return f.captionKey(r);
  return f.kind === 'chart' ? `fig.${f.id}.caption` : `tab.${f.id}.caption`;
}

/** The UI string of chart `f`'s text alternative in edition `r`. */
export function chartAltKey(f: ChartEntry, r: Report): StringKey {
  return f.altKey ? f.altKey(r) : `fig.${f.id}.alt`;
}
