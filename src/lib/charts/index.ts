/** Chart builders (data + localised labels -> Vega-Lite spec) and the build-time SVG renderer. */
export type { ChartBase, ChartMarker, ChartText, DatedValue, Locale } from './types';
export { PALETTE, FONT_FAMILY, FONT_SIZE, chartConfig, timeAxisFormat, timeAxisLabelExpr, vegaLocale } from './theme';
export type { TimeAxisFormat } from './theme';
export { renderSvg, prefixSvgIds, roundSvgNumbers } from './render';
export type { RenderOptions } from './render';
export { downsampleLttb, maxPointsForWidth } from './downsample';
export { estimateTextWidth, installCjkTextWidth } from './text-width';
export { trendSpec, logTicks } from './trend-spec';
export type { TrendInput } from './trend-spec';
export { histogramSpec } from './histogram-spec';
export type { HistogramInput } from './histogram-spec';
export { drawdownSpec } from './drawdown-spec';
export type { DrawdownInput } from './drawdown-spec';
export { multiLineSpec } from './line-spec';
export type { MultiLineInput } from './line-spec';
