import { keyWith, type KeyTail } from '../../lib/i18n/t';
import type { FactKey } from '../../lib/report/fact-keys';
import { factKey, type Fact } from '../../lib/report/fact';
import type { Report } from '../../lib/report/report';
import { fact, text, type Cell, type TableModel } from '../../lib/report/table-model';

const num = (value: number | string | null, unit: Fact['unit'] = 'ratio'): Fact => ({ value, unit });
/** The one verdict the register of checks gives a claim: the same word in every table. */
const registered = (f: (k: FactKey) => Fact, id: string): Cell => {
  const k = factKey(`methodology.register.checks.${id}.verdict`);
  return text(keyWith('verdict.', String(f(k).value), k));
};

/**
 * Seed 003's 2021 Q4 pulls by component beside ESRI's current table, each with the register's verdict:
 * q/q ours are ESRI's official contributions; y/y ours are approximated from chained levels (gdp-parts.ts).
 */
export function seed003PartsTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const p = 'economy.gdpParts.seed.pulls';
  const pull = (c: KeyTail<'row.macro.part.'>, id: string) => {
    const k = `${p}.${c}`;
    const hasYoy = f(factKey(`${k}.hasYoy`)).value === true;
    return {
      label: text(`row.macro.part.${c}`),
      cells: [
        hasYoy ? fact(f(factKey(`${k}.seedYoy`)), { signed: true, digits: 2 }) : null,
        hasYoy ? fact(f(factKey(`${k}.yoy`)), { signed: true, digits: 1 }) : null,
        fact(f(factKey(`${k}.seedQoq`)), { signed: true, digits: 1 }),
        fact(f(factKey(`${k}.qoq`)), { signed: true, digits: 1 }),
        registered(f, id),
      ],
    };
  };
  return {
    id: 'macro-seed003-parts',
    columns: [
      { key: 'col.macro.component' },
      { key: 'col.macro.seedYoy' },
      { key: 'col.macro.ourYoy' },
      { key: 'col.macro.seedQoq' },
      { key: 'col.macro.ourQoq' },
      { key: 'col.verdict' },
    ],
    rows: [
      pull('private_consumption', 'gdpPullConsumption'),
      pull('net_exports', 'gdpPullNetExports'),
      pull('private_nonresidential_investment', 'gdpPullBusiness'),
      pull('public_investment', 'gdpPullPublicInvestment'),
      pull('government_consumption', 'gdpPullGovernment'),
    ],
  };
}

/** The BOJ's index-ETF purchases by year, cumulative, and cumulative against its total assets. */
export function etfYearsTable(r: Report): TableModel {
  return {
    id: 'macro-etf-years',
    columns: [{ key: 'col.macro.year' }, { key: 'col.macro.etfDays' }, { key: 'col.macro.etfAmount' }, { key: 'col.macro.etfCumulative' }, { key: 'col.macro.etfShareOfAssets' }],
    rows: r.datasets.macro.etf.years.map((y) => ({
      label: fact(num(y.year, 'year')),
      cells: [fact(num(y.days, 'count')), fact(num(y.amount), { digits: 2 }), fact(num(y.cumulative), { digits: 2 }), fact(num(y.shareOfAssets, 'pct'), { digits: 1 })],
    })),
  };
}

/** The Nikkei 225's returns on and after purchase days against other sessions of the buying years. */
export function etfReturnsTable(r: Report): TableModel {
  return {
    id: 'macro-etf-returns',
    columns: [
      { key: 'col.macro.horizon' },
      { key: 'col.macro.buyDays' },
      { key: 'col.macro.buyMean' },
      { key: 'col.macro.otherMean' },
      { key: 'col.macro.buyUp' },
      { key: 'col.macro.otherUp' },
      { key: 'col.macro.welchT' },
    ],
    rows: r.datasets.macro.etf.returns.map((x) => ({
      label: text(`row.macro.horizon.${x.horizon}`),
      cells: [
        fact(num(x.buyDays, 'count')),
        fact(num(x.buyMean, 'pct'), { signed: true, digits: 2 }),
        fact(num(x.otherMean, 'pct'), { signed: true, digits: 2 }),
        fact(num(x.buyUpShare, 'pct'), { digits: 0 }),
        fact(num(x.otherUpShare, 'pct'), { digits: 0 }),
        fact(num(x.t), { digits: 2 }),
      ],
    })),
  };
}
