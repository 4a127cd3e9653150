import { keyWith, type KeyTail } from '../../lib/i18n/t';
import type { FactKey } from '../../lib/report/fact-keys';
import { factKey, type Fact } from '../../lib/report/fact';
import type { Report } from '../../lib/report/report';
import { fact, text, type Cell, type TableModel } from '../../lib/report/table-model';

const verdict = (f: (k: FactKey) => Fact, key: string): Cell => text(keyWith('verdict.macro.', String(f(factKey(key)).value), key));
/** The one verdict the register of checks gives a claim (see seed-register.ts): the same word in every table. */
const registered = (f: (k: FactKey) => Fact, id: string): Cell => {
  const k = factKey(`methodology.register.checks.${id}.verdict`);
  return text(keyWith('verdict.', String(f(k).value), k));
};
const num = (value: number | string | null, unit: Fact['unit'] = 'ratio'): Fact => ({ value, unit });

/** The seed's twenty ten-day points beside our month-end BOJ figure and our closes on the same dates. */
export function seed000PointsTable(r: Report): TableModel {
  return {
    id: 'macro-seed000-points',
    columns: [
      { key: 'col.date' },
      { key: 'col.macro.seedBoj' },
      { key: 'col.macro.ourMonthEnd' },
      { key: 'col.macro.monthEndGap' },
      { key: 'col.macro.seedClose' },
      { key: 'col.macro.ourClose' },
    ],
    rows: r.datasets.macro.seed000.rows.map((x) => ({
      label: fact(num(x.date, 'date')),
      cells: [
        fact(num(x.seedBoj), { digits: 1 }),
        fact(num(x.ourMonthEnd), { digits: 1 }),
        x.monthEndRow && x.ourMonthEnd !== null ? fact(num(x.seedBoj / x.ourMonthEnd - 1, 'pct'), { signed: true, digits: 3 }) : null,
        fact(num(x.seedN225, 'pts'), { digits: 1 }),
        fact(num(x.ourN225, 'pts')),
      ],
    })),
  };
}

/** Seed document 000's claims, each beside what the data show and a verdict. */
export function seed000CheckTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const p = 'macro.seed000';
  // Claims in the register show its verdict; the table's own comparisons (no claim of the note) keep theirs.
  const row = (id: KeyTail<'row.macro.s0.'>, seed: Cell, ours: Cell, v: string, reg?: string) => ({
    label: text(`row.macro.s0.${id}`),
    cells: [seed, ours, reg ? registered(f, reg) : verdict(f, `${p}.${v}`)],
  });
  return {
    id: 'macro-seed000-check',
    columns: [{ key: 'col.macro.claim' }, { key: 'col.seed' }, { key: 'col.ours' }, { key: 'col.verdict' }],
    rows: [
      row(
        'relation',
        text('cell.macro.s0.relationSeed'),
        text('cell.macro.s0.relationOurs', {
          start: f('macro.boj.first'),
          end: f('macro.boj.last'),
          level: f('macro.boj.levels.correlation'),
          change: f('macro.boj.changes.correlation'),
          t: f('macro.boj.changes.t'),
        }),
        'relation.verdict',
        'relation',
      ),
      row(
        'table',
        text('cell.macro.s0.tableSeed'),
        text('cell.macro.s0.tableOurs', {
          rows: f(`${p}.rows`),
          level: f(`${p}.table.levelCorrelation`),
          change: f(`${p}.table.changeCorrelation`),
        }),
        'table.verdict',
      ),
      row(
        'assetLow',
        text('cell.macro.s0.assetLowSeed', { level: f(`${p}.assetLow.seedAsWritten`) }),
        text('cell.macro.s0.assetLowOurs', {
          low: f(`${p}.assetLow.low`),
          month: f(`${p}.assetLow.lowMonth`),
          target: f(`${p}.assetLow.seedInTableUnits`),
          change: f(`${p}.assetLow.yearChange`),
          nearest: f(`${p}.assetLow.nearest`),
          nearestMonth: f(`${p}.assetLow.nearestMonth`),
        }),
        'assetLow.verdict',
        'assetLow',
      ),
      row(
        'pullback',
        text('cell.macro.s0.pullbackSeed', { level: f(`${p}.pullback.level`) }),
        text('cell.macro.s0.pullbackOurs', {
          high: f(`${p}.pullback.high`),
          highDate: f(`${p}.pullback.highDate`),
          peak: f(`${p}.pullback.peak`),
          peakDate: f(`${p}.pullback.peakDate`),
          trough: f(`${p}.pullback.trough`),
          troughDate: f(`${p}.pullback.troughDate`),
        }),
        'pullback.verdict',
        'pullback',
      ),
      row(
        'closes',
        text('cell.macro.s0.closesSeed', { rows: f(`${p}.rows`) }),
        text('cell.macro.s0.closesOurs', {
          matching: f(`${p}.closes.matching`),
          rows: f(`${p}.rows`),
          maxDiff: f(`${p}.closes.maxDiff`),
        }),
        'closes.verdict',
        'tableCloses',
      ),
      row(
        'monthEnds',
        text('cell.macro.s0.monthEndsSeed', { rows: f(`${p}.monthEnds.rows`) }),
        text('cell.macro.s0.monthEndsOurs', {
          matching: f(`${p}.monthEnds.matching`),
          rows: f(`${p}.monthEnds.rows`),
          maxDiff: f(`${p}.monthEnds.maxDiff`),
        }),
        'monthEnds.verdict',
      ),
    ],
  };
}

