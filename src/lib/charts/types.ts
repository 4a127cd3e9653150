/** Input types shared by the chart builders. Builders take already-localised text and never translate. */

/** A chart's language: picks fonts and the number/time formatting locale. */
export type Locale = import('../i18n/locales').Locale;

export type { DatedValue } from '../data/series';

/** Already-localised strings a chart shows (axis titles, legend entries ...). */
export interface ChartText {
  xTitle?: string;
  yTitle?: string;
  [k: string]: string | undefined;
}

/** Options every builder accepts. `width` and `height` are the whole chart's size in CSS px, axes included. */
export interface ChartBase {
  locale: Locale;
  /** Total width in px including axes and legend; default 720. */
  width?: number;
  /** Total height in px including axes and legend; default 320. */
  height?: number;
}

/**
 * A labelled point drawn on top of a series (a window high, a low, a drawdown trough). `label` is already
 * localised, e.g. "最高 30,670.10（2021年9月14日）". `position` says where the label goes relative to the point;
 * when omitted the builder puts labels of points in the upper half of the value range above, others below.
 */
export interface ChartMarker {
  date: string;
  value: number;
  label: string;
  position?: 'above' | 'below';
}
