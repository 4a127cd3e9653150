import { mapLocalized, type LocalizedText } from '../../lib/i18n/localized';
import type { FactKey } from '../../lib/report/fact-keys';
import { derivativesDrawn } from './drawn';
import { factKey, type Fact } from '../../lib/report/fact';
import type { FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, localized, text, type Cell, type TableModel } from '../../lib/report/table-model';

type F = (k: FactKey) => Fact;

/** Row label of a contract: exchange code and contract name in the page's language. */
const contractLabel = (c: Report['datasets']['derivatives']['futures'][number]): Cell => localized(mapLocalized(c.contract, (s) => `${c.exchangeCode} ${s}`));

function futuresSpecsTable(r: Report, f: F): TableModel {
  const k = (id: string, leaf: string) => f(factKey(`derivatives.futures.contracts.${id}.${leaf}`));
  return {
    id: 'derivatives-futures-specs',
    columns: [
      { key: 'col.derivatives.contract' },
      { key: 'col.derivatives.currency' },
      { key: 'col.derivatives.multiplier' },
      { key: 'col.derivatives.tick' },
      { key: 'col.derivatives.tickValue' },
      { key: 'col.derivatives.notional' },
    ],
    rows: r.datasets.derivatives.futures.map((c) => ({
      label: contractLabel(c),
      cells: [
        text(`derivatives.currency.${c.currency}`),
        fact(k(c.id, 'multiplier'), { digits: 0 }),
        fact(k(c.id, 'tickPoints'), { digits: 0 }),
        fact(k(c.id, 'tickValue'), { digits: 0 }),
        fact(k(c.id, 'notional'), { digits: 0 }),
      ],
    })),
  };
}

function futuresTermsTable(r: Report): TableModel {
  const or = (t: LocalizedText | null): Cell => (t ? localized(t) : text('derivatives.notVerified'));
  return {
    id: 'derivatives-futures-terms',
    columns: [
      { key: 'col.derivatives.contract' },
      { key: 'col.derivatives.months' },
      { key: 'col.derivatives.hours' },
      { key: 'col.derivatives.lastDay' },
      { key: 'col.derivatives.settlement' },
    ],
    rows: r.datasets.derivatives.futures.map((c) => ({
      label: contractLabel(c),
      cells: [or(c.contractMonths), or(c.tradingHours), or(c.lastTradingDay), or(c.settlement)],
    })),
  };
}

/** The four mainland-China ETFs side by side over their common span (see china-etfs.ts). */
const dated = (header: string[], points: { date: string; value: number }[]) => ({ header, rows: points.map((p) => [p.date, p.value]) });

/** A figure shown only when the flag fact `key` is true in the edition. */
const when = (key: string) => (r: Report) => r.index.get(key)?.value === true;

/** The Futures and volatility chapter's figures and tables in reading order. */
export const derivativesFigures = [
  { id: 'derivatives-futures-specs', kind: 'table', source: 'derivativesSpecs', table: futuresSpecsTable },
  { id: 'derivatives-futures-terms', kind: 'table', source: 'derivativesSpecs', table: futuresTermsTable },
  {
    id: 'derivatives-basis',
    kind: 'chart',
    drawn: derivativesDrawn['derivatives-basis'],
    source: 'derivativesBasis',
    csv: (r) => dated(['date', 'futures_basis_fraction'], r.datasets.derivatives.basis),
    available: when('derivatives.basis.available'),
  },
  {
    id: 'derivatives-vi',
    kind: 'chart',
    drawn: derivativesDrawn['derivatives-vi'],
    source: 'derivativesVi',
    csv: (r) => {
      const vi = new Map(r.datasets.derivatives.vi.vi.map((p) => [p.date, p.value]));
      return { header: ['date', 'nikkei_vi_pct', 'realised_vol_21d_pct'], rows: r.datasets.derivatives.vi.realised.map((p) => [p.date, vi.get(p.date) ?? '', p.value]) };
    },
    available: when('derivatives.vi.available'),
  },
] as const satisfies readonly FigureDef[];
