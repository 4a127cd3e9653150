/**
 * What a chart draws, as data: its series over time (name, unit, period) or its categories. Each chart's
 * figure definition (src/chapters/<slug>/figures.ts) holds its drawn data (`drawn`, from the chapter's
 * drawn.ts); its chart builder (charts.ts, by the same id) draws from the same datasets; this plain view of them feeds the facts of each
 * chart's long description (figure-drawn-facts.ts) and the data table under it, so what is read and what is
 * seen come from one place.
 */
import type { LocalizedText } from '../i18n/localized';
import type { StringKey } from '../i18n/t';

/** Unit of a drawn value: `pts` a plain level (index points, yen, an index rebased to 100), `pct` a fraction, `ratio` a dimensionless number. */
export type DrawnUnit = 'pts' | 'pct' | 'ratio' | 'count';
/** What a time series' dates name: a day, a month or a quarter. */
export type DrawnPeriod = 'date' | 'month' | 'quarter';

/** One line (or set of bars) over time. `name` is a UI-string key. */
export interface DrawnSeries {
  name: StringKey;
  unit: DrawnUnit;
  period: DrawnPeriod;
  points: readonly { date: string; value: number }[];
}

/** A label in both languages, or a number (a lag in months). */
export type DrawnLabel = LocalizedText | number;

/** What one chart draws. `name` and `axis` are UI-string keys. */
export type Drawn =
  | { kind: 'time'; series: DrawnSeries[] }
  | { kind: 'categories'; name: StringKey; axis: StringKey; unit: DrawnUnit; items: { label: DrawnLabel; value: number }[] }
  | { kind: 'bins'; name: StringKey; unit: 'pct'; bins: readonly { x0: number; x1: number; count: number }[] };

/** A time chart's drawn data: its non-empty series (a `false` entry, a series an edition lacks, is left out). */
export const time = (...series: (DrawnSeries | false)[]): Drawn => ({ kind: 'time', series: series.filter((s): s is DrawnSeries => s !== false && s.points.length > 0) });
/** One drawn series: its UI-string name, unit, points and what its dates name. */
export const s = (name: StringKey, unit: DrawnUnit, points: DrawnSeries['points'], period: DrawnPeriod = 'date'): DrawnSeries => ({ name, unit, period, points });
/** The points of rows whose value `f` gives (rows where it is null left out). */
export const pick = <T extends { date: string }>(rows: readonly T[], f: (r: T) => number | null) =>
  rows.flatMap((r) => {
    const v = f(r);
    return v === null ? [] : [{ date: r.date, value: v }];
  });
