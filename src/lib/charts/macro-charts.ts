import type { ChartBuilder } from './chart-builder';

/** Chart builders of the Macro chapter, by figure id. */
export const macroCharts: Record<string, ChartBuilder> = {};
