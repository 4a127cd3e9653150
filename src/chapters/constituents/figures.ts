import type { FactKey } from '../../lib/report/fact-keys';
import { constituentsDrawn } from './drawn';
import { formatList } from '../../lib/i18n/format';
import { DATA_LOCALE, perLocale, wordGap, type Locale } from '../../lib/i18n/locales';
import { pickLocalized, type LocalizedText } from '../../lib/i18n/localized';
import { date as dateFact, pct as pctFact, factKey, type Fact } from '../../lib/report/fact';
import type { ChartDef, FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, literal, localized, text, type Cell, type TableModel } from '../../lib/report/table-model';

type F = (k: FactKey) => Fact;

/** A figure shown only when the flag fact `key` is true in the edition (left out and not numbered otherwise). */
const when = (key: string) => (r: Report) => r.index.get(key)?.value === true;

function sectorTable(r: Report, f: F): TableModel {
  const { industries, sectors } = r.datasets.constituents.constituents;
  const list = (sector: string, l: Locale) =>
    formatList(
      industries
        .filter((i) => i.sector === sector)
        .sort((a, b) => b.count - a.count)
        .map((i) => `${i[l]}${wordGap(l)}${i.count}`),
      l,
    );
  return {
    id: 'constituents-sector-table',
    minWidth: 34,
    columns: [{ key: 'col.constituents.sector' }, { key: 'col.constituents.count' }, { key: 'col.constituents.share' }, { key: 'col.constituents.industries' }],
    rows: sectors.map((s) => ({
      label: localized(pickLocalized(s)),
      cells: [
        fact(f(factKey(`constituents.sectors.${s.id}.count`))),
        fact(f(factKey(`constituents.sectors.${s.id}.share`)), { digits: 1 }),
        localized(perLocale((l) => list(s.id, l))),
      ],
    })),
  };
}

function topTenTable(r: Report, f: F): TableModel {
  // Beside the 2022 snapshot, each company's weight on the last day the edition's weights cover.
  const weightsShown = f('constituents.weights.available').value === true;
  const now = new Map(r.datasets.constituents.weights.all.map((w) => [w.code, w.weight]));
  return {
    id: 'constituents-seed-top10',
    minWidth: 34,
    columns: [
      { key: 'col.constituents.rank' },
      { key: 'col.constituents.company' },
      { key: 'col.constituents.seedWeight' },
      ...(weightsShown ? [{ key: 'col.constituents.weightOn' as const, vars: { date: f('constituents.weights.last') } }] : []),
      { key: 'col.constituents.code' },
      { key: 'col.constituents.inFile', vars: { date: f('edition.asOf') } },
    ],
    rows: [
      ...r.datasets.constituents.topTen.map((t) => ({
        label: literal(String(t.rank)),
        cells: [
          localized(pickLocalized(t)),
          fact(f(factKey(`constituents.seedTopTen.weights.${t.code}`))),
          ...(weightsShown ? [now.has(t.code) ? fact(pctFact(now.get(t.code)!)) : text('cell.constituents.notInFile')] : []),
          literal(t.code),
          t.currentName ? literal(t.currentName) : text('cell.constituents.notInFile'),
        ],
      })),
      { label: text('row.constituents.topTenSum'), cells: [null, fact(f('constituents.seedTopTen.sum')), ...(weightsShown ? [null] : []), null, null] },
      { label: text('row.constituents.topTenClaimed'), cells: [null, fact(f('constituents.seedTopTen.claimed')), ...(weightsShown ? [null] : []), null, null] },
    ],
  };
}

const countRows =
  (key: 'industries' | 'sectors'): ChartDef['csv'] =>
  (r) => ({
    header: ['name_ja', `name_${DATA_LOCALE}`, 'sector', 'constituents'],
    rows: r.datasets.constituents.constituents[key].map((g) => [g.ja, g[DATA_LOCALE], g.sector, g.count]),
  });

