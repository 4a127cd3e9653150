import { perLocale } from '../../lib/i18n/locales';
import { pickLocalized } from '../../lib/i18n/localized';
import { companyLabel, shownContributions } from './weights';
import type { Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const constituentsDrawn = {
  'constituents-sectors': (r) => ({
    kind: 'categories',
    name: 'chart.constituents.constituents',
    axis: 'figure.data.sector',
    unit: 'count',
    items: [...r.datasets.constituents.constituents.sectors].sort((a, b) => b.count - a.count).map((g) => ({ label: pickLocalized(g), value: g.count })),
  }),
  'constituents-industries': (r) => ({
    kind: 'categories',
    name: 'chart.constituents.constituents',
    axis: 'figure.data.industry',
    unit: 'count',
    items: [...r.datasets.constituents.constituents.industries].sort((a, b) => b.count - a.count).map((g) => ({ label: pickLocalized(g), value: g.count })),
  }),
  'constituents-industry-weights': (r) => ({
    kind: 'categories',
    name: 'chart.constituents.indexWeight',
    axis: 'figure.data.industry',
    unit: 'pct',
    items: [...r.datasets.constituents.weights.industries]
      .filter((g) => g.count > 0)
      .sort((a, b) => b.weight - a.weight)
      .map((g) => ({ label: pickLocalized(g), value: g.weight })),
  }),
  'constituents-contributions': (r) => ({
    kind: 'categories',
    name: 'chart.constituents.contributionPts',
    axis: 'chart.constituents.company',
    unit: 'pts',
    items: shownContributions(r.datasets.constituents.weights.contributions).map((c) => ({ label: perLocale((l) => companyLabel(c, l)), value: c.points })),
  }),
  // Additions as positive and deletions as negative counts, labelled by year as the bars are, so the key points sit on the bars.
  'constituents-changes-years': (r) => ({
    kind: 'categories',
    name: 'chart.constituents.changesSigned',
    axis: 'figure.data.year',
    unit: 'count',
    items: r.datasets.constituents.changes.years.flatMap((y) => [
      { label: perLocale(() => String(y.year)), value: y.additions },
      { label: perLocale(() => String(y.year)), value: -y.deletions },
    ]),
  }),
} satisfies Record<string, (r: Report) => Drawn>;
