import { SERIES_IDS } from '../data/series-catalog';
import type { StringKey } from '../i18n/t';
import type { Fact } from './fact';
import type { FigureDef } from './figure-def';
import type { Report } from './report';
import { fact, text, type TableModel } from './table-model';

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

/** The Methodology chapter's figures and tables in reading order. */
export const methodologyFigures: FigureDef[] = [{ id: 'method-sources', kind: 'table', source: 'method', table: sourcesTable }];
