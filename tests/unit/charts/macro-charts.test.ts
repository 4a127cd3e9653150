import { beforeAll, describe, expect, it } from 'vitest';
import { chartSpec, type ChartTexts } from '../../../src/lib/charts/figure-specs';
import { macroCharts } from '../../../src/lib/charts/macro-charts';
import { loadReportInputs } from '../../../src/lib/report/report-fs';
import { buildReport, type Report } from '../../../src/lib/report/report';
import { compileWarnings } from './fixtures';
import { DATA_DIR, PINNED_AS_OF } from '../../lib/pinned';

const DATA = DATA_DIR;
const tx: ChartTexts = { label: (k) => k, marker: (kind) => kind, format: (v) => String(v) };
let editions: Report[];

beforeAll(() => {
  const inputs = loadReportInputs(DATA);
  editions = [PINNED_AS_OF, '2022-06-30', '2012-06-29'].map((d) => buildReport(inputs, d));
});

describe('the Macro chapter\'s charts', () => {
  it('compile without warnings in every edition, language and size, empty where an edition has no data', () => {
    for (const r of editions) {
      for (const id of Object.keys(macroCharts)) {
        for (const size of ['wide', 'narrow'] as const) {
          for (const locale of ['zh', 'en'] as const) {
            expect(compileWarnings(chartSpec(id, r, locale, tx, size)), `${id} ${r.edition.asOf} ${size} ${locale}`).toEqual([]);
          }
        }
      }
    }
  });

  it('mark each policy-rate increase up to the edition, and label the latest with its rate', () => {
    const spec = JSON.stringify(chartSpec('macro-rates', editions[0] as Report, 'en', tx));
    expect(spec).toContain('"2026-06-17"');
    expect(spec).toContain('"label":"0.01"');
    expect(JSON.stringify(chartSpec('macro-rates', editions[1] as Report, 'en', tx))).not.toContain('2024-03-21');
  });
});
