import type { EventKind } from '../../lib/data/curated/overview';
import type { StringKey } from '../../lib/i18n/t';
import type { ChartBuilder } from '../../lib/charts/chart-builder';
import { eventsSpec } from '../../lib/charts/events-spec';
import { divergingBarSpec } from '../../lib/charts/diverging-bar-spec';
import { hbarSpec } from '../../lib/charts/hbar-spec';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { PALETTE } from '../../lib/charts/theme';
import { trendSpec } from '../../lib/charts/trend-spec';
import { shownContributions } from './weights';

/** Colour of each event kind: falls and lows red and purple, highs green, policy amber (Okabe-Ito based). */
const KIND_COLOUR: Readonly<Record<EventKind, string>> = { fall: PALETTE.loss, low: '#cc79a7', high: '#009e73', policy: PALETTE.comparison };
/** Highs and policy steps get their badge above the line, falls and lows below it. */
const KIND_SIDE: Readonly<Record<EventKind, 'above' | 'below'>> = { fall: 'below', low: 'below', high: 'above', policy: 'above' };
const KINDS = Object.keys(KIND_COLOUR) as EventKind[];

/** Chart builders of the Overview chapter, by figure id. */
export const overviewCharts = {
  'overview-history': (r, base, tx) => {
    const kindName = (k: EventKind) => tx.label(`chart.overview.kind.${k}` as StringKey);
    const used = KINDS.filter((k) => r.datasets.overview.events.some((e) => e.kind === k));
    return eventsSpec({
      ...base,
      series: r.datasets.overview.history,
      events: r.datasets.overview.events.map((e) => ({ n: e.n, date: e.date, value: e.close, kind: kindName(e.kind), side: KIND_SIDE[e.kind] })),
      kinds: used.map((k) => ({ name: kindName(k), colour: KIND_COLOUR[k] })),
      text: { yTitle: tx.label('chart.overview.logClose') },
    });
  },
  'overview-yen': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.n225'), points: r.datasets.overview.yen.n225 },
        { name: tx.label('chart.overview.usdjpy'), points: r.datasets.overview.yen.usdjpy },
      ],
      yFormat: ',.0f',
      baseline: 100,
      text: { yTitle: tx.label('chart.growth') },
    }),
  'overview-covid': (r, base, tx) => {
    const s = r.datasets.overview.covid;
    const at = (k: string) => r.index.get(k)?.value as string | number;
    const peak = { date: at('overview.covid.peak.date') as string, value: at('overview.covid.peak.value') as number };
    const trough = { date: at('overview.covid.trough.date') as string, value: at('overview.covid.trough.value') as number };
    return trendSpec({
      ...base,
      series: s,
      markers: [
        { ...peak, label: tx.marker('high', { value: peak.value, unit: 'pts' }, peak.date), position: 'above' },
        { ...trough, label: tx.marker('low', { value: trough.value, unit: 'pts' }, trough.date), position: 'below' },
      ],
      text: { yTitle: tx.label('chart.close') },
    });
  },
  'overview-industries': (r, base, tx) => {
    const loc = base.locale;
    const { industries, sectors } = r.datasets.overview.constituents;
    const sectorName = new Map(sectors.map((s) => [s.id, s[loc]]));
    const bars = [...industries].sort((a, b) => b.count - a.count).map((i) => ({ label: i[loc], value: i.count, group: sectorName.get(i.sector) as string }));
    return hbarSpec({ ...base, bars, groups: sectors.map((s) => s[loc]), text: { xTitle: tx.label('chart.overview.constituents') } });
  },
  'overview-sectors': (r, base, tx) => {
    const loc = base.locale;
    const { sectors } = r.datasets.overview.constituents;
    const bars = [...sectors].sort((a, b) => b.count - a.count).map((s) => ({ label: s[loc], value: s.count, group: s[loc] }));
    return hbarSpec({ ...base, bars, groups: sectors.map((s) => s[loc]), legend: false, text: { xTitle: tx.label('chart.overview.constituents') } });
  },
  'overview-industry-weights': (r, base, tx) => {
    const loc = base.locale;
    const { industries, sectors } = r.datasets.overview.weights;
    const sectorName = new Map(sectors.map((s) => [s.id, s[loc]]));
    const bars = [...industries]
      .filter((i) => i.count > 0)
      .sort((a, b) => b.weight - a.weight)
      .map((i) => ({ label: i[loc], value: i.weight, group: sectorName.get(i.sector) as string }));
    return hbarSpec({ ...base, bars, groups: sectors.map((s) => s[loc]), valueFormat: '.2%', text: { xTitle: tx.label('chart.overview.indexWeight') } });
  },
  'overview-contributions': (r, base, tx) => {
    const rise = tx.label('chart.overview.rise');
    const fall = tx.label('chart.overview.fall');
    const bars = shownContributions(r.datasets.overview.weights.contributions).map((c) => ({ label: `${c.name} ${c.code}`, value: c.points, group: c.points < 0 ? fall : rise }));
    return hbarSpec({
      ...base,
      bars,
      groups: [rise, fall],
      colours: [PALETTE.primary, PALETTE.loss],
      valueFormat: ',.0f',
      text: { xTitle: tx.label('chart.overview.contributionPts') },
    });
  },
  'overview-changes-years': (r, base, tx) =>
    divergingBarSpec({
      ...base,
      rows: r.datasets.overview.changes.years.map((y) => ({ key: String(y.year), up: y.additions, down: y.deletions })),
      text: { up: tx.label('chart.overview.additions'), down: tx.label('chart.overview.deletions'), yTitle: tx.label('chart.overview.changesCount') },
    }),
} satisfies Record<string, ChartBuilder>;
