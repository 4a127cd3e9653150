import type { ChartBuilder } from './chart-builder';

/** Chart builders of the Outlook chapter, by figure id. */
export const outlookCharts: Record<string, ChartBuilder> = {};
