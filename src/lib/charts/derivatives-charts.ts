import type { ChartBuilder } from './chart-builder';

/** Chart builders of the Derivatives chapter, by figure id. */
export const derivativesCharts: Record<string, ChartBuilder> = {};
