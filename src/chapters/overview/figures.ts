import type { Bilingual } from '../../lib/data/curated/overview';
import type { FactKey } from '../../lib/report/fact-keys';
import { overviewCharts } from './charts';
import { overviewDrawn } from './drawn';
import { formatList } from '../../lib/i18n/format';
import { DATA_LOCALE, perLocale, type Locale } from '../../lib/i18n/locales';
import { pickLocalized, type LocalizedText } from '../../lib/i18n/localized';
import { t, type StringKey } from '../../lib/i18n/t';
import { date as dateFact, pct as pctFact, factKey, type Fact } from '../../lib/report/fact';
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
  const known = f('overview.constituents.known').value === true;
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
        ? [{ label: text('row.overview.constituentsFile'), cells: [plain('overview.constituents.count'), text('cell.overview.constituentsFile', { date: f('edition.asOf') })] }]
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

function sectorTable(r: Report, f: F): TableModel {
  const { industries, sectors } = r.datasets.overview.constituents;
  const list = (sector: string, l: Locale) =>
    formatList(
      industries
        .filter((i) => i.sector === sector)
        .sort((a, b) => b.count - a.count)
        .map((i) => `${i[l]} ${i.count}`),
      l,
    );
  return {
    id: 'overview-sector-table',
    minWidth: 34,
    columns: [{ key: 'col.overview.sector' }, { key: 'col.overview.count' }, { key: 'col.overview.share' }, { key: 'col.overview.industries' }],
    rows: sectors.map((s) => ({
      label: localized(pickLocalized(s)),
      cells: [
        fact(f(factKey(`overview.constituents.sectors.${s.id}.count`))),
        fact(f(factKey(`overview.constituents.sectors.${s.id}.share`)), { digits: 1 }),
        localized(perLocale((l) => list(s.id, l))),
      ],
    })),
  };
}