type Groups = ({ id: string; ja: string } & LocalizedText)[];
/** Curated names of a Nikkei industry (Japanese name → zh/en), for table cells. */
const industryCell = (industries: Groups, ja: string | null): Cell => {
  const i = industries.find((x) => x.ja === ja);
  return i ? localized(pickLocalized(i)) : text('cell.constituents.notClassified');
};

function weightsTopTable(r: Report, f: F): TableModel {
  const w = r.datasets.constituents.weights;
  return {
    id: 'constituents-weights-top10',
    minWidth: 34,
    columns: [
      { key: 'col.constituents.rank' },
      { key: 'col.constituents.company' },
      { key: 'col.constituents.code' },
      { key: 'col.constituents.industry' },
      { key: 'col.constituents.weightOn', vars: { date: f('constituents.weights.last') } },
    ],
    rows: [
      ...w.top.map((t) => ({
        label: literal(String(t.rank)),
        cells: [literal(t.name), literal(t.code), industryCell(w.industries, t.industry), fact(f(factKey(`constituents.weights.top.r${t.rank}.weight`)))],
      })),
      { label: text('row.constituents.topWeightsSum'), cells: [null, null, null, fact(f('constituents.weights.topShare'))] },
    ],
  };
}

function sectorWeightsTable(r: Report, f: F): TableModel {
  const { sectors } = r.datasets.constituents.weights;
  return {
    id: 'constituents-sector-weights',
    minWidth: 30,
    columns: [{ key: 'col.constituents.sector' }, { key: 'col.constituents.count' }, { key: 'col.constituents.countShare' }, { key: 'col.constituents.indexWeight' }],
    rows: [...sectors]
      .sort((a, b) => b.weight - a.weight)
      .map((s) => ({
        label: localized(pickLocalized(s)),
        cells: [
          fact(f(factKey(`constituents.weights.sectors.${s.id}.count`))),
          fact(f(factKey(`constituents.weights.sectors.${s.id}.countShare`)), { digits: 1 }),
          fact(f(factKey(`constituents.weights.sectors.${s.id}.weight`)), { digits: 1 }),
        ],
      })),
  };
}

function sizeTopTable(r: Report, f: F): TableModel {
  return {
    id: 'constituents-size-top20',
    minWidth: 36,
    columns: [
      { key: 'col.constituents.rank' },
      { key: 'col.constituents.company' },
      { key: 'col.constituents.code' },
      { key: 'col.constituents.sector33' },
      { key: 'col.constituents.topixWeight' },
      { key: 'col.constituents.sizeClass' },
    ],
    rows: r.datasets.constituents.size.top.map((t) => ({
      label: literal(String(t.rank)),
      cells: [
        literal(t.name),
        literal(t.code),
        literal(t.sector33),
        fact(f(factKey(`constituents.size.top.r${t.rank}.weight`)), { digits: 2 }),
        text(`cell.constituents.size.${t.group}`),
      ],
    })),
  };
}

function sizeClassTable(r: Report, f: F): TableModel {
  return {
    id: 'constituents-size-classes',
    minWidth: 32,
    columns: [
      { key: 'col.constituents.sizeClass' },
      { key: 'col.constituents.count' },
      { key: 'col.constituents.countShare' },
      { key: 'col.constituents.inTopix' },
      { key: 'col.constituents.topixWeightSum' },
    ],
    rows: r.datasets.constituents.size.groups.map((g) => ({
      label: text(`cell.constituents.size.${g.id}`),
      cells: [
        fact(f(factKey(`constituents.size.groups.${g.id}.members`))),
        fact(f(factKey(`constituents.size.groups.${g.id}.share`)), { digits: 1 }),
        fact(f(factKey(`constituents.size.groups.${g.id}.inTopix`))),
        fact(f(factKey(`constituents.size.groups.${g.id}.topixWeight`)), { digits: 1 }),
      ],
    })),
  };
}

