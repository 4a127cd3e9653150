import type { Bilingual } from '../../lib/data/curated/overview';
import type { FactKey } from '../../lib/report/fact-keys';
import { overviewDrawn } from './drawn';
import { perLocale } from '../../lib/i18n/locales';
import { t, type StringKey } from '../../lib/i18n/t';
import { factKey, type Fact } from '../../lib/report/fact';
import type { ChartDef, FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, literal, localized, text, type Cell, type TableModel, type TableRow } from '../../lib/report/table-model';

type F = (k: FactKey) => Fact;

function profileTable(r: Report, f: F): TableModel {
  const e = r.datasets.overview.profile;
  const p = e.base;
  const src = (key: string): Cell => localized((p.sources[key] as { short: Bilingual }).short);
  // Numbers as text cells, so they sit left-aligned with the text of the detail column.
  const plain = (k: string): Cell => text('cell.overview.value', { value: f(factKey(k)) });
  const row = (label: StringKey, value: Cell, source: string): TableRow => ({ label: text(label), cells: [value, src(source)] });
  // Lines that did not hold on the edition's date (a rule not yet introduced) are left out.
  const held = (label: StringKey, line: { value: Bilingual; source: string } | null): TableRow[] => (line === null ? [] : [row(label, localized(line.value), line.source)]);
  const known = f('constituents.known').value === true;
  return {
    id: 'overview-profile',
    minWidth: 30,
    columns: [{ key: 'col.overview.item' }, { key: 'col.overview.detail' }, { key: 'col.overview.source' }],
    rows: [
      row('row.overview.name', localized(p.name.value), p.name.source),
      row('row.overview.publisher', localized(p.publisher.value), p.publisher.source),
      row('row.overview.baseDate', fact(f('overview.profile.baseDate')), p.baseDate.source),
      row('row.overview.baseValue', plain('overview.profile.baseValue'), p.baseValue.source),
      row('row.overview.firstCalculated', fact(f('overview.profile.firstCalculated')), p.firstCalculated.source),
      row('row.overview.weighting', localized(p.weighting.value), p.weighting.source),
      ...held(e.priceConversion.kind === 'parValue' ? 'row.overview.parValue' : 'row.overview.adjustmentFactor', e.priceConversion.line),
      ...held('row.overview.weightCap', e.weightCap),
      row('row.overview.constituents', plain('overview.profile.constituents'), p.constituents.source),
      ...(known
        ? [{ label: text('row.overview.constituentsFile'), cells: [plain('constituents.count'), text('cell.overview.constituentsFile', { date: f('edition.asOf') })] }]
        : []),
      ...held('row.overview.universe', e.universe),
      ...held('row.overview.review', e.review),
      row(
        'row.overview.classification',
        text('cell.overview.classification', { industries: f('overview.profile.industries'), sectors: f('overview.profile.sectors') }),
        p.industries.source,
      ),
      ...e.futures.map((fu) => ({
        label: localized(perLocale((l) => t(l, 'row.overview.futures', { name: fu.short[l] }))),
        cells: [fact(f(factKey(`overview.profile.futures.${fu.id}.month`))), src(fu.source)],
      })),
    ],
  };
}
function eventsTable(r: Report, f: F): TableModel {
  return {
    id: 'overview-events',
    minWidth: 34,
    columns: [{ key: 'col.overview.no' }, { key: 'col.date' }, { key: 'col.overview.event' }, { key: 'col.overview.close' }, { key: 'col.overview.move' }],
    rows: r.datasets.overview.events.map((e) => ({
      label: literal(String(e.n)),
      cells: [
        fact(f(factKey(`overview.events.${e.id}.date`))),
        localized(e.label),
        fact(f(factKey(`overview.events.${e.id}.close`))),
        fact(f(factKey(`overview.events.${e.id}.move`)), { signed: true }),
      ],
    })),
  };
}

const series = (header: string[], points: { date: string; value: number }[]) => ({ header, rows: points.map((p) => [p.date, p.value]) });

const yenRows: ChartDef['csv'] = (r) => {
  const { n225, usdjpy } = r.datasets.overview.yen;
  const u = new Map(usdjpy.map((p) => [p.date, p.value]));
  const n = new Map(n225.map((p) => [p.date, p.value]));
  const dates = [...new Set([...n.keys(), ...u.keys()])].sort();
  return { header: ['date', 'n225_rebased_100', 'usdjpy_rebased_100'], rows: dates.map((d) => [d, n.get(d) ?? '', u.get(d) ?? '']) };
};

/** A figure shown only when the flag fact `key` is true in the edition (left out and not numbered otherwise). */
const when = (key: string) => (r: Report) => r.index.get(key)?.value === true;

/** The Overview chapter's figures and tables in reading order. */
export const overviewFigures = [
  { id: 'overview-profile', kind: 'table', source: 'overviewProfile', table: profileTable },
  {
    id: 'overview-history',
    kind: 'chart',
    drawn: overviewDrawn['overview-history'],
    source: 'overviewEvents',
    csv: (r) => series(['date', 'n225_close'], r.datasets.overview.history),
    // Before the 1989 bubble and its slump are history (see BUBBLE_TOLD_FROM), the text alternative names the highest close so far instead.
    altKey: (r) => (r.index.get('overview.history.bubbleTold')?.value === true ? 'fig.overview-history.alt' : 'fig.overview-history.altBeforeBubbleTold'),
  },
  { id: 'overview-events', kind: 'table', source: 'overviewEvents', table: eventsTable },
  {
    id: 'overview-yen',
    kind: 'chart',
    drawn: overviewDrawn['overview-yen'],
    source: 'overviewYen',
    csv: yenRows,
    available: when('overview.yen.available'),
  },
  {
    id: 'overview-covid',
    kind: 'chart',
    drawn: overviewDrawn['overview-covid'],
    source: 'n225',
    csv: (r) => series(['date', 'n225_close'], r.datasets.overview.covid),
    available: when('overview.covid.available'),
  },
] as const satisfies readonly FigureDef[];
