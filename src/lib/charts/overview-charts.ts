import type { ChartBuilder } from './chart-builder';

/** Chart builders of the Overview chapter, by figure id. */
export const overviewCharts: Record<string, ChartBuilder> = {};