function changesWindowTable(r: Report): TableModel {
  const { window } = r.datasets.constituents.changes;
  const industries = r.datasets.constituents.weights.industries.length > 0 ? r.datasets.constituents.weights.industries : r.datasets.constituents.constituents.industries;
  return {
    id: 'constituents-changes-window',
    minWidth: 34,
    columns: [{ key: 'col.date' }, { key: 'col.constituents.change' }, { key: 'col.constituents.company' }, { key: 'col.constituents.code' }, { key: 'col.constituents.industry' }],
    rows: window.map((c) => ({
      label: fact(dateFact(c.date)),
      cells: [text(c.action === 'add' ? 'cell.constituents.added' : 'cell.constituents.deleted'), literal(c.name), literal(c.code), industryCell(industries, c.industry)],
    })),
  };
}

const industryWeightRows: ChartDef['csv'] = (r) => ({
  header: ['name_ja', `name_${DATA_LOCALE}`, 'sector', 'constituents', 'index_weight'],
  rows: [...r.datasets.constituents.weights.industries].sort((a, b) => b.weight - a.weight).map((g) => [g.ja, g[DATA_LOCALE], g.sector, g.count, g.weight]),
});

/** The Constituents and weights chapter's figures and tables in reading order. */
export const constituentsFigures = [
  {
    id: 'constituents-sectors',
    kind: 'chart',
    drawn: constituentsDrawn['constituents-sectors'],
    source: 'constituents',
    csv: countRows('sectors'),
    available: when('constituents.mixShown'),
  },
  {
    id: 'constituents-industries',
    kind: 'chart',
    drawn: constituentsDrawn['constituents-industries'],
    source: 'constituents',
    csv: countRows('industries'),
    available: when('constituents.mixShown'),
  },
  { id: 'constituents-sector-table', kind: 'table', source: 'constituents', table: sectorTable, available: when('constituents.mixShown') },
  { id: 'constituents-weights-top10', kind: 'table', source: 'constituentsWeights', table: weightsTopTable, available: when('constituents.weights.available') },
  { id: 'constituents-sector-weights', kind: 'table', source: 'constituentsWeights', table: sectorWeightsTable, available: when('constituents.weights.available') },
  {
    id: 'constituents-industry-weights',
    kind: 'chart',
    drawn: constituentsDrawn['constituents-industry-weights'],
    source: 'constituentsWeights',
    csv: industryWeightRows,
    available: when('constituents.weights.available'),
  },
  {
    id: 'constituents-contributions',
    kind: 'chart',
    drawn: constituentsDrawn['constituents-contributions'],
    source: 'constituentsWeights',
    csv: (r) => ({
      header: ['code', 'name_ja', 'sector', 'contribution_pts'],
      rows: r.datasets.constituents.weights.contributions.map((c) => [c.code, c.name, c.sector, c.points]),
    }),
    available: when('constituents.weights.available'),
  },
  { id: 'constituents-seed-top10', kind: 'table', source: 'constituentsSeedTopTen', table: topTenTable, available: when('constituents.seedTopTen.available') },
  { id: 'constituents-size-top20', kind: 'table', source: 'constituentsSize', table: sizeTopTable, available: when('constituents.size.available') },
  { id: 'constituents-size-classes', kind: 'table', source: 'constituentsSize', table: sizeClassTable, available: when('constituents.size.available') },
  {
    id: 'constituents-changes-years',
    kind: 'chart',
    drawn: constituentsDrawn['constituents-changes-years'],
    source: 'constituentsChanges',
    csv: (r) => ({ header: ['year', 'additions', 'deletions'], rows: r.datasets.constituents.changes.years.map((y) => [y.year, y.additions, y.deletions]) }),
    available: when('constituents.changes.available'),
  },
  { id: 'constituents-changes-window', kind: 'table', source: 'constituentsChanges', table: changesWindowTable, available: when('constituents.changes.window.any') },
] as const satisfies readonly FigureDef[];