function topTenTable(r: Report, f: F): TableModel {
  // Beside the 2022 snapshot, each company's weight on the last day the edition's weights cover.
  const weightsShown = f('overview.weights.available').value === true;
  const now = new Map(r.datasets.overview.weights.all.map((w) => [w.code, w.weight]));
  return {
    id: 'overview-seed-top10',
    minWidth: 34,
    columns: [
      { key: 'col.overview.rank' },
      { key: 'col.overview.company' },
      { key: 'col.overview.seedWeight' },
      ...(weightsShown ? [{ key: 'col.overview.weightOn' as const, vars: { date: f('overview.weights.last') } }] : []),
      { key: 'col.overview.code' },
      { key: 'col.overview.inFile', vars: { date: f('edition.asOf') } },
    ],
    rows: [
      ...r.datasets.overview.topTen.map((t) => ({
        label: literal(String(t.rank)),
        cells: [
          localized(pickLocalized(t)),
          fact(f(factKey(`overview.seedTopTen.weights.${t.code}`))),
          ...(weightsShown ? [now.has(t.code) ? fact(pctFact(now.get(t.code)!)) : text('cell.overview.notInFile')] : []),
          literal(t.code),
          t.currentName ? literal(t.currentName) : text('cell.overview.notInFile'),
        ],
      })),
      { label: text('row.overview.topTenSum'), cells: [null, fact(f('overview.seedTopTen.sum')), ...(weightsShown ? [null] : []), null, null] },
      { label: text('row.overview.topTenClaimed'), cells: [null, fact(f('overview.seedTopTen.claimed')), ...(weightsShown ? [null] : []), null, null] },
    ],
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

const countRows =
  (key: 'industries' | 'sectors'): ChartDef['csv'] =>
  (r) => ({
    header: ['name_ja', `name_${DATA_LOCALE}`, 'sector', 'constituents'],
    rows: r.datasets.overview.constituents[key].map((g) => [g.ja, g[DATA_LOCALE], g.sector, g.count]),
  });

/** A figure shown only when the flag fact `key` is true in the edition (left out and not numbered otherwise). */
const when = (key: string) => (r: Report) => r.index.get(key)?.value === true;

/** The Overview chapter's figures and tables in reading order. */
export const overviewFigures: FigureDef[] = [
  { id: 'overview-profile', kind: 'table', source: 'overviewProfile', table: profileTable },
  {
    id: 'overview-history',
    kind: 'chart',
    spec: overviewCharts['overview-history'],
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
    spec: overviewCharts['overview-yen'],
    drawn: overviewDrawn['overview-yen'],
    source: 'overviewYen',
    csv: yenRows,
    available: when('overview.yen.available'),
  },
  {
    id: 'overview-covid',
    kind: 'chart',
    spec: overviewCharts['overview-covid'],
    drawn: overviewDrawn['overview-covid'],
    source: 'n225',
    csv: (r) => series(['date', 'n225_close'], r.datasets.overview.covid),
    available: when('overview.covid.available'),
  },
  {
    id: 'overview-sectors',
    kind: 'chart',
    spec: overviewCharts['overview-sectors'],
    drawn: overviewDrawn['overview-sectors'],
    source: 'overviewConstituents',
    csv: countRows('sectors'),
    available: when('overview.constituents.mixShown'),
  },
  {
    id: 'overview-industries',
    kind: 'chart',
    spec: overviewCharts['overview-industries'],
    drawn: overviewDrawn['overview-industries'],
    source: 'overviewConstituents',
    csv: countRows('industries'),
    available: when('overview.constituents.mixShown'),
  },
  { id: 'overview-sector-table', kind: 'table', source: 'overviewConstituents', table: sectorTable, available: when('overview.constituents.mixShown') },
];

type Groups = ({ id: string; ja: string } & LocalizedText)[];
/** Curated names of a Nikkei industry (Japanese name → zh/en), for table cells. */
const industryCell = (industries: Groups, ja: string | null): Cell => {
  const i = industries.find((x) => x.ja === ja);
  return i ? localized(pickLocalized(i)) : text('cell.overview.notClassified');
};

function weightsTopTable(r: Report, f: F): TableModel {
  const w = r.datasets.overview.weights;
  return {
    id: 'overview-weights-top10',
    minWidth: 34,
    columns: [
      { key: 'col.overview.rank' },
      { key: 'col.overview.company' },
      { key: 'col.overview.code' },
      { key: 'col.overview.industry' },
      { key: 'col.overview.weightOn', vars: { date: f('overview.weights.last') } },
    ],
    rows: [
      ...w.top.map((t) => ({
        label: literal(String(t.rank)),
        cells: [literal(t.name), literal(t.code), industryCell(w.industries, t.industry), fact(f(factKey(`overview.weights.top.r${t.rank}.weight`)))],
      })),
      { label: text('row.overview.topWeightsSum'), cells: [null, null, null, fact(f('overview.weights.topShare'))] },
    ],
  };
}

function sectorWeightsTable(r: Report, f: F): TableModel {
  const { sectors } = r.datasets.overview.weights;
  return {
    id: 'overview-sector-weights',
    minWidth: 30,
    columns: [{ key: 'col.overview.sector' }, { key: 'col.overview.count' }, { key: 'col.overview.countShare' }, { key: 'col.overview.indexWeight' }],
    rows: [...sectors]
      .sort((a, b) => b.weight - a.weight)
      .map((s) => ({
        label: localized(pickLocalized(s)),
        cells: [
          fact(f(factKey(`overview.weights.sectors.${s.id}.count`))),
          fact(f(factKey(`overview.weights.sectors.${s.id}.countShare`)), { digits: 1 }),
          fact(f(factKey(`overview.weights.sectors.${s.id}.weight`)), { digits: 1 }),
        ],
      })),
  };
}

function sizeTopTable(r: Report, f: F): TableModel {
  return {
    id: 'overview-size-top20',
    minWidth: 36,
    columns: [
      { key: 'col.overview.rank' },
      { key: 'col.overview.company' },
      { key: 'col.overview.code' },
      { key: 'col.overview.sector33' },
      { key: 'col.overview.topixWeight' },
      { key: 'col.overview.sizeClass' },
    ],
    rows: r.datasets.overview.size.top.map((t) => ({
      label: literal(String(t.rank)),
      cells: [
        literal(t.name),
        literal(t.code),
        literal(t.sector33),
        fact(f(factKey(`overview.size.top.r${t.rank}.weight`)), { digits: 2 }),
        text(`cell.overview.size.${t.group}` as StringKey),
      ],
    })),
  };
}

function sizeClassTable(r: Report, f: F): TableModel {
  return {
    id: 'overview-size-classes',
    minWidth: 32,
    columns: [
      { key: 'col.overview.sizeClass' },
      { key: 'col.overview.count' },
      { key: 'col.overview.countShare' },
      { key: 'col.overview.inTopix' },
      { key: 'col.overview.topixWeightSum' },
    ],
    rows: r.datasets.overview.size.groups.map((g) => ({
      label: text(`cell.overview.size.${g.id}` as StringKey),
      cells: [
        fact(f(factKey(`overview.size.groups.${g.id}.members`))),
        fact(f(factKey(`overview.size.groups.${g.id}.share`)), { digits: 1 }),
        fact(f(factKey(`overview.size.groups.${g.id}.inTopix`))),
        fact(f(factKey(`overview.size.groups.${g.id}.topixWeight`)), { digits: 1 }),
      ],
    })),
  };
}

function changesWindowTable(r: Report): TableModel {
  const { window } = r.datasets.overview.changes;
  const industries = r.datasets.overview.weights.industries.length > 0 ? r.datasets.overview.weights.industries : r.datasets.overview.constituents.industries;
  return {
    id: 'overview-changes-window',
    minWidth: 34,
    columns: [{ key: 'col.date' }, { key: 'col.overview.change' }, { key: 'col.overview.company' }, { key: 'col.overview.code' }, { key: 'col.overview.industry' }],
    rows: window.map((c) => ({
      label: fact(dateFact(c.date)),
      cells: [text(c.action === 'add' ? 'cell.overview.added' : 'cell.overview.deleted'), literal(c.name), literal(c.code), industryCell(industries, c.industry)],
    })),
  };
}

const industryWeightRows: ChartDef['csv'] = (r) => ({
  header: ['name_ja', `name_${DATA_LOCALE}`, 'sector', 'constituents', 'index_weight'],
  rows: [...r.datasets.overview.weights.industries].sort((a, b) => b.weight - a.weight).map((g) => [g.ja, g[DATA_LOCALE], g.sector, g.count, g.weight]),
});

overviewFigures.push(
  { id: 'overview-weights-top10', kind: 'table', source: 'overviewWeights', table: weightsTopTable, available: when('overview.weights.available') },
  { id: 'overview-sector-weights', kind: 'table', source: 'overviewWeights', table: sectorWeightsTable, available: when('overview.weights.available') },
  {
    id: 'overview-industry-weights',
    kind: 'chart',
    spec: overviewCharts['overview-industry-weights'],
    drawn: overviewDrawn['overview-industry-weights'],
    source: 'overviewWeights',
    csv: industryWeightRows,
    available: when('overview.weights.available'),
  },
  {
    id: 'overview-contributions',
    kind: 'chart',
    spec: overviewCharts['overview-contributions'],
    drawn: overviewDrawn['overview-contributions'],
    source: 'overviewWeights',
    csv: (r) => ({ header: ['code', 'name_ja', 'sector', 'contribution_pts'], rows: r.datasets.overview.weights.contributions.map((c) => [c.code, c.name, c.sector, c.points]) }),
    available: when('overview.weights.available'),
  },
  { id: 'overview-seed-top10', kind: 'table', source: 'overviewSeedTopTen', table: topTenTable, available: when('overview.seedTopTen.available') },
  { id: 'overview-size-top20', kind: 'table', source: 'overviewSize', table: sizeTopTable, available: when('overview.size.available') },
  { id: 'overview-size-classes', kind: 'table', source: 'overviewSize', table: sizeClassTable, available: when('overview.size.available') },
  {
    id: 'overview-changes-years',
    kind: 'chart',
    spec: overviewCharts['overview-changes-years'],
    drawn: overviewDrawn['overview-changes-years'],
    source: 'overviewChanges',
    csv: (r) => ({ header: ['year', 'additions', 'deletions'], rows: r.datasets.overview.changes.years.map((y) => [y.year, y.additions, y.deletions]) }),
    available: when('overview.changes.available'),
  },
  { id: 'overview-changes-window', kind: 'table', source: 'overviewChanges', table: changesWindowTable, available: when('overview.changes.window.any') },
);
