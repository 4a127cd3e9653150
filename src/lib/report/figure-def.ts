import type { KeyTail, StringKey } from '../i18n/t';
import type { Fact } from './fact';
import type { FactKey } from './fact-keys';
import type { Drawn } from './figure-drawn';
import type { Report } from './report';
import type { TableModel } from './table-model';

/** The data behind a chart as CSV rows: a header, then one row per observation. */
export interface CsvRows {
  header: string[];
  rows: (string | number)[][];
}

/** A source line's name: the UI string `source.<name>` exists (a misspelt name does not compile). */
export type SourceName = KeyTail<'source.'>;

interface FigureBase {
  /** Unique across the report; also the HTML id, the CSV file name and the UI-string stem (`fig.<id>.*` / `tab.<id>.*`). */
  id: string;
  /** Source line: the UI string `source.<source>`. */
  source: SourceName;
  /**
   * The source key in this edition (default `source`), where the source an edition may name depends on
   * its date: a document published after the edition is not named in it.
   */
  sourceKey?: (r: Report) => SourceName;
  /**
   * Whether this edition has the data to show the figure (default: always). A figure is also left out
   * when it has no rows in the edition (see `figureShown`). A figure an edition cannot show is left out
   * and not numbered, so numbers stay consecutive; placing or referring to it outside a `<When>` for the
   * fact that says its data are available fails the build.
   */
  available?: (r: Report) => boolean;
  /** The UI string of the caption in this edition (default `fig.<id>.caption` / `tab.<id>.caption`), for a figure whose content differs in kind between editions. */
  captionKey?: (r: Report) => StringKey;
}

/**
 * A chart: what it draws as data (`drawn`, from the chapter's drawn.ts: the long description and data
 * table read it) and the rows of its CSV download. Its Vega-Lite builder lives a layer up, in the
 * chapter's charts.ts, keyed by this id; that map is typed by the chapter's chart ids
 * (`ChartBuilders<typeof <slug>Figures>`), so a chart without a builder does not compile.
 */
export interface ChartDef extends FigureBase {
  kind: 'chart';
  drawn: (r: Report) => Drawn;
  csv: (r: Report) => CsvRows;
  /**
   * The UI string of the chart's text alternative in this edition (default `fig.<id>.alt`): a chart whose
   * data differ in kind between editions (a series an early edition lacks) names the variant that fits.
   */
  altKey?: (r: Report) => StringKey;
}

/** A table: built as a model of facts and string keys (its CSV is the model itself). */
export interface TableDef extends FigureBase {
  kind: 'table';
  /** Builds the table's model; `f` looks a fact up by a key the compiler checks against the schema. */
  table: (r: Report, f: (key: FactKey) => Fact) => TableModel;
}

/** A chapter's figure, in reading order within the chapter. */
export type FigureDef = ChartDef | TableDef;

/** The source key (`source.<key>`) of figure `def` in edition `r`. */
export function sourceOf(def: FigureDef, r: Report): SourceName {
  return def.sourceKey ? def.sourceKey(r) : def.source;
}
