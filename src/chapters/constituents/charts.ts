import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { constituentsFigures } from './figures';
import { divergingBarSpec } from '../../lib/charts/diverging-bar-spec';
import { hbarSpec } from '../../lib/charts/hbar-spec';
import { PALETTE } from '../../lib/charts/theme';
import { companyLabel, shownContributions } from './weights';

/** Chart builders of the Constituents and weights chapter, by figure id. */
export const constituentsCharts = {
  'constituents-industries': (r, base, tx) => {
    const loc = base.locale;
    const { industries, sectors } = r.datasets.constituents.constituents;
    const sectorName = new Map(sectors.map((s) => [s.id, s[loc]]));
    const bars = [...industries].sort((a, b) => b.count - a.count).map((i) => ({ label: i[loc], value: i.count, group: sectorName.get(i.sector) as string }));
    return hbarSpec({ ...base, bars, groups: sectors.map((s) => s[loc]), text: { xTitle: tx.label('chart.constituents.constituents') } });
  },
  'constituents-sectors': (r, base, tx) => {
    const loc = base.locale;
    const { sectors } = r.datasets.constituents.constituents;
    const bars = [...sectors].sort((a, b) => b.count - a.count).map((s) => ({ label: s[loc], value: s.count, group: s[loc] }));
    return hbarSpec({ ...base, bars, groups: sectors.map((s) => s[loc]), legend: false, text: { xTitle: tx.label('chart.constituents.constituents') } });
  },
  'constituents-industry-weights': (r, base, tx) => {
    const loc = base.locale;
    const { industries, sectors } = r.datasets.constituents.weights;
    const sectorName = new Map(sectors.map((s) => [s.id, s[loc]]));
    const bars = [...industries]
      .filter((i) => i.count > 0)
      .sort((a, b) => b.weight - a.weight)
      .map((i) => ({ label: i[loc], value: i.weight, group: sectorName.get(i.sector) as string }));
    return hbarSpec({ ...base, bars, groups: sectors.map((s) => s[loc]), valueFormat: '.2%', text: { xTitle: tx.label('chart.constituents.indexWeight') } });
  },
  'constituents-contributions': (r, base, tx) => {
    const rise = tx.label('chart.constituents.rise');
    const fall = tx.label('chart.constituents.fall');
    const bars = shownContributions(r.datasets.constituents.weights.contributions).map((c) => ({
      label: companyLabel(c, base.locale),
      value: c.points,
      group: c.points < 0 ? fall : rise,
    }));
    return hbarSpec({
      ...base,
      bars,
      groups: [rise, fall],
      colours: [PALETTE.primary, PALETTE.loss],
      valueFormat: ',.0f',
      text: { xTitle: tx.label('chart.constituents.contributionPts') },
    });
  },
  'constituents-changes-years': (r, base, tx) =>
    divergingBarSpec({
      ...base,
      rows: r.datasets.constituents.changes.years.map((y) => ({ key: String(y.year), up: y.additions, down: y.deletions })),
      text: { up: tx.label('chart.constituents.additions'), down: tx.label('chart.constituents.deletions'), yTitle: tx.label('chart.constituents.changesCount') },
    }),
} satisfies ChartBuilders<typeof constituentsFigures>;
