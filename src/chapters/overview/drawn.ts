import { perLocale } from '../../lib/i18n/locales';
import { pickLocalized } from '../../lib/i18n/localized';
import { shownContributions } from './weights';
import { s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const overviewDrawn = {
  'overview-history': (r) => time(s('chart.n225', 'pts', r.datasets.overview.history)),
  'overview-yen': (r) => time(s('chart.n225', 'pts', r.datasets.overview.yen.n225), s('chart.overview.usdjpy', 'pts', r.datasets.overview.yen.usdjpy)),
  'overview-covid': (r) => time(s('chart.n225', 'pts', r.datasets.overview.covid)),
  'overview-sectors': (r) => ({
    kind: 'categories',
    name: 'chart.overview.constituents',
    axis: 'figure.data.sector',
    unit: 'count',
    items: [...r.datasets.overview.constituents.sectors].sort((a, b) => b.count - a.count).map((g) => ({ label: pickLocalized(g), value: g.count })),
  }),
  'overview-industries': (r) => ({
    kind: 'categories',
    name: 'chart.overview.constituents',
    axis: 'figure.data.industry',
    unit: 'count',
    items: [...r.datasets.overview.constituents.industries].sort((a, b) => b.count - a.count).map((g) => ({ label: pickLocalized(g), value: g.count })),
  }),
  'overview-industry-weights': (r) => ({
    kind: 'categories',
    name: 'chart.overview.indexWeight',
    axis: 'figure.data.industry',
    unit: 'pct',
    items: [...r.datasets.overview.weights.industries]
      .filter((g) => g.count > 0)
      .sort((a, b) => b.weight - a.weight)
      .map((g) => ({ label: pickLocalized(g), value: g.weight })),
  }),
  'overview-contributions': (r) => ({
    kind: 'categories',
    name: 'chart.overview.contributionPts',
    axis: 'chart.overview.company',
    unit: 'pts',
    items: shownContributions(r.datasets.overview.weights.contributions).map((c) => ({ label: perLocale(() => `${c.name} ${c.code}`), value: c.points })),
  }),
  // Additions as positive and deletions as negative counts, labelled by year as the bars are, so the key points sit on the bars.
  'overview-changes-years': (r) => ({
    kind: 'categories',
    name: 'chart.overview.changesSigned',
    axis: 'figure.data.year',
    unit: 'count',
    items: r.datasets.overview.changes.years.flatMap((y) => [
      { label: perLocale(() => String(y.year)), value: y.additions },
      { label: perLocale(() => String(y.year)), value: -y.deletions },
    ]),
  }),
} satisfies Record<string, (r: Report) => Drawn>;