/** Seed document 003's macro figures (section 2.5), each beside the revised data and a verdict. */
export function seed003CheckTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const g = 'macro.seed003.gdp';
  const b = 'macro.seed003.boj';
  const growth = (id: KeyTail<'row.macro.s3.'>, key: string) => ({
    label: text(`row.macro.s3.${id}`),
    cells: [
      fact(f(factKey(`${g}.seed${key}`)), { signed: true, digits: 1 }),
      fact(f(factKey(`${g}.${key.charAt(0).toLowerCase()}${key.slice(1)}`)), { signed: true }),
      registered(f, 'gdpGrowth'),
    ],
  });
  return {
    id: 'macro-seed003-check',
    columns: [{ key: 'col.macro.claim' }, { key: 'col.seed' }, { key: 'col.ours' }, { key: 'col.verdict' }],
    rows: [
      {
        label: text('row.macro.s3.gdpLevel', { quarter: f(`${g}.quarter`) }),
        cells: [
          text('cell.macro.s3.gdpLevelSeed', { level: f(`${g}.seedLevel`) }),
          text('cell.macro.s3.gdpLevelOurs', { q: f(`${g}.ourQuarterly`), a: f(`${g}.ourAnnualised`) }),
          registered(f, 'gdpLevel'),
        ],
      },
      growth('qoq', 'Qoq'),
      growth('qoqPrev', 'QoqPrev'),
      growth('yoy', 'Yoy'),
      growth('yoyPrev', 'YoyPrev'),
      {
        label: text('row.macro.s3.taper'),
        cells: [
          text('cell.macro.s3.taperSeed', { from: f(`${b}.taperFrom`), to: f(`${b}.qeEndedBy`) }),
          text('cell.macro.s3.taperOurs', {
            from: f(`${b}.taperFrom`),
            to: f(`${b}.qeEndedBy`),
            a0: f(`${b}.assetsAtTaper`),
            a1: f(`${b}.assetsAtEnd`),
            change: f(`${b}.changeToEnd`),
            before: f(`${b}.changeBefore`),
          }),
          registered(f, 'bojTaper'),
        ],
      },
      {
        label: text('row.macro.s3.qeEnded'),
        cells: [
          text('cell.macro.s3.qeEndedSeed', { to: f(`${b}.qeEndedBy`) }),
          text('cell.macro.s3.qeEndedOurs', { month: f(`${b}.holdingsMonth`), assets: f(`${b}.assetsYearEnd`) }),
          registered(f, 'bojQeEnded'),
        ],
      },
      {
        label: text('row.macro.s3.holdings', { month: f(`${b}.holdingsMonth`) }),
        cells: [
          text('cell.macro.s3.holdingsSeed', { yen: f(`${b}.seedHoldings`), usd: f(`${b}.seedHoldingsUsd`) }),
          text('cell.macro.s3.holdingsOurs', { usd: f(`${b}.seedHoldingsUsd`), fx: f(`${b}.fx`), implied: f(`${b}.impliedHoldings`), times: f(`${b}.impliedOverSeed`) }),
          registered(f, 'jgbHoldings'),
        ],
      },
    ],
  };
}
