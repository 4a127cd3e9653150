import { SERIES_IDS } from '../data/series-catalog';
import type { StringKey } from '../i18n/t';
import type { Fact } from './fact';
import type { FigureDef } from './figure-def';
import type { Report } from './report';
import { fact, literal, localized, text, type TableModel } from './table-model';

/** Every series the report reads, with its source, unit and the span this edition knows. */
function sourcesTable(_r: Report, f: (k: string) => Fact): TableModel {
  return {
    id: 'method-sources',
    columns: [
      { key: 'method.col.series' }, { key: 'method.col.source' }, { key: 'method.col.unit' },
      { key: 'method.col.first' }, { key: 'method.col.last' }, { key: 'method.col.rows' },
    ],
    rows: SERIES_IDS.map((id) => ({
      label: text(`method.series.${id}` as StringKey),
      cells: [
        text(`method.source.${id}` as StringKey),
        text(`method.unit.${id}` as StringKey),
        fact(f(`data.${id}.first`)),
        fact(f(`data.${id}.last`)),
        fact(f(`data.${id}.rows`)),
      ],
    })),
  };
}

/**
 * Every check of the two source documents this edition can make: where (document and section), their
 * words quoted whole in the document's own script, our value, the one verdict, and the named convention
 * or the reason behind it.
 */
function registerTable(r: Report, f: (k: string) => Fact): TableModel {
  const docs = r.datasets.sources;
  return {
    id: 'method-seed-register',
    minWidth: 44,
    columns: [{ key: 'method.col.where' }, { key: 'method.col.quote' }, { key: 'method.col.ours' }, { key: 'method.col.verdict' }, { key: 'method.col.basis' }],
    rows: r.datasets.seedRegister.map((row) => {
      const d = docs[row.doc] as { short: { zh: string; en: string } };
      const section = /^[0-9.]+$/.test(row.section) ? { zh: `第${row.section}节`, en: `§${row.section}` } : { zh: `“${row.section}”`, en: `“${row.section}”` };
      const basis = [row.convention, row.reason].filter((x): x is { zh: string; en: string } => x !== null);
      return {
        label: localized({ zh: `${d.short.zh}，${section.zh}`, en: `${d.short.en[0]!.toUpperCase()}${d.short.en.slice(1)}, ${section.en}` }),
        cells: [
          literal(row.quote),
          row.ours === null ? null : fact(f(row.ours), { abs: row.oursAbs, ...(row.digits === null ? {} : { digits: row.digits }) }),
          text(`verdict.${row.verdict}` as StringKey),
          row.pending ? text('method.cell.pending') : basis.length === 0 ? null : localized({ zh: basis.map((b) => b.zh).join('；'), en: basis.map((b) => b.en).join('; ') }),
        ],
      };
    }),
  };
}

/** The Methodology chapter's figures and tables in reading order. */
export const methodologyFigures: FigureDef[] = [
  { id: 'method-sources', kind: 'table', source: 'method', table: sourcesTable },
  { id: 'method-seed-register', kind: 'table', source: 'methodRegister', table: registerTable, available: (r) => r.datasets.seedRegister.length > 0 },
];
