import { lookupFact } from './fact';
import { figureEntry } from './figure-list';
import type { Report } from './report';
import type { TableModel } from './table-model';

export type { Cell, TableModel, TableRow } from './table-model';

/** The table `id` of this edition as a model of facts and string keys; an unknown id or a chart fails. */
export function tableModel(id: string, report: Report): TableModel {
  const entry = figureEntry(id);
  if (entry.kind !== 'table') throw new Error(`"${id}" is a chart, not a table`);
  return entry.table(report, (k) => lookupFact(report.index, k));
}
