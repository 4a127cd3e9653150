import { publishedSeries } from '../../lib/config/published';
import { formatClauses, quote } from '../../lib/i18n/format';
import { mapLocalized, type LocalizedText } from '../../lib/i18n/localized';
import { perLocale } from '../../lib/i18n/locales';
import type { FactKey } from '../../lib/report/fact-keys';
import { t } from '../../lib/i18n/t';
import { factKey, type Fact } from '../../lib/report/fact';
import type { FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, literal, localized, text, type TableModel } from '../../lib/report/table-model';

/** Every series the report reads, with its source, unit and the span this edition knows. */
function sourcesTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  return {
    id: 'methodology-sources',
    columns: [
      { key: 'method.col.series' },
      { key: 'method.col.source' },
      { key: 'method.col.unit' },
      { key: 'method.col.first' },
      { key: 'method.col.last' },
      { key: 'method.col.rows' },
    ],
    rows: publishedSeries().map((id) => ({
      label: text(`method.series.${id}`),
      cells: [text(`method.source.${id}`), text(`method.unit.${id}`), fact(f(`data.${id}.first`)), fact(f(`data.${id}.last`)), fact(f(`data.${id}.rows`))],
    })),
  };
}

/**
 * Every check of one source document this edition can make: the section, its words quoted whole in the
 * document's own script, our value for the same quantity (on the document's stated basis) and under the
 * named convention where one is recomputed, the one verdict, and the convention or the reason behind it.
 */
function registerTable(doc: 'r2022' | 'boj2025') {
  return (r: Report, f: (k: FactKey) => Fact): TableModel => ({
    id: `methodology-register-${doc}`,
    minWidth: 40,
    columns: [
      { key: 'method.col.section' },
      { key: 'method.col.quote' },
      { key: 'method.col.ours' },
      { key: 'method.col.conventionValue' },
      { key: 'method.col.verdict' },
      { key: 'method.col.basis' },
    ],
    rows: r.datasets.seedRegister
      .filter((row) => row.doc === doc)
      .map((row) => {
        // Numbered sections as §n; the note's table and its headings as the note names them.
        const section: LocalizedText = /^[0-9.]+$/.test(row.section)
          ? perLocale((l) => t(l, 'method.section.numbered', { n: row.section }))
          : row.section === '表'
            ? perLocale((l) => t(l, 'method.section.table'))
            : mapLocalized(
                perLocale(() => row.section),
                quote,
              );
        const basis = [row.convention, row.reason].filter((x): x is LocalizedText => x !== null);
        const digits = row.digits === null ? {} : { digits: row.digits };
        return {
          label: row.section === '3' ? localized(perLocale((l) => t(l, 'method.section.chapter3'))) : localized(section),
          cells: [
            literal(row.quote),
            row.ours === null ? null : fact(f(factKey(row.ours)), { abs: row.oursAbs, ...digits }),
            row.conventionValue === null ? null : fact(f(factKey(row.conventionValue)), { digits: (row.digits ?? 2) + 2 }),
            text(`verdict.${row.verdict}`),
            row.pending
              ? text('method.cell.pending')
              : basis.length === 0
                ? null
                : localized(
                    perLocale((l) =>
                      formatClauses(
                        basis.map((b) => b[l]),
                        l,
                      ),
                    ),
                  ),
          ],
        };
      }),
  });
}

const hasChecks = (doc: 'r2022' | 'boj2025') => (r: Report) => r.datasets.seedRegister.some((row) => row.doc === doc);

/** The Methodology chapter's figures and tables in reading order. */
export const methodologyFigures = [
  { id: 'methodology-sources', kind: 'table', source: 'methodology', table: sourcesTable },
  { id: 'methodology-register-r2022', kind: 'table', source: 'methodologyRegister', table: registerTable('r2022'), available: hasChecks('r2022') },
  { id: 'methodology-register-boj2025', kind: 'table', source: 'methodologyRegister', table: registerTable('boj2025'), available: hasChecks('boj2025') },
] as const satisfies readonly FigureDef[];
